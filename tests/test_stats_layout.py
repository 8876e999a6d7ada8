"""The statistics page (/thong-ke/) in Chromium: legible on a phone, names in full, bars sorted,
units charted one level of the tree at a time, tables aligned. Still no script."""

from __future__ import annotations

import pytest

from browserkit import require_chromium
from layoutkit import OVERFLOW, opened

require_chromium()

# The font size each piece of text is drawn at: its CSS size, times the scale of the SVG it is in
# (an SVG with a viewBox scales its text with the drawing).
RENDERED_FONT_SIZES = """() => {
  const out = [];
  const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || !el.closest(".gs-stats") || !el.getClientRects().length) continue;
    let size = parseFloat(getComputedStyle(el).fontSize);
    const svg = el.closest("svg");
    if (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width)
      size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    out.push([n.textContent.trim(), size]);
  }
  return out;
}"""

CHARTS = """() => [...document.querySelectorAll(".gs-stats")].map((s) => ({
  heading: s.querySelector("h2").innerText.trim(),
  charts: [...s.querySelectorAll(".gs-stats__chart")].map((f) =>
    [...f.querySelectorAll(".gs-chart__label, .gs-chart text:not(.gs-chart__value)")].map((l, i) => [l.textContent,
      parseInt(f.querySelectorAll(".gs-chart__value")[i].textContent)])),
  table: [...s.querySelectorAll("tbody tr")].map((r) => r.querySelector("th").innerText.trim()),
}))"""

TABLE_CELLS = """() => [...document.querySelectorAll(".gs-stats__table tbody tr")].map((r) => {
  const th = r.querySelector("th"), td = r.querySelector("td"), s = getComputedStyle(td);
  const range = document.createRange();
  range.selectNodeContents(td);
  return {name: getComputedStyle(th).textAlign, number: s.textAlign, figures: s.fontVariantNumeric,
          wrap: s.whiteSpace, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size};
})"""


def test_chart_text_is_at_least_12_px_on_a_phone(base_url: str, browser: object) -> None:
    with opened(browser, base_url + "thong-ke/", "phone") as page:
        sizes = page.evaluate(RENDERED_FONT_SIZES)
        assert len(sizes) > 40
        small = [(text, round(size, 1)) for text, size in sizes if size < 12]
        assert small == []  # main: 12 px labels drawn at 7.4 px
        width, viewport = page.evaluate(OVERFLOW)
        assert width <= viewport


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_names_in_full_bars_sorted_units_by_level(base_url: str, browser: object, size: str) -> None:
    with opened(browser, base_url + "thong-ke/", size) as page:
        sections = {s["heading"]: s for s in page.evaluate(CHARTS)}
        assert not page.locator("script[src*='//']").count()
        for heading, section in sections.items():
            labels = [label for chart in section["charts"] for label, _ in chart]
            assert labels and not [x for x in labels if x.endswith("…")]  # main: long names cut
            assert set(labels) <= set(section["table"])
            for chart in section["charts"]:
                values = [v for _, v in chart]
                if heading in ("Theo lĩnh vực", "Theo loại điển hình", "Theo đơn vị"):
                    assert values == sorted(values, reverse=True), (heading, chart)  # main: in vocabulary order
        units = sections["Theo đơn vị"]["charts"]
        for chart in units:  # the province is never on the scale of its own communes
            names = {label for label, _ in chart}
            assert not ("Tỉnh Sơn Hà" in names and "Xã Tân Hòa" in names), chart
        assert any("Xã Tân Hòa" in {label for label, _ in chart} for chart in units)  # communes are charted
        years = [int(label.split()[-1]) for label, _ in sections["Theo năm khen thưởng"]["charts"][0]]
        assert years == sorted(years, reverse=True)


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_tables_names_left_numbers_right_never_wrapped(base_url: str, browser: object, size: str) -> None:
    with opened(browser, base_url + "thong-ke/", size) as page:
        cells = page.evaluate(TABLE_CELLS)
        assert cells
        for c in cells:
            assert c["name"] in ("left", "start") and c["number"] in ("right", "end"), c  # main: centred
            assert "tabular-nums" in c["figures"] and c["wrap"] == "nowrap", c
            assert c["lines"] == 1, c
