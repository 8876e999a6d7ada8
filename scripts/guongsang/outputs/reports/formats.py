"""A report as Markdown, CSV or XLSX: each a function from the report to bytes, headers in Vietnamese."""

from __future__ import annotations

import csv
import io

from guongsang.core.cells import append_row, csv_row
from guongsang.outputs.reports.stats import Report

HEADERS = ("Nhóm", "Mã", "Tên", "Số gương điển hình", "Trực tiếp (đơn vị)")
SHORT_HEADERS = ("Mã đơn vị", "Đơn vị", "Loại đơn vị", "Năm", "Đã có", "Chỉ tiêu", "Còn thiếu")


def _title(report: Report) -> str:
    scope = f"năm {report.year}" if report.year is not None else "mọi năm"
    return f"Thống kê gương điển hình tiên tiến đã đăng ({scope}): {report.total}"


def _rows(report: Report) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for group in report.groups:
        for row in group.rows:
            rows.append((group.label, row.id, row.name, row.count, "" if row.direct is None else row.direct))
        if group.key != "unit":  # a unit counts the units under it: its rows do not add up
            rows.append((group.label, "", "Tổng", sum(r.count for r in group.rows), ""))
    return rows


def _shortfall_rows(report: Report) -> list[tuple[object, ...]]:
    return [(s.unit_id, s.unit, s.unit_type, s.year, s.count, s.required, s.required - s.count) for s in report.shortfalls]


def to_csv(report: Report) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADERS)
    writer.writerows(csv_row(row) for row in _rows(report))
    if report.quota_years:
        writer.writerow([])
        writer.writerow(SHORT_HEADERS)
        writer.writerows(csv_row(row) for row in _shortfall_rows(report))
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # BOM: Excel opens UTF-8 CSV with the right letters


def to_markdown(report: Report) -> bytes:
    lines = [f"# {_title(report)}", ""]
    for group in report.groups:
        lines += [f"## {group.label}", "", "| Tên | Số gương điển hình |" + (" Trực tiếp |" if group.key == "unit" else ""),
                  "|---|---:|" + ("---:|" if group.key == "unit" else "")]
        for row in group.rows:
            name = "\u00a0\u00a0" * row.depth + row.name
            lines.append(f"| {name} | {row.count} |" + (f" {row.direct} |" if row.direct is not None else ""))
        if group.key != "unit":
            lines.append(f"| **Tổng** | **{sum(r.count for r in group.rows)}** |")
        lines.append("")
    if report.quota_years:
        lines += ["## Đơn vị chưa đạt chỉ tiêu", ""]
        if report.shortfalls:
            lines += ["| " + " | ".join(SHORT_HEADERS[1:]) + " |", "|---|---|---:|---:|---:|---:|"]
            lines += ["| " + " | ".join(str(c) for c in row[1:]) + " |" for row in _shortfall_rows(report)]
        else:
            lines.append("Mọi đơn vị có chỉ tiêu đều đã đạt.")
        lines.append("")
    return "\n".join(lines).encode("utf-8")


def to_xlsx(report: Report) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Thống kê"
    append_row(sheet, [_title(report)])
    sheet["A1"].font = Font(bold=True)
    append_row(sheet, HEADERS)
    for row in _rows(report):
        append_row(sheet, row)
    for column, width in zip("ABCDE", (18, 28, 48, 20, 20), strict=True):
        sheet.column_dimensions[column].width = width
    if report.quota_years:
        short = book.create_sheet("Chưa đạt chỉ tiêu")
        append_row(short, SHORT_HEADERS)
        for row in _shortfall_rows(report):
            append_row(short, row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


FORMATS = {"md": to_markdown, "csv": to_csv, "xlsx": to_xlsx}
