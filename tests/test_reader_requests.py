"""What a reader's browser fetches: no sitemap.xml on any page load (issue 18, item 10).

Material's bundle fetches "sitemap.xml" beside the address of each <link rel="alternate"> (its
language switcher): three times a page here, one per feed format, 248 KB each at 1,200 profiles,
and a 404 beside a section's feeds. Every page type is loaded in Chromium and each request it makes
is recorded; the feeds must still be announced to feed readers and browsers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from browserkit import require_chromium, serve
from readerpages import pages

require_chromium()

FEED_LINKS = """() => [...document.querySelectorAll('link[rel="alternate"]')].map(l => l.getAttribute("type"))"""


def load_all(browser: Any, site: Path, paths: list[tuple[str, str]]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """For each page: the paths it requested, and the feed types its <link rel=alternate> announce once loaded."""
    requests: dict[str, list[str]] = {}
    feeds: dict[str, list[str]] = {}
    seen: list[str] = []
    with serve(site) as base:
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.on("request", lambda request: seen.append(urlsplit(request.url).path))
        try:
            for name, path in paths:
                seen.clear()
                # Material asks for the sitemap when the document is ready (DOMContentLoaded): by the
                # load event that goto waits for, the request has been made.
                page.goto(base + path)
                requests[f"{name} (/{path})"] = list(seen)
                feeds[f"{name} (/{path})"] = page.evaluate(FEED_LINKS)
        finally:
            page.close()
    return requests, feeds


def check(browser: Any, site: Path, paths: list[tuple[str, str]]) -> None:
    requests, feeds = load_all(browser, site, paths)
    sitemaps = {page: [p for p in seen if p.rsplit("/", 1)[-1] in ("sitemap.xml", "sitemap.xml.gz")]
                for page, seen in requests.items()}
    assert not {page: hits for page, hits in sitemaps.items() if hits}, sitemaps
    home = next(page for page in feeds if page.startswith("trang chủ"))
    # discovery kept: the home page still announces the site's feeds once the scripts have run
    assert {"application/rss+xml", "application/atom+xml", "application/feed+json"} <= set(feeds[home]), feeds[home]


def test_no_sitemap_request_on_the_sample(browser: Any, sample_site: Path) -> None:
    paths, _ = pages(sample_site)
    check(browser, sample_site, paths)
    html = (sample_site / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" type="application/rss+xml"' in html  # feed readers read the page as sent


def test_no_sitemap_request_on_the_demo(browser: Any, demo_site: Path) -> None:
    site = demo_site
    paths, _ = pages(site, demo=True)
    check(browser, site, paths)
