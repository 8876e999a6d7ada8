"""What the search index holds: one small HTML document per profile and per content page.

Documents are built from the catalog (not scraped from rendered pages), so a result shows
exactly the prepared name, unit, award and thumbnail, and filters carry vocabulary ids.
Listings, pagination, the 404 page and redirects are never indexed. All text goes through
:func:`guongsang.search.fold.to_index_form`, so "dang" finds "Đặng".
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from guongsang.catalog import FACET_BY_KEY, Catalog, Facet
from guongsang.portal.pages import PortalOptions, profile_url
from guongsang.search.fold import to_index_form
from guongsang.validate import Exemplar

# The facets a reader can filter search results by, in the order the search page shows them.
FILTERS: tuple[Facet, ...] = tuple(FACET_BY_KEY[k] for k in ("sector", "unit", "award_level", "year", "kind"))
THUMB = "thumb"  # the result's thumbnail: carried as a filter value (see profile_document)
PAGE_KIND = "Trang thông tin"  # shown on results that are content pages, not profiles
_H1 = re.compile(r"<h1[\s>]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SearchDocument:
    url: str  # site-relative, "guong-dien-hinh/dang-thi-huong/"
    html: str  # what Pagefind indexes, already in index form


def _attr(kind: str, key: str, value: str) -> str:
    # Pagefind reads everything after the first ":" as the value, commas included.
    return f'<span data-pagefind-{kind}="{html.escape(f"{key}:{value}", quote=True)}"></span>'


def _document(url: str, title: str, body: str, meta: dict[str, str], filters: list[tuple[str, str]],
              sort: dict[str, str]) -> SearchDocument:
    parts = ['<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>', html.escape(title),
             "</title></head><body><main data-pagefind-body>", body]
    parts += [_attr("meta", k, v) for k, v in meta.items() if v]
    parts += [_attr("filter", k, v) for k, v in filters]
    parts += [_attr("sort", k, v) for k, v in sort.items()]
    parts.append("</main></body></html>")
    return SearchDocument(url, to_index_form("".join(parts)))


def profile_document(catalog: Catalog, options: PortalOptions, ex: Exemplar, article_html: str,
                     photo: dict[str, Any] | None) -> SearchDocument:
    """A profile: name as the heading, summary, every facet name (so "y tế" finds the sector), the story."""
    p, vocabs = ex.profile, catalog.vocabs
    units = [p.unit, *vocabs.unit_ancestors(p.unit)]
    unit_names = [vocabs["units"].terms[u].name for u in units]
    award = catalog.award_name(ex)
    facts = [*(v.name for v in catalog.values_of(ex, "kind")), ", ".join(unit_names),
             *(v.name for v in catalog.values_of(ex, "sector")), award,
             *(v.name for v in catalog.values_of(ex, "award_level") if v.name != award),
             f"năm {p.year}", *(v.name for v in catalog.values_of(ex, "campaign")),
             *(v.name for v in catalog.values_of(ex, "tag"))]
    if p.decision:
        facts.append(f"Quyết định số {p.decision}")
    body = (f"<h1>{html.escape(ex.title)}</h1><p>{html.escape(p.summary)}</p>"
            f"<p>{html.escape(' · '.join(facts))}</p>{article_html}")
    meta = {"title": ex.title, "line": f"{unit_names[0]} · {award} {p.year}"}
    filters = [("unit", u) for u in units]
    filters += [(f.key, v.id) for f in FILTERS if f.key != "unit" for v in catalog.values_of(ex, f.key)]
    if photo:  # Pagefind 1.5 makes every meta value searchable; a filter value is not, and is never loaded
        filters.append((THUMB, photo["thumb"]))  # unless a query filters by it (ours never do)
    return _document(profile_url(options, ex.slug), ex.title, body, meta, filters, {"date": ex.date.date().isoformat()})


def page_document(url: str, title: str, content_html: str) -> SearchDocument:
    """A content page (giới thiệu, tiêu chuẩn…): its own text, under its title."""
    heading = "" if _H1.search(content_html) else f"<h1>{html.escape(title)}</h1>"
    return _document(url, title, heading + content_html, {"title": title, "line": PAGE_KIND}, [], {})
