"""RSS 2.0 (with Media RSS and an enclosure for the share card), via feedgen."""

from __future__ import annotations

from guongsang.outputs.feeds._feedgen import generator
from guongsang.outputs.feeds.model import FeedMeta


def render(meta: FeedMeta) -> bytes:
    return generator(meta, self_link=meta.links.rss, rss=True).rss_str(pretty=True)
