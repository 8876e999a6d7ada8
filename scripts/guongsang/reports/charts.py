"""Horizontal bar charts as inline SVG, drawn at build time (no script, nothing from a CDN).

Built as elements, never by pasting strings. Each chart names itself for screen readers
(``role="img"`` with a title); the page shows the same numbers in a table beside it.
Colours come from the stylesheet (``.gs-chart__bar``), so the site's palette applies.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

ROW = 22  # px per bar
LABEL_WIDTH = 230  # px for the labels on the left
BAR_WIDTH = 300
VALUE_WIDTH = 50
MAX_LABEL = 34  # characters; longer labels are cut with "…" (the table has them in full)


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1].rstrip() + "…"


def bar_chart(chart_id: str, title: str, rows: Sequence[tuple[str, int]]) -> str:
    """An SVG bar chart of ``rows`` (label, value), largest scale = the largest value."""
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    height = ROW * max(1, len(rows)) + 4
    svg = ET.Element("svg", {"xmlns": "http://www.w3.org/2000/svg", "class": "gs-chart", "role": "img",
                             "aria-labelledby": f"{chart_id}-t", "viewBox": f"0 0 {width} {height}",
                             "width": str(width), "height": str(height)})
    ET.SubElement(svg, "title", {"id": f"{chart_id}-t"}).text = title
    top = max((v for _, v in rows), default=0) or 1
    for i, (label, value) in enumerate(rows):
        y = i * ROW + 2
        text = ET.SubElement(svg, "text", {"x": str(LABEL_WIDTH - 6), "y": str(y + 15), "text-anchor": "end",
                                           "class": "gs-chart__label"})
        text.text = _short(label)
        bar = max(1, round(BAR_WIDTH * value / top)) if value else 0
        ET.SubElement(svg, "rect", {"x": str(LABEL_WIDTH), "y": str(y + 3), "width": str(bar), "height": str(ROW - 6),
                                    "class": "gs-chart__bar"})
        ET.SubElement(svg, "text", {"x": str(LABEL_WIDTH + bar + 4), "y": str(y + 15),
                                    "class": "gs-chart__value"}).text = str(value)
    return ET.tostring(svg, encoding="unicode")
