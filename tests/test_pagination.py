"""Pagination: which page numbers a listing shows (GOV.UK/USWDS pattern), and how it looks on a
phone with many pages, on the shared demo portal built again for real with two cards a page (over 50 pages)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from conftest import copy_demo, run_guongsang
from guongsang.outputs.portal.views import _pagination

# (current page, pages) → what the reader sees; "…" where pages are skipped.
WINDOWS = [
    (1, 1, None),
    (1, 2, "1 2"),
    (2, 2, "1 2"),
    (1, 7, "1 2 … 7"),
    (3, 7, "1 2 3 4 … 7"),  # 1 2 3 4: a gap of one page shows the page, not "…"
    (4, 7, "1 2 3 4 5 6 7"),
    (5, 7, "1 … 4 5 6 7"),
    (7, 7, "1 … 6 7"),
    (1, 60, "1 2 … 60"),
    (30, 60, "1 … 29 30 31 … 60"),
    (59, 60, "1 … 58 59 60"),
    (60, 60, "1 … 59 60"),
    (500, 1000, "1 … 499 500 501 … 1000"),
]


def _shown(page: int, pages: int) -> str | None:
    view = _pagination("nam/2024/", page, pages)
    return None if view is None else " ".join("…" if x.get("gap") else str(x["n"]) for x in view["links"])


@pytest.mark.parametrize(("page", "pages", "expected"), WINDOWS)
def test_first_and_last_always_with_an_ellipsis_where_pages_are_skipped(page: int, pages: int, expected: str | None) -> None:
    assert _shown(page, pages) == expected


def test_links_prev_next_and_current() -> None:
    view = _pagination("nam/2024/", 2, 60)
    assert view is not None
    assert view["prev"] == "nam/2024/" and view["next"] == "nam/2024/trang/3/"
    assert [x["url"] for x in view["links"] if x.get("current")] == ["nam/2024/trang/2/"]
    first = _pagination("nam/2024/", 1, 3)
    assert first is not None and first["prev"] is None
    last = _pagination("nam/2024/", 3, 3)
    assert last is not None and last["next"] is None


def test_every_page_is_reachable_in_a_few_steps() -> None:
    """From any page, each shown link moves at most one page, or to the first or last page."""
    for pages in (2, 3, 9, 60):
        for page in range(1, pages + 1):
            view = _pagination("x/", page, pages)
            assert view is not None
            numbers = [x["n"] for x in view["links"] if not x.get("gap")]
            assert numbers[0] == 1 and numbers[-1] == pages and page in numbers
            assert all(abs(n - page) <= 2 or n in (1, pages) for n in numbers)


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The run's shared demo (300 profiles, its images warm) built again with two cards a page: its largest
    section has over 50 pages."""
    from browserkit import require_chromium, serve

    require_chromium()
    root = copy_demo(tmp_path_factory.mktemp("demo") / "du-an")
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "  - guongsang:\n" in text
    config.write_text(text.replace("  - guongsang:\n", "  - guongsang:\n      page_size: 2\n", 1), encoding="utf-8")
    built = run_guongsang("build", "--root", str(root), cwd=root)
    assert built.returncode == 0, built.stderr
    with serve(root / "site") as url:
        yield url


PAGINATION = r"""() => {
  const nav = document.querySelector(".gs-pages");
  const r = nav.getBoundingClientRect();
  return {
    shown: [...nav.querySelectorAll(".gs-pages__list > li")].map((li) => li.innerText.trim()).join(" "),
    current: [...nav.querySelectorAll("[aria-current=page]")].map((a) => a.innerText.trim()),
    prev: nav.querySelector("a[rel=prev]")?.textContent.replace(/\s+/g, " ").trim(),
    next: nav.querySelector("a[rel=next]")?.textContent.replace(/\s+/g, " ").trim(),
    right: Math.max(...[...nav.querySelectorAll("a, li")].map((e) => e.getBoundingClientRect().right)),
    width: r.width, scroll: nav.scrollWidth,
  };
}"""


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_pagination_with_many_pages_on_a_phone_and_a_laptop(demo_url: str, browser: object, size: str) -> None:
    from layoutkit import OVERFLOW, opened, small_targets

    with opened(browser, demo_url + "loai/ca-nhan/", "phone") as page:
        last = int(page.evaluate("() => document.querySelector('.gs-pages__list > li:last-child').innerText"))
    assert last > 50
    middle = last // 2
    with opened(browser, demo_url + f"loai/ca-nhan/trang/{middle}/", size) as page:
        nav = page.evaluate(PAGINATION)
        assert nav["shown"] == f"1 … {middle - 1} {middle} {middle + 1} … {last}"  # main: 1 … missing
        assert nav["current"] == [str(middle)]
        assert nav["prev"] == "‹ Trang trước" and nav["next"] == "Trang sau ›"
        width, viewport = page.evaluate(OVERFLOW)
        assert width <= viewport and nav["scroll"] <= nav["width"] + 0.5 and nav["right"] <= viewport
        if size == "phone":
            assert small_targets(page, ".gs-pages a, .gs-card, .gs-breadcrumbs a") == []


def test_a_demo_listing_page_has_its_cards_in_columns_on_a_laptop(demo_url: str, browser: object) -> None:
    from layoutkit import boxes, opened

    with opened(browser, demo_url + "nam/2024/", "desktop") as page:
        assert len({round(b["x"]) for b in boxes(page, ".gs-card")}) >= 2

