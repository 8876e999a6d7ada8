"""JSON Feed 1.1 (https://jsonfeed.org/version/1.1)."""

from __future__ import annotations

import json
from typing import Any

from guongsang.outputs.feeds.model import FeedMeta

VERSION = "https://jsonfeed.org/version/1.1"


def render(meta: FeedMeta) -> bytes:
    feed: dict[str, Any] = {
        "version": VERSION,
        "title": meta.title,
        "home_page_url": meta.home,
        "feed_url": meta.links.json,
        "description": meta.description,
        "language": meta.language,
        "authors": [{"name": meta.site_name}],
        "items": [],
    }
    if meta.icon:
        feed["icon"] = meta.icon
    for entry in meta.entries:
        item: dict[str, Any] = {
            "id": entry.id,
            "url": entry.link,
            "title": entry.title,
            "summary": entry.summary,
            "content_html": entry.content_html,
            "date_published": entry.published.isoformat(),
            "date_modified": entry.updated.isoformat(),
            "authors": [{"name": entry.author}],
            "tags": [c.label for c in entry.categories],
            "language": meta.language,
        }
        if entry.image is not None:
            item["image"] = entry.image.url
            item["banner_image"] = entry.image.url
        feed["items"].append(item)
    return (json.dumps(feed, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
