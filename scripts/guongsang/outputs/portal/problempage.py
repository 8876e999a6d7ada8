"""The page `guongsang serve` shows, at every address, while the project has errors.

A preview that cannot be built still answers: every address gets this one self-contained page
(no stylesheet, font or script of its own; the preview adds its live-reload script before
``</body>``) listing what `check` found, errors first, so the reader sees what to fix on whatever
page they had open, and the page turns back into the portal by itself once the files are fixed.
`guongsang build` never makes it: a build with errors fails and keeps the old site.

Every value shown comes from a contributor's file (a message quotes the value it refuses), so
each goes through Jinja's escaping, and invisible or control characters are shown as ⟨U+…⟩ as
in the terminal: a value can neither add markup nor reorder what the page says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2

from guongsang.core.problems import CODES, Problem
from guongsang.core.textrules import terminal_safe

TEMPLATE = "gs/preview-problems.html"
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
SHOWN = 200  # more than a reader scrolls through; `guongsang check` lists every one
_SEVERITY = {"error": "Lỗi", "warning": "Cảnh báo"}


@dataclass(frozen=True, slots=True)
class ShownProblem:
    """One problem as the page shows it: plain text only, the template escapes it."""

    severity: str  # "error" or "warning": the item's style
    severity_word: str  # Lỗi, Cảnh báo
    code: str
    code_summary: str
    file: str
    line: int
    field: str
    message: str
    hint: str


@dataclass(frozen=True, slots=True)
class ProblemPageView:
    title: str
    summary: str  # the counts, in a sentence
    errors: int
    warnings: int
    items: list[ShownProblem]
    hidden: int  # problems not shown (past SHOWN)
    failure: str  # why the build stopped when it is not a list of problems (mkdocs.yml, a disk error)
    site_name: str


def problem_view(problems: Sequence[Problem], failure: str = "", site_name: str = "") -> ProblemPageView:
    """What the page shows: errors first, then warnings, each in file and line order."""
    ordered = sorted(problems, key=lambda p: (not p.is_error, p.file, p.line, p.code))
    errors = sum(p.is_error for p in problems)
    items = [_shown(p) for p in ordered[:SHOWN]]
    warnings = len(problems) - errors
    title = f"Có {errors} lỗi cần sửa" if errors else "Chưa dựng được bản xem thử"
    summary = (f"Bản xem thử chưa dựng được: kiểm tra hồ sơ thấy {errors} lỗi và {warnings} cảnh báo."
               if problems else "")
    return ProblemPageView(title, summary, errors, warnings, items,
                           max(0, len(ordered) - SHOWN),
                           _text(failure.strip()), terminal_safe(site_name))


def _shown(p: Problem) -> ShownProblem:
    known = CODES.get(p.code)
    return ShownProblem(str(p.severity), _SEVERITY.get(str(p.severity), str(p.severity)), terminal_safe(p.code),
                        known.summary if known else "", terminal_safe(p.file), p.line,
                        terminal_safe(p.field or ""), _text(p.message), _text(p.hint or ""))


def _text(value: str) -> str:
    # line breaks stay (the page keeps them: white-space: pre-line); every other control is shown
    return "\n".join(terminal_safe(line) for line in value.replace("\r\n", "\n").split("\n"))


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    return env.get_template(TEMPLATE)


def render(problems: Sequence[Problem], failure: str = "", site_name: str = "") -> str:
    """The whole page, as HTML text."""
    return _template().render(page=problem_view(problems, failure, site_name))
