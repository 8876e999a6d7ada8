"""Geometry of the rendered portal, measured in Chromium at a phone's size and a laptop's (issue 18).

Each page type of the sample site and of a generated demo is loaded once per viewport (fonts and
images settled) and measured by tests/visual/measure.py; each test below holds one property of one
page type to a threshold. The failure message lists every offender, so one run shows all there is
to fix. Sizes are CSS pixels; nothing here depends on the machine's speed.

The demo is the run's shared one (conftest.demo_project, 300 profiles; the screenshot command,
tests/visual/screenshots.py, uses 1,200): its largest section paginates into several pages, so the
pagination's gaps are exercised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import pytest
from measure import measure
from sitepages import KINDS, VIEWPORTS, Target, open_page, pick

from browserkit import tab

# --- thresholds (CSS px unless said) ---------------------------------------------------------------
TAP_MIN = 44  # WCAG 2.5.5 (AAA) and Apple/Android guidance: a finger needs 44×44 on a phone
FONT_MIN = 12  # smallest text a reader on a cheap phone reads without zooming (issue 18, item 7)
SUMMARY_MIN_SHARE = 0.60  # a card's summary spans at least 60 % of the card's width on a phone
CARD_MAX_PHONE = 260  # a card (96 px thumbnail beside title, meta and a clamped summary) on a phone
COLUMNS_MIN_DESKTOP = 2  # a card list is a grid of at least two columns at 1366 px
H1_CONTRAST_MIN = 7.0  # WCAG AAA: the page's title in dark text, not Material's 54 % grey (4.6:1)
SHARE_TOLERANCE = 1.0  # share buttons of "equal size" differ by at most this in width and in height
SLACK = 1.0  # sub-pixel rounding allowed on edges

SITES = ("sample", "demo")
CARD_KINDS = ("home", "sector", "unit", "paged", "profile-photo", "profile-nophoto")


def cases(kinds: tuple[str, ...] = KINDS, viewports: tuple[str, ...] = ("phone", "desktop")) -> list[Any]:
    return [pytest.param(s, v, k, id=f"{s}-{v}-{k}") for s in SITES for v in viewports for k in kinds]


class Looker:
    """Serves each site once, measures each page once, in the session's tab of its viewport."""

    def __init__(self, request: pytest.FixtureRequest, browser: Any) -> None:
        self.request, self.browser, self.stack = request, browser, ExitStack()
        self.sites: dict[str, tuple[str, dict[str, Target]]] = {}
        self.figures: dict[tuple[str, str, str], tuple[Target, dict[str, Any]]] = {}

    def site(self, name: str) -> tuple[str, dict[str, Target]]:
        if name not in self.sites:
            from browserkit import serve

            folder = self.request.getfixturevalue("sample_site" if name == "sample" else "demo_site")
            self.sites[name] = (self.stack.enter_context(serve(folder)), pick(folder))
        return self.sites[name]

    def look(self, site: str, viewport: str, kind: str) -> tuple[Target, dict[str, Any]]:
        key = (site, viewport, kind)
        if key not in self.figures:
            base, targets = self.site(site)
            if kind not in targets:
                pytest.skip(f"the {site} site has no page of type {kind}")
            page = tab(self.browser, **VIEWPORTS[viewport])  # one tab per viewport, navigated page to page
            open_page(page, base, targets[kind])
            self.figures[key] = (targets[kind], measure(page, TAP_MIN, FONT_MIN))
        return self.figures[key]

    def close(self) -> None:
        self.stack.close()


@pytest.fixture(scope="session")
def looker(request: pytest.FixtureRequest, browser: Any) -> Iterator[Looker]:
    instance = Looker(request, browser)
    yield instance
    instance.close()


def lines(items: list[Any]) -> str:
    return "\n  " + "\n  ".join(str(i) for i in items)


