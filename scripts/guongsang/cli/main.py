"""Command line: `guongsang check | new | schema | demo | build | serve | zalo | report | import`. Messages in Vietnamese."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click
from rich.console import Console

from guongsang import __version__
from guongsang.cli.common import CONTEXT, VietnameseGroup, err_console, fail, open_project, root_option
from guongsang.core.problem_output import FORMATS, print_text, render_github, render_json, summary
from guongsang.core.project import check_project, today_in_vietnam

# imported when run (or listed by --help): `check` starts without MkDocs' runner, Zalo, openpyxl, the model
LAZY = {"new": "guongsang.cli.new:new", "build": "guongsang.cli.site:build", "serve": "guongsang.cli.site:serve",
        "zalo": "guongsang.cli.zalo:zalo", "report": "guongsang.cli.report:report",
        "import": "guongsang.cli.importing:import_list", "danh-muc": "guongsang.cli.vocablist:vocab_list",
        "radio": "guongsang.cli.radio:radio", "print": "guongsang.cli.printing:print_group"}


@click.group(cls=VietnameseGroup, context_settings=CONTEXT, lazy=LAZY)
@click.version_option(__version__, "-V", "--version", prog_name="guongsang", message="%(prog)s %(version)s")
def main() -> None:
    """Guongsang: xuất bản gương điển hình tiên tiến từ các tệp Markdown trong git."""


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="[TỆP]...")
@root_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text: dễ đọc; json: mảng JSON trên stdout; github: chú thích cho GitHub Actions.")
@click.option("--strict", is_flag=True, help="Coi cảnh báo là lỗi (mã thoát 1).")
def check(paths: tuple[Path, ...], root: Path | None, fmt: str, strict: bool) -> None:
    """Kiểm tra mọi hồ sơ và danh mục; báo mọi vấn đề rồi mới thoát.

    Các TỆP nêu ra giới hạn những tệp được báo cáo (mọi hồ sơ vẫn được đọc để phát hiện trùng slug).
    Mã thoát: 0 khi không có lỗi, 1 khi có lỗi (hoặc cảnh báo với --strict).
    """
    project = open_project(root)
    missing = [p for p in paths if not p.exists()]
    if missing:
        fail(f"Không tìm thấy {missing[0]}.")
    outside = [p for p in paths if not p.resolve().is_relative_to(project.root)]
    if outside:
        fail(f"Đường dẫn {outside[0]} không nằm trong dự án {project.root}.")
    result = check_project(project, only=list(paths) or None, workers=min(2, os.cpu_count() or 1), exemplars=False)
    if fmt == "json":
        sys.stdout.write(render_json(result.problems))
    elif fmt == "github":
        sys.stdout.write(render_github(result.problems))
    else:
        print_text(result.problems, Console(highlight=False))
    done = summary(result.files, result.problems)
    if fmt == "text":
        Console(highlight=False).print(done, style="bold red" if result.errors else "bold green")
    else:
        err_console().print(done)
    if result.errors or (strict and result.warnings):
        sys.exit(1)


@main.command(context_settings=CONTEXT)
@root_option
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Ghi ra tệp thay vì in ra màn hình.")
def schema(root: Path | None, output: Path | None) -> None:
    """In JSON Schema (draft 2020-12) của phần thông tin hồ sơ, kèm danh mục của dự án.

    Dùng cho trình soạn thảo (VS Code + YAML) để gợi ý và kiểm tra khi gõ.
    """
    project = open_project(root)
    from guongsang.core import vocab
    from guongsang.core.schema import profile_schema

    vocabs = vocab.load_all(project.root, project.exemplars_dir)
    if vocabs.problems:
        print_text(vocabs.problems, err_console())
        fail("Danh mục có lỗi; hãy sửa trước khi tạo schema.", 1)
    text = json.dumps(profile_schema(vocabs, today_in_vietnam()), ensure_ascii=False, indent=2) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
        err_console().print(f"Đã ghi {output}.")
    else:
        sys.stdout.write(text)


@main.command(context_settings=CONTEXT)
@click.argument("dest", type=click.Path(file_okay=False, path_type=Path), metavar="THƯ_MỤC")
@click.option("--count", "-n", type=click.IntRange(1, 200_000), default=100, show_default=True,
              help="Số hồ sơ cần tạo.")
@click.option("--seed", type=int, default=0, show_default=True, help="Hạt giống ngẫu nhiên (cùng hạt → cùng nội dung).")
def demo(dest: Path, count: int, seed: int) -> None:
    """Tạo trong THƯ_MỤC (mới) một dự án mẫu hoàn chỉnh với các hồ sơ tổng hợp, để dùng thử và đo hiệu năng."""
    from guongsang.authoring.demo import write_demo_project

    try:
        result = write_demo_project(dest, count, seed=seed)
    except FileExistsError as exc:
        fail(str(exc))
    err_console().print(
        f"Đã tạo {result.profiles} hồ sơ ({result.photos} ảnh) trong {dest} sau {result.elapsed:.1f} giây."
    )


if __name__ == "__main__":
    main()
