"""The built sample portal in a real browser: Debian's Chromium driven by Playwright.

The site is served on 127.0.0.1 by a small static server that, like a real web server,
answers unknown paths with the site's 404 page. Every request the pages make is recorded.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest import copy_project, run_guongsang

CHROMIUM = "/usr/bin/chromium"
# The flags this workplace needs: no sandbox as root, and no background traffic to Google.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing; .ci/run installs Debian's chromium", pytrace=False)
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = copy_project(tmp_path_factory.mktemp("browser") / "du-an")
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    handler = functools.partial(_SiteHandler, directory=str(project / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    shutil.rmtree(project, ignore_errors=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield instance
        instance.close()


def _visit(browser: object, url: str, width: int = 390) -> tuple[object, list[str], int]:
    page = browser.new_page(viewport={"width": width, "height": 844})  # a phone first
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    response = page.goto(url, wait_until="networkidle")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # let lazy images load
    page.wait_for_load_state("networkidle")
    return page, requests, response.status


PAGES = [
    ("", 200, "Gương điển hình tiên tiến tỉnh Sơn Hà"),
    ("linh-vuc/y-te/", 200, "Lĩnh vực: Y tế"),
    ("guong-dien-hinh/le-thi-minh-phuong/", 200, "Lê Thị Minh Phương"),
    ("khong-co-trang-nay/", 404, "404"),
]


@pytest.mark.parametrize(("path", "status", "heading"), PAGES)
def test_page_opens_in_vietnamese_with_no_outside_request(base_url: str, browser: object, path: str, status: int, heading: str) -> None:
    page, requests, code = _visit(browser, base_url + path)
    try:
        assert code == status
        assert page.get_attribute("html", "lang") == "vi"
        assert heading in page.inner_text("h1")
        assert page.locator("main").count() == 1 and page.locator("header").count() >= 1
        outside = [u for u in requests if urlparse(u).hostname not in ("127.0.0.1",) and not u.startswith("data:")]
        assert outside == []
        assert len(requests) > 3  # the page really loaded its styles and scripts
    finally:
        page.close()


def test_profile_images_have_alt_text_and_load(base_url: str, browser: object) -> None:
    page, _, _ = _visit(browser, base_url + "guong-dien-hinh/le-thi-minh-phuong/", width=1280)
    try:
        images = page.locator("main img")
        assert images.count() >= 1
        for i in range(images.count()):
            img = images.nth(i)
            assert img.get_attribute("alt")
            assert page.evaluate("(el) => el.complete && el.naturalWidth > 0", img.element_handle())
    finally:
        page.close()


def test_section_pagination_and_cards_navigate(base_url: str, browser: object) -> None:
    page, _, _ = _visit(browser, base_url + "don-vi/tinh-son-ha/")
    try:
        assert page.locator(".gs-card").count() == 24
        page.click("a[rel=next]")
        page.wait_for_load_state("networkidle")
        assert page.url.endswith("/don-vi/tinh-son-ha/trang/2/")
        page.locator(".gs-card a").first.click()
        page.wait_for_load_state("networkidle")
        assert "/guong-dien-hinh/" in page.url and page.locator("h1").count() == 1
    finally:
        page.close()


def test_copy_link_button_reports_in_vietnamese(base_url: str, browser: object) -> None:
    page, _, _ = _visit(browser, base_url + "guong-dien-hinh/le-thi-minh-phuong/")
    try:
        page.click("[data-gs-copy]")
        status = page.locator(".gs-share__status")
        status.wait_for(state="visible")
        assert "le-thi-minh-phuong" in status.inner_text() or "Đã sao chép" in status.inner_text()
    finally:
        page.close()