@pytest.mark.parametrize(("site", "viewport", "kind"), cases())
def test_no_horizontal_overflow(looker: Looker, site: str, viewport: str, kind: str) -> None:
    target, m = looker.look(site, viewport, kind)
    assert m["scrollWidth"] <= m["viewport"], f"/{target.path}: page {m['scrollWidth']} px wide in {m['viewport']} px"
    assert not m["overflow"], f"/{target.path}: elements past the right edge ({m['viewport']} px):" + lines(m["overflow"])


@pytest.mark.parametrize(("site", "viewport", "kind"), cases(viewports=("phone",)))
def test_tap_targets_at_least_44px_on_phone(looker: Looker, site: str, viewport: str, kind: str) -> None:
    target, m = looker.look(site, viewport, kind)
    assert not m["taps"], (f"/{target.path}: {len(m['taps'])} tap targets under {TAP_MIN}×{TAP_MIN} px "
                           "(links inside a sentence excepted):" + lines(f"{t['what']} {t['w']}×{t['h']}" for t in m["taps"]))


@pytest.mark.parametrize(("site", "viewport", "kind"), cases())
def test_text_at_least_12px(looker: Looker, site: str, viewport: str, kind: str) -> None:
    target, m = looker.look(site, viewport, kind)
    assert not m["fonts"], (f"/{target.path}: text rendered under {FONT_MIN} px:"
                            + lines(f"{f['size']} px {f['what']}" for f in m["fonts"]))


@pytest.mark.parametrize(("site", "viewport", "kind"), cases())
def test_h1_whole_and_dark(looker: Looker, site: str, viewport: str, kind: str) -> None:
    target, m = looker.look(site, viewport, kind)
    assert len(m["h1"]) == 1, f"/{target.path}: {len(m['h1'])} visible H1"
    h1 = m["h1"][0]
    assert not h1["cut"], f"/{target.path}: H1 cut off:" + lines(h1["cut"])
    assert h1["left"] >= -SLACK and h1["right"] <= m["viewport"] + SLACK, f"/{target.path}: H1 outside the viewport: {h1}"
    assert h1["contrast"] >= H1_CONTRAST_MIN, f"/{target.path}: H1 contrast {h1['contrast']}:1 < {H1_CONTRAST_MIN}:1"


@pytest.mark.parametrize(("site", "viewport", "kind"), cases())
def test_header_site_name_not_cut(looker: Looker, site: str, viewport: str, kind: str) -> None:
    target, m = looker.look(site, viewport, kind)
    assert m["header"], f"/{target.path}: no header title (.md-header__title)"
    assert not m["header"]["cut"], f"/{target.path}: the site name in the header is cut off:" + lines(m["header"]["cut"])


@pytest.mark.parametrize(("site", "viewport", "kind"), cases(CARD_KINDS, ("phone",)))
def test_card_summary_uses_the_card_width_on_phone(looker: Looker, site: str, viewport: str, kind: str) -> None:
    target, m = looker.look(site, viewport, kind)
    assert m["cards"], f"/{target.path}: no card list (.gs-cards)"
    narrow = [s for c in m["cards"] for s in c["summaries"] if s["ratio"] < SUMMARY_MIN_SHARE]
    assert not narrow, (f"/{target.path}: card summaries narrower than {SUMMARY_MIN_SHARE:.0%} of their card:"
                        + lines(f"{s['ratio']:.0%} {s['what']}" for s in narrow))


@pytest.mark.parametrize(("site", "viewport", "kind"), cases(CARD_KINDS, ("phone",)))
def test_card_list_height_bounded_on_phone(looker: Looker, site: str, viewport: str, kind: str) -> None:
    target, m = looker.look(site, viewport, kind)
    assert m["cards"], f"/{target.path}: no card list (.gs-cards)"
    for c in m["cards"]:
        assert c["height"] <= c["count"] * CARD_MAX_PHONE, (
            f"/{target.path}: {c['count']} cards {c['height']} px tall (at most {CARD_MAX_PHONE} px a card; "
            f"tallest {c['tallest']} px)")


