"""Cards, index tiles and the front page, measured in Chromium at a phone's size and a laptop's.

The sample portal is built once (conftest.sample_site) and served on 127.0.0.1. What is measured:
the summary beside the thumbnail (not squeezed under it), the card grid's columns, the whole card
being one link named by the exemplar, no sideways scrolling, 44×44 px tap targets, the unit tree
visibly nested, and the front page's sectors and campaigns with their counts.
"""

from __future__ import annotations

import re

import pytest

from browserkit import require_chromium
from layoutkit import OVERFLOW, boxes, opened, small_targets

require_chromium()

CARD_PAGES = ["", "don-vi/tinh-son-ha/", "linh-vuc/y-te/", "nam/2024/", "guong-dien-hinh/le-thi-minh-phuong/"]
INDEX_PAGES = ["linh-vuc/", "don-vi/", "cap-khen-thuong/", "nam/", "loai/", "phong-trao/", "the/"]

CARD_GEOMETRY = """() => [...document.querySelectorAll(".gs-card")].map((card) => {
  const c = card.getBoundingClientRect(), s = card.querySelector(".gs-card__summary").getBoundingClientRect();
  const line = parseFloat(getComputedStyle(card.querySelector(".gs-card__summary")).lineHeight);
  return {card: c.width, cardHeight: c.height, summary: s.width, summaryHeight: s.height, line, left: c.left};
})"""

# For each card: its links, the link's accessible text, and what a tap at the centre and near each
# corner of the card lands on.
CARD_LINKS = """() => [...document.querySelectorAll(".gs-card")].map((card) => {
  const r = card.getBoundingClientRect(), links = card.querySelectorAll("a"), a = links[0];
  const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 6, r.top + 6], [r.right - 6, r.top + 6],
                  [r.left + 6, r.bottom - 6], [r.right - 6, r.bottom - 6]];
  card.scrollIntoView({block: "center"});
  const q = card.getBoundingClientRect();
  const hits = points.map(([x, y]) => document.elementFromPoint(x - r.left + q.left, y - r.top + q.top));
  return {links: links.length, name: a.innerText.trim(), label: a.getAttribute("aria-label"),
          title: card.querySelector(".gs-card__title").innerText.trim(),
          hits: hits.map((h) => !!h && h.closest("a") === a)};
})"""


@pytest.mark.parametrize("path", CARD_PAGES)
def test_card_text_sits_beside_the_thumbnail_on_a_phone(base_url: str, browser: object, path: str) -> None:
    with opened(browser, base_url + path, "phone") as page:
        cards = page.evaluate(CARD_GEOMETRY)
        assert cards, "no cards on " + path
        for c in cards:
            assert c["summary"] >= 0.6 * c["card"], c  # main: a ~90 px column under the photo
            assert c["summaryHeight"] <= 3 * c["line"] + 2, c  # clamped to three lines
            assert c["cardHeight"] <= 240, c  # main: one card was 30 lines tall


@pytest.mark.parametrize("path", ["", "don-vi/tinh-son-ha/", "linh-vuc/"])
def test_cards_and_tiles_form_a_grid_on_a_laptop(base_url: str, browser: object, path: str) -> None:
    with opened(browser, base_url + path, "desktop") as page:
        items = boxes(page, ".gs-card") or boxes(page, ".gs-tile")
        assert len({round(b["x"]) for b in items}) >= 2, items  # main: one column (Material's flow-root won)


@pytest.mark.parametrize("size", ["phone", "desktop"])
@pytest.mark.parametrize("path", CARD_PAGES[:3])
def test_the_whole_card_is_one_link_named_by_the_exemplar(base_url: str, browser: object, path: str, size: str) -> None:
    with opened(browser, base_url + path, size) as page:
        for card in page.evaluate(CARD_LINKS):
            assert card["links"] == 1 and card["label"] is None, card
            assert card["name"] == card["title"], card  # the name, not the whole card's text
            assert all(card["hits"]), card  # a tap anywhere on the card follows the link


@pytest.mark.parametrize("size", ["phone", "desktop"])
@pytest.mark.parametrize("path", CARD_PAGES + INDEX_PAGES + ["thong-ke/", "don-vi/tinh-son-ha/trang/2/"])
def test_no_page_scrolls_sideways(base_url: str, browser: object, path: str, size: str) -> None:
    with opened(browser, base_url + path, size) as page:
        width, viewport = page.evaluate(OVERFLOW)
        assert width <= viewport, path


