"""How the tests tell a linear scan from a quadratic one on a shared, busy machine (tests/test_linear_scans.py,
test_textrules.py, test_body_images.py).

Only ratios are compared, never absolute times: the time of an input GROWTH (4) times as large over the
time of the smaller. A linear scan gives about 4 and a quadratic one about 16; MAX_RATIO (8) sits halfway
(geometrically), so a busy machine would have to slow one size twice as much as the other to turn the
verdict. The two sizes are timed in turns, each keeping its best run, with the garbage collector paused,
so a burst of load from another test worker lands on both alike; a spoiled attempt is tried again.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable, Sequence

GROWTH = 4  # the larger input is this many times the smaller
MAX_RATIO = 8.0
REPEATS = 5
SHORTEST = 0.015  # seconds: a timed run repeats the work until the smaller size takes at least this
ATTEMPTS = 3  # a busy machine can spoil one measurement; a quadratic scan gives about 16 every time


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


def ratio(work: Callable[[str], object], shape: Callable[[int], str], sizes: Sequence[int],
          attempts: int = ATTEMPTS) -> tuple[float, str]:
    """The lowest time(shape(GROWTH * n)) / time(shape(n)) of a few attempts, and what was measured. ``n`` is
    the first of ``sizes`` whose input takes SHORTEST, else the last."""
    for size in sizes:
        text = shape(size)
        once = _once(work, text, 1)
        if once >= SHORTEST:
            break
    loops = max(1, math.ceil(SHORTEST / max(once, 1e-6)))
    larger = shape(GROWTH * size)  # both texts made once, not again for every attempt
    seen = []
    for _ in range(attempts):
        small, large = _times(work, text, larger, loops)
        seen.append(f"{size} chars {small:.4f}s, {GROWTH * size} chars {large:.4f}s")
        if large <= MAX_RATIO * small:
            return large / small, seen[-1]
    return large / small, "; ".join(seen)
