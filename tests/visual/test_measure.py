"""The measuring script itself (tests/visual/measure.py), on small pages made to break each rule.

Each geometry test in test_geometry.py passes on a page only if this script finds nothing there, so
here every rule is shown to catch what it is meant to catch, and to let through what it excepts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from measure import measure
from sitepages import VIEWPORTS

PHONE = VIEWPORTS["phone"]


@pytest.fixture(scope="module")
def phone(browser: Any) -> Iterator[Any]:
    context = browser.new_context(**PHONE)
    page = context.new_page()
    yield page
    context.close()


def figures(page: Any, body: str) -> dict[str, Any]:
    page.set_content(f"<!doctype html><html lang=vi><meta name=viewport content='width=device-width'><body style='margin:0;font:16px sans-serif'>{body}</body></html>")
    return measure(page, 44, 12)


def test_overflow_past_the_right_edge_is_found_unless_its_container_scrolls(phone: Any) -> None:
    wide = figures(phone, "<div style='width:600px'>rộng</div>")
    assert wide["scrollWidth"] > 390 and any("rộng" in o for o in wide["overflow"])
    inside = figures(phone, "<div style='overflow-x:auto'><table style='width:600px'><tr><td>bảng</td></tr></table></div>")
    assert inside["scrollWidth"] == 390 and inside["overflow"] == []


def test_small_tap_targets_are_found_but_links_in_a_sentence_are_excepted(phone: Any) -> None:
    found = figures(phone, """<nav><a href="#1">1</a> <a href="#2">2</a></nav>
        <p>Theo dõi: <a href="#r">Trang tin điện tử của tỉnh</a> · <a href="#z">Zalo</a></p>
        <button style="width:60px;height:30px">Tìm</button>
        <p>Chị đã <a href="#s">vận động</a> 35 hộ cùng làm rau hữu cơ.</p>
        <a href="#big" style="display:block;height:48px">Trang sau</a>""")
    small = sorted(t["what"] for t in found["taps"])
    assert small == ['<a> "1"', '<a> "2"', '<a> "Trang tin điện tử của tỉnh"', '<a> "Zalo"', '<button> "Tìm"'], small


def test_small_text_is_found_in_html_and_in_scaled_svg(phone: Any) -> None:
    found = figures(phone, """<p style="font-size:11px">chú thích nhỏ</p><p>chữ thường</p>
        <label style="position:absolute;width:1px;height:1px;overflow:hidden;font-size:8px">chỉ cho trình đọc</label>
        <svg viewBox="0 0 800 100" style="width:390px"><text x="0" y="50" font-size="12">nhãn biểu đồ</text></svg>
        <svg viewBox="0 0 390 100" style="width:390px"><text x="0" y="50" font-size="12">nhãn vừa</text></svg>""")
    sizes = {f["text"]: f["size"] for f in found["fonts"]}
    assert sizes == {"chú thích nhỏ": 11, "nhãn biểu đồ": 5.9}, sizes  # 12 × 390 / 800 = 5.85


def test_a_cut_or_grey_h1_is_found(phone: Any) -> None:
    cut = figures(phone, "<h1 style='white-space:nowrap;overflow:hidden;text-overflow:ellipsis;color:#000'>"
                         "Hợp tác xã Nông nghiệp hữu cơ Suối Mơ</h1>")
    assert cut["h1"][0]["cut"]
    whole = figures(phone, "<h1 style='color:rgba(0,0,0,.87)'>Hợp tác xã Nông nghiệp hữu cơ Suối Mơ</h1>")
    assert whole["h1"][0]["cut"] == [] and whole["h1"][0]["contrast"] > 7
    grey = figures(phone, "<h1 style='color:rgba(0,0,0,.54)'>Thống kê</h1>")
    assert grey["h1"][0]["contrast"] < 5


def test_card_summaries_columns_pagination_and_share_bars_are_read(phone: Any) -> None:
    found = figures(phone, """<ul class="gs-cards" style="display:grid;grid-template-columns:1fr 1fr;list-style:none;padding:0">
          <li class="gs-card"><p class="gs-card__summary" style="width:25%">tóm tắt hẹp</p></li>
          <li class="gs-card"><p class="gs-card__summary">tóm tắt rộng</p></li></ul>
        <nav class="gs-pages"><a href="#1">1</a> <span>…</span> <a href="#4">4</a></nav>
        <div class="gs-share"><button>Zalo</button><a href="#f">Facebook</a></div>""")
    [cards] = found["cards"]
    assert cards["count"] == 2 and cards["columns"] == 2
    assert [s["ratio"] for s in cards["summaries"]] == [0.25, 1.0]
    assert found["pagination"] == [["1", "…", "4"]]
    assert [b["what"] for b in found["share"][0]] == ['<button> "Zalo"', '<a> "Facebook"']


def test_a_cut_placeholder_and_share_bars_around_the_story_are_read(phone: Any) -> None:
    found = figures(phone, """<input style="width:120px;font:16px sans-serif" placeholder="Ví dụ: thi đua, giáo dục">
        <input style="width:300px;font:16px sans-serif" placeholder="Tên, đơn vị">
        <div class="gs-share" style="height:48px"><button>Zalo</button></div>
        <div class="gs-body" style="height:300px">Bài viết</div>
        <div class="gs-share" style="height:48px"><button>Zalo</button></div>""")
    assert len(found["placeholders"]) == 1 and "thi đua" in found["placeholders"][0]
    assert found["shareTops"][0] < found["bodyTop"] < found["shareTops"][1]


def test_a_label_standing_for_a_hidden_checkbox_is_a_tap_target(phone: Any) -> None:
    found = figures(phone, """<input type="checkbox" id="menu" style="display:none">
        <label for="menu" style="display:inline-block;width:40px;height:40px">☰</label>
        <input type="checkbox" id="ok"><label for="ok">Đồng ý</label>""")
    assert [t["what"] for t in found["taps"]] == ['<label> "☰"', '<input> ""'], found["taps"]