@pytest.mark.parametrize("path", CARD_PAGES[:2] + INDEX_PAGES[:3] + ["don-vi/tinh-son-ha/trang/2/"])
def test_tap_targets_are_at_least_44_px_on_a_phone(base_url: str, browser: object, path: str) -> None:
    targets = ".gs-card, .gs-tile, .gs-pages a, .gs-breadcrumbs a"
    with opened(browser, base_url + path, "phone") as page:
        assert boxes(page, targets)
        assert small_targets(page, targets) == []


def test_index_tiles_say_their_count(base_url: str, browser: object) -> None:
    with opened(browser, base_url + "linh-vuc/", "phone") as page:
        tiles = boxes(page, ".gs-tile")
        assert tiles and all(re.fullmatch(r".+\n?\s*\d+ gương điển hình", t["text"], re.S) for t in tiles), tiles
        width = page.evaluate("() => document.querySelector('.gs-tiles').getBoundingClientRect().width")
        assert all(t["w"] >= width - 1 for t in tiles)  # a list on a phone, one tile a row


def test_unit_tree_is_visibly_nested(base_url: str, browser: object) -> None:
    with opened(browser, base_url + "don-vi/", "phone") as page:
        levels = page.evaluate("""() => [...document.querySelectorAll(".gs-tree .gs-tile")].map((a) => {
          let depth = 0; for (let e = a.parentElement; e && !e.classList.contains("gs-tree"); e = e.parentElement)
            if (e.tagName === "UL") depth++;
          return [a.innerText.split("\\n")[0].trim(), depth, a.getBoundingClientRect().left];
        })""")
        by_name = {name: (depth, left) for name, depth, left in levels}
        assert by_name["Tỉnh Sơn Hà"][0] == 0 and by_name["Xã Tân Hòa"][0] == 1
        assert by_name["Xã Tân Hòa"][1] >= by_name["Tỉnh Sơn Hà"][1] + 12  # indented under its parent


def test_award_levels_high_to_low_and_years_newest_first(base_url: str, browser: object) -> None:
    with opened(browser, base_url + "cap-khen-thuong/", "desktop") as page:
        names = [b["text"].split("\n")[0] for b in boxes(page, ".gs-tile")]
        assert names == ["Nhà nước", "Chính phủ", "Bộ, ngành, tỉnh", "Huyện", "Cơ sở"]
    with opened(browser, base_url + "nam/", "desktop") as page:
        years = [int(b["text"].split("\n")[0].split()[-1]) for b in boxes(page, ".gs-tile")]
        assert years == sorted(years, reverse=True) and len(years) >= 2


def test_front_page_has_sectors_and_campaigns_with_counts(base_url: str, browser: object) -> None:
    with opened(browser, base_url, "phone") as page:
        sectors = boxes(page, "#linh-vuc ~ .gs-tiles .gs-tile")
        assert len(sectors) >= 10 and all(re.search(r"\d+ gương điển hình", s["text"]) for s in sectors)
        campaigns = boxes(page, "#phong-trao ~ .gs-tiles .gs-tile")
        assert 1 <= len(campaigns) <= 4
        assert all(re.search(r"\d+ gương điển hình · mới nhất \d\d/\d\d/\d{4}", c["text"]) for c in campaigns)
        assert page.locator(".gs-card").count() >= 6
        height = page.evaluate("document.documentElement.scrollHeight")
        assert height < 9000  # main: 10,000 px for 18 cards


def test_cards_without_a_photo_show_an_initial(base_url: str, browser: object) -> None:
    with opened(browser, base_url, "phone") as page:
        blanks = page.evaluate("""() => [...document.querySelectorAll(".gs-card__img--none")].map((e) => {
          const r = e.getBoundingClientRect(), img = e.closest(".gs-card").querySelector("img");
          return [e.innerText.trim(), r.width, r.height];
        })""")
        photos = boxes(page, "img.gs-card__img")
        assert blanks and photos
        for letter, w, h in blanks:  # the same box as a photo: a deliberate tile, not a gap
            assert len(letter) == 1 and abs(w - photos[0]["w"]) < 1 and abs(h - photos[0]["h"]) < 1
