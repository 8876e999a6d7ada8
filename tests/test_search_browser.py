"""Search on the built sample portal, in Debian's Chromium driven by Playwright.

Which profiles are right for a query is worked out from the sample files themselves
(python-frontmatter and the raw Markdown), not from Guongsang's code.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, quote, urlparse

import pytest
import yaml

from browserkit import own_page, require_chromium, tab
from conftest import REPO, sample_profiles
from guongsang.core.text import fold

require_chromium()  # skips these tests (fails them in CI) without Debian's chromium
PROFILE = "/guong-dien-hinh/"
DEFAULTS = REPO / "scripts" / "guongsang" / "defaults"  # the sample keeps the default sectors and awards
VOCABULARIES = ((REPO / "exemplars" / "_vocab" / "units.yml", "unit"), (DEFAULTS / "sectors.yml", "sector"),
                (REPO / "exemplars" / "_vocab" / "campaigns.yml", "campaign"), (DEFAULTS / "award_forms.yml", "award"))


PHONE = {"viewport": {"width": 390, "height": 844}}


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """The session's phone-sized tab (browserkit.tab), navigated from test to test."""
    yield tab(browser, **PHONE)


@pytest.fixture
def new_page(browser: Any) -> Iterator[Any]:
    """A phone-sized page of its own (browserkit.own_page), with the URL of every request it makes (cached or not)."""
    with own_page(browser, **PHONE) as page:
        page.requests = []
        page.on("request", lambda request: page.requests.append(request.url))
        yield page


def published() -> dict[str, dict[str, object]]:
    return {slug: meta for slug, ok, meta in sample_profiles() if ok}


def sources_containing(text: str) -> set[str]:
    """Slugs of published profiles whose Markdown file contains ``text``."""
    slugs = set(published())
    return {p.stem for p in (REPO / "exemplars").rglob("*.md") if p.stem in slugs and text in p.read_text(encoding="utf-8")}


def source_of(result: dict[str, str]) -> str:
    """What a result was built from: a profile with the names of what it is filed under, or a page of content/."""
    if result["url"].startswith(PROFILE):
        text = next((REPO / "exemplars").rglob(f"{slug_of(result)}.md")).read_text(encoding="utf-8")
        meta = published()[slug_of(result)]
        for vocabulary, key in VOCABULARIES:
            terms = yaml.safe_load(vocabulary.read_text(encoding="utf-8"))
            text += "\n" + "".join(t["name"] for t in terms if t["id"] == meta.get(key))
        return text
    return (REPO / "content" / f"{result['url'].strip('/')}.md").read_text(encoding="utf-8")


def wait_for_results(page: Any) -> list[dict[str, str]]:
    page.wait_for_selector("[data-gs-results][data-state=ready]", state="attached")
    return page.eval_on_selector_all(".gs-result", """items => items.map(li => ({
        url: new URL(li.querySelector('a').href).pathname,
        title: li.querySelector('.gs-result__title').textContent,
        excerpt: li.querySelector('.gs-result__summary').textContent,
        marks: [...li.querySelectorAll('mark')].map(m => m.textContent)}))""")


def search(page: Any, base_url: str, query: str) -> list[dict[str, str]]:
    page.goto(f"{base_url}tim-kiem/?q={quote(query)}", wait_until="networkidle")
    return wait_for_results(page)


def slug_of(result: dict[str, str]) -> str:
    return result["url"].removeprefix(PROFILE).strip("/")


def test_without_diacritics_finds_them_d_included(page: Any, base_url: str) -> None:
    top = search(page, base_url, "thi dua")[:5]
    assert len(top) == 5
    for result in top:  # every top result really says "thi đua", and the words found are highlighted
        assert "thi đua" in source_of(result).lower(), result
        assert any(fold(m).lower().startswith(("thi", "dua")) for m in result["marks"]), result  # words, or their start
    assert "đua" in [m.lower().strip(".,") for r in top for m in r["marks"]]  # found via đ → d, shown as written


def test_a_name_typed_without_diacritics(page: Any, base_url: str) -> None:
    top = search(page, base_url, "dang thi huong")[:5]
    assert top[0]["url"] == f"{PROFILE}dang-thi-huong/"
    assert top[0]["title"] == "Đặng Thị Hường"
    assert "Đặng" in top[0]["marks"]


def test_a_place_typed_without_diacritics(page: Any, base_url: str) -> None:
    expected = sources_containing("Đắk Lắk")
    assert expected, "the sample should mention Đắk Lắk"
    top = search(page, base_url, "dak lak")[:5]
    assert expected <= {slug_of(r) for r in top}
    for result in top:
        if slug_of(result) in expected:
            assert "Đắk" in result["marks"], result


def test_a_query_with_diacritics_ranks_exact_matches_first(page: Any, base_url: str) -> None:
    education = {s for s, m in published().items() if m["sector"] == "giao-duc-dao-tao"}
    top = search(page, base_url, "giáo dục")[:5]
    assert all("giáo dục" in source_of(r).lower() for r in top), top
    assert education & {slug_of(r) for r in top}
    # "dục" and "Đức" fold to the same letters; each query puts its own word first
    for query, other in (("dục", "đức"), ("đức", "dục")):
        first = search(page, base_url, query)[:2]
        for result in first:
            marks = [m.lower().strip(".,") for m in result["marks"]]
            assert query in marks and other not in marks, (query, result)


