"""The portal's typeface: Be Vietnam Pro, self-hosted from npm (``@fontsource/be-vietnam-pro``).

Older phones' system fonts lack some of the 134 Vietnamese letters with tone marks (ặ, ỵ, ữ…), and
a browser then draws those letters from another font, in the middle of a word. Be Vietnam Pro was
drawn for Vietnamese. Only two subsets are published (Latin, which holds â ê ô and the accented
vowels of Latin-1, and Vietnamese: ă đ ĩ ũ ơ ư and U+1EA0–1EF9), as woff2, in one weight (400:
33 KB for both subsets; bold is emboldened by the browser, as the 700 files would add 34 KB more to
a first visit that the issue caps at 120 KB for a profile). The stylesheet's ``unicode-range`` lets
a browser fetch only the subsets a page's text needs. Like Decap CMS, the files come from
``node_modules`` (``npm ci``); without them the build goes on with the reader's system font and
says so once.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = "node_modules/@fontsource/be-vietnam-pro"
FAMILY = "Be Vietnam Pro"
SUBSETS = ("vietnamese", "latin")
WEIGHTS = (400,)
FILES = tuple(f"be-vietnam-pro-{subset}-{weight}-normal.woff2" for subset in SUBSETS for weight in WEIGHTS)
LICENSE = "LICENSE"
MISSING = (f"Chưa có phông chữ {FAMILY} ({PACKAGE_DIR}): trang dùng phông chữ sẵn có trên máy người đọc, "
           "có thể thiếu một số chữ có dấu. Chạy `npm ci` trong thư mục của mkdocs.yml rồi dựng lại.")


def find_font(root: Path) -> tuple[Path, ...] | None:
    """The woff2 files and the licence to publish, or None when the npm package is not installed."""
    folder = root / PACKAGE_DIR
    paths = (*(folder / "files" / name for name in FILES), folder / LICENSE)
    return paths if all(p.is_file() for p in paths) else None
