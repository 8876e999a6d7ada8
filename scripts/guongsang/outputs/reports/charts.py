"""Horizontal bar charts drawn at build time (no script, nothing from a CDN), legible on a phone.

Each row is HTML text (the name, which wraps rather than being cut, and the number) over a bar
drawn as a tiny SVG that stretches to the row's width: the text is never scaled down with the
drawing, so it keeps the page's font size at any screen width. Built as elements, never by pasting
strings. A chart is one image for screen readers (``role="img"`` with its title); the page shows
the same numbers in a table beside it. Colours come from the stylesheet (``.gs-chart__bar``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

SCALE = 1000  # the bar's SVG is SCALE units wide; its width on screen is the row's


def bar_chart(chart_id: str, title: str, rows: Sequence[tuple[str, int]]) -> str:
    """A bar chart of ``rows`` (label, value) in the order given; the longest bar is the largest value."""
    chart = ET.Element("div", {"class": "gs-chart", "id": chart_id, "role": "img", "aria-label": title})
    top = max((v for _, v in rows), default=0) or 1
    for label, value in rows:
        row = ET.SubElement(chart, "div", {"class": "gs-chart__row"})
        ET.SubElement(row, "span", {"class": "gs-chart__label"}).text = label
        ET.SubElement(row, "span", {"class": "gs-chart__value"}).text = str(value)
        svg = ET.SubElement(row, "svg", {"class": "gs-chart__track", "viewBox": f"0 0 {SCALE} 10",
                                         "preserveAspectRatio": "none", "focusable": "false", "aria-hidden": "true"})
        width = max(4, round(SCALE * value / top)) if value else 0
        ET.SubElement(svg, "rect", {"class": "gs-chart__bar", "x": "0", "y": "0", "width": str(width), "height": "10"})
    return ET.tostring(chart, encoding="unicode", method="html")