def test_a_filter_narrows_the_results(page: Any, base_url: str) -> None:
    everything = search(page, base_url, "thi dua")
    page.locator("details[data-gs-filters] > summary").click()
    page.select_option("select[name=linh-vuc]", "y-te")
    narrowed = wait_for_results(page)
    health = {s for s, m in published().items() if m["sector"] == "y-te"}
    assert 0 < len(narrowed) < len(everything)
    assert {slug_of(r) for r in narrowed} <= health
    assert parse_qs(urlparse(page.url).query) == {"q": ["thi dua"], "linh-vuc": ["y-te"]}  # a link to these results
    status = page.inner_text("[data-gs-status]")
    assert "với bộ lọc đã chọn" in status


def test_filters_alone_list_newest_first(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}tim-kiem/?nam=2023", wait_until="networkidle")
    results = wait_for_results(page)
    while page.locator("[data-gs-more]").is_visible():
        page.click("[data-gs-more]")
        page.wait_for_function("n => document.querySelectorAll('.gs-result').length > n", arg=len(results))
        results = wait_for_results(page)
    of_2023 = {s: m for s, m in published().items() if m["year"] == 2023}
    assert {slug_of(r) for r in results} == set(of_2023) and len(results) == len(of_2023)
    dates = [str(of_2023[slug_of(r)]["date"])[:10] for r in results]
    assert dates == sorted(dates, reverse=True)


def test_no_result_says_so_in_vietnamese(page: Any, base_url: str) -> None:
    assert search(page, base_url, "xyzzyq") == []
    status = page.inner_text("[data-gs-status]")
    assert status.startswith("Không tìm thấy gương điển hình nào cho «xyzzyq»")
    assert not page.locator("[data-gs-more]").is_visible()


def test_words_that_never_stand_together_are_called_partial(page: Any, base_url: str) -> None:
    results = search(page, base_url, "xyzzyq không")
    assert results  # "không" alone is everywhere
    assert page.inner_text("[data-gs-status]").startswith("Không có trang nào chứa đúng cụm «xyzzyq không»")


def test_results_show_thumbnail_unit_award_and_open_the_profile(new_page: Any, base_url: str) -> None:
    page = new_page  # every request recorded: none leaves 127.0.0.1
    results = search(page, base_url, "dang thi huong")
    first = page.locator(".gs-result").first
    img = first.locator("img.gs-result__img")
    img.wait_for()
    assert page.evaluate("(el) => el.complete && el.naturalWidth > 0", img.element_handle())
    assert "Xã" in first.locator(".gs-result__unit").inner_text() and "2024" in first.locator(".gs-result__award").inner_text()
    assert first.locator("mark").count() >= 3
    first.locator("a").click()
    page.wait_for_load_state("networkidle")
    assert urlparse(page.url).path == results[0]["url"] and page.inner_text("h1") == "Đặng Thị Hường"
    outside = [u for u in page.requests if urlparse(u).hostname != "127.0.0.1" and not u.startswith("data:")]
    assert outside == []


def test_more_results_on_request(page: Any, base_url: str) -> None:
    first = search(page, base_url, "thi dua")
    assert len(first) == 10
    page.click("[data-gs-more]")
    page.wait_for_function("() => document.querySelectorAll('.gs-result').length > 10")
    assert page.locator(".gs-result").count() == 20


def test_header_box_leads_to_results_from_any_page(browser: Any, base_url: str) -> None:
    with own_page(browser, viewport={"width": 1280, "height": 900}) as desktop:
        desktop.goto(base_url + "linh-vuc/y-te/", wait_until="networkidle")
        desktop.fill("#gs-header-q", "dang thi huong")
        desktop.press("#gs-header-q", "Enter")
        results = wait_for_results(desktop)
        assert urlparse(desktop.url).path == "/tim-kiem/" and results[0]["title"] == "Đặng Thị Hường"
        assert desktop.input_value("#gs-q") == "dang thi huong"


@pytest.mark.parametrize("start", ["guong-dien-hinh/dang-thi-huong/", "khong-co-trang-nay/"])
def test_on_a_phone_the_header_icon_opens_the_search_page(page: Any, base_url: str, start: str) -> None:
    page.goto(base_url + start, wait_until="networkidle")
    assert not page.locator("#gs-header-q").is_visible()
    page.click(".gs-header-search__button")
    page.wait_for_load_state("networkidle")
    assert urlparse(page.url).path == "/tim-kiem/"
    assert page.locator("#gs-q").is_visible()


def test_home_page_search_box(page: Any, base_url: str) -> None:
    page.goto(base_url, wait_until="networkidle")
    page.fill("#gs-home-q", "dak lak")
    page.click(".gs-home__search button[type=submit]")
    results = wait_for_results(page)
    assert urlparse(page.url).path == "/tim-kiem/" and results
