"""The search page as a reader meets it, in Chromium: focus on arrival, what a result shows,
profiles before content pages, editors' pages never found, the filter disclosure, hostile data.

What a result should show is read from the sample files (python-frontmatter), not from our code.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlparse

import pytest
import yaml

from browserkit import goto, own_page, require_chromium, serve, tab
from conftest import REPO, copy_project, run_guongsang, sample_profiles, write
from guongsang.core.text import fold
from test_search_index import fragments

require_chromium()
PROFILE = "/guong-dien-hinh/"
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
WIDE = {"viewport": {"width": 1366, "height": 900}}
HOSTILE = '<img src=x onerror="window.__pwned=1"> Hoa & <b>thi đua</b>'
SECRET = "quyzzycanbo"  # a word only the editors' page holds


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    """The session's phone tab (browserkit.tab), navigated from test to test."""
    yield tab(browser, **PHONE)


def published() -> dict[str, dict[str, object]]:
    return {slug: meta for slug, ok, meta in sample_profiles() if ok}


def results(page: Any) -> list[dict[str, Any]]:
    page.wait_for_selector("[data-gs-results][data-state=ready]", state="attached")
    return page.eval_on_selector_all(".gs-result", """items => items.map(li => {
        const q = (s) => li.querySelector(s);
        const marks = (el) => el ? [...el.querySelectorAll('mark')].map(m => m.textContent) : [];
        return {url: new URL(q('a').href).pathname, links: li.querySelectorAll('a').length,
                text: li.textContent, title: q('.gs-result__title')?.textContent,
                award: q('.gs-result__award')?.textContent, unit: q('.gs-result__unit')?.textContent,
                summary: q('.gs-result__summary')?.textContent, summaryMarks: marks(q('.gs-result__summary')),
                marks: marks(li)};
    })""")


def search(page: Any, base: str, query: str, everything: bool = False) -> list[dict[str, Any]]:
    page.goto(f"{base}tim-kiem/?q={quote(query)}", wait_until="load")
    found = results(page)
    while everything and page.locator("[data-gs-more]").is_visible():
        page.click("[data-gs-more]")
        page.wait_for_function("n => document.querySelectorAll('.gs-result').length > n", arg=len(found))
        found = results(page)
    return found


# 1. The header's magnifier leads to a focused box

@pytest.mark.parametrize("start", ["guong-dien-hinh/dang-thi-huong/", "linh-vuc/y-te/", "khong-co-trang-nay/"])
def test_the_header_magnifier_on_a_phone_lands_in_the_search_box(phone: Any, base_url: str, start: str) -> None:
    phone.goto(base_url + start, wait_until="load")
    assert not phone.locator("#gs-header-q").is_visible()  # a magnifier alone
    phone.tap(".gs-header-search__button")
    phone.wait_for_url("**/tim-kiem/**")
    phone.wait_for_function("() => document.activeElement && document.activeElement.id === 'gs-q'")
    phone.keyboard.type("dang thi huong")
    phone.keyboard.press("Enter")
    assert results(phone)[0]["title"] == "Đặng Thị Hường"


def test_a_link_with_a_query_shows_results_without_taking_the_focus(phone: Any, base_url: str) -> None:
    search(phone, base_url, "thi dua")
    assert phone.evaluate("() => document.activeElement.id") != "gs-q"  # a screen reader starts at the top


@pytest.mark.parametrize(("size", "path", "box"), [
    (PHONE, "tim-kiem/", "#gs-q"), (PHONE, "", "#gs-home-q"), (WIDE, "tim-kiem/", "#gs-q"),
    (WIDE, "", "#gs-home-q"), (WIDE, "guong-dien-hinh/dang-thi-huong/", "#gs-header-q")])
