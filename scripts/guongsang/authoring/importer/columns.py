"""Which column holds which field: headers matched by their Vietnamese names, whatever the case,
diacritics, spacing or punctuation, and the header row found by itself below any title rows."""

from __future__ import annotations

from dataclasses import dataclass

from guongsang.core.text import loose_key

# Header texts (as loose keys: folded, lowercase, punctuation as spaces) → profile field.
# A header that starts with one of these (longest first) counts too: "Tóm tắt thành tích (tối đa 300 chữ)".
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("ho va ten", "ho ten", "ho ten ten tap the", "ho va ten ten tap the", "ten tap the", "ten ca nhan tap the",
              "ten dien hinh", "ten guong dien hinh", "ten ca nhan", "ten"),
    "kind": ("loai dien hinh", "loai", "doi tuong", "loai doi tuong"),
    "unit": ("don vi", "co quan don vi", "don vi cong tac", "noi cong tac", "dia phuong", "co quan"),
    "sector": ("linh vuc",),
    "award_level": ("cap khen thuong", "cap khen", "cap quyet dinh"),
    "award": ("hinh thuc khen thuong", "hinh thuc", "danh hieu", "danh hieu hinh thuc khen thuong"),
    "year": ("nam khen thuong", "nam"),
    "summary": ("tom tat thanh tich", "thanh tich noi bat", "thanh tich", "tom tat"),
    "decision": ("so quyet dinh", "quyet dinh", "so qd"),
    "campaign": ("phong trao thi dua", "phong trao"),
    "author": ("nguoi viet", "tac gia", "nguoi gioi thieu"),
}
# How each field's column is usually headed, for messages.
HEADINGS = {"title": "Họ và tên / Tên tập thể", "kind": "Loại điển hình", "unit": "Đơn vị", "sector": "Lĩnh vực",
            "award_level": "Cấp khen thưởng", "award": "Hình thức khen thưởng", "year": "Năm",
            "summary": "Tóm tắt thành tích", "decision": "Số quyết định", "campaign": "Phong trào thi đua",
            "author": "Người viết"}
_BY_ALIAS = sorted(((alias, field) for field, names in ALIASES.items() for alias in names), key=lambda p: -len(p[0]))
HEADER_SEARCH_ROWS = 20  # title rows, dates and signatures above the table
MIN_COLUMNS = 3


@dataclass(frozen=True, slots=True)
class Columns:
    row: int  # Excel row number of the header row
    fields: dict[str, int]  # field → column index (0-based)
    headers: dict[str, str]  # field → the header as written, for messages
    ignored: list[str]  # headers not recognised (STT, ghi chú…)


def field_of(header: str) -> str | None:
    key = loose_key(header)
    for alias, field in _BY_ALIAS:
        if key == alias or key.startswith(alias + " "):
            return field
    return None


def find_columns(rows: list[tuple[int, list[str]]]) -> Columns | None:
    """The first row (among the first ones) that names the title column and at least two others."""
    for number, cells in rows[:HEADER_SEARCH_ROWS]:
        fields: dict[str, int] = {}
        headers: dict[str, str] = {}
        ignored = []
        for index, cell in enumerate(cells):
            field = field_of(cell) if cell else None
            if field and field not in fields:
                fields[field], headers[field] = index, cell
            elif cell:
                ignored.append(cell)
        if "title" in fields and len(fields) >= MIN_COLUMNS:
            return Columns(number, fields, headers, ignored)
    return None
