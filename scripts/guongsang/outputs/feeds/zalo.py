"""Zalo Official Account article payloads: ``zalo.json`` = ``{"version": 1, "articles": [...]}``.

Each article is exactly the request body of ``POST /v2.0/article/create`` for ``type: "normal"``.
Zalo refuses values over its limits, so a longer value is cut at a word boundary with "…" (and
`guongsang check` warns about it beforehand). The body is paragraphs of text and images in
reading order: no Markdown and no markup of ours reach Zalo.

Zalo renders an article body's text blocks as HTML, while the title, author and description are
plain-text fields. So each body paragraph is HTML-escaped (a contributor's ``<img onerror=…>``
shows as those characters), and the three plain fields are left as the text they are.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from guongsang.core.zalo_limits import AUTHOR_MAX, DESCRIPTION_MAX, TITLE_MAX, cut
from guongsang.outputs.feeds.html import as_html, paragraphs
from guongsang.outputs.feeds.model import FeedEntry, FeedMeta

VERSION = 1
# One profile appears in the feeds of several places (root, sector, unit, year…): parse its HTML once.
_paragraphs = lru_cache(maxsize=4096)(paragraphs)


def article(entry: FeedEntry) -> dict[str, Any]:
    body = [_escaped(block) for block in _paragraphs(entry.content_html)]  # new dicts: the cached list is shared
    if entry.photo_url:  # the portrait first, as on the profile page
        body.insert(0, {"type": "image", "url": entry.photo_url})
    if not any(block["type"] == "text" for block in body):
        body.append({"type": "text", "content": as_html(entry.summary)})
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


def _escaped(block: dict[str, str]) -> dict[str, str]:
    return {"type": "text", "content": as_html(block["content"])} if block["type"] == "text" else dict(block)


def render(meta: FeedMeta) -> bytes:
    payload = {"version": VERSION, "articles": [article(e) for e in meta.entries]}
    return (json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
