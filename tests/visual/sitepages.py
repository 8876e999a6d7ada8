"""Which pages of a built portal to look at, and how to load one so that what Chromium shows is final.

Pages are picked by reading the built site (its folders and HTML), never by slugs that the sample or
the demo could change: a profile "with a photo" is one whose HTML carries the profile photo class.
Shared by tests/visual/screenshots.py (the screenshots) and tests/visual/test_geometry.py.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from browserkit import goto

# The two sizes every page is looked at: a cheap Android phone and a common office laptop.
VIEWPORTS: dict[str, dict[str, Any]] = {
    "phone": {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True,
              "has_touch": True},
    "desktop": {"viewport": {"width": 1366, "height": 900}},
}

# Page types, in the order the screenshots are listed.
KINDS = ("home", "index", "sector", "unit", "paged", "profile-photo", "profile-nophoto", "search", "stats", "radio", "404",
         "content")

PHOTO_CLASS = 'class="gs-profile__photo'  # the profile's own photo (templates/gs/profile.html)
SECTION_FACETS = ("linh-vuc", "don-vi", "cap-khen-thuong", "nam", "loai", "phong-trao")
MISSING_PATH = "khong-co-trang-nay/trang-con/"  # nested, so relative links on the 404 page are put to the test


@dataclass(frozen=True)
class Target:
    kind: str
    path: str  # relative to the site root, e.g. "linh-vuc/y-te/" ("" for home)
    pages: int = 0  # for "paged": how many pages its section has


def _html(site: Path, rel: str) -> str:
    return (site / rel / "index.html").read_text(encoding="utf-8", errors="replace")


def _dirs(site: Path, facet: str) -> list[str]:
    return sorted(p.parent.name for p in (site / facet).glob("*/index.html"))


def _main(html: str) -> str:
    """The page's own content (after its H1), without the navigation that every page repeats."""
    start = html.find("<h1")
    return html[start:] if start >= 0 else html


def _page_count(site: Path, section: str) -> int:
    return 1 + sum(1 for _ in (site / section / "trang").glob("*/index.html"))


def pick(site: Path) -> dict[str, Target]:
    """One page of each type found in the built ``site`` (a type the site lacks is left out)."""
    out: dict[str, Target] = {"home": Target("home", "")}
    if (site / "don-vi" / "index.html").is_file():  # the units' index: a tree, the deepest of the indexes
        out["index"] = Target("index", "don-vi/")
    sectors = _dirs(site, "linh-vuc")
    if sectors:  # the sector with the most cards on its first page
        best = max(sectors, key=lambda s: (_html(site, f"linh-vuc/{s}").count('class="gs-card"'), s))
        out["sector"] = Target("sector", f"linh-vuc/{best}/")
    units = []
    for slug in _dirs(site, "don-vi"):
        links = set(re.findall(r'href="[^"]*?don-vi/([^/"]+)/"', _main(_html(site, f"don-vi/{slug}"))))
        units.append((len(links - {slug}), slug))
    if units and max(units)[0] > 0:  # a unit whose page links to its sub-units
        out["unit"] = Target("unit", f"don-vi/{max(units)[1]}/")
    sections = [(_page_count(site, f"{f}/{s}"), f"{f}/{s}") for f in SECTION_FACETS for s in _dirs(site, f)]
    sections = [s for s in sections if s[0] > 1]
    if sections:  # page 3 (or the last, if fewer) of the section with the most pages
        pages, section = max(sections)
        out["paged"] = Target("paged", f"{section}/trang/{min(3, pages)}/", pages)
    profiles = _dirs(site, "guong-dien-hinh")
    with_photo = [p for p in profiles if PHOTO_CLASS in _html(site, f"guong-dien-hinh/{p}")]
    without = [p for p in profiles if p not in set(with_photo)]
    if with_photo:
        out["profile-photo"] = Target("profile-photo", f"guong-dien-hinh/{with_photo[0]}/")
    if without:
        out["profile-nophoto"] = Target("profile-nophoto", f"guong-dien-hinh/{without[0]}/")
    if (site / "tim-kiem" / "index.html").is_file() and profiles:
        out["search"] = Target("search", f"tim-kiem/?q={search_word(site, profiles)}")
    if (site / "thong-ke" / "index.html").is_file():
        out["stats"] = Target("stats", "thong-ke/")
    months = _dirs(site, "ban-tin-phat-thanh")
    if months:  # the newest month's loudspeaker bulletin (templates/gs/radio.html)
        out["radio"] = Target("radio", f"ban-tin-phat-thanh/{months[-1]}/")
    if (site / "404.html").is_file():
        out["404"] = Target("404", MISSING_PATH)
    known = {*SECTION_FACETS, "guong-dien-hinh", "tim-kiem", "thong-ke", "the", "admin", "assets", "pagefind",
             "ban-tin-phat-thanh"}
    content = sorted(p.parent.name for p in site.glob("*/index.html") if p.parent.name not in known)
    if content:
        page = "gioi-thieu" if "gioi-thieu" in content else content[0]
        out["content"] = Target("content", f"{page}/")
    return out


def search_word(site: Path, profiles: list[str]) -> str:
    """The commonest first word of the profiles' names (a family name: many results)."""
    words: Counter[str] = Counter()
    for slug in profiles[:400]:
        found = re.search(r"<h1[^>]*>\s*([^\s<]+)", _main(_html(site, f"guong-dien-hinh/{slug}")))
        if found:
            words[found.group(1)] += 1
    return words.most_common(1)[0][0] if words else "a"


# Run before a screenshot or a measurement: web fonts loaded, every image (lazy ones too) decoded,
# transitions over (Material fades its header tabs in: shot too early, they are blank), search
# results shown. Lazy images load only near the viewport, so they are made eager first.
SETTLE_JS = """async () => {
  for (const img of document.images) img.loading = "eager";
  await document.fonts.ready;
  await Promise.all([...document.images].map((i) => i.complete ? 0 : i.decode().catch(() => 0)));
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
  await Promise.all(finite.map((a) => a.finished.catch(() => 0)));
}"""
SEARCH_RESULTS = "[data-gs-results] a"  # a link in the search page's result list (guongsang-search.js)


def open_page(page: Any, base: str, target: Target) -> None:
    """Load ``target`` in ``page`` and wait until it is complete (fonts, images, search results)."""
    goto(page, base + target.path, wait_until="load")
    if target.kind == "search":
        page.wait_for_selector(SEARCH_RESULTS, state="attached", timeout=30_000)
    page.evaluate(SETTLE_JS)
