"""The built sample portal in a real browser: Debian's Chromium driven by Playwright.

The site is served on 127.0.0.1 (tests/browserkit.py). Every request the pages make is recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlparse

import pytest

from browserkit import own_page, require_chromium

require_chromium()  # skips these tests (fails them in CI) without Debian's chromium


@contextmanager
def _visit(browser: object, url: str, width: int = 390) -> Iterator[tuple[object, list[str], int]]:
    """A page of its own at ``url`` (a phone first), scrolled to its end: (page, every request's URL, status)."""
    with own_page(browser, viewport={"width": width, "height": 844}) as page:
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        response = page.goto(url, wait_until="networkidle")
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # let lazy images load
        page.wait_for_load_state("networkidle")
        yield page, requests, response.status


PAGES = [
    ("", 200, "Gương điển hình tiên tiến tỉnh Sơn Hà"),
    ("linh-vuc/y-te/", 200, "Lĩnh vực: Y tế"),
    ("guong-dien-hinh/le-thi-minh-phuong/", 200, "Lê Thị Minh Phương"),
    ("khong-co-trang-nay/", 404, "Không tìm thấy trang"),
]


@pytest.mark.parametrize(("path", "status", "heading"), PAGES)
def test_page_opens_in_vietnamese_with_no_outside_request(
    base_url: str, browser: object, path: str, status: int, heading: str
) -> None:
    with _visit(browser, base_url + path) as (page, requests, code):
        assert code == status
        assert page.get_attribute("html", "lang") == "vi"
        assert heading in page.inner_text("h1")
        assert page.locator("main").count() == 1 and page.locator("header").count() >= 1
        outside = [u for u in requests if urlparse(u).hostname not in ("127.0.0.1",) and not u.startswith("data:")]
        assert outside == []
        assert len(requests) > 3  # the page really loaded its styles and scripts


def test_profile_images_have_alt_text_and_load(base_url: str, browser: object) -> None:
    with _visit(browser, base_url + "guong-dien-hinh/le-thi-minh-phuong/", width=1280) as (page, _, _):
        images = page.locator(".md-content img")  # the page's own images (the drawer's emblem is decorative: alt="")
        assert images.count() >= 1
        for i in range(images.count()):
            img = images.nth(i)
            assert img.get_attribute("alt")
            assert page.evaluate("(el) => el.complete && el.naturalWidth > 0", img.element_handle())


def test_section_pagination_and_cards_navigate(base_url: str, browser: object) -> None:
    with _visit(browser, base_url + "don-vi/tinh-son-ha/") as (page, _, _):
        assert page.locator(".gs-card").count() == 24
        page.click("a[rel=next]")
        page.wait_for_load_state("networkidle")
        assert page.url.endswith("/don-vi/tinh-son-ha/trang/2/")
        page.locator(".gs-card a").first.click()
        page.wait_for_load_state("networkidle")
        assert "/guong-dien-hinh/" in page.url and page.locator("h1").count() == 1


COPIED = "Đã sao chép liên kết. Hãy dán vào Zalo hoặc Facebook."
MANUAL = "Chưa sao chép được; hãy chép liên kết này: "
# The browser's clipboard as some readers' browsers have it (the Clipboard API is refused, or missing, and
# the old execCommand copy works or not): an outside part, set before the page's own script runs.
CLIPBOARDS = {
    "refused": (
        "Object.defineProperty(navigator, 'clipboard', {value: {writeText: () => "
        "Promise.reject(new Error('denied'))}}); document.execCommand = () => false;",
        MANUAL,
    ),
    "fallback": (
        "Object.defineProperty(navigator, 'clipboard', {value: undefined}); "
        "document.execCommand = (name) => name === 'copy';",
        COPIED,
    ),
}


@pytest.mark.parametrize("clipboard", CLIPBOARDS)
def test_copy_link_button_reports_in_vietnamese(base_url: str, browser: object, clipboard: str) -> None:
    script, said = CLIPBOARDS[clipboard]
    url = base_url + "guong-dien-hinh/le-thi-minh-phuong/"
    with own_page(browser, viewport={"width": 390, "height": 844}) as page:  # its own page: its own script
        page.add_init_script(script)
        page.goto(url + "?utm_source=zalo#cuoi", wait_until="networkidle")
        page.click("#gs-share-cuoi [data-gs-copy]")
        status = page.locator("#gs-share-cuoi-status")
        status.wait_for(state="visible")
        # refused: the reader is given the page's canonical address, without the tracking parameter, to
        # copy by hand; else told it was copied
        canonical = "https://guongsang.example/guong-dien-hinh/le-thi-minh-phuong/"
        assert status.inner_text() == (said + canonical if said == MANUAL else said)
