"""A bulletin for commune loudspeakers (*bản tin phát thanh*): published profiles picked to fill a slot,
written for the ear.

Picking: the profiles of one section (``linh-vuc/giao-duc-dao-tao``, as in the portal's URLs) or all,
published within a date range, featured first, then newest first. Filling the slot at ``speed``
syllables a minute (default 220: core/radiosettings.py gives the source): first each picked exemplar's
core (who, where, what in the summary, which award), about one exemplar per two minutes of slot; then,
item by item, the story's paragraphs from the start while they fit. An item whose core does not fit
is left out whole; a story is cut only between paragraphs.

Who: the name plainly, with no "anh/chị/ông/bà" (the profile gives no age or sex, and the wrong one is
an offence) and no "đồng chí" (it says party or office, wrong for a farmer or a pupil).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from guongsang.core.catalog import FACETS, Catalog, FacetValue
from guongsang.core.model import TZ
from guongsang.core.radiosettings import RadioSettings
from guongsang.core.validate import Exemplar
from guongsang.outputs.radio import plain
from guongsang.outputs.radio.numbers import read_ordinal
from guongsang.outputs.radio.spoken import speak, syllables

SECONDS_PER_ITEM = 120  # about one exemplar per two minutes of slot: a core, then stories
PLACE_WORDS = {"Xã", "Phường", "Thị", "Tỉnh", "Thành", "Huyện", "Quận", "Thôn", "Bản", "Ấp", "Tổ", "Khu", "Xóm"}
SECTION_PHRASES = {  # "… giới thiệu tới bà con 3 gương điển hình tiên tiến {phrase}"
    "sector": "thuộc lĩnh vực {}", "unit": "ở {}", "award_level": "được khen thưởng cấp {}",
    "year": "được khen thưởng năm {}", "kind": "thuộc loại {}", "campaign": "trong phong trào {}", "tag": "về {}",
}
MAX_LOOKED_AT = 200
MIN_PARAGRAPH = 5  # seconds: less time left than this and no story paragraph is tried  # candidates whose core is tried, at most: a tiny slot never reads 10,000 summaries


class SelectionError(ValueError):
    """A section or date range that does not exist; the message is Vietnamese, for the user."""


@dataclass(frozen=True, slots=True)
class Selection:
    section: FacetValue | None = None
    start: date | None = None  # inclusive, publication date in Vietnam
    end: date | None = None  # inclusive


@dataclass(slots=True)
class Item:
    slug: str
    heading: str  # written: "1. Nguyễn Thị Hoa – Xã Tân Hòa"
    paragraphs: list[str]  # spoken
    seconds: int = 0


@dataclass(slots=True)
class Bulletin:
    title: str
    period: str  # written: "Tháng 11/2024", "Từ 01/11/2024 đến 30/11/2024", ""
    section: str  # written: "Lĩnh vực: Giáo dục và đào tạo", ""
    made: date
    settings: RadioSettings
    opening: str = ""
    items: list[Item] = field(default_factory=list)
    closing: str = ""

    def seconds_of(self, text: str) -> int:
        return math.ceil(syllables(text) * 60 / self.settings.speed)

    @property
    def seconds(self) -> int:
        return (self.seconds_of(self.opening) + self.seconds_of(self.closing)
                + sum(item.seconds for item in self.items))


def duration(seconds: int) -> str:
    """"2 phút 05 giây"."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes} phút {rest:02d} giây" if minutes else f"{rest} giây"


def section_choices(catalog: Catalog) -> list[str]:
    return [f"{f.slug}/{v.id}" for f in FACETS for v in catalog.sections.get(f.key, [])]


