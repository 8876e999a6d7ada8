"""What the search index holds: one small HTML document per profile and per content page.

Documents are built from the catalog (not scraped from rendered pages), so a result shows
exactly the prepared name, unit, award and thumbnail, and filters carry vocabulary ids.
Listings, pagination, the 404 page and redirects are never indexed. All text goes through
:func:`guongsang.outputs.search.fold.to_index_form`, so "dang" finds "Đặng".

A result shows a profile's name, unit, award and summary: they travel as Pagefind metadata
(``meta``), which the search page highlights itself (assets/guongsang-search.js), never as
strings of facts. Pagefind 1.5 also indexes every metadata value (as places apart from the
text's), so only these four, whose words the document holds anyway, are metadata; the
thumbnail travels as a filter value: returned with the result but never indexed, and its
filter file is never fetched (no query filters by it).

Content pages carry the filter ``type:trang`` (a handful of pages, so its filter file is tiny):
the search page asks for them apart and lists them after every profile.
Pages for editors (URLs under /can-bo/ and /admin/) are never indexed (search/site.py, EDITORS).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from guongsang.core.catalog import FACET_BY_KEY, Catalog, Facet
from guongsang.core.validate import Exemplar
from guongsang.outputs.feeds.html import clean, paragraphs
from guongsang.outputs.portal.pages import PortalOptions, profile_url
from guongsang.outputs.search.fold import to_index_form

# The facets a reader can filter search results by, in the order the search page shows them.
FILTERS: tuple[Facet, ...] = tuple(FACET_BY_KEY[k] for k in ("sector", "unit", "award_level", "year", "kind"))
THUMB = "thumb"  # shown with a result, never searched: carried as filter values (see above)
TYPE = "type"  # content pages only: type:trang (profiles carry no value, keeping the filter file tiny)
PAGE_TYPE = "trang"
_H1 = re.compile(r"<h1[\s>].*?</h1>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class SearchDocument:
    url: str  # site-relative, "guong-dien-hinh/dang-thi-huong/"
    html: str  # what Pagefind indexes, already in index form


def _attr(kind: str, key: str, value: str) -> str:
    # Pagefind reads everything after the first ":" as the value, commas included.
    return f'<span data-pagefind-{kind}="{html.escape(f"{key}:{value}", quote=True)}"></span>'


def _document(url: str, title: str, body: str, filters: list[tuple[str, str]], date: str = "",
              meta: tuple[tuple[str, str], ...] = ()) -> SearchDocument:
    parts = ['<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>', html.escape(title),
             "</title></head><body><main data-pagefind-body>", body, _attr("meta", "title", title)]
    parts += [_attr("meta", k, v) for k, v in meta if v]
    parts += [_attr("filter", k, v) for k, v in filters if v]
    if date:  # filters alone list newest first (about 3 bytes a profile in what every reader downloads)
        parts.append(_attr("sort", "date", date))
    parts.append("</main></body></html>")
    return SearchDocument(url, to_index_form("".join(parts)))


def story_text(article_html: str, words: int) -> list[str]:
    """The story's first ``words`` words as plain-text paragraphs (scripts and markup dropped)."""
    out: list[str] = []
    left = words
    if left <= 0 or not article_html.strip():
        return out
    for block in paragraphs(clean(article_html, "")):
        if left <= 0:
            break
        if block["type"] != "text":
            continue
        all_words = block["content"].split()
        taken = all_words[:left]
        left -= len(taken)
        out.append(" ".join(taken) + (" …" if len(taken) < len(all_words) else ""))
    return out


def profile_document(catalog: Catalog, options: PortalOptions, ex: Exemplar, article_html: str,
                     photo: dict[str, Any] | None, story_words: int = 0) -> SearchDocument:
    """A profile: name as the heading, summary, the names that tell it apart (its unit, sector,
    award, campaign, tags; so "y tế" finds the sector), its decision and evidence titles, and the
    first ``story_words`` words of its story.

    The story is left out by default: every query downloads its words' whole lists of places,
    and a story's common syllables (thị, đã, của…) make those lists several times longer; on
    10,000 profiles whole stories made the index chunks 5.8 times larger and four of five
    measured queries 1.3 to 2.3 times heavier (BENCHMARKS.md).
    The summary is the exemplar's achievements in brief.
    """
    p, vocabs = ex.profile, catalog.vocabs
    units = [p.unit, *vocabs.unit_ancestors(p.unit)]
    unit_names = [vocabs["units"].terms[u].name for u in units]
    award = catalog.award_name(ex)
    # Names that tell profiles apart; not the parent units, kind, level or year, which most
    # profiles share: those words would only lengthen every query's download (filters do that job).
    facts = [unit_names[0], *(v.name for v in catalog.values_of(ex, "sector")), award,
             *(v.name for v in catalog.values_of(ex, "campaign")), *(v.name for v in catalog.values_of(ex, "tag"))]
    if p.decision:
        facts.append(f"Quyết định số {p.decision}")
    facts += [e.title for e in p.evidence]
    body = "".join([f"<h1>{html.escape(ex.title)}</h1><p>{html.escape(p.summary)}</p>",
                    f"<p>{html.escape(' · '.join(facts))}</p>",
                    *(f"<p>{html.escape(text)}</p>" for text in story_text(article_html, story_words))])
    filters = [("unit", u) for u in units]
    filters += [(f.key, v.id) for f in FILTERS if f.key != "unit" for v in catalog.values_of(ex, f.key)]
    filters.append((THUMB, photo["thumb"] if photo else ""))
    meta = (("unit", unit_names[0]), ("award", award), ("summary", p.summary))
    return _document(profile_url(options, ex.slug), ex.title, body, filters, ex.date.date().isoformat(), meta)


def page_document(url: str, title: str, content_html: str) -> SearchDocument:
    """A content page (giới thiệu, tiêu chuẩn…): its own text, under its title (scripts and styles dropped)."""
    text = clean(_H1.sub("", content_html, count=1), "")  # the page's own heading is the title, given once
    return _document(url, title, f"<h1>{html.escape(title)}</h1>{text}", [(TYPE, PAGE_TYPE)])
