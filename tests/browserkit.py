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
    page.wait_for_function("window.lot === 1 || window.__cspViolations.length > 0")
    return bool(page.evaluate("window.lot === 1"))
