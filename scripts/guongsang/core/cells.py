"""Spreadsheet cells that stay data: values are neutralised before any CSV or XLSX we write.

A text cell starting with = + - @ (or their full-width forms, which some spreadsheet programs fold),
a tab or a line break is read by Excel, LibreOffice or Google Sheets as the start of a formula:
`=HYPERLINK(…)` in a unit's name would become a live link in the council's report. Following OWASP's
CSV injection advice, such a value gets a leading single quote, and in XLSX is written as a string
cell (openpyxl would otherwise store any string starting with "=" as a formula). Numbers stay numbers:
a negative count is not text. The importer takes the quote off again (`restore`), so a template's
drop-down values still match their vocabulary.
"""

from __future__ import annotations

import re
from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# Characters XML 1.0 cannot carry: openpyxl refuses them with an exception.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def neutralise(value: Any) -> Any:
    """The value to write in a cell: text that could start a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(TRIGGERS):
        return "'" + value
    return value


def restore(text: str) -> str:
    """A cell's text as it was before `neutralise` (for reading our own templates back)."""
    if text.startswith("'") and text[1:].startswith(TRIGGERS):
        return text[1:]
    return text


def csv_row(values: Any) -> list[Any]:
    return [neutralise(v) for v in values]


def set_cell(sheet: Any, row: int, column: int, value: Any) -> Any:
    """Write one openpyxl cell as data, never as a formula; returns the cell."""
    value = neutralise(value)
    if isinstance(value, str):
        value = _XML_ILLEGAL.sub("\ufffd", value)
    cell = sheet.cell(row, column)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # a string cell whatever its first character
    return cell


def append_row(sheet: Any, values: Any) -> None:
    """Like `sheet.append(values)`, with every cell written by `set_cell`."""
    row = sheet.max_row + 1 if sheet.max_row > 1 or sheet.cell(1, 1).value is not None else 1
    for column, value in enumerate(values, start=1):
        set_cell(sheet, row, column, value)
