"""Pieces every command shares: the project option, Vietnamese failure messages."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click
from rich.console import Console
from rich.markup import escape

from guongsang.cli.helptext import VietnameseContext, localize, summary
from guongsang.core.problem_output import SafeConsole
from guongsang.core.project import Project, ProjectNotFound

if TYPE_CHECKING:
    from guongsang.outputs.published import Published

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def err_console() -> Console:
    return SafeConsole(stderr=True, highlight=False)


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




def _param_name(exc: click.BadParameter) -> str:
    if exc.param is not None and exc.ctx is not None:
        return exc.param.get_error_hint(exc.ctx)
    return str(exc.param_hint or "tham số")


def _bad_value(exc: click.BadParameter) -> str:
    kind = exc.param.type if exc.param is not None else None
    if isinstance(kind, click.Choice):
        return "các giá trị hợp lệ: " + ", ".join(map(str, kind.choices))
    if isinstance(kind, click.IntRange):
        if kind.max is None:
            return f"phải là số nguyên từ {kind.min} trở lên"
        return f"phải là số nguyên từ {kind.min} đến {kind.max}"
    if kind is click.INT or isinstance(kind, click.types.IntParamType):
        return "phải là một số nguyên"
    return "giá trị không hợp lệ"


class BadValue(click.BadParameter):
    """A value our own option callbacks refuse, with a Vietnamese reason (click's own reasons are English)."""


def vietnamese_usage_error(exc: click.UsageError) -> str:
    """Click's usage errors, said in Vietnamese (click itself speaks English)."""
    if isinstance(exc, BadValue):
        return f"{_param_name(exc)}: {exc.message}."
    if isinstance(exc, click.NoSuchOption):
        guess = f" Có phải ý bạn là {', '.join(sorted(exc.possibilities))}?" if exc.possibilities else ""
        return f"Không có tùy chọn {exc.option_name}.{guess}"
    if isinstance(exc, click.MissingParameter):
        return f"Thiếu {_param_name(exc)}."
    if isinstance(exc, click.BadParameter):
        return f"{_param_name(exc)}: {_bad_value(exc)}."
    if isinstance(exc, click.BadOptionUsage):
        return f"Tùy chọn {exc.option_name} dùng không đúng (thiếu giá trị?)."
    if exc.ctx is not None and exc.ctx.command and isinstance(exc.ctx.command, click.Group):
        return "Không có lệnh này. Các lệnh: " + ", ".join(exc.ctx.command.list_commands(exc.ctx)) + "."
    return "Lệnh viết không đúng."


class VietnameseGroup(click.Group):
    """A command group whose usage errors are reported in Vietnamese, never as a traceback.

    ``lazy`` names commands by ``"module:attribute"``: a module is imported only when its command runs
    or help lists it, so `guongsang check` does not pay for MkDocs' runner, Zalo's client or openpyxl.
    """

    context_class = VietnameseContext

    def __init__(self, *args: Any, lazy: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        localize([cmd])
        super().add_command(cmd, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, summary(cmd)) for name in self.list_commands(ctx)
                if (cmd := self.get_command(ctx, name)) is not None and not cmd.hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy and cmd_name not in self.commands:
            module, attribute = self.lazy[cmd_name].split(":")
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)

    def main(self, *args: object, **kwargs: object) -> object:  # type: ignore[override]
        kwargs["standalone_mode"] = False
        try:
            return super().main(*args, **kwargs)  # type: ignore[arg-type]
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.ctx.get_help() if exc.ctx else "", err=True)
            sys.exit(2)
        except click.UsageError as exc:
            command = exc.ctx.command_path if exc.ctx else "guongsang"
            err_console().print(f"[bold red]Lỗi:[/] {escape(vietnamese_usage_error(exc))}", soft_wrap=True)
            err_console().print(f"Xem hướng dẫn: {command} --help", highlight=False)
            sys.exit(2)
        except click.exceptions.Abort:
            err_console().print("Đã hủy.")
            sys.exit(1)
        except click.ClickException as exc:
            fail(exc.format_message(), exc.exit_code)


def load_published(root: Path | None, doing: str) -> Published:
    """The project checked and its published catalog (outputs/published.py); on errors, `check`'s list and
    exit 1, as `guongsang build` would refuse. ``doing``: what was refused, e.g. "làm bản tin"."""
    from guongsang.core.problem_output import print_text, summary
    from guongsang.outputs import published

    project = open_project(root)
    out = published.load(project)
    if out.result.errors:
        print_text(out.result.problems, err_console())
        fail(summary(out.result.files, out.result.problems) + f" Hãy sửa trước khi {doing}.", 1)
    return out
