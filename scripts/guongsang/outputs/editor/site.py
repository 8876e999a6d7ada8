"""One build's web editor: the files to publish under /admin/ (no MkDocs here)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from guongsang.core.catalog import Catalog
from guongsang.outputs.editor.bundle import ADMIN_DIR, EXTRAS, DecapFiles, index_html
from guongsang.outputs.editor.config import COLLECTION, EditorOptions, SiteFacts, config_yaml, decap_config
from guongsang.outputs.editor.trial import TRIAL_SCRIPT, trial_repository
from guongsang.outputs.portal.outputs import OutputFile

ASSETS = Path(__file__).parent / "assets"
PREVIEW_STYLES = f"{ADMIN_DIR}preview-styles.json"
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


def write_preview_styles(site_dir: Path) -> str:
    """Write /admin/preview-styles.json, the stylesheets the portal's home page links (paths from the site's
    root), for the editor's preview; returns its URI. The editor reads this list rather than the home page,
    so the preview keeps the portal's look where /admin/ has an origin of its own that serves only the
    editor and the portal's stylesheets (deploy/nginx/guongsang.conf)."""
    links = _Stylesheets()
    links.feed((site_dir / "index.html").read_text(encoding="utf-8"))
    target = site_dir / PREVIEW_STYLES
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(links.paths, ensure_ascii=False), encoding="utf-8")
    return PREVIEW_STYLES


class _Stylesheets(HTMLParser):
    """The site's own stylesheets linked by a page at the site's root: relative paths, nothing above the root."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        href = values.get("href") or ""
        if tag != "link" or (values.get("rel") or "").lower() != "stylesheet":
            return
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or href.startswith("/") or ".." in parts.path.split("/"):
            return
        self.paths.append(parts.path)
