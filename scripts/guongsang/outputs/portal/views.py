"""What templates show: plain dicts prepared from the catalog. Templates only display them.

URLs here are relative to the site root ("linh-vuc/y-te/"); templates join them
with the page's ``base_url`` so the site works under any path.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from guongsang.core.catalog import FACET_BY_KEY, FACETS, Catalog, FacetValue
from guongsang.core.validate import Exemplar
from guongsang.outputs.portal import evidence
from guongsang.outputs.portal.head import FEED_TYPES, Share
from guongsang.outputs.portal.homeview import HONOUR_CAMPAIGN, current_campaigns, honour_day
from guongsang.outputs.portal.pages import STATS_URL, PageSpec, PortalOptions, facet_url, listing_url, profile_url
from guongsang.outputs.portal.typography import curly


def vn_date(ex: Exemplar) -> str:
    d = ex.date
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


HOME_CAMPAIGNS = 4  # campaigns on the front page
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
            "initial": _initial(ex.title, p.kind),
            "date": vn_date(ex),
            "iso_date": ex.date.date().isoformat(),
        }

    def link(self, value: FacetValue) -> dict[str, Any]:
        return {"url": value.url, "name": value.name, "count": len(value.members), "facet": value.facet.label}

    @staticmethod
    def ref(value: FacetValue) -> dict[str, str]:
        """A link as a profile page shows it: no count, so a profile added to its section changes nothing
        on this page (the preview then renders it again for nothing: pagekeys.py)."""
        return {"url": value.url, "name": value.name}

    def profile(self, slug: str, site_url: str, article: str = "") -> dict[str, Any]:
        """``article``: the profile's rendered body; its own "Minh chứng" section joins the generated one."""
        ex = self.by_slug[slug]
        p, vocabs = ex.profile, self.catalog.vocabs
        unit = vocabs["units"].terms[p.unit]
        parents = [self.catalog.section("unit", u) for u in vocabs.unit_ancestors(p.unit)]
        facts = []
        for label, key in (("Loại điển hình", "kind"), ("Lĩnh vực", "sector"), ("Cấp khen thưởng", "award_level"),
                           ("Năm khen thưởng", "year"), ("Phong trào thi đua", "campaign")):
            facts.extend({"label": label, **self.ref(v)} for v in self.catalog.values_of(ex, key))
        permalink = site_url.rstrip("/") + "/" + profile_url(self.options, slug) if site_url else ""
        return {
            "card": self.card(ex),
            "unit": self.ref(self.catalog.section("unit", p.unit)) | {"name": unit.name},
            "unit_parents": [self.ref(v) for v in parents if v is not None],
            "facts": facts,
            "award_form": self.catalog.award_name(ex) if p.award else None,
            "body": evidence.split(article),
            "decision": p.decision,
            "evidence": [{"title": e.title, "url": url, "external": e.url is not None}
                         for e, url in zip(p.evidence, self.evidence.get(slug) or [e.url or "" for e in p.evidence],
                                           strict=True) if url],
            "tags": [self.ref(v) for v in self.catalog.values_of(ex, "tag")],
            "author": p.author,
            "related": self.cards(self.catalog.related(ex, self.options.related)),
            "share": _share_links(permalink) if permalink else None,
            "breadcrumbs": [{"url": facet_url(FACET_BY_KEY["sector"].slug), "name": "Lĩnh vực"},
                            self.ref(self.catalog.values_of(ex, "sector")[0])],
        }

    def section(self, spec: PageSpec) -> dict[str, Any]:
        facet_key, value_id = spec.ref.split("/", 1)
        value = self.catalog.section(facet_key, value_id)
        assert value is not None
        size = self.options.page_size
        members = value.members[(spec.page - 1) * size: spec.page * size]
        children = []
        if facet_key == "unit" and spec.page == 1:  # sub-units on the first page only, above the cards
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
        return {
            "label": facet.label,
            "key": facet_key,
            "entries": self._unit_tree() if facet_key == "unit" else [self.link(v) for v in self.catalog.sections[facet_key]],
        }

    def _unit_tree(self) -> list[dict[str, Any]]:
        """Units with exemplars, depth first; each says whether a list of sub-units opens after it
        ("opens") or how many levels close after it ("closes"), so the template nests without recursion.
        A unit with exemplars has a section for each of its parents, so depth grows one level at a time."""
        rows = [(v, depth) for unit_id, depth in self.catalog.vocabs.unit_tree()
                if (v := self.catalog.section("unit", unit_id)) is not None]
        out = []
        for i, (value, depth) in enumerate(rows):
            after = rows[i + 1][1] if i + 1 < len(rows) else 0
            out.append(self.link(value) | {"depth": depth, "opens": after > depth, "closes": max(0, depth - after)})
        return out

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
        honour = honour_day(c.now.date())
        if honour is not None and (campaign := c.section("campaign", HONOUR_CAMPAIGN)) is not None:
            honour["url"] = campaign.url
        return {
            "featured": self.cards(featured),
            "latest": self.cards(latest),
            "sectors": [self.link(v) for v in c.sections["sector"]],
            "campaigns": [self.link(v) | {"latest": when} for v, when in current_campaigns(c, HOME_CAMPAIGNS)],
            "campaigns_url": facet_url(FACET_BY_KEY["campaign"].slug),
            "facets": [{"label": f.label, "url": facet_url(f.slug), "count": len(c.sections[f.key])}
                       for f in FACETS if c.sections[f.key] and f.key not in ("sector", "tag")],
            "honour": honour,
            "stats_url": STATS_URL,
            "feeds": _feed_links("") if self.feeds else [],
            "total": len(c.published),
            "units": len(c.sections["unit"]),
            "sector_count": len(c.sections["sector"]),
        }


