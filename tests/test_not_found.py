"""An unknown address gets a Vietnamese "not found" page with a way on (search, home, the sections),
served by the shipped nginx configuration (error_page 404) at any depth, styled and with working links.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

NESTED = ["khong-co-trang-nay/", "guong-dien-hinh/khong-co/", "a/b/c", "linh-vuc/y-te/trang-99/x/"]


@pytest.fixture
def phone_https(browser: Any) -> Any:
    from browserkit import own_page

    with own_page(browser, ignore_https_errors=True, viewport={"width": 390, "height": 844}, device_scale_factor=2,
                  is_mobile=True, has_touch=True) as page:
        page.failed = []
        page.on("requestfailed", lambda r: page.failed.append(r.url))
        page.on("response", lambda r: r.status >= 400 and r.request.resource_type != "document"
                and page.failed.append(f"{r.status} {r.url}"))  # the page itself is the expected 404
        yield page


def test_the_404_page_is_vietnamese_and_offers_search_home_and_sections(sample_site: Path) -> None:
    html = (sample_site / "404.html").read_text(encoding="utf-8")
    assert "<title>Không tìm thấy trang – Gương điển hình tiên tiến tỉnh Sơn Hà</title>" in html
    assert "<h1>Không tìm thấy trang</h1>" in html
    assert "Not found" not in html and "404 -" not in html
    assert '<form class="gs-notfound__search" role="search" action="/tim-kiem/" method="get">' in html
    assert '<li><a href="/.">Trang chủ</a></li>' in html  # "/." is the root: absolute, so right at any depth
    for href in ('href="/linh-vuc/"', 'href="/don-vi/"', 'href="/thong-ke/"'):
        assert href in html, href


@pytest.mark.parametrize("path", NESTED)
def test_nginx_serves_the_styled_404_at_any_depth(deployed: Any, phone_https: Any, path: str) -> None:
    page = phone_https
    response = page.goto(deployed.https + path)
    assert response.status == 404
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text() == "Không tìm thấy trang"
    # the stylesheets loaded at this depth: Material's layout and ours apply
    styled = page.evaluate("""() => ({
      header: getComputedStyle(document.querySelector('.md-header')).position,
      footer: getComputedStyle(document.querySelector('.gs-footer .gs-footer__inner')).display,
      emblem: document.querySelector('.gs-brand__emblem').naturalWidth,
      sheets: [...document.styleSheets].filter(s => s.href).length})""")
    assert styled["header"] == "sticky" and styled["footer"] == "grid" and styled["emblem"] > 0, styled
    assert styled["sheets"] >= 2
    assert page.failed == [], page.failed
    # every link on the page leads to a page that exists
    hrefs = page.evaluate("[...document.querySelectorAll('main a[href], .gs-footer a[href]')].map(a => a.href)")
    local = sorted({h for h in hrefs if urlsplit(h).netloc == urlsplit(deployed.https).netloc})
    assert len(local) >= 10
    for href in local:
        assert page.request.get(href).status == 200, href


def test_the_404_search_form_works_without_script(deployed: Any, browser: Any) -> None:
    context = browser.new_context(ignore_https_errors=True, java_script_enabled=False,
                                  viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(deployed.https + "guong-dien-hinh/khong-co/")
        page.fill("#gs-notfound-q", "thi đua")
        with page.expect_navigation():
            page.press("#gs-notfound-q", "Enter")
        assert urlsplit(page.url).path == "/tim-kiem/" and "q=thi" in page.url
        assert page.title() and "Không tìm thấy" not in page.title()
    finally:
        context.close()


def test_the_404_form_and_links_are_tap_targets_at_390px(deployed: Any, phone_https: Any) -> None:
    page = phone_https
    page.goto(deployed.https + "a/b/c")
    sizes = page.evaluate("""() => [...document.querySelectorAll('.gs-notfound a, .gs-notfound input, .gs-notfound button')]
      .map(e => { const r = e.getBoundingClientRect(); return [e.textContent.trim() || e.tagName, r.width, r.height]; })""")
    assert sizes and not [s for s in sizes if s[1] < 44 or s[2] < 44], sizes
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert urljoin(deployed.https, "a/b/c").endswith("/a/b/c")
