"""MkDocs side: our templates, stylesheet and script ship inside the package (never from a CDN)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel

from guongsang.portal.redirects import NOTICE_CSS  # the page left at a withdrawn profile's address

PACKAGE = Path(__file__).resolve().parent
TEMPLATES = PACKAGE / "templates"
ASSETS = PACKAGE / "assets"
CSS = "assets/guongsang/guongsang.css"
JS = "assets/guongsang/guongsang.js"
SEARCH_JS = "assets/guongsang/guongsang-search.js"  # loaded by the search page only


def configure_theme(config: MkDocsConfig) -> None:
    """Our templates behind the site's own overrides (theme/), before Material's; no web fonts."""
    dirs = config.theme.dirs
    if str(TEMPLATES) not in dirs:
        dirs.insert(1 if config.theme.custom_dir else 0, str(TEMPLATES))
    # Material loads Roboto from Google Fonts unless told not to: nothing may come from a third party.
    config.theme["font"] = False
    # Search is Pagefind's (folds Vietnamese, loads only the chunks a query needs): Material's lunr
    # plugin would ship one large index that does not fold diacritics, so it is switched off.
    for name, plugin in config.plugins.items():
        if name in ("search", "material/search") and "enabled" in getattr(plugin, "config", {}):
            plugin.config.enabled = False
    if CSS not in [str(x) for x in config.extra_css]:
        config.extra_css.append(CSS)
    if JS not in [str(x) for x in config.extra_javascript]:
        config.extra_javascript.append(JS)


def files(config: MkDocsConfig) -> list[File]:
    return [
        File.generated(config, CSS, abs_src_path=str(ASSETS / "guongsang.css"), inclusion=InclusionLevel.NOT_IN_NAV),
        File.generated(config, JS, abs_src_path=str(ASSETS / "guongsang.js"), inclusion=InclusionLevel.NOT_IN_NAV),
        File.generated(config, SEARCH_JS, abs_src_path=str(ASSETS / "guongsang-search.js"),
                       inclusion=InclusionLevel.NOT_IN_NAV),
        File.generated(config, NOTICE_CSS, abs_src_path=str(ASSETS / "thong-bao.css"),
                       inclusion=InclusionLevel.NOT_IN_NAV),
    ]
