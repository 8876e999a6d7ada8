"""Rows of a registration list, with the row numbers people see in Excel (1-based), blank rows skipped.

.xlsx is read with openpyxl (the first sheet; merged title cells give their value to the first
cell only, which is all the header search needs); .csv as UTF-8 (with or without BOM), the
delimiter sniffed (comma, semicolon or tab, as Excel writes in different locales).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from guongsang.cells import restore


class TableError(Exception):
    """The file cannot be read as a list; the message is for the user."""


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores 2024 as 2024.0
    if isinstance(value, datetime):  # a date cell: openpyxl gives a datetime
        return value.date().isoformat()
    return restore(" ".join(str(value).split()))  # our template's neutralised "=…" names match again


def read_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(Excel row number, cell texts) of every non-blank row."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        yield from _xlsx(path)
    elif suffix == ".csv":
        yield from _csv(path)
    else:
        raise TableError(f"Chỉ nhập được tệp .xlsx hoặc .csv, không phải «{path.name}». "
                         "Tệp .xls cũ: hãy mở bằng Excel và lưu lại dạng .xlsx.")


def _xlsx(path: Path) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise TableError(f"Không đọc được {path.name} như một tệp Excel (.xlsx): {exc.__class__.__name__}.") from None
    try:
        sheet = book.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [cell_text(v) for v in row]
            if any(cells):
                yield number, cells
    finally:
        book.close()


def _csv(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise TableError(f"{path.name} không phải văn bản UTF-8. Trong Excel, hãy lưu dạng "
                         "«CSV UTF-8 (Comma delimited)».") from None
    for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=_delimiter(text)), start=1):
        cells = [cell_text(v) for v in row]
        if any(cells):
            yield number, cells


def _delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the widest line of the first few into the most cells
    (title lines above the table have a single cell whatever the delimiter)."""
    lines = text.splitlines()[:20]
    return max(",;\t", key=lambda d: max((len(next(csv.reader([line], delimiter=d))) for line in lines if line), default=0))