@pytest.mark.parametrize(("site", "viewport", "kind"), cases(CARD_KINDS, ("desktop",)))
def test_cards_in_columns_on_desktop(looker: Looker, site: str, viewport: str, kind: str) -> None:
    target, m = looker.look(site, viewport, kind)
    assert m["cards"], f"/{target.path}: no card list (.gs-cards)"
    for c in m["cards"]:
        expected = min(COLUMNS_MIN_DESKTOP, c["count"])
        assert c["columns"] >= expected, f"/{target.path}: {c['count']} cards in {c['columns']} column(s) at 1366 px"


def gaps_without_ellipsis(words: list[str]) -> list[str]:
    """Where the page numbers in ``words`` jump (3 → 7) with no "…" between them."""
    out, last, ellipsis = [], None, False
    for w in words:
        if re.fullmatch(r"…|\.\.\.", w):
            ellipsis = True
        elif w.isdigit():
            if last is not None and int(w) > last + 1 and not ellipsis:
                out.append(f"{last} → {w}")
            last, ellipsis = int(w), False
    return out


@pytest.mark.parametrize(("site", "viewport", "kind"), cases(("paged",), ("phone",)))
def test_pagination_first_last_and_ellipsis(looker: Looker, site: str, viewport: str, kind: str) -> None:
    target, m = looker.look(site, viewport, kind)
    assert len(m["pagination"]) >= 1, f"/{target.path}: no pagination (.gs-pages)"
    for words in m["pagination"]:
        numbers = [int(w) for w in words if w.isdigit()]
        assert numbers and min(numbers) == 1 and max(numbers) == target.pages, (
            f"/{target.path}: pagination {words} lacks the first (1) or last ({target.pages}) page")
        assert not gaps_without_ellipsis(words), (
            f"/{target.path}: pages skipped without an ellipsis: {gaps_without_ellipsis(words)} in {words}")


@pytest.mark.parametrize(("site", "viewport", "kind"), cases(("profile-photo", "profile-nophoto")))
def test_share_buttons_equal_size(looker: Looker, site: str, viewport: str, kind: str) -> None:
    target, m = looker.look(site, viewport, kind)
    assert m["share"], f"/{target.path}: no share bar (.gs-share)"
    for bar in m["share"]:
        widths, heights = [b["w"] for b in bar], [b["h"] for b in bar]
        assert len(bar) >= 2 and max(widths) - min(widths) <= SHARE_TOLERANCE and \
            max(heights) - min(heights) <= SHARE_TOLERANCE, (
            f"/{target.path}: share buttons of different sizes:" + lines(f"{b['w']}×{b['h']} {b['what']}" for b in bar))


@pytest.mark.parametrize(("site", "viewport", "kind"), cases(("profile-photo", "profile-nophoto")))
def test_share_bar_near_the_top_and_at_the_end(looker: Looker, site: str, viewport: str, kind: str) -> None:
    target, m = looker.look(site, viewport, kind)
    tops, body = m["shareTops"], m["bodyTop"]
    assert len(tops) >= 2, f"/{target.path}: {len(tops)} share bar(s); one near the top and one at the end"
    assert body is not None and min(tops) < body < max(tops), (
        f"/{target.path}: share bars at {tops} px, the story (.gs-body) at {body} px: one above it, one after it")


@pytest.mark.parametrize(("site", "viewport", "kind"), cases())
def test_placeholders_not_cut(looker: Looker, site: str, viewport: str, kind: str) -> None:
    target, m = looker.look(site, viewport, kind)
    assert not m["placeholders"], f"/{target.path}: placeholder text cut off:" + lines(m["placeholders"])


def test_gaps_without_ellipsis_reads_pagination_words() -> None:
    """The pagination check itself: a jump is allowed only across an ellipsis."""
    assert gaps_without_ellipsis(["« Trang trước", "1", "3", "4", "Trang sau »"]) == ["1 → 3"]
    assert gaps_without_ellipsis(["1", "…", "4", "5", "6", "…", "13"]) == []
