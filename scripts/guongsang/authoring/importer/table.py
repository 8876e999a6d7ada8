"""Rows of a registration list, with the row numbers people see in Excel (1-based), blank rows skipped.

.xlsx is read with openpyxl (the first sheet; merged title cells give their value to the first
cell only, which is all the header search needs); .csv as UTF-8 (with or without BOM), the
delimiter sniffed (comma, semicolon or tab, as Excel writes in different locales).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from guongsang.core.cells import restore
from guongsang.core.diskerrors import why

# Limits that keep `import` small for any file it accepts (under 300 MB of memory, tested): a province's
# registration list is a few hundred rows and well under 1 MB.
MAX_FILE_BYTES = 5_000_000  # the file as given (.xlsx is compressed, .csv is text)
MAX_MEMBER_BYTES = 20_000_000  # one part of an .xlsx once uncompressed (the sheet, its shared strings)
MAX_UNZIPPED_BYTES = 40_000_000  # all parts of an .xlsx once uncompressed
MAX_RATIO = 100  # uncompressed / compressed, for parts over 1 MB: XML compresses 5–20 times, a bomb 1000
MAX_ROWS = 10_000
MAX_COLUMNS = 100
MAX_CELL = 32_767  # characters in one cell: Excel's own limit


class TableError(Exception):
    """The file cannot be read as a list; the message is for the user."""


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


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
    if suffix in (".xlsx", ".csv") and path.stat().st_size > MAX_FILE_BYTES:
        raise TableError(f"{path.name} lớn hơn {_mb(MAX_FILE_BYTES)}; danh sách đăng ký chỉ cần vài trăm dòng. "
                         "Hãy tách thành nhiều tệp nhỏ hơn.")
    if suffix == ".xlsx":
        yield from _xlsx(path)
    elif suffix == ".csv":
        yield from _csv(path)
    else:
        raise TableError(f"Chỉ nhập được tệp .xlsx hoặc .csv, không phải «{path.name}». "
                         "Tệp .xls cũ: hãy mở bằng Excel và lưu lại dạng .xlsx.")


def _check_zip(path: Path) -> None:
    """Refuse an .xlsx whose parts would inflate past the limits, from the sizes its zip directory
    declares (Python's zipfile never inflates a part beyond its declared size), before openpyxl opens it."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise TableError(f"Không đọc được {path.name} như một tệp Excel (.xlsx): tệp nén bị hỏng.") from None
    total = 0
    for info in members:
        total += info.file_size
        inflated = info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(1, info.compress_size)
        if info.file_size > MAX_MEMBER_BYTES or total > MAX_UNZIPPED_BYTES or inflated:
            raise TableError(f"{path.name}: phần «{info.filename}» giải nén ra {_mb(info.file_size)} "
                             f"(gấp {info.file_size // max(1, info.compress_size)} lần khi nén); quá giới hạn "
                             f"{_mb(MAX_MEMBER_BYTES)} một phần, {_mb(MAX_UNZIPPED_BYTES)} cả tệp. "
                             "Hãy mở bằng Excel, chỉ giữ danh sách rồi lưu lại.")


def _cells(number: int, row: tuple[object, ...] | list[str]) -> list[str]:
    cells = [cell_text(v) for v in row[:MAX_COLUMNS]]
    for column, text in enumerate(cells, start=1):
        if len(text) > MAX_CELL:
            raise TableError(f"dòng {number}, cột {column}: ô dài {len(text)} ký tự, quá giới hạn {MAX_CELL} ký tự.")
    if number > MAX_ROWS and any(cells):
        raise TableError(f"Danh sách có hơn {MAX_ROWS} dòng; hãy tách thành nhiều tệp nhỏ hơn.")
    return cells


def _xlsx(path: Path) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    _check_zip(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise TableError(f"Không đọc được {path.name} như một tệp Excel (.xlsx): {exc.__class__.__name__}.") from None
    number = 0
    try:
        sheet = book.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
            cells = _cells(number, row)
            if any(cells):
                yield number, cells
    except TableError:
        raise
    except Exception as exc:  # a damaged sheet shows only while it is read
        raise TableError(f"Không đọc được {path.name} sau dòng {number}: {exc.__class__.__name__}.") from None
    finally:
        book.close()


def _csv(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise TableError(f"Không đọc được {path.name}: {why(exc)}.") from None
    except UnicodeDecodeError:
        raise TableError(f"{path.name} không phải văn bản UTF-8. Trong Excel, hãy lưu dạng "
                         "«CSV UTF-8 (Comma delimited)».") from None
    number = 0
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=_delimiter(text)), start=1):
            cells = _cells(number, row)
            if any(cells):
                yield number, cells
    except csv.Error as exc:  # a field over the csv module's limit (128 KB)…
        raise TableError(f"dòng {number + 1}: không đọc được ({_csv_reason(exc)}).") from None


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return f"có ô dài quá giới hạn; mỗi ô tối đa {MAX_CELL} ký tự"
    if "new-line character" in text or "unexpected end of data" in text:
        return "có ô mở dấu ngoặc kép mà không đóng"
    if "expected after" in text:
        return "có dấu ngoặc kép đứng giữa ô; ô có dấu ngoặc kép phải được đặt cả trong ngoặc kép, dấu bên trong viết đôi (\"\")"
    return "dòng không đúng định dạng CSV; hãy mở tệp bằng Excel rồi lưu lại dạng CSV UTF-8"


def _delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the widest line of the first few into the most cells
    (title lines above the table have a single cell whatever the delimiter)."""
    lines = [line[:MAX_CELL * 2] for line in text.splitlines()[:20]]

    def width(delimiter: str) -> int:
        try:
            return max((len(next(csv.reader([line], delimiter=delimiter))) for line in lines if line), default=0)
        except csv.Error:
            return 0  # the rows themselves report it, with their number
    return max(",;\t", key=width)