def find_section(catalog: Catalog, text: str) -> FacetValue:
    """"linh-vuc/giao-duc-dao-tao" → its section; SelectionError naming the valid choices."""
    facet_slug, _, value_id = text.strip().strip("/").partition("/")
    facet = next((f for f in FACETS if f.slug == facet_slug), None)
    if facet is None:
        raise SelectionError(f"Không có nhóm chuyên mục «{facet_slug}». Các nhóm: "
                             + ", ".join(f.slug for f in FACETS) + " (ví dụ: linh-vuc/giao-duc-dao-tao).")
    found = catalog.section(facet.key, value_id)
    if found is None:
        ids = [v.id for v in catalog.sections.get(facet.key, [])]
        shown = ", ".join(f"{facet.slug}/{i}" for i in ids[:30]) + (", …" if len(ids) > 30 else "")
        raise SelectionError(f"Không có chuyên mục «{text}» (hoặc chưa có hồ sơ nào được đăng trong đó). "
                             + (f"Các chuyên mục {facet.label.lower()}: {shown}." if ids else ""))
    return found


def candidates(catalog: Catalog, selection: Selection) -> list[Exemplar]:
    """Published profiles of the selection, featured first, then newest first."""
    pool = selection.section.members if selection.section else catalog.published
    picked = [ex for ex in pool if _within(ex, selection)]
    return sorted(picked, key=lambda ex: not ex.profile.featured)  # stable: newest first within each


def _within(ex: Exemplar, selection: Selection) -> bool:
    day = ex.date.astimezone(TZ).date()
    return (selection.start is None or day >= selection.start) and (selection.end is None or day <= selection.end)


def _unit(catalog: Catalog, ex: Exemplar) -> str:
    units = catalog.vocabs["units"].terms
    term = units.get(ex.profile.unit)
    if term is None:
        return ""
    parent = units.get(term.parent) if term.parent else None
    where = [term.name] + ([parent.name] if parent and parent.name.casefold() not in term.name.casefold() else [])
    return ", ".join(_common_noun(name) for name in where)


def _common_noun(name: str) -> str:
    """"Xã Suối Mơ" → "xã Suối Mơ" inside a sentence, as Vietnamese writes it; proper names unchanged."""
    first, _, rest = name.partition(" ")
    return f"{first.lower()} {rest}" if rest and first in PLACE_WORDS else name


def _core(catalog: Catalog, ex: Exemplar, number: int, table: Mapping[str, str]) -> list[str]:
    p = ex.profile
    where = _unit(catalog, ex)
    intro = f"Gương điển hình thứ {read_ordinal(number)} xin giới thiệu với bà con là {p.title}" + (
        f", {where}." if where else ".")
    decision = f", theo {p.decision}" if p.decision else ""
    award = f"Với những thành tích đó, {p.title} vinh dự được tặng {catalog.award_name(ex)}{decision}, năm {p.year}."
    return [_sentence(speak(text, table)) for text in (intro, p.summary, award)]


def _sentence(text: str) -> str:
    """A paragraph read alone starts with a capital ("Tám mươi sáu héc-ta…") and ends with a stop."""
    text = text[:1].upper() + text[1:]
    return text if not text or text[-1] in ".!?…" else text + "."


def _opening(settings: RadioSettings, count: int, selection: Selection, table: Mapping[str, str]) -> str:
    station = f" Đây là {settings.station}." if settings.station else ""
    what = f"{count} gương điển hình tiên tiến" if count else "các gương điển hình tiên tiến"
    where = ""
    if selection.section is not None:
        value = selection.section
        name = _common_noun(value.name) if value.facet.key == "unit" else value.name
        where = " " + SECTION_PHRASES.get(value.facet.key, "thuộc mục {}").format(name)
    period = _period_said(selection)
    text = (f"Kính thưa bà con nhân dân!{station} Chuyên mục {settings.programme} hôm nay xin được giới thiệu "
            f"tới bà con {what}{where}{', được đăng' + period if period else ''}.")
    if not count:
        text += " Trong thời gian này chưa có gương điển hình mới được đăng; mời bà con đón nghe các số sau."
    return speak(text, table)


