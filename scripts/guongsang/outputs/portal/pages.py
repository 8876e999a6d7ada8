"""Which pages the portal has: a plan of page specs drawn from the catalog (no MkDocs here).

URLs are stable: a profile's URL is ``<prefix>/<slug>/`` whatever its folder,
sector or year; sections are ``<facet slug>/<value id>/`` and their further
pages ``…/trang/<n>/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

from guongsang.core.catalog import FACETS, Catalog, FacetValue


@dataclass(frozen=True, slots=True)
class PortalOptions:
    profile_prefix: str = "guong-dien-hinh"
    page_size: int = 24
    related: int = 6
    home_featured: int = 6
    home_latest: int = 12
    search: bool = True  # a search page and the Pagefind index


@dataclass(frozen=True, slots=True)
class PageSpec:
    """One generated page: where it goes, what it is called, which template shows it."""

    src_uri: str
    title: str
    template: str
    kind: str  # "profile" | "section" | "facet" | "search" | "stats"
    ref: str  # profile slug, or facet key, or "facet key/value id", or "" (search)
    page: int = 1  # listing page number
    pages: int = 1  # listing page count


SEARCH_URL = "tim-kiem/"
SEARCH_TITLE = "Tìm kiếm"
STATS_URL = "thong-ke/"
STATS_TITLE = "Thống kê gương điển hình"


def src_uri(url: str) -> str:
    """``a/b/`` → ``a/b/index.md``: the virtual source that MkDocs turns into that URL."""
    return f"{url}index.md"


def profile_url(options: PortalOptions, slug: str) -> str:
    return f"{options.profile_prefix}/{slug}/"


def listing_url(base: str, page: int) -> str:
    return base if page == 1 else f"{base}trang/{page}/"


def facet_url(facet_slug: str) -> str:
    return f"{facet_slug}/"


def page_count(items: int, page_size: int) -> int:
    return max(1, ceil(items / page_size))


def plan(catalog: Catalog, options: PortalOptions) -> list[PageSpec]:
    """Every generated page: profiles, facet indexes, each section's pages, the search and statistics pages."""
    specs = [
        PageSpec(src_uri(profile_url(options, ex.slug)), ex.title, "gs/profile.html", "profile", ex.slug)
        for ex in catalog.published
    ]
    for facet in FACETS:
        specs.append(PageSpec(src_uri(facet_url(facet.slug)), facet.label, "gs/facet.html", "facet", facet.key))
        for value in catalog.sections[facet.key]:
            specs.extend(_section_pages(value, options))
    if options.search:
        specs.append(PageSpec(src_uri(SEARCH_URL), SEARCH_TITLE, "gs/search.html", "search", ""))
    specs.append(PageSpec(src_uri(STATS_URL), STATS_TITLE, "gs/stats.html", "stats", ""))
    return specs


def _section_pages(value: FacetValue, options: PortalOptions) -> list[PageSpec]:
    pages = page_count(len(value.members), options.page_size)
    title = f"{value.facet.label}: {value.name}" if value.facet.key != "year" else value.name
    return [
        PageSpec(
            src_uri(listing_url(value.url, n)),
            title if n == 1 else f"{title} (trang {n})",
            "gs/section.html", "section", f"{value.facet.key}/{value.id}", n, pages,
        )
        for n in range(1, pages + 1)
    ]
