"""Shared by the browser tests: Debian's Chromium driven by Playwright, and a local static server.

The server stands on 127.0.0.1 and, like a real web server, answers unknown paths with the
site's 404 page. Nothing here mocks our code: pages are the real built site.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag

import pytest

CHROMIUM = "/usr/bin/chromium"
# The flags this workplace needs: no sandbox as root, and no background traffic to Google.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def require_chromium() -> Any:
    """Playwright's sync API, or skip the calling module (fail in CI, which installs chromium)."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing; .ci/run installs Debian's chromium", pytrace=False)
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)
    return pytest.importorskip("playwright.sync_api")


class SiteHandler(http.server.SimpleHTTPRequestHandler):
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


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1; yields the base URL (ending in /)."""
    handler = functools.partial(SiteHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium(sync_api: Any) -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()


# One tab per browser and set of context options, kept for the session (see tab()).
_TABS: dict[tuple[int, str], tuple[Any, Any]] = {}


def tab(browser: Any, **options: Any) -> Any:
    """A tab of its own browser context with ``options`` (viewport, scale…), kept for the session and navigated
    from test to test with :func:`goto`. A new tab costs Chromium about 0.5 CPU-s more per page than a navigation
    in one it has (a fresh renderer, the fonts and scripts loaded cold), and the browser tests open hundreds.
    For tests that only read pages: cookies are cleared on the way in, but a test that stores anything, listens
    to the tab's events or depends on its history opens a page of its own."""
    key = (id(browser), repr(sorted(options.items())))
    held = _TABS.get(key)
    if held is None or held[0] is not browser or held[1].is_closed():
        held = _TABS[key] = (browser, browser.new_context(**options).new_page())
    held[1].context.clear_cookies()
    return held[1]


@contextmanager
def own_page(browser: Any, **options: Any) -> Iterator[Any]:
    """A new page of its own, closed after, in the kept context of :func:`tab` with ``options``: for tests that
    listen to a page's events, run scripts before its own or keep its history. A new page in a context
    Chromium has costs it about 0.7 CPU-s; in a new context, about 4 (measured with Debian's Chromium 156 on
    the 2-core machine of BENCHMARKS.md). The context is shared: tests that need an empty cache, their own
    storage or permissions, or options set per context (no script) make a context of their own."""
    page = tab(browser, **options).context.new_page()
    try:
        yield page
    finally:
        page.close()


def goto(page: Any, url: str, **options: Any) -> Any:
    """``page.goto(url)`` as a new document even where the tab shows that URL already (a fragment of the same
    page would otherwise only scroll)."""
    if urldefrag(page.url)[0] == urldefrag(url)[0]:
        page.goto("about:blank")
    return page.goto(url, **options)


# Added to every page before its own scripts: each Content-Security-Policy violation, as Chromium reports it.
CSP_LISTENER = """window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(
  [e.effectiveDirective, e.blockedURI, e.sourceFile + ":" + e.lineNumber].join(" ")));"""


def directives(policy: str) -> dict[str, str]:
    """A Content-Security-Policy as directive name -> its sources."""
    return dict(d.partition(" ")[::2] for d in policy.split("; "))


def csp_violations(page: Any) -> list[str]:
    return list(page.evaluate("window.__cspViolations"))


def inline_script_runs(page: Any) -> bool:
    """Insert an inline script into the page and wait for it to run or be reported as a violation."""
    page.evaluate("""() => { const s = document.createElement("script");
                             s.textContent = "window.lot = 1"; document.body.append(s); }""")
    # a function, never a bare expression: Playwright polls an expression with eval(), which the portal's CSP
    # refuses (no 'unsafe-eval'), so waiting on one fails whenever the first look is not already true
    page.wait_for_function("() => window.lot === 1 || window.__cspViolations.length > 0")
    return bool(page.evaluate("window.lot === 1"))
