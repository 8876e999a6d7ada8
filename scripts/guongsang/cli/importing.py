"""`guongsang import`: a registration list (.xlsx or .csv) → profile stubs (drafts); dry run by default."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from guongsang.authoring.importer.columns import HEADINGS, find_columns
from guongsang.authoring.importer.rows import convert
from guongsang.authoring.importer.table import TableError, read_rows
from guongsang.authoring.importer.template import write_template
from guongsang.authoring.scaffold import write_new
from guongsang.cli.common import CONTEXT, err_console, fail, open_project, root_option
from guongsang.core import load
from guongsang.core.problem_output import print_text
from guongsang.core.project import check_project, today_in_vietnam
from guongsang.core.validate import Context


@click.command("import", context_settings=CONTEXT)
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path), metavar="[TỆP]")
@root_option
@click.option("--write", is_flag=True, help="Ghi các hồ sơ hợp lệ (mặc định chỉ xem trước, không ghi gì).")
@click.option("--template", "template", type=click.Path(dir_okay=False, path_type=Path),
              help="Ghi một danh sách mẫu .xlsx trống (đúng tiêu đề cột, có danh sách chọn) rồi thoát.")
def import_list(file: Path | None, root: Path | None, write: bool, template: Path | None) -> None:
    """Nhập danh sách đăng ký gương điển hình (Excel .xlsx hoặc .csv) thành các hồ sơ nháp.

    Tự tìm dòng tiêu đề cột (bỏ qua dòng tên biểu mẫu phía trên) và nhận cột theo tên tiếng Việt
    (Họ và tên, Đơn vị, Lĩnh vực, Cấp khen thưởng, Hình thức khen thưởng, Năm, Tóm tắt thành tích…).
    Dòng lỗi được báo theo số dòng trong Excel và không được ghi; mã thoát 1 khi có dòng lỗi.
    Không bao giờ ghi đè tệp đã có.
    """
    project = open_project(root)
    result = check_project(project)
    if result.vocabs.problems:
        print_text(result.vocabs.problems, err_console())
        fail("Danh mục có lỗi; hãy sửa trước khi nhập.", 1)
    if template is not None:
        if template.suffix.lower() != ".xlsx":
            fail("Danh sách mẫu phải là tệp .xlsx.")
        write_template(template, result.vocabs)
        err_console().print(f"Đã ghi danh sách mẫu {template}.")
        return
    if file is None:
        fail("Cần tệp danh sách: guongsang import DANH-SACH.xlsx (hoặc --template MAU.xlsx).")
    if not file.is_file():
        fail(f"Không tìm thấy {file}.")
    try:
        rows = list(read_rows(file))
    except TableError as exc:
        fail(str(exc), 1)
    columns = find_columns(rows)
    if columns is None:
        known = ", ".join(f"«{name}»" for name in HEADINGS.values())
        fail(f"Không tìm thấy dòng tiêu đề cột trong {file.name} (cần cột tên và ít nhất hai cột khác, ví dụ {known}).", 1)
    console = err_console()
    console.print(f"Dòng tiêu đề: dòng {columns.row}; cột nhận được: "
                  + ", ".join(f"{h} → {f}" for f, h in columns.headers.items())
                  + (f"; bỏ qua: {', '.join(columns.ignored)}" if columns.ignored else ""), soft_wrap=True, markup=False)
    today = today_in_vietnam()
    ctx = Context(project.root, result.vocabs, today, project.max_pixels, project.exemplars_dir)
    taken = {ex.slug for ex in result.exemplars}
    good = bad = 0
    for number, cells in rows:
        if number <= columns.row:
            continue
        row = convert(number, cells, columns, ctx, project.exemplars_dir, taken, today)
        if row is None:  # nothing in the recognised columns: a note or a signature below the table
            continue
        if row.ok and row.path is not None:
            good += 1
            rel = load.relative(row.path, project.root)
            note = f" ({'; '.join(row.notes)})" if row.notes else ""
            if write:
                write_new(row.path, row.text)
            console.print(f"dòng {number}: {'đã tạo' if write else 'sẽ tạo'} {rel}{note}", soft_wrap=True, markup=False)
        else:
            bad += 1
            for message in row.messages:
                console.print(f"dòng {number}: {row.title or '(không có tên)'}: {message}", style="red",
                              soft_wrap=True, markup=False)
    done = "Đã tạo" if write else "Sẽ tạo"
    console.print(f"{done} {good} hồ sơ nháp; {bad} dòng lỗi không được nhập."
                  + ("" if write or not good else " Thêm --write để ghi."), soft_wrap=True, markup=False)
    if bad:
        sys.exit(1)
