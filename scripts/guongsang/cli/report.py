"""`guongsang report`: published exemplars counted by unit, sector, award level, kind and year; units below quota."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from guongsang.cli.common import CONTEXT, err_console, fail, open_project, root_option
from guongsang.core import clock
from guongsang.core.catalog import build_catalog
from guongsang.core.problem_output import print_text, summary
from guongsang.core.project import check_project
from guongsang.core.vocab import vocab_dir
from guongsang.outputs.reports.formats import FORMATS
from guongsang.outputs.reports.quotas import load_quotas
from guongsang.outputs.reports.stats import build_report


@click.command(context_settings=CONTEXT)
@root_option
@click.option("--year", type=click.IntRange(2000, 2100), help="Chỉ tính các gương điển hình được khen năm này.")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="md", show_default=True,
              help="md: bảng Markdown; csv: cho bảng tính (UTF-8); xlsx: tệp Excel (cần --output).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Ghi ra tệp thay vì in ra màn hình.")
def report(root: Path | None, year: int | None, fmt: str, output: Path | None) -> None:
    """Thống kê gương điển hình đã đăng theo đơn vị, lĩnh vực, cấp khen thưởng, loại, năm.

    Số liệu khớp với cổng thông tin (không tính bản nháp và hồ sơ hẹn ngày đăng). Nếu có
    exemplars/_vocab/quotas.yml, liệt kê thêm các đơn vị chưa đạt chỉ tiêu mỗi năm.
    """
    if fmt == "xlsx" and output is None:
        fail("Định dạng xlsx cần --output TỆP.xlsx.")
    project = open_project(root)
    result = check_project(project)
    quotas, problems = load_quotas(project.root, vocab_dir(project.exemplars_dir), result.vocabs)
    if result.errors or problems:
        print_text(result.problems + problems, err_console())
        fail(summary(result.files, result.problems + problems) + " Hãy sửa trước khi thống kê.", 1)
    catalog = build_catalog(result.exemplars, result.vocabs, clock.now())
    data = FORMATS[fmt](build_report(catalog, quotas, year))
    if output:
        output.write_bytes(data)
        err_console().print(f"Đã ghi {output}.")
    else:
        sys.stdout.buffer.write(data)
