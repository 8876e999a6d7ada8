"""One build's web editor: the files to publish under /admin/ (no MkDocs here)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from guongsang.core.catalog import Catalog
from guongsang.outputs.editor.bundle import ADMIN_DIR, EXTRAS, DecapFiles, index_html
from guongsang.outputs.editor.config import COLLECTION, EditorOptions, SiteFacts, config_yaml, decap_config
from guongsang.outputs.editor.trial import TRIAL_SCRIPT, trial_repository
from guongsang.outputs.portal.outputs import OutputFile

ASSETS = Path(__file__).parent / "assets"
TRIAL_LIMIT = 300  # profiles seeded into the trial editor (newest first): its script stays a few hundred KB


def editor_files(decap: DecapFiles | None, options: EditorOptions | None, catalog: Catalog,
                 site: SiteFacts, photos: Mapping[str, Mapping[str, Any]]) -> tuple[list[OutputFile], str | None]:
    """The /admin/ files and a one-line Vietnamese report (nothing when the editor is off). ``photos``: the
    portal's published pictures by slug (outputs/portal/imagery.py), which the trial links to."""
    if decap is None or options is None:
        return [], None
    files = [
        OutputFile(f"{ADMIN_DIR}index.html", content=index_html(site.site_name, options, COLLECTION)),
        OutputFile(f"{ADMIN_DIR}config.yml", content=config_yaml(decap_config(options, catalog.vocabs, site))),
    ]
    files += [OutputFile(f"{ADMIN_DIR}{name}", source=ASSETS / name) for name in EXTRAS]
    if options.is_trial:  # the sample's profiles, to try the editor on
        largest = {slug: picture["jpg"][-1]["url"] for slug, picture in photos.items() if picture.get("jpg")}
        script = trial_repository(catalog.published[:TRIAL_LIMIT], site.exemplars_dir, largest)
        files.append(OutputFile(f"{ADMIN_DIR}{TRIAL_SCRIPT}", content=script))
    # npm replaces node_modules wholesale (never rewrites a file in place): safe to hard-link.
    files += [OutputFile(f"{ADMIN_DIR}{path.name}", source=path, linkable=True) for path in decap.files]
    where = "bản dùng thử, không lưu vào kho" if options.is_trial else f"kho {options.backend.get('repo', '')}".strip()
    return files, f"Trình soạn thảo web: /{ADMIN_DIR} (Decap CMS {decap.version}, {where})."
