"""The neutral shape every feed format is made from: one :class:`FeedMeta` and its :class:`FeedEntry` list.

Dates are aware (Asia/Ho_Chi_Minh); URLs are absolute; ``content_html`` is already cleaned and its
links absolute. Nothing here depends on a build's clock: a feed's ``updated`` is its newest entry's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Category:
    term: str  # stable id, e.g. "linh-vuc/y-te"
    label: str  # Vietnamese, e.g. "Lĩnh vực: Y tế"
    scheme: str  # absolute URL of the section


@dataclass(frozen=True, slots=True)
class Image:
    url: str  # absolute
    width: int
    height: int
    size: int  # bytes
    mime: str = "image/jpeg"


@dataclass(frozen=True, slots=True)
class FeedEntry:
    id: str  # the permalink: stable for the life of the profile
    title: str
    link: str
    published: datetime
    updated: datetime
    summary: str
    content_html: str
    author: str
    categories: tuple[Category, ...] = ()
    image: Image | None = None  # the share card (1200×630 JPEG)
    photo_url: str | None = None  # the largest published JPEG of the profile photo


@dataclass(frozen=True, slots=True)
class FeedLinks:
    rss: str
    atom: str
    json: str
    zalo: str


@dataclass(frozen=True, slots=True)
class FeedMeta:
    title: str
    description: str
    home: str  # the page the feed is about (absolute URL)
    links: FeedLinks  # absolute URLs of this place's feeds
    site_name: str
    language: str = "vi"
    icon: str | None = None
    entries: tuple[FeedEntry, ...] = field(default=())

    @property
    def updated(self) -> datetime | None:
        """The newest entry's update time: the same content always gives the same feed."""
        return max((e.updated for e in self.entries), default=None)
