"""Validated exemplars → the catalog: what is published, its facets and their sections.

Drafts and profiles dated in the future are left out (unless asked for). Every
facet value (a sector, a unit, a year…) is a value object with a slug and a
URL; its members are kept newest first. Nothing here loops over all exemplars
per exemplar: each index is built in one pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from guongsang.core.text import nfc, slugify
from guongsang.core.validate import Exemplar
from guongsang.core.vocab import Vocabularies


@dataclass(frozen=True, slots=True)
class Facet:
    key: str  # the profile field
    label: str  # Vietnamese, singular
    slug: str  # URL prefix of its sections
    vocabulary: str | None  # None: values come from the profiles (year, tag)


FACETS: tuple[Facet, ...] = (
    Facet("sector", "Lĩnh vực", "linh-vuc", "sectors"),
    Facet("unit", "Đơn vị", "don-vi", "units"),
    Facet("award_level", "Cấp khen thưởng", "cap-khen-thuong", "award_levels"),
    Facet("year", "Năm", "nam", None),
    Facet("kind", "Loại điển hình", "loai", "kinds"),
    Facet("campaign", "Phong trào thi đua", "phong-trao", "campaigns"),
    Facet("tag", "Từ khóa", "the", None),
)
FACET_BY_KEY = {f.key: f for f in FACETS}


@dataclass(eq=False, slots=True)
class FacetValue:
    """One section: a value of a facet and the exemplars filed under it, newest first."""

    facet: Facet
    id: str
    name: str
    order: tuple[int, str]  # vocabulary order, or newest year first, or name
    parent: str | None = None  # units only
    members: list[Exemplar] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"{self.facet.slug}/{self.id}/"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FacetValue) and (self.facet.key, self.id) == (other.facet.key, other.id)

    def __hash__(self) -> int:
        return hash((self.facet.key, self.id))


def newest_first(ex: Exemplar) -> tuple[float, str]:
    return (-ex.date.timestamp(), ex.slug)


@dataclass(slots=True)
class Catalog:
    published: list[Exemplar]  # newest first
    vocabs: Vocabularies
    now: datetime
    sections: dict[str, list[FacetValue]]  # facet key → values that have members, in display order
    _values: dict[tuple[str, str], FacetValue]
    withheld: list[Exemplar]  # drafts and future-dated, for reports; never rendered
    withdrawn: list[Exemplar] = field(default_factory=list)  # taken down: only a "đã gỡ" page at their URL

    def section(self, facet_key: str, value_id: str) -> FacetValue | None:
        return self._values.get((facet_key, value_id))

    def values_of(self, ex: Exemplar, facet_key: str) -> list[FacetValue]:
        """The sections an exemplar is filed under for one facet (its own unit, not its parents)."""
        return [v for i in _raw_ids(ex, facet_key) if (v := self._values.get((facet_key, i)))]

    def by_slug(self) -> dict[str, Exemplar]:
        return {ex.slug: ex for ex in self.published}

    def award_name(self, ex: Exemplar) -> str:
        """The award form's name, or the award level's when no form is given."""
        p = ex.profile
        if p.award:
            return self.vocabs["award_forms"].terms[p.award].name
        return self.vocabs["award_levels"].terms[p.award_level].name

    def featured(self, limit: int) -> list[Exemplar]:
        return [ex for ex in self.published if ex.profile.featured][:limit]

    def related(self, ex: Exemplar, limit: int = 6) -> list[Exemplar]:
        """Up to ``limit`` others from the same unit, then the same sector, nearest in date.

        Works from the two section lists (already sorted) around ``ex``'s own
        position, so the cost does not grow with the size of the catalog.
        """
        out: list[Exemplar] = []
        for facet_key in ("unit", "sector"):
            for value in self.values_of(ex, facet_key):
                for other in _neighbours(value.members, ex, limit * 2):
                    if other is not ex and other not in out:
                        out.append(other)
                    if len(out) == limit:
                        return out
        return out


def _raw_ids(ex: Exemplar, facet_key: str) -> list[str]:
    p = ex.profile
    if facet_key == "year":
        return [str(p.year)]
    if facet_key == "tag":  # "Việt Nam", "viet-nam" and "VIỆT NAM" are one section, filed once
        return list(dict.fromkeys(s for t in p.tags if (s := slugify(t))))
    value = getattr(p, facet_key)
    return [value] if value else []


def _neighbours(members: list[Exemplar], ex: Exemplar, count: int) -> Iterable[Exemplar]:
    """Members nearest to ``ex`` in the sorted list: after it first, then before it."""
    lo, hi = 0, len(members)
    key = newest_first(ex)
    while lo < hi:  # bisect on the newest-first key
        mid = (lo + hi) // 2
        if newest_first(members[mid]) < key:
            lo = mid + 1
        else:
            hi = mid
    after = members[lo + 1: lo + 1 + count]
    before = members[max(0, lo - count): lo][::-1]
    for i in range(max(len(after), len(before))):
        if i < len(after):
            yield after[i]
        if i < len(before):
            yield before[i]


def build_catalog(exemplars: list[Exemplar], vocabs: Vocabularies, now: datetime, *, drafts: bool = False) -> Catalog:
    """Decide what is published at ``now`` and file it into every facet's sections."""
    published, withheld, withdrawn = [], [], []
    for ex in exemplars:
        if ex.profile.withdrawn:
            withdrawn.append(ex)
            continue
        visible = (drafts or not ex.profile.draft) and ex.date <= now
        (published if visible else withheld).append(ex)
    published.sort(key=newest_first)
    values: dict[tuple[str, str], FacetValue] = {}
    for ex in published:
        for facet in FACETS:
            for value_id in _raw_ids(ex, facet.key):
                value = values.get((facet.key, value_id)) or _new_value(facet, value_id, ex, vocabs, values)
                value.members.append(ex)
                if facet.key == "unit":  # a parent unit lists its descendants too
                    for parent in vocabs.unit_ancestors(value_id):
                        (values.get((facet.key, parent)) or _new_value(facet, parent, ex, vocabs, values)).members.append(ex)
    sections: dict[str, list[FacetValue]] = {f.key: [] for f in FACETS}
    for value in values.values():
        sections[value.facet.key].append(value)
    for facet_values in sections.values():
        facet_values.sort(key=lambda v: v.order)
    _name_tags(published, values)
    return Catalog(published, vocabs, now, sections, values, withheld, withdrawn)


