"""Which feeds the portal publishes: the site root and every section carry rss.xml, atom.xml,
feed.json and zalo.json beside their index.html. No MkDocs here.

Entries are made once per profile and shared by every feed that lists it; each format module
turns a place's :class:`FeedMeta` into bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guongsang.core.catalog import FACETS, Catalog, FacetValue
from guongsang.core.validate import Exemplar
from guongsang.outputs.feeds import atom, html, jsonfeed, rss, zalo
from guongsang.outputs.feeds.model import Category, FeedEntry, FeedLinks, FeedMeta, Image
from guongsang.outputs.portal.head import absolute
from guongsang.outputs.portal.pages import PortalOptions, profile_url

FORMATS: dict[str, tuple[str, Callable[[FeedMeta], bytes]]] = {
    "rss": ("rss.xml", rss.render),
    "atom": ("atom.xml", atom.render),
    "json": ("feed.json", jsonfeed.render),
    "zalo": ("zalo.json", zalo.render),
}
# (place URL, its profiles in the feed, its files' paths in the site) → whether to write them again
Fresh = Callable[[str, list[Exemplar], list[str]], bool]
CATEGORY_FACETS = ("sector", "unit", "award_level", "year")
MAX_ITEMS = 50


@dataclass(frozen=True, slots=True)
class FeedSite:
    url: str  # site_url, with or without the trailing slash
    name: str
    description: str
    max_items: int = MAX_ITEMS


def feed_uris(page_url: str) -> dict[str, str]:
    """format → path in the site of the feeds of the place at ``page_url`` ("" = the site root)."""
    return {key: f"{page_url}{name}" for key, (name, _) in FORMATS.items()}


def places(catalog: Catalog) -> Iterator[tuple[str, FacetValue | None]]:
    """(page URL, section) of every feed place; the root first, with section None."""
    yield "", None
    for facet in FACETS:
        for value in catalog.sections[facet.key]:
            yield value.url, value


NO_SITE_URL = ("Chưa khai báo site_url trong mkdocs.yml: không tạo nguồn tin (RSS, Atom, JSON Feed, Zalo) "
               "vì chúng cần địa chỉ đầy đủ.")


class FeedClash(Exception):
    """A feed would overwrite another output of the site; the message is Vietnamese."""


class FeedPlan:
    """Feeds for every place; entries are made lazily, once per profile, from the rendered article HTML."""

    def __init__(self, catalog: Catalog, options: PortalOptions, site: FeedSite,
                 cards: Mapping[str, Mapping[str, Any]], photos: Mapping[str, Mapping[str, Any]],
                 article_html: Callable[[str], str]) -> None:
        self.catalog, self.options, self.site = catalog, options, site
        self.cards, self.photos, self.article_html = cards, photos, article_html
        self._entries: dict[str, FeedEntry] = {}

    def files(self, fresh: Fresh | None = None) -> Iterator[tuple[str, bytes | None]]:
        """(path in the site, bytes) of every feed file; bytes None where ``fresh`` says that place's
        files are already written as they would be."""
        for page_url, value in places(self.catalog):
            members = (self.catalog.published if value is None else value.members)[: self.site.max_items]
            uris = feed_uris(page_url)
            if fresh is not None and not fresh(page_url, members, list(uris.values())):
                yield from ((uri, None) for uri in uris.values())
                continue
            meta = self._meta(page_url, value, members)
            for key, uri in uris.items():
                yield uri, FORMATS[key][1](meta)

    def uris(self) -> set[str]:
        return {uri for page_url, _ in places(self.catalog) for uri in feed_uris(page_url).values()}

    def write(self, site_dir: Path, taken: Collection[str], fresh: Fresh | None = None) -> str:
        """Write every feed under ``site_dir`` (but those ``fresh`` says need not be); refuses a path
        another output has. Returns the build's report line."""
        files = 0
        for uri, data in self.files(fresh):
            if uri in taken:
                raise FeedClash(f"Hai đầu ra cùng một đường dẫn: {uri} (nguồn tin trùng với một tệp của trang).")
            files += 1
            if data is None:
                continue
            target = site_dir / uri
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return f"Nguồn tin: {files // len(FORMATS)} nơi × {len(FORMATS)} định dạng (RSS, Atom, JSON Feed, Zalo)."

    def _meta(self, page_url: str, value: FacetValue | None, members: list[Exemplar]) -> FeedMeta:
        links = FeedLinks(**{key: self._abs(uri) for key, uri in feed_uris(page_url).items()})
        if value is None:
            title, description = self.site.name, self.site.description
        else:
            title = f"{value.facet.label}: {value.name} – {self.site.name}"
            description = f"Gương điển hình tiên tiến thuộc {value.facet.label.lower()} «{value.name}»."
        return FeedMeta(title, description or title, self._abs(page_url), links, self.site.name,
                        entries=tuple(self._entry(ex) for ex in members))

    def _entry(self, ex: Exemplar) -> FeedEntry:
        found = self._entries.get(ex.slug)
        if found is not None:
            return found
        url = profile_url(self.options, ex.slug)
        link = self._abs(url)
        p, vocabs = ex.profile, self.catalog.vocabs
        card = self.cards.get(url)
        image = Image(self._abs(card["url"]), card["width"], card["height"], card["bytes"]) if card else None
        photo = self.photos.get(ex.slug)
        categories = tuple(
            Category(v.url.strip("/"), f"{v.facet.label}: {v.name}", self._abs(v.url))
            for key in CATEGORY_FACETS for v in self.catalog.values_of(ex, key)
        )
        entry = FeedEntry(
            id=link, title=ex.title, link=link, published=ex.date, updated=ex.date, summary=p.summary,
            content_html=html.clean(self.article_html(ex.slug), link),
            author=p.author or vocabs["units"].terms[p.unit].name, categories=categories, image=image,
            photo_url=self._abs(photo["jpg"][-1]["url"]) if photo else None,
        )
        self._entries[ex.slug] = entry
        return entry

    def _abs(self, path: str) -> str:
        return absolute(self.site.url, path)
