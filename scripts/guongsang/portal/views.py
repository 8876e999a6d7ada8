"""What templates show: plain dicts prepared from the catalog. Templates only display them.

URLs here are relative to the site root ("linh-vuc/y-te/"); templates join them
with the page's ``base_url`` so the site works under any path.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from guongsang.catalog import FACET_BY_KEY, FACETS, Catalog, FacetValue
from guongsang.portal.head import FEED_TYPES, Share
from guongsang.portal.pages import PageSpec, PortalOptions, facet_url, listing_url, profile_url
from guongsang.typography import curly
from guongsang.validate import Exemplar


def vn_date(ex: Exemplar) -> str:
    d = ex.date
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


BASE = "@@gs-base@@"  # stands for the page's base_url inside cached card HTML


class Views:
    """Builds the view for one page at a time, from indexes made once per build."""

    def __init__(self, catalog: Catalog, options: PortalOptions, photos: dict[str, dict[str, Any]],
                 share_cards: dict[str, dict[str, Any]] | None = None, feeds: bool = True,
                 evidence: dict[str, list[str]] | None = None) -> None:
        self.catalog = catalog
        self.options = options
        self.photos = photos  # slug → {"src", "width", "height", "jpg": [...], "webp": [...]} (portal/imagery.py)
        self.share_cards = share_cards or {}  # page URL ("" = the site) → {"url", "width", "height"}
        self.feeds = feeds  # the site root and every section publish feeds (not without a site_url)
        self.evidence = evidence or {}  # slug → each evidence's address: http(s), or a site path (portal/attachments.py)
        self.by_slug = catalog.by_slug()
        self.card_template: Any = None  # set by the renderer: cards are rendered once, reused everywhere
        self._card_html: dict[str, str] = {}

    def cards(self, exemplars: list[Exemplar]) -> str:
        """HTML of a list of cards, each rendered once per build; ``BASE`` marks the site root."""
        out = []
        for ex in exemplars:
            html = self._card_html.get(ex.slug)
            if html is None:
                html = self._card_html[ex.slug] = self.card_template.render(card=self.card(ex), base_url=BASE)
            out.append(html)
        return "".join(out)

    def card(self, ex: Exemplar) -> dict[str, Any]:
        p, vocabs = ex.profile, self.catalog.vocabs
        return {
            "url": profile_url(self.options, ex.slug),
            "title": curly(ex.title),  # typographic quotes (typography.py)
            "unit": vocabs["units"].terms[p.unit].name,
            "award": self.catalog.award_name(ex),
            "year": p.year,
            "summary": curly(p.summary),
            "photo": self.photos.get(ex.slug),
            "alt": p.photo_alt or "",
            "date": vn_date(ex),
            "iso_date": ex.date.date().isoformat(),
        }

    def link(self, value: FacetValue) -> dict[str, Any]:
        return {"url": value.url, "name": value.name, "count": len(value.members), "facet": value.facet.label}

    def profile(self, slug: str, site_url: str) -> dict[str, Any]:
        ex = self.by_slug[slug]
        p, vocabs = ex.profile, self.catalog.vocabs
        unit = vocabs["units"].terms[p.unit]
        parents = [self.catalog.section("unit", u) for u in vocabs.unit_ancestors(p.unit)]
        facts = []
        for label, key in (("Loại điển hình", "kind"), ("Lĩnh vực", "sector"), ("Cấp khen thưởng", "award_level"),
                           ("Năm khen thưởng", "year"), ("Phong trào thi đua", "campaign")):
            facts.extend({"label": label, **self.link(v)} for v in self.catalog.values_of(ex, key))
        permalink = site_url.rstrip("/") + "/" + profile_url(self.options, slug) if site_url else ""
        return {
            "card": self.card(ex),
            "unit": self.link(self.catalog.section("unit", p.unit)) | {"name": unit.name},
            "unit_parents": [self.link(v) for v in parents if v is not None],
            "facts": facts,
            "award_form": vocabs["award_forms"].terms[p.award].name if p.award else None,
            "decision": p.decision,
            "evidence": [{"title": e.title, "url": url, "external": e.url is not None}
                         for e, url in zip(p.evidence, self.evidence.get(slug) or [e.url or "" for e in p.evidence],
                                           strict=True) if url],
            "tags": [self.link(v) for v in self.catalog.values_of(ex, "tag")],
            "author": p.author,
            "related": self.cards(self.catalog.related(ex, self.options.related)),
            "share": _share_links(permalink) if permalink else None,
            "breadcrumbs": [{"url": facet_url(FACET_BY_KEY["sector"].slug), "name": "Lĩnh vực"},
                            self.link(self.catalog.values_of(ex, "sector")[0])],
        }

    def section(self, spec: PageSpec) -> dict[str, Any]:
        facet_key, value_id = spec.ref.split("/", 1)
        value = self.catalog.section(facet_key, value_id)
        assert value is not None
        size = self.options.page_size
        members = value.members[(spec.page - 1) * size: spec.page * size]
        children = []
        if facet_key == "unit":
            children = [self.link(v) for c in self.catalog.vocabs.unit_children(value_id)
                        if (v := self.catalog.section("unit", c)) is not None]
        return {
            "value": self.link(value),
            "facet": {"label": value.facet.label, "url": facet_url(value.facet.slug)},
            "cards": self.cards(members),
            "children": children,
            "pagination": _pagination(value.url, spec.page, spec.pages),
            "feeds": _feed_links(value.url) if self.feeds else [],
        }

    def facet(self, facet_key: str) -> dict[str, Any]:
        facet = FACET_BY_KEY[facet_key]
        values = self.catalog.sections[facet_key]
        if facet_key == "unit":  # show the tree: roots first, each followed by its children
            values = [v for v in values if v.parent is None or self.catalog.section("unit", v.parent) is None]
        return {
            "label": facet.label,
            "entries": [self.link(v) | {"children": self._children(v)} for v in values],
        }

    def _children(self, value: FacetValue) -> list[dict[str, Any]]:
        if value.facet.key != "unit":
            return []
        return [self.link(v) for c in self.catalog.vocabs.unit_children(value.id)
                if (v := self.catalog.section("unit", c)) is not None]

    def share(self, spec: PageSpec | None, title: str, url: str, site_description: str, site_name: str = "") -> Share:
        """What a shared link to this page shows (its own card, or the site's) and the feeds it offers."""
        feeds = self.feeds
        site_feeds = ((site_name or "Toàn trang", ""),) if feeds else ()
        if spec is not None and spec.kind == "profile":
            ex = self.by_slug[spec.ref]
            return Share(ex.title, ex.profile.summary, url, self.share_cards.get(profile_url(self.options, ex.slug)),
                         "article", site_feeds)
        if spec is not None and spec.kind == "section":
            value = self.catalog.section(*spec.ref.split("/", 1))
            assert value is not None
            count = f"{len(value.members)} gương điển hình tiên tiến"
            own = ((f"{value.facet.label}: {value.name}", value.url),) if feeds else ()
            return Share(spec.title, f"{value.facet.label}: {value.name}. {count}.", url,
                         self.share_cards.get(value.url), feeds=own + site_feeds)
        if spec is not None and spec.kind == "facet":
            facet = FACET_BY_KEY[spec.ref]
            count = len(self.catalog.sections[spec.ref])
            return Share(facet.label, f"{count} mục theo {facet.label.lower()}. {site_description}".strip(), url,
                         self.share_cards.get(facet_url(facet.slug)), feeds=site_feeds)
        return Share(title, site_description, url, self.share_cards.get(""), feeds=site_feeds)

    def home(self) -> dict[str, Any]:
        c = self.catalog
        featured = c.featured(self.options.home_featured)
        latest = [ex for ex in c.published if ex not in featured][: self.options.home_latest]
        return {
            "featured": self.cards(featured),
            "latest": self.cards(latest),
            "facets": [
                {"label": f.label, "url": facet_url(f.slug), "count": len(c.sections[f.key]),
                 "top": [self.link(v) for v in sorted(c.sections[f.key], key=lambda v: -len(v.members))[:6]]}
                for f in FACETS if c.sections[f.key]
            ],
            "feeds": _feed_links("") if self.feeds else [],
            "total": len(c.published),
            "units": len(c.sections["unit"]),
            "sectors": len(c.sections["sector"]),
        }


def _feed_links(place: str) -> list[dict[str, str]]:
    return [{"url": f"{place}{name}", "label": label} for name, _, label in FEED_TYPES]


def _share_links(permalink: str) -> dict[str, str]:
    # Zalo's own share button needs its SDK from a third-party host; the Zalo button uses the
    # phone's share sheet (Web Share API) instead, with copy-link as the fallback.
    return {"permalink": permalink, "facebook": f"https://www.facebook.com/sharer/sharer.php?u={quote(permalink, safe='')}"}


def _pagination(base: str, page: int, pages: int) -> dict[str, Any] | None:
    if pages <= 1:
        return None
    window = sorted({1, pages, *range(max(1, page - 2), min(pages, page + 2) + 1)})
    return {
        "page": page, "pages": pages,
        "prev": listing_url(base, page - 1) if page > 1 else None,
        "next": listing_url(base, page + 1) if page < pages else None,
        "links": [{"n": n, "url": listing_url(base, n), "current": n == page} for n in window],
    }
