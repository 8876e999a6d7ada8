"""Geometry in a real browser: a page opened at a phone's size (390×844, scale 2, touch) or a laptop's
(1366×900), with its lazy images loaded, and measurements taken with getBoundingClientRect."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from browserkit import goto, tab

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1366, "height": 900}}
SIZES = {"phone": PHONE, "desktop": DESKTOP}
MIN_TARGET = 44  # CSS px: WCAG 2.5.5, Apple and Android guidance

LOAD_IMAGES = """async () => {
  for (const i of document.images) i.loading = "eager";
  await Promise.all([...document.images].map((i) => i.decode().catch(() => 0)));
}"""

# Widest box on the page against the viewport: the page must never scroll sideways.
OVERFLOW = "() => [document.documentElement.scrollWidth, window.innerWidth]"

# Every visible box of the elements matched by a selector, as {w, h, text}.
BOXES = """(sel) => [...document.querySelectorAll(sel)].map((e) => {
  const r = e.getBoundingClientRect();
  return {x: r.left, y: r.top, w: r.width, h: r.height, text: e.innerText.trim()};
}).filter((b) => b.w > 0 && b.h > 0)"""


@contextmanager
def opened(browser: Any, url: str, size: str) -> Iterator[Any]:
    """The page of ``url`` at ``size`` in the session's tab of that size (browserkit.tab: these pages only read),
    its lazy images loaded."""
    page = tab(browser, **SIZES[size])
    goto(page, url, wait_until="load")
    page.evaluate(LOAD_IMAGES)
    yield page


def boxes(page: Any, selector: str) -> list[dict[str, Any]]:
    return page.evaluate(BOXES, selector)


def small_targets(page: Any, selector: str) -> list[dict[str, Any]]:
    """The boxes matched by ``selector`` smaller than 44×44 CSS px."""
    return [b for b in boxes(page, selector) if b["w"] < MIN_TARGET - 0.5 or b["h"] < MIN_TARGET - 0.5]
