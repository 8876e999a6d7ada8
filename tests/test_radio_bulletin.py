"""Bulletins made from the sample's real catalog: the slot is never overrun, featured profiles come first,
a past month is dated its last day, and the Word files kept by the build never change what it writes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import REPO
from guongsang.core.project import Project
from guongsang.core.radiosettings import RadioSettings
from guongsang.outputs import published
from guongsang.outputs.portal.radiopages import RadioPages, months
from guongsang.outputs.radio.bulletin import Selection, dated, make

PUBLISHED = published.load(Project.at(REPO))
CATALOG = PUBLISHED.catalog
TODAY = date(2026, 12, 2)


@pytest.mark.parametrize("minutes", [1, 2, 3, 5, 10, 30])
def test_the_slot_is_never_overrun(minutes: int) -> None:
    made = make(CATALOG, Selection(), RadioSettings(minutes=minutes), TODAY)
    assert made.seconds <= minutes * 60 or not made.items
    assert all(item.seconds > 0 and item.paragraphs[-1].startswith("Với những thành tích đó") for item in made.items)


def test_a_slower_reading_gets_less_in() -> None:
    fast = make(CATALOG, Selection(), RadioSettings(speed=300, minutes=5), TODAY)
    slow = make(CATALOG, Selection(), RadioSettings(speed=120, minutes=5), TODAY)
    assert sum(map(len, (i.paragraphs for i in slow.items))) < sum(map(len, (i.paragraphs for i in fast.items)))


def test_featured_first_then_newest() -> None:
    made = make(CATALOG, Selection(), RadioSettings(minutes=120), TODAY)
    by_slug = CATALOG.by_slug()
    order = [by_slug[item.slug] for item in made.items]
    flags = [ex.profile.featured for ex in order]
    assert flags == sorted(flags, reverse=True) and any(flags) and not all(flags)
    for group in (True, False):
        dates = [ex.date for ex in order if ex.profile.featured is group]
        assert dates == sorted(dates, reverse=True)


def test_a_past_range_is_dated_its_end() -> None:
    november = Selection(None, date(2024, 11, 1), date(2024, 11, 30))
    assert dated(november, TODAY) == date(2024, 11, 30)
    assert dated(Selection(None, date(2026, 12, 1), date(2026, 12, 31)), TODAY) == TODAY
    assert make(CATALOG, november, RadioSettings(), TODAY).made == date(2024, 11, 30)


def test_kept_word_files_change_nothing(tmp_path: Path) -> None:
    fresh = {f.uri: f.content for f in RadioPages(CATALOG, RadioSettings()).files()}
    kept = {f.uri: f.content for f in RadioPages(CATALOG, RadioSettings(), tmp_path).files()}
    assert kept == fresh
    folder = tmp_path / "radio"
    entries = sorted(folder.iterdir())
    assert len(entries) == len(months(CATALOG))
    entries[0].write_bytes(b"hong")  # a damaged entry is made again
    entries[1].unlink()  # a deleted one too
    (folder / "old.docx").write_bytes(b"x")  # an entry no build uses any more is removed
    again = {f.uri: f.content for f in RadioPages(CATALOG, RadioSettings(), tmp_path).files()}
    assert again == fresh
    assert sorted(folder.iterdir()) == entries
    station = {f.uri: f.content for f in RadioPages(CATALOG, RadioSettings(station="Đài xã"), tmp_path).files()}
    assert station != fresh  # another station: other bulletins, other files
