"""Share metadata for every page: Open Graph (Zalo, Facebook) and Twitter card tags. No MkDocs here.

Zalo and Facebook read ``og:title``, ``og:description``, ``og:image`` and ``og:url`` when a link is
pasted; both need absolute URLs, so the site's ``site_url`` is joined in front of site paths.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any
from urllib.parse import urlsplit

DESCRIPTION_MAX = 200  # Facebook shows about two lines; Zalo fewer
FEED_TYPES = (("rss.xml", "application/rss+xml", "RSS"), ("atom.xml", "application/atom+xml", "Atom"),
              ("feed.json", "application/feed+json", "JSON Feed"))


@dataclass(frozen=True, slots=True)
class Share:
    title: str
    description: str
    url: str  # page path from the site root, "" for the home page
    card: dict[str, Any] | None  # {"url", "width", "height"} of its share card
    kind: str = "website"  # "article" for a profile
    feeds: tuple[tuple[str, str], ...] = ()  # (title, place URL) of the feeds this page offers, most specific first


def absolute(site_url: str, path: str) -> str:
    """``site_url`` + a path from the site root; the path alone when there is no ``site_url``."""
    return f"{site_url.rstrip('/')}/{path}" if site_url else f"/{path}"


def shorten(text: str, limit: int = DESCRIPTION_MAX) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:–-") + "…"


def tags(share: Share, *, site_url: str, site_name: str) -> str:
    """The ``<meta>`` tags for one page's ``<head>``."""
    description = shorten(share.description)
    meta = [
        ("property", "og:type", share.kind),
        ("property", "og:site_name", site_name),
        ("property", "og:locale", "vi_VN"),
        ("property", "og:title", share.title),
        ("property", "og:description", description),
        ("property", "og:url", absolute(site_url, share.url)),
        ("name", "twitter:card", "summary_large_image" if share.card else "summary"),
        ("name", "twitter:title", share.title),
        ("name", "twitter:description", description),
    ]
    if share.card:
        image = absolute(site_url, share.card["url"])
        meta += [
            ("property", "og:image", image),
            ("property", "og:image:type", "image/jpeg"),
            ("property", "og:image:width", str(share.card["width"])),
            ("property", "og:image:height", str(share.card["height"])),
            ("property", "og:image:alt", share.title),
            ("name", "twitter:image", image),
        ]
    out = "".join(f'<meta {attr}="{name}" content="{escape(value, quote=True)}">' for attr, name, value in meta)
    # Feed links are site-relative: Material's script fetches "sitemap.xml" beside every rel=alternate
    # link, and an absolute URL would send the reader's browser to the production host from a preview.
    root = urlsplit(site_url).path.rstrip("/") + "/"
    for title, place in share.feeds:
        for name, mime, label in FEED_TYPES:
            href = escape(root + place + name, quote=True)
            out += f'<link rel="alternate" type="{mime}" title="{escape(f"{title} ({label})", quote=True)}" href="{href}">'
    return out


def inject(html: str, head: str) -> str:
    """``head`` placed just before ``</head>`` (once)."""
    at = html.find("</head>")
    return html if at < 0 else f"{html[:at]}{head}{html[at:]}"