def _new_value(
    facet: Facet, value_id: str, ex: Exemplar, vocabs: Vocabularies, values: dict[tuple[str, str], FacetValue]
) -> FacetValue:
    if facet.vocabulary:
        term = vocabs[facet.vocabulary].terms[value_id]
        value = FacetValue(facet, value_id, term.name, (term.rank, term.name), term.parent)
    elif facet.key == "year":
        value = FacetValue(facet, value_id, f"Năm {value_id}", (-int(value_id), value_id))
    else:  # tag: named by _name_tags once every spelling is known
        value = FacetValue(facet, value_id, value_id, (0, value_id))
    values[(facet.key, value_id)] = value
    return value


def _name_tags(published: list[Exemplar], values: dict[tuple[str, str], FacetValue]) -> None:
    """One name per tag section, whatever order profiles are read in: its most frequent spelling among
    published profiles, a tie going to the first in sorted order. One pass over every tag."""
    spellings: dict[str, Counter[str]] = {}
    for ex in published:
        for tag in ex.profile.tags:
            if slug := slugify(tag):
                spellings.setdefault(slug, Counter())[" ".join(nfc(tag).split())] += 1
    for slug, counts in spellings.items():
        if (value := values.get(("tag", slug))) is not None:
            value.name = min(counts, key=lambda s: (-counts[s], s))
