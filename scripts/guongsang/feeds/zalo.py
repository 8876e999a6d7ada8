"""Zalo Official Account article payloads: ``zalo.json`` = ``{"version": 1, "articles": [...]}``.

Each article is exactly the request body of ``POST /v2.0/article/create`` for ``type: "normal"``.
Zalo refuses values over its limits, so a longer value is cut at a word boundary with "…" (and
`guongsang check` warns about it beforehand). The body is plain-text paragraphs and images in
reading order: no Markdown and no HTML reach Zalo.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from guongsang.feeds.html import paragraphs
from guongsang.feeds.limits import AUTHOR_MAX, DESCRIPTION_MAX, TITLE_MAX, cut
from guongsang.feeds.model import FeedEntry, FeedMeta

VERSION = 1
# One profile appears in the feeds of several places (root, sector, unit, year…): parse its HTML once.
_paragraphs = lru_cache(maxsize=4096)(paragraphs)


def article(entry: FeedEntry) -> dict[str, Any]:
    body = list(_paragraphs(entry.content_html))  # a copy: the cached list is shared
    if entry.photo_url:  # the portrait first, as on the profile page
        body.insert(0, {"type": "image", "url": entry.photo_url})
    if not any(block["type"] == "text" for block in body):
        body.append({"type": "text", "content": entry.summary})
    cover = entry.image.url if entry.image else entry.photo_url
    return {
        "type": "normal",
        "title": cut(entry.title, TITLE_MAX),
        "author": cut(entry.author, AUTHOR_MAX),
        "cover": {"cover_type": "photo", "photo_url": cover, "status": "show"},
        "description": cut(entry.summary, DESCRIPTION_MAX),
        "body": body,
        "tracking_link": entry.link,
        "status": "show",
        "comment": "show",
    }


def render(meta: FeedMeta) -> bytes:
    payload = {"version": VERSION, "articles": [article(e) for e in meta.entries]}
    return (json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
