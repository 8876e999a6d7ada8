"""An empty registration list (.xlsx) with the headers `import` reads and drop-downs from the vocabularies."""

from __future__ import annotations

from pathlib import Path

from guongsang.core.cells import set_cell
from guongsang.core.vocab import Vocabularies

# (header, vocabulary for a drop-down, column width)
COLUMNS = (
    ("STT", None, 6), ("Họ tên / Tên tập thể", None, 30), ("Loại điển hình", "kinds", 16),
    ("Đơn vị", "units", 32), ("Lĩnh vực", "sectors", 34), ("Cấp khen thưởng", "award_levels", 18),
    ("Hình thức khen thưởng", "award_forms", 34), ("Năm", None, 8), ("Số quyết định", None, 18),
    ("Tóm tắt thành tích", None, 60),
)
TITLE = "DANH SÁCH ĐĂNG KÝ GƯƠNG ĐIỂN HÌNH TIÊN TIẾN"
HEADER_ROW = 3
ROWS = 200  # rows that get the drop-downs


def write_template(path: Path, vocabs: Vocabularies) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    lists = book.create_sheet("Danh mục")  # the drop-downs' values, one column per vocabulary
    set_cell(sheet, 1, 1, TITLE).font = Font(bold=True, size=13)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    sheet.cell(1, 1).alignment = Alignment(horizontal="center")
    for col, (header, vocabulary, width) in enumerate(COLUMNS, start=1):
        letter = get_column_letter(col)
        set_cell(sheet, HEADER_ROW, col, header).font = Font(bold=True)
        sheet.column_dimensions[letter].width = width
        if vocabulary is None:
            continue
        names = [t.name for t in vocabs[vocabulary]]
        for row, name in enumerate(names, start=1):
            set_cell(lists, row, col, name)  # a unit named "=…" must stay a name
        rule = DataValidation(type="list", formula1=f"='Danh mục'!${letter}$1:${letter}${max(1, len(names))}",
                              allow_blank=True, showErrorMessage=True, errorTitle="Giá trị không có trong danh mục",
                              error=f"Hãy chọn {header.lower()} trong danh sách.")
        rule.add(f"{letter}{HEADER_ROW + 1}:{letter}{HEADER_ROW + ROWS}")
        sheet.add_data_validation(rule)
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