def _feed_links(place: str) -> list[dict[str, str]]:
    return [{"url": f"{place}{name}", "label": label} for name, _, label in FEED_TYPES]


def _share_links(permalink: str) -> dict[str, str]:
    # Zalo's own share button needs its SDK from a third-party host; the Zalo button uses the
    # phone's share sheet (Web Share API) instead, with copy-link as the fallback.
    return {"permalink": permalink, "facebook": f"https://www.facebook.com/sharer/sharer.php?u={quote(permalink, safe='')}"}


NAMED_AS_GROUPS = ("tap-the", "mo-hinh")  # "Hợp tác xã…", "Mô hình…"; others are named after a person


def _initial(title: str, kind: str) -> str:
    """The letter a card without a photo shows: a person's given name (the last word of a Vietnamese
    name), or the first letter of a collective's or a model's name."""
    words = title.split()
    if not words:
        return ""
    return (words[0] if kind in NAMED_AS_GROUPS else words[-1])[:1].upper()


PAGE_WINDOW = 1  # pages shown either side of the current one (GOV.UK, USWDS)


def _page_numbers(page: int, pages: int) -> list[int | None]:
    """Page numbers to show, ``None`` where pages are skipped: 1 … 4 5 6 … 60.

    The first and last pages are always there; a gap of a single page shows that page instead of "…".
    """
    shown = sorted({1, pages, *range(max(1, page - PAGE_WINDOW), min(pages, page + PAGE_WINDOW) + 1)})
    out: list[int | None] = []
    for n in shown:
        if out and n - (out[-1] or 0) == 2:
            out.append(n - 1)
        elif out and n - (out[-1] or 0) > 2:
            out.append(None)
        out.append(n)
    return out


def _pagination(base: str, page: int, pages: int) -> dict[str, Any] | None:
    if pages <= 1:
        return None
    return {
        "page": page, "pages": pages,
        "prev": listing_url(base, page - 1) if page > 1 else None,
        "next": listing_url(base, page + 1) if page < pages else None,
        "links": [{"gap": True} if n is None else {"n": n, "url": listing_url(base, n), "current": n == page}
                  for n in _page_numbers(page, pages)],
    }
