"""Every scan over untrusted text is linear (issue 17, item 8): a hostile body four times as long takes
at most 8 times as long, for `check`'s per-file scan and for what a build does with a body (check it,
then render it with Python-Markdown as MkDocs does, if check accepts it).

Only ratios are compared, never absolute times, on sizes that take well under a second. A linear scan
gives about 4 and a quadratic one about 16; 8 sits halfway (geometrically), so a busy machine would have
to slow one size twice as much as the other to turn the verdict. The two sizes are timed in turns and
each keeps its best run, so a burst of load from the other test worker lands on both alike.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable
from datetime import date

import markdown
import pytest

from conftest import REPO, valid_profile
from guongsang.core import load
from guongsang.core.project import Project
from guongsang.core.validate import Context, validate_record
from guongsang.core.vocab import load_all

ROOT = Project.at(REPO).root
CTX = Context(ROOT, load_all(REPO, REPO / "exemplars"), date(2026, 11, 25))
PATH = ROOT / "exemplars" / "2024" / "x.md"
GROWTH = 4  # the larger body is this many times the smaller
MAX_RATIO = 8.0
REPEATS = 5
SHORTEST = 0.015  # seconds: a timed run repeats the work until the smaller size takes at least this
# The smaller body: the first that takes SHORTEST, else the last. The larger stays under mdguard's
# MAX_PARAGRAPH (20,000): longer paragraphs are refused (GS127, tests/test_limits.py), and `check` looks at
# bodies closely only past such thresholds, a constant step that is not growth.
SIZES = (1000, 2000, 4000)
ATTEMPTS = 3  # a busy machine can spoil one measurement; a quadratic scan gives about 16 every time

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


def _once(work: Callable[[str], object], text: str, loops: int) -> float:
    start = time.perf_counter()
    for _ in range(loops):
        work(text)
    return time.perf_counter() - start


def _times(work: Callable[[str], object], small: str, large: str, loops: int) -> tuple[float, float]:
    """Best of REPEATS runs of ``loops`` calls on each text, the two taken in turns, the garbage
    collector paused: its pauses depend on what else the process holds, not on the scan (and it is
    amortised linear anyway)."""
    best_small = best_large = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(REPEATS):
            best_small = min(best_small, _once(work, small, loops))
            best_large = min(best_large, _once(work, large, loops))
    finally:
        gc.enable()
    return best_small, best_large


def _ratio(work: Callable[[str], object], shape: Callable[[int], str], attempts: int = ATTEMPTS) -> tuple[float, str]:
    """The lowest time(GROWTH * n) / time(n) of a few attempts, and what was measured."""
    for size in SIZES:
        once = _once(work, shape(size), 1)
        if once >= SHORTEST:
            break
    loops = max(1, math.ceil(SHORTEST / max(once, 1e-6)))
    seen = []
    for _ in range(attempts):
        small, large = _times(work, shape(size), shape(GROWTH * size), loops)
        seen.append(f"{size} chars {small:.4f}s, {GROWTH * size} chars {large:.4f}s")
        if large <= MAX_RATIO * small:
            return large / small, seen[-1]
    return large / small, "; ".join(seen)


def _quadratic(body: str) -> int:
    """A scan that looks back over everything before each character: the kind these tests exist for."""
    return sum(body.count("*", 0, i) for i in range(len(body)))


def test_the_measure_tells_a_quadratic_scan() -> None:
    ratio, seen = _ratio(_quadratic, SHAPES["asterisk-run"], attempts=1)
    assert ratio > MAX_RATIO, seen


@pytest.mark.parametrize("shape", SHAPES)
def test_check_scan_is_linear(shape: str) -> None:
    ratio, seen = _ratio(_check, SHAPES[shape])
    assert ratio <= MAX_RATIO, f"{shape}: {seen}"


@pytest.mark.parametrize("shape", SHAPES)
def test_building_a_body_is_linear(shape: str) -> None:
    ratio, seen = _ratio(_build, SHAPES[shape])
    assert ratio <= MAX_RATIO, f"{shape}: {seen}"
