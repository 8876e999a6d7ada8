"""Pieces every command shares: the project option, Vietnamese failure messages."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click
from rich.console import Console
from rich.markup import escape

from guongsang.project import Project, ProjectNotFound

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def err_console() -> Console:
    return Console(stderr=True, highlight=False)


def fail(message: str, code: int = 2) -> NoReturn:
    err_console().print(f"[bold red]Lỗi:[/] {escape(message)}", soft_wrap=True)
    sys.exit(code)


def open_project(root: Path | None) -> Project:
    try:
        return Project.at(root) if root else Project.find()
    except ProjectNotFound as exc:
        fail(
            f"Không tìm thấy thư mục exemplars/ trong {exc} hay các thư mục cha. "
            "Hãy chạy lệnh trong thư mục dự án, hoặc chỉ rõ bằng --root."
        )


root_option = click.option(
    "--root", type=click.Path(file_okay=False, path_type=Path),
    help="Thư mục dự án (chứa exemplars/). Mặc định: tìm từ thư mục hiện tại trở lên.",
)


