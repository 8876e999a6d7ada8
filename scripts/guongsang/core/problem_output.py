"""Show problems: readable text (colour on a terminal), JSON, or GitHub Actions annotations."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from rich.console import Console
from rich.markup import escape

from guongsang.core.problems import Problem
from guongsang.core.textrules import TERMINAL_UNSAFE, terminal_safe

FORMATS = ("text", "json", "github")
_SEVERITY_WORD = {"error": "lỗi", "warning": "cảnh báo"}
_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow"}


def render_json(problems: Sequence[Problem]) -> str:
    """A JSON array of problem objects, each with exactly the public keys."""
    text = json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=2) + "\n"
    return TERMINAL_UNSAFE.sub(_json_escape, text)  # json escapes C0 itself, not C1 controls or bidi marks


def _json_escape(match: re.Match[str]) -> str:
    return json.dumps(match.group(), ensure_ascii=True)[1:-1]  # \u009b, or a surrogate pair


class SafeConsole(Console):
    """A rich console that shows control and invisible characters in printed text as ⟨U+…⟩: a value
    from a profile can never drive the terminal (rich passes ESC sequences through)."""

    def print(self, *objects: Any, **kwargs: Any) -> None:
        super().print(*(terminal_safe(o) if isinstance(o, str) else o for o in objects), **kwargs)


def _escape_data(text: str) -> str:
    text = terminal_safe(text.replace("\r\n", "\n"))  # GitHub's log shows ANSI colours: no ESC gets there
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(problems: Sequence[Problem]) -> str:
    """One workflow command per problem, so GitHub shows it on the pull request's line."""
    out = []
    for p in problems:
        title = f"{p.code} {p.field}" if p.field else p.code
        message = p.message + (f"\n{p.hint}" if p.hint else "")
        out.append(
            f"::{p.severity} file={_escape_property(p.file)},line={p.line},"
            f"title={_escape_property(title)}::{_escape_data(message)}"
        )
    return "\n".join(out) + ("\n" if out else "")


def print_text(problems: Sequence[Problem], console: Console) -> None:
    for p in problems:
        p = _terminal_safe_problem(p)
        where = f"[bold]{escape(p.file)}:{p.line}[/bold]"
        sev = f"[{_SEVERITY_STYLE[p.severity]}]{_SEVERITY_WORD[p.severity]} {p.code}[/]"
        field = f" [cyan]{escape(p.field)}[/cyan]:" if p.field else ""
        console.print(f"{where}: {sev}{field} {escape(p.message)}", highlight=False, soft_wrap=True)
        if p.hint:
            hint = escape(p.hint).replace("\n", "\n      ")
            console.print(f"    [dim]gợi ý:[/dim] {hint}", highlight=False, soft_wrap=True)


def _terminal_safe_problem(p: Problem) -> Problem:
    return replace(p, file=terminal_safe(p.file), field=terminal_safe(p.field) if p.field else p.field,
                   message=terminal_safe(p.message), hint=terminal_safe(p.hint) if p.hint else p.hint)


def summary(files: int, problems: Sequence[Problem]) -> str:
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    if not problems:
        return f"Đã kiểm tra {files} hồ sơ: không có lỗi."
    return f"Đã kiểm tra {files} hồ sơ: {errors} lỗi, {warnings} cảnh báo."