def test_placeholders_fit_their_boxes(browser: Any, base_url: str, size: dict[str, Any], path: str, box: str) -> None:
    page = tab(browser, **size)
    goto(page, base_url + path, wait_until="load")
    room, needed = page.eval_on_selector(box, """el => {
        const s = getComputedStyle(el);
        const ctx = document.createElement('canvas').getContext('2d');
        ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
        return [el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight),
                ctx.measureText(el.placeholder).width];
    }""")
    assert needed <= room, (box, needed, room)


# 2. What a result shows

def test_results_show_name_award_unit_and_summary_with_the_words_marked(phone: Any, base_url: str) -> None:
    profiles = published()
    units = {t["id"]: t["name"] for t in yaml.safe_load((REPO / "exemplars/_vocab/units.yml").read_text(encoding="utf-8"))}
    found = search(phone, base_url, "thi dua")
    assert len(found) >= 10
    for result in found[:10]:
        assert result["url"].startswith(PROFILE), result  # profiles first
        assert result["links"] == 1  # the whole result is one link
        meta = profiles[result["url"].removeprefix(PROFILE).strip("/")]
        assert result["title"] == meta["title"]
        assert result["unit"] == units[str(meta["unit"])]
        assert result["award"] and result["award"].endswith(f"({meta['year']})")
        # the summary as written (perhaps begun nearer the words found), not strings of facts
        shown = result["summary"].removeprefix("… ")
        assert shown and str(meta["summary"]).endswith(shown), result
        assert "·" not in result["text"] and "Quyết định số" not in result["text"]
        assert result["marks"] and {fold(m).lower() for m in result["marks"]} <= {"thi", "dua"}, result
    # words found in the summary are marked there, "đua" included (a query without đ finds it)
    in_summaries = [m for r in found[:10] for m in r["summaryMarks"]]
    assert "đua" in [m.lower() for m in in_summaries]


def test_a_query_with_diacritics_marks_only_words_written_so(phone: Any, base_url: str) -> None:
    found = search(phone, base_url, "đức")[:5]
    assert any(r["marks"] for r in found)  # (a word found among a profile's tags or evidence is not shown)
    for result in found:  # "dục" folds as "đức" does, but was not asked for
        assert all(m.lower() == "đức" for m in result["marks"]), result


# 3. Profiles before content pages

@pytest.mark.parametrize("query", ["thi dua", "tiêu chuẩn", "khen thuong"])
def test_content_pages_come_after_every_profile(phone: Any, base_url: str, query: str) -> None:
    found = search(phone, base_url, query, everything=True)
    kinds = ["profile" if r["url"].startswith(PROFILE) else "page" for r in found]
    assert "profile" in kinds and "page" in kinds, found  # the sample has both for these words
    assert kinds == sorted(kinds, key=lambda k: k == "page"), kinds
    for result in found:
        if not result["url"].startswith(PROFILE):
            assert "Trang giới thiệu" in result["text"] and result["award"] is None


# 4, 5 and hostile data: a copy of the sample with an editors' page and a hostile profile

