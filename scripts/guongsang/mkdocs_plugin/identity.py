"""MkDocs side of the portal's identity: the agency (header, footer), the share-card style, the pages
every portal has for its readers ("Theo dõi") and the redirects left by moved content pages.

The agency is read and checked by the core (core/agency.py), as `check` reads it.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils.meta import get_data

from guongsang.core import agency
from guongsang.outputs.images.cards import CardStyle
from guongsang.outputs.portal.head import FEED_TYPES
from guongsang.outputs.portal.redirects import TEMPLATE as REDIRECT

DEFAULT_PAGES = Path(__file__).resolve().parents[1] / "defaults" / "pages"
FOLLOW = "theo-doi.md"  # the page on how to follow the portal: the package's text unless content/ has its own
EDITORS = "can-bo/index.md"  # the editors' area (footer link), when the content repo has one
ALIAS = re.compile(r"[a-z0-9][a-z0-9-]{0,80}(?:/[a-z0-9][a-z0-9-]{0,80}){0,8}/?")
MAX_ALIASES = 20
MATERIAL_FAVICON = "assets/images/favicon.png"


def card_style(root: Path, share_card: Any, site_name: str) -> CardStyle:
    """Share cards (og:image): the site's emblem and colours; the site name defaults to site_name."""
    logo = (root / share_card.logo).resolve() if share_card.logo else None
    style = CardStyle(share_card.site_name or site_name, share_card.background, share_card.foreground,
                      share_card.accent, logo)
    bad = style.problem()
    if bad:
        raise PluginError(f"mkdocs.yml, guongsang: {bad}")
    return style


class Identity:
    def __init__(self, root: Path, raw: object, max_pixels: int) -> None:
        self.agency, found = agency.read(root, raw, max_pixels=max_pixels)
        bad = agency.errors(found)
        if bad:
            raise PluginError("mkdocs.yml, guongsang, agency: " + " ".join(f"{p.message} {p.hint or ''}" for p in bad)
                              + " Trang chưa được dựng; thư mục site giữ nguyên.")
        self.links: dict[str, str | None] = {}

    def configure(self, config: MkDocsConfig) -> None:
        """The agency's emblem is the browser tab's icon too, unless the site names its own favicon
        (Material's default is its own generic logo)."""
        if self.agency.logo is not None and config.theme.get("favicon") in (None, MATERIAL_FAVICON):
            config.theme["favicon"] = agency.LOGO_URI

    def files(self, config: MkDocsConfig, files: Files) -> list[File]:
        """The emblem, the default "Theo dõi" page and the redirects content pages ask for (``aliases:``)."""
        out = []
        logo = self.agency.logo
        if logo is not None:
            out.append(File.generated(config, agency.LOGO_URI, content=logo.png, inclusion=InclusionLevel.NOT_IN_NAV))
        follow = files.get_file_from_path(FOLLOW)
        if follow is None:
            text = (DEFAULT_PAGES / FOLLOW).read_text(encoding="utf-8")
            follow = File.generated(config, FOLLOW, content=text, inclusion=InclusionLevel.NOT_IN_NAV)
            out.append(follow)
        editors = files.get_file_from_path(EDITORS)
        self.links = {"follow": follow.url, "editors": editors.url if editors else None}
        for page in files.documentation_pages():
            if page.abs_src_path and not page.generated_by:
                out.extend(self._redirects(config, page))
        return out

    def _redirects(self, config: MkDocsConfig, page: File) -> list[File]:
        assert page.abs_src_path is not None
        with open(page.abs_src_path, encoding="utf-8-sig") as fh:
            head = fh.read(20_000)
        if not head.startswith("---"):
            return []
        aliases = get_data(head)[1].get("aliases") or []
        if not isinstance(aliases, list) or len(aliases) > MAX_ALIASES or not all(
                isinstance(a, str) and ALIAS.fullmatch(a.strip("/") + "/") for a in aliases):
            raise PluginError(f"{page.src_uri}: aliases phải là danh sách (tối đa {MAX_ALIASES}) địa chỉ cũ dạng "
                              "chu-thuong/khong-dau/, ví dụ aliases: [huong-dan-dong-gop/].")
        out = []
        for alias in aliases:
            folder = alias.strip("/") + "/"
            target = "../" * folder.count("/") + page.url
            out.append(File.generated(config, f"{folder}index.html", content=REDIRECT.format(target=escape(target)),
                                      inclusion=InclusionLevel.NOT_IN_NAV))
        return out

    def register(self, env: Any) -> None:
        """What the header, footer and "Theo dõi" templates read."""
        env.globals["gs_agency"] = self.agency.view()
        env.globals["gs_footer_links"] = self.links
        env.globals["gs_feed_types"] = [{"file": name, "label": label} for name, _, label in FEED_TYPES]
