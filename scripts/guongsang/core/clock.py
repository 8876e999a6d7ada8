"""What time it is for the portal: now in Vietnam, or the moment `--as-of` names.

Scheduling (a profile dated in the future appears from that date) and `check`'s date rules depend on
the clock. `guongsang build --as-of 2027-06-11` (and `serve`) builds the portal as it will be on that
day, to preview what a date will publish; the option reaches the MkDocs process, and every other
command's reading of the clock, through AS_OF_ENV. A date means the end of that day in Vietnam (all that
is dated that day is out); a date and time means that moment (Vietnam time unless it names a zone).
"""

from __future__ import annotations

import os
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Ho_Chi_Minh")  # model.TZ, without loading pydantic
AS_OF_ENV = "GUONGSANG_AS_OF"


def parse_as_of(text: str) -> datetime | None:
    """``2027-06-11`` → the last second of that day in Vietnam; an ISO date and time → that moment;
    anything else → None."""
    text = text.strip()
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(23, 59, 59), TZ)
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=TZ)


def now() -> datetime:
    """The portal's now: AS_OF_ENV's moment when set (by `--as-of`), else the real clock in Vietnam."""
    fixed = parse_as_of(os.environ.get(AS_OF_ENV, ""))
    return fixed.astimezone(TZ) if fixed else datetime.now(TZ)


def today() -> date:
    return now().date()