@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("tim-kiem-can-bo") / "du-an")
    write(project, "content/can-bo/x.md", f"# Hướng dẫn cho cán bộ\n\nĐăng nhập bằng {SECRET}, sửa YAML, chạy npm ci.\n")
    meta = {"title": HOSTILE, "kind": "ca-nhan", "unit": "xa-tan-hoa", "sector": "nong-nghiep-nong-thon-moi",
            "award_level": "bo-nganh-tinh", "year": 2024, "date": "2025-01-15",
            "summary": f"{HOSTILE} <script>window.__pwned=2</script> trồng rau sạch."}
    write(project, "exemplars/2024/hoa-doc-hai.md", f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n\nChị Hoa.\n")
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_editors_pages_are_never_indexed(hostile_site: Path) -> None:
    assert (hostile_site / "can-bo" / "x" / "index.html").is_file()  # published for editors
    docs = fragments(hostile_site)
    assert not [d["url"] for d in docs if str(d["url"]).startswith(("/can-bo/", "/admin/"))]
    assert SECRET not in json.dumps(docs, ensure_ascii=False)
    assert any(str(d["url"]).startswith("/gioi-thieu/") for d in docs)  # readers' pages still are


def test_editors_pages_are_never_found(browser: Any, hostile_site: Path) -> None:
    with own_page(browser) as page, serve(hostile_site) as base:
        for query in (SECRET, "huong dan can bo", "npm ci"):
            assert not [r for r in search(page, base, query) if r["url"].startswith("/can-bo/")], query


def test_hostile_data_is_shown_as_text(browser: Any, hostile_site: Path) -> None:
    with own_page(browser) as page, serve(hostile_site) as base:
        found = search(page, base, "rau sach")
        mine = next(r for r in found if r["url"] == f"{PROFILE}hoa-doc-hai/")
        assert mine["title"] == HOSTILE
        assert "<script>window.__pwned=2</script> trồng rau sạch." in mine["summary"]
        assert page.locator(".gs-results img:not(.gs-result__img), .gs-results script, .gs-results b").count() == 0
        page.wait_for_timeout(200)  # an image error handler would have run by now
        assert page.evaluate("() => window.__pwned") is None


# 5. The filter box

def test_the_filter_box_is_a_plain_labelled_disclosure_with_large_targets(phone: Any, base_url: str) -> None:
    search(phone, base_url, "thi dua")
    summary = phone.locator("details[data-gs-filters] > summary")
    assert summary.inner_text().startswith("Lọc kết quả")
    style = summary.evaluate("""el => {
        const d = el.parentElement, b = getComputedStyle(el, '::before'), s = getComputedStyle(d);
        return {before: b.content, beforeDisplay: b.display, mask: b.maskImage || b.webkitMaskImage || 'none',
                border: s.borderLeftWidth, shadow: s.boxShadow, background: getComputedStyle(el).backgroundColor,
                height: el.getBoundingClientRect().height};
    }""")
    assert style["before"] in ("none", "normal") or style["beforeDisplay"] == "none", style  # no pencil icon
    assert style["mask"] == "none" and style["shadow"] == "none" and style["border"] == "0px", style
    assert style["height"] >= 44
    assert not phone.locator("details[data-gs-filters]").evaluate("d => d.open")  # results first on a phone
    summary.focus()
    phone.keyboard.press("Enter")  # a keyboard opens it
    assert phone.locator("details[data-gs-filters]").evaluate("d => d.open")
    targets = phone.eval_on_selector_all(
        "details[data-gs-filters] select, details[data-gs-filters] button, .gs-search__row button",
        "els => els.map(e => [e.name || e.textContent.trim(), e.getBoundingClientRect().width, e.getBoundingClientRect().height])")
    assert len(targets) >= 6
    for name, width, height in targets:
        assert width >= 44 and height >= 44, (name, width, height)


def test_a_result_is_a_card_beside_its_thumbnail_on_a_phone(phone: Any, base_url: str) -> None:
    search(phone, base_url, "dang thi huong")
    first = phone.locator(".gs-result").first
    first.locator("img.gs-result__img").wait_for()
    box = first.evaluate("""li => {
        const r = (s) => li.querySelector(s).getBoundingClientRect();
        const summary = li.querySelector('.gs-result__summary');
        return {img: r('.gs-result__img'), title: r('.gs-result__title'), summary: r('.gs-result__summary'),
                lines: summary.getBoundingClientRect().height / parseFloat(getComputedStyle(summary).lineHeight),
                page: document.documentElement.scrollWidth};
    }""")
    assert box["title"]["x"] >= box["img"]["x"] + box["img"]["width"]  # text beside the thumbnail
    assert box["summary"]["width"] >= 200  # not squeezed under it
    assert box["lines"] <= 3.05  # clamped
    assert box["page"] <= 390
    first.locator("a").click()
    phone.wait_for_load_state("load")
    assert urlparse(phone.url).path == f"{PROFILE}dang-thi-huong/"

