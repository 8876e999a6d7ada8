"""What the front page adds to the cards: the day of honour when it is near, and the current campaigns.

Campaigns carry no dates in their vocabulary, so "current" means the campaigns whose newest
published exemplar is most recent: the ones the office is writing about now.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from guongsang.core.catalog import Catalog

HONOUR_MONTH, HONOUR_DAY = 6, 11  # 11/6/1948: Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc
HONOUR_FIRST_YEAR = 1948
HONOUR_LEAD_DAYS = 30  # the front page announces the day this many days ahead, and on the day itself
HONOUR_CAMPAIGN = "thi-dua-yeu-nuoc"  # its section, when the vocabulary and the profiles have it


def honour_day(today: date) -> dict[str, Any] | None:
    """The Patriotic Emulation Day notice for ``today``: from 30 days before 11 June to the day, else None."""
    day = date(today.year, HONOUR_MONTH, HONOUR_DAY)
    days = (day - today).days
    if not 0 <= days <= HONOUR_LEAD_DAYS:
        return None
    return {"days": days, "years": today.year - HONOUR_FIRST_YEAR, "year": today.year, "date": f"11/6/{today.year}"}


def current_campaigns(catalog: Catalog, limit: int) -> list[tuple[Any, str]]:
    """Up to ``limit`` campaign sections, the one with the most recent exemplar first, with that date."""
    values = sorted(catalog.sections["campaign"], key=lambda v: (-v.members[0].date.timestamp(), v.order))
    return [(v, v.members[0].date.strftime("%d/%m/%Y")) for v in values[:limit]]
