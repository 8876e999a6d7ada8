"""Every scan over untrusted text is linear (issue 17, item 8): a hostile body four times as long takes
at most 8 times as long, for `check`'s per-file scan and for what a build does with a body (check it,
then render it with Python-Markdown as MkDocs does, if check accepts it).

How the time is measured and judged: tests/linearkit.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import markdown
import pytest

import linearkit
from conftest import REPO, valid_profile
from guongsang.core import load
from guongsang.core.project import Project
from guongsang.core.validate import Context, validate_record
from guongsang.core.vocab import load_all

ROOT = Project.at(REPO).root
CTX = Context(ROOT, load_all(REPO, REPO / "exemplars"), date(2026, 11, 25))
PATH = ROOT / "exemplars" / "2024" / "x.md"
# The smaller body: the first that takes SHORTEST, else the last. The larger stays under mdguard's
# MAX_PARAGRAPH (20,000): longer paragraphs are refused (GS127, tests/test_limits.py), and `check` looks at
# bodies closely only past such thresholds, a constant step that is not growth.
SIZES = (1000, 2000, 4000)

SHAPES: dict[str, Callable[[int], str]] = {
    "image-run": lambda n: "![" * (n // 2),
    "bracket-run": lambda n: "[" * n,
    "link-openers": lambda n: "[a](" * (n // 4),
    "nested-brackets": lambda n: "[" * (n // 2) + "]" * (n // 2),
    "at-run": lambda n: "a@" * (n // 2),
    "local-part-without-domain": lambda n: "a." * (n // 2) + "@",
    "letters-then-at": lambda n: "a" * n + "@",
    "tag-openers": lambda n: "<a " * (n // 3),
    "tag-then-spaces": lambda n: "<a" + " x" * (n // 2),
    "angle-run": lambda n: "<" * n,
    "autolink-openers": lambda n: "<http://" * (n // 8),
    "digit-run": lambda n: "1" * n,
    "dot-run": lambda n: "." * n,
    "digits-and-dots": lambda n: "1." * (n // 2),
    "phones-between-links": lambda n: "https://x.vn 0912345678 " * (n // 24),
    "asterisk-run": lambda n: "*" * n,
    "underscore-run": lambda n: "_" * n,
    "emphasis-openers": lambda n: "*_ " * (n // 3),
    "backtick-run": lambda n: "`" * n,
    "backtick-openers": lambda n: "`a" * (n // 2),
    "long-tick-then-text": lambda n: "`" * 50 + "a" * n,
    "href-then-spaces": lambda n: "<a href=" + " " * n + "x>",
    "lines-of-tags": lambda n: "<a\n" * (n // 3),
    "list-lines": lambda n: "- a\n" * (n // 4),
}


def _check(body: str) -> bool:
    """`check`'s work on one file with this body; True when it is accepted."""
    rec = load.parse(valid_profile() + "\n" + body, "exemplars/2024/x.md", PATH)
    validate_record(rec, CTX)
    return not any(p.is_error for p in rec.problems)


def _build(body: str) -> None:
    """What a build does with a body: check it, then render it (MkDocs' own extensions) if accepted."""
    if _check(body):
        markdown.Markdown(extensions=["toc", "tables", "fenced_code"]).convert(body)


def _quadratic(body: str) -> int:
    """A scan that looks back over everything before each character: the kind these tests exist for."""
    return sum(body.count("*", 0, i) for i in range(len(body)))


def test_the_measure_tells_a_quadratic_scan() -> None:
    ratio, seen = linearkit.ratio(_quadratic, SHAPES["asterisk-run"], SIZES, attempts=1)
    assert ratio > linearkit.MAX_RATIO, seen


@pytest.mark.parametrize("shape", SHAPES)
def test_check_scan_is_linear(shape: str) -> None:
    ratio, seen = linearkit.ratio(_check, SHAPES[shape], SIZES)
    assert ratio <= linearkit.MAX_RATIO, f"{shape}: {seen}"


@pytest.mark.parametrize("shape", SHAPES)
def test_building_a_body_is_linear(shape: str) -> None:
    ratio, seen = linearkit.ratio(_build, SHAPES[shape], SIZES)
    assert ratio <= linearkit.MAX_RATIO, f"{shape}: {seen}"
