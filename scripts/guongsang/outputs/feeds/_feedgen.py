"""One feedgen model filled from the neutral entries; RSS and Atom are two serialisations of it.

Every human-readable value is either declared plain text or escaped HTML, never raw:

- Atom declares its text constructs: title, summary, author and category labels are ``text``
  (RFC 4287 §3.1, the default, and the summary says so explicitly); content is ``html``.
- RSS 2.0 cannot declare a type. Its ``description`` is HTML by the specification, and readers
  commonly render titles, authors and categories as HTML as well (feedparser does as soon as a
  value looks like markup). So in RSS every text value is HTML-escaped: a contributor's
  ``<img onerror=…>`` reaches a reader as the literal text, never as an element.

The share card is one ``media:content`` (with its ``media:thumbnail``) directly in the item:
Media RSS keeps ``media:group`` for alternatives of one object, and one image is not a group.
"""

from __future__ import annotations

from datetime import datetime

from feedgen.feed import FeedGenerator

from guongsang.core.model import TZ
from guongsang.outputs.feeds.html import as_html
from guongsang.outputs.feeds.model import FeedMeta

EMPTY = datetime(2000, 1, 1, tzinfo=TZ)  # a feed with no entries still needs a fixed date
GENERATOR = "Guongsang"


def generator(meta: FeedMeta, *, self_link: str, rss: bool) -> FeedGenerator:
    text = as_html if rss else str  # RSS text is read as HTML; Atom's is declared plain
    fg = FeedGenerator()
    fg.load_extension("media", atom=True, rss=True)
    fg.load_extension("dc", atom=False, rss=True)
    fg.id(meta.home)
    fg.title(text(meta.title))
    fg.subtitle(text(meta.description or meta.title))  # RSS requires a description
    fg.link(href=self_link, rel="self")
    fg.link(href=meta.home, rel="alternate", type="text/html")  # last: feedgen takes RSS's <link> from it
    fg.language(meta.language)
    fg.generator(GENERATOR)  # no version: the same content gives the same bytes across upgrades
    fg.author({"name": text(meta.site_name)})
    if meta.icon:
        fg.icon(meta.icon)
    updated = meta.updated or EMPTY
    fg.updated(updated)  # also RSS lastBuildDate: never the build's clock
    fg.lastBuildDate(updated)
    for entry in meta.entries:
        fe = fg.add_entry(order="append")  # entries come newest first
        fe.id(entry.id)
        fe.guid(entry.id, permalink=True)
        fe.title(text(entry.title))
        fe.link(href=entry.link, rel="alternate", type="text/html")
        fe.published(entry.published)
        fe.updated(entry.updated)
        if rss:
            fe.description(as_html(entry.summary))  # (feedgen also files it as Atom content: replaced below)
        else:
            fe.summary(entry.summary, type="text")
        fe.content(entry.content_html, type="CDATA" if rss else "html")  # RSS: content:encoded in CDATA
        fe.author({"name": text(entry.author)})
        if rss:
            fe.dc.dc_creator(as_html(entry.author))
        for cat in entry.categories:
            fe.category(term=cat.term, label=text(cat.label), scheme=cat.scheme)
        if entry.image is not None:
            img = entry.image
            fe.media.content({"url": img.url, "type": img.mime, "medium": "image", "width": str(img.width),
                              "height": str(img.height), "fileSize": str(img.size)}, group=None)
            fe.media.thumbnail({"url": img.url, "width": str(img.width), "height": str(img.height)}, group=None)
            if rss:  # (feedgen writes Atom entry links without their rel: an enclosure would look like a 2nd alternate)
                fe.enclosure(img.url, str(img.size), img.mime)
    return fg
