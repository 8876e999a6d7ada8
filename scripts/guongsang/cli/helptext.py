"""`--help` in Vietnamese: click writes its own words in English ("Usage:", "Options:", "[default: …]",
"Show this message and exit.") and cuts command summaries at 45 characters. A help formatter and a
context class say them in Vietnamese; every command of the group gets them (cli/common.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import click

HEADINGS = {"Options": "Tùy chọn", "Commands": "Lệnh", "Arguments": "Tham số"}
# click's own texts, as its help option, version option and help extras write them
PHRASES = {
    "Show this message and exit.": "Hiện hướng dẫn này rồi thoát.",
    "Show the version and exit.": "Hiện phiên bản rồi thoát.",
    "[default: ": "[mặc định: ",
    "; required]": "; bắt buộc]",
    "[required]": "[bắt buộc]",
    "(dynamic)": "(tùy lúc chạy)",
}
# type names click prints after an option (the metavar) and in the usage line
METAVARS = {"INTEGER RANGE": "SỐ", "INTEGER": "SỐ", "FLOAT": "SỐ", "TEXT": "CHỮ", "PATH": "ĐƯỜNG_DẪN",
            "FILENAME": "TỆP", "FILE": "TỆP", "DIRECTORY": "THƯ_MỤC", "BOOLEAN": "CÓ/KHÔNG",
            "[OPTIONS]": "[TÙY_CHỌN]", "COMMAND": "LỆNH", "[ARGS]...": "[THAM_SỐ]...", "ARGS": "THAM_SỐ"}
_METAVAR = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(METAVARS, key=len, reverse=True))
                      + r")(?![\w-])")
_RANGE = re.compile(r"(-?\d+)<=x<=(-?\d+)|x>=(-?\d+)|x<=(-?\d+)")


def _range(match: re.Match[str]) -> str:
    low, high, at_least, at_most = match.groups()
    if low is not None:
        return f"từ {low} đến {high}"
    return f"từ {at_least} trở lên" if at_least is not None else f"tối đa {at_most}"


def say(text: str) -> str:
    """One line of click's help text with its English parts in Vietnamese."""
    for english, vietnamese in PHRASES.items():
        text = text.replace(english, vietnamese)
    return _RANGE.sub(_range, text)


def metavars(text: str) -> str:
    return _METAVAR.sub(lambda m: METAVARS[m.group(1)], text)


class VietnameseHelpFormatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, metavars(args), "Cách dùng: " if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(HEADINGS.get(heading, heading))

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(metavars(first), say(second)) for first, second in rows], col_max, col_spacing)


class VietnameseContext(click.Context):
    formatter_class = VietnameseHelpFormatter


def summary(command: click.Command) -> str:
    """A command's whole first paragraph for the list of commands (click cuts it at 45 characters)."""
    text = command.short_help or (command.help or "").split("\n\n")[0]
    return " ".join(text.split())


def localize(commands: Iterable[click.Command]) -> None:
    """Give these commands (and their subcommands) the Vietnamese help."""
    for command in commands:
        command.context_class = VietnameseContext
        if isinstance(command, click.Group):
            localize(command.commands.values())
