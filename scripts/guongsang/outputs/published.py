"""What the portal publishes, for outputs made outside a MkDocs build: radio bulletins, booklets, posters.

They must show exactly what the portal shows: the same catalog (no drafts, nothing dated in the future,
nothing withdrawn), the same site address and profile URLs, the same agency. The site's details are read
from mkdocs.yml the way `check` reads them (core/settings.py): composed, never constructed, so no YAML
tag runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from guongsang.core import agency as agency_mod
from guongsang.core import clock
from guongsang.core.catalog import Catalog, build_catalog
from guongsang.core.project import CheckResult, Project, check_project
from guongsang.core.radiosettings import RadioSettings
from guongsang.core.settings import CONFIG_NAME, _block, _plugin_options, _scalar, read_radio

PROFILE_PREFIX = "guong-dien-hinh"  # the plugin's profile_prefix default (mkdocs_plugin/options.py)


@dataclass(frozen=True, slots=True)
class Site:
    name: str = ""
    url: str = ""  # site_url, "" when mkdocs.yml names none
    description: str = ""
    profile_prefix: str = PROFILE_PREFIX
    options: dict[str, object] = field(default_factory=dict)  # the guongsang plugin's other scalar options
    radio: RadioSettings = field(default_factory=RadioSettings)  # `radio:` (bulletins), as `check` read it
    share_card: dict[str, str] = field(default_factory=dict)  # share_card's scalars: the province's colours

    def profile_url(self, slug: str) -> str:
        """The profile's address on the portal: absolute when site_url is known, else relative to the site."""
        path = f"{self.profile_prefix}/{slug}/"
        return self.url.rstrip("/") + "/" + path if self.url else path


@dataclass(slots=True)
class Published:
    project: Project
    result: CheckResult
    catalog: Catalog
    site: Site
    agency: agency_mod.Agency


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _config(root: Path) -> yaml.MappingNode | None:
    """mkdocs.yml composed (never constructed), or None when it is missing or unreadable."""
    try:
        node = yaml.compose((root / CONFIG_NAME).read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    return node if isinstance(node, yaml.MappingNode) else None


def read_site(node: yaml.MappingNode | None) -> Site:
    """site_name, site_url, site_description and the plugin's scalar options from mkdocs.yml (defaults when
    it is missing or unreadable: `check` and the build report a broken one)."""
    if node is None:
        return Site()
    top = {k.value: _scalar(v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}
    url = _text(top.get("site_url"))
    if urlsplit(url).scheme not in ("http", "https"):
        url = ""
    options: dict[str, object] = {}
    share_card: dict[str, str] = {}
    found = _plugin_options(node)
    radio = read_radio(found[1])[0] if found else RadioSettings()
    if found:
        options = {k.value: _scalar(v) for k, v in found[1].value
                   if isinstance(k, yaml.ScalarNode) and isinstance(v, yaml.ScalarNode)}
        card = next((v for k, v in found[1].value if isinstance(k, yaml.ScalarNode) and k.value == "share_card"), None)
        if isinstance(card, yaml.MappingNode):
            share_card = {k.value: _text(_scalar(v)) for k, v in card.value
                          if isinstance(k, yaml.ScalarNode) and isinstance(v, yaml.ScalarNode)}
    prefix = _text(options.get("profile_prefix")).strip("/") or PROFILE_PREFIX
    return Site(_text(top.get("site_name")), url, _text(top.get("site_description")), prefix, options, radio,
                share_card)


def read_agency(root: Path, node: yaml.MappingNode | None, max_pixels: int) -> agency_mod.Agency:
    """The agency as the portal shows it (its problems are `check`'s to report), read as `check` reads it;
    ``max_pixels`` is the project's (``Project.max_pixels``, read from the same file)."""
    found = _plugin_options(node)
    block = _block(found[1], "agency") if found else None
    if block is None:
        return agency_mod.Agency()
    _, raw, lines = block
    return agency_mod.read(root, raw, lines, max_pixels=max_pixels)[0]


def load(project: Project, now: datetime | None = None) -> Published:
    """Check the project and file what is published at ``now`` (Vietnam time), as the portal would.

    The caller refuses to go on when ``result.errors`` is not empty, as `guongsang build` does.
    """
    result = check_project(project)
    catalog = build_catalog(result.exemplars, result.vocabs, now or clock.now())
    node = _config(project.root)
    return Published(project, result, catalog, read_site(node), read_agency(project.root, node, project.max_pixels))
