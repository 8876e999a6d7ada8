"""Atom (RFC 4287), via feedgen."""

from __future__ import annotations

from guongsang.outputs.feeds._feedgen import generator
from guongsang.outputs.feeds.model import FeedMeta


def render(meta: FeedMeta) -> bytes:
    return generator(meta, self_link=meta.links.atom, rss=False).atom_str(pretty=True)