def _period_said(selection: Selection) -> str:
    start, end = selection.start, selection.end
    if start and end and start.day == 1 and (end.month, end.year) == (start.month, start.year) and \
            (end + timedelta(days=1)).month != end.month:
        return f" trong tháng {start.month}/{start.year}"
    return "".join([f" từ ngày {start.day}/{start.month}/{start.year}" if start else "",
                    f" đến ngày {end.day}/{end.month}/{end.year}" if end else ""])


def period_written(selection: Selection) -> str:
    start, end = selection.start, selection.end
    said = _period_said(selection)
    if said.startswith(" trong tháng") and start:
        return f"Tháng {start.month:02d}/{start.year}"
    return " ".join(part for part in [f"Từ {start:%d/%m/%Y}" if start else "", f"đến {end:%d/%m/%Y}" if end else ""]
                    if part)


def _closing(settings: RadioSettings, table: Mapping[str, str]) -> str:
    thanks = f"{settings.station} xin cảm ơn bà con" if settings.station else "Cảm ơn bà con"
    return speak(f"Kính thưa bà con! Những tấm gương vừa kể là những bông hoa đẹp trong phong trào thi đua yêu "
                 f"nước. Mong rằng mỗi người, mỗi nhà cùng học tập và làm theo. Chuyên mục {settings.programme} đến "
                 f"đây là hết. {thanks} đã chú ý lắng nghe.", table)


def dated(selection: Selection, today: date) -> date:
    """The bulletin's date: today, or the end of a range that is over (a month's bulletin is dated its last
    day, so the portal's bulletin of a past month does not change every day)."""
    return selection.end if selection.end is not None and selection.end < today else today


def make(catalog: Catalog, selection: Selection, settings: RadioSettings, today: date,
         pool: list[Exemplar] | None = None) -> Bulletin:
    """The bulletin of ``selection`` filling ``settings.minutes`` at ``settings.speed``; ``pool``: its
    candidates when the caller has them already (the portal files every month in one pass)."""
    table = catalog.vocabs.abbreviations.table
    made = dated(selection, today)
    pool = candidates(catalog, selection) if pool is None else pool
    bulletin = Bulletin(f"Bản tin phát thanh: {settings.programme}", period_written(selection),
                        f"{selection.section.facet.label}: {selection.section.name}" if selection.section else "",
                        made, settings)
    budget = settings.minutes * 60
    wanted = max(1, math.ceil(budget / SECONDS_PER_ITEM))
    chosen: list[tuple[Exemplar, Item]] = []
    # the opening names the count: reserve for the longest way of saying it ("ba mươi mốt")
    frame = bulletin.seconds_of(_opening(settings, wanted, selection, table) + " a a a") + bulletin.seconds_of(
        _closing(settings, table))
    used = frame
    for ex in pool[:MAX_LOOKED_AT]:
        if len(chosen) == wanted:
            break
        parts = _core(catalog, ex, len(chosen) + 1, table)
        seconds = bulletin.seconds_of(" ".join(parts))
        if used + seconds <= budget:
            heading = f"{len(chosen) + 1}. {ex.title}" + (f" – {w[:1].upper() + w[1:]}" if (w := _unit(catalog, ex)) else "")
            chosen.append((ex, Item(ex.slug, heading, parts, seconds)))
            used += seconds
    for ex, item in chosen:  # the stories, from the start, while they fit
        if budget - used < MIN_PARAGRAPH:
            break  # no story paragraph fits: do not render the rest
        for paragraph in plain.paragraphs(ex.body):
            said = _sentence(speak(paragraph, table))
            seconds = bulletin.seconds_of(said)
            if not said or used + seconds > budget:
                break
            item.paragraphs.insert(-1, said)  # before the award, which closes the item
            item.seconds += seconds
            used += seconds
    bulletin.items = [item for _, item in chosen]
    bulletin.opening = _opening(settings, len(chosen), selection, table)
    bulletin.closing = _closing(settings, table)
    return bulletin

