"""Accessibility and links of the built sample: axe-core (npm, injected through Playwright into Debian's
Chromium) finds no serious or critical violation on the main kinds of page, and every internal link
and asset of the whole site resolves to a file."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlparse

import pytest

from browserkit import goto, require_chromium, tab
from conftest import REPO, sample_profiles

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"


def pages_to_audit() -> list[str]:
    slug = next(s for s, ok, meta in sample_profiles() if ok and meta.get("photo") and meta.get("evidence"))
    return ["", "linh-vuc/giao-duc-dao-tao/", "don-vi/tinh-son-ha/", f"guong-dien-hinh/{slug}/",
            "tim-kiem/?q=thi+dua", "thong-ke/", "don-vi/", "don-vi/tinh-son-ha/trang/2/", "theo-doi/", "can-bo/",
            "khong-co/a/b/"]


@pytest.mark.parametrize("path", pages_to_audit())
def test_no_serious_or_critical_axe_violation(base_url: str, browser: Any, path: str) -> None:
    require_chromium()
    if not AXE.is_file():
        pytest.fail("node_modules/axe-core is missing: run npm ci (the README's test command does)")
    page = tab(browser, viewport={"width": 1280, "height": 900})  # the session's tab, navigated page to page
    goto(page, base_url + path)
    if path.startswith("tim-kiem"):
        page.wait_for_selector("[data-gs-results][data-state=ready]", state="attached")
    # evaluated through the DevTools protocol: the page's CSP (a <meta> in every page) forbids
    # the inline <script> that add_script_tag would insert
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
           for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert bad == [], bad


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if not value:
                continue
            if name in ("href", "src", "poster") and not (tag == "link" and ("rel", "canonical") in attrs):
                self.urls.append(value)
            elif name == "srcset":
                self.urls += [part.strip().split(" ")[0] for part in value.split(",") if part.strip()]


def test_every_internal_link_and_asset_exists(sample_site: Path) -> None:
    broken = []
    checked = 0
    for page in sorted(sample_site.rglob("*.html")):
        if "admin" in page.relative_to(sample_site).parts:
            continue  # Decap's page: its own app
        here = "http://site/" + page.relative_to(sample_site).as_posix()
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for url in parser.urls:
            target = urlparse(urljoin(here, url))
            if target.scheme != "http" or target.netloc != "site":
                continue  # another site, mailto:, tel:, data:
            path = sample_site / unquote(target.path).lstrip("/")
            if target.path.endswith("/") or path.is_dir():
                path = path / "index.html"
            checked += 1
            if not path.is_file():
                broken.append((page.relative_to(sample_site).as_posix(), url))
    assert checked > 10_000 and broken == [], broken[:20]
