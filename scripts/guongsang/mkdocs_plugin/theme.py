"""MkDocs side: our templates, stylesheet and script ship inside the package (never from a CDN)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel

from guongsang.outputs.portal import typography, webfont
from guongsang.outputs.portal.redirects import NOTICE_CSS  # the page left at a withdrawn profile's address

PACKAGE = Path(__file__).resolve().parents[1]  # the guongsang package: its templates/ and assets/
TEMPLATES = PACKAGE / "templates"
ASSETS = PACKAGE / "assets"
CSS = "assets/guongsang/guongsang.css"
JS = "assets/guongsang/guongsang.js"
SEARCH_JS = "assets/guongsang/guongsang-search.js"  # loaded by the search page only
FEEDS_JS = "assets/guongsang/guongsang-feeds.js"  # keeps Material from fetching sitemap.xml beside each feed link
FONT_CSS = "assets/guongsang/be-vietnam-pro.css"
FONT_DIR = "assets/guongsang/fonts"  # beside FONT_CSS, which names the files relative to itself


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def configure_theme(config: MkDocsConfig, report: Callable[[str], None] | None = None, *,
                    material_js: bool = False) -> None:
    """Our templates behind the site's own overrides (theme/), before Material's; our own web font.
    The feed-link guard (FEEDS_JS) only matters when Material's script is loaded (``material_js``)."""
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
    font = webfont.find_font(_root(config)) is not None
    if not font and report:
        report(webfont.MISSING)
    for css in ([FONT_CSS] if font else []) + [CSS]:
        if css not in [str(x) for x in config.extra_css]:
            config.extra_css.append(css)
    for js in ((FEEDS_JS,) if material_js else ()) + (JS,):
        if js not in [str(x) for x in config.extra_javascript]:
            config.extra_javascript.append(js)
    typography.markdown_config(config.markdown_extensions, config.mdx_configs)


def files(config: MkDocsConfig) -> list[File]:
    font = webfont.find_font(_root(config)) or ()
    return [
        *(File.generated(config, f"{FONT_DIR}/{path.name}", abs_src_path=str(path), inclusion=InclusionLevel.NOT_IN_NAV)
          for path in font),
        *([File.generated(config, FONT_CSS, abs_src_path=str(ASSETS / "be-vietnam-pro.css"),
                          inclusion=InclusionLevel.NOT_IN_NAV)] if font else []),
        File.generated(config, FEEDS_JS, abs_src_path=str(ASSETS / "guongsang-feeds.js"), inclusion=InclusionLevel.NOT_IN_NAV),
        File.generated(config, CSS, abs_src_path=str(ASSETS / "guongsang.css"), inclusion=InclusionLevel.NOT_IN_NAV),
        File.generated(config, JS, abs_src_path=str(ASSETS / "guongsang.js"), inclusion=InclusionLevel.NOT_IN_NAV),
        File.generated(config, SEARCH_JS, abs_src_path=str(ASSETS / "guongsang-search.js"),
                       inclusion=InclusionLevel.NOT_IN_NAV),
        File.generated(config, NOTICE_CSS, abs_src_path=str(ASSETS / "thong-bao.css"),
                       inclusion=InclusionLevel.NOT_IN_NAV),
    ]
