"""Counts of published exemplars by unit, sector, award level, kind and year, and units below quota.

The numbers are the portal's: the same catalog (drafts and future dates left out), and a unit
counts its own exemplars and those of the units under it, as its section does.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from guongsang.core.catalog import FACET_BY_KEY, Catalog
from guongsang.core.validate import Exemplar
from guongsang.outputs.reports.quotas import Quota

GROUPS = ("sector", "award_level", "kind", "year", "unit")


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    name: str
    count: int  # for units: with the units under it, as on the portal
    direct: int | None = None  # units only: its own exemplars
    depth: int = 0  # units only: place in the tree


@dataclass(frozen=True, slots=True)
class Group:
    key: str
    label: str
    rows: list[Row]


@dataclass(frozen=True, slots=True)
class Shortfall:
    unit_id: str
    unit: str
    unit_type: str
    year: int
    count: int
    required: int


@dataclass(slots=True)
class Report:
    year: int | None
    total: int
    groups: list[Group] = field(default_factory=list)
    shortfalls: list[Shortfall] = field(default_factory=list)
    quota_years: list[int] = field(default_factory=list)


def build_report(catalog: Catalog, quotas: list[Quota], year: int | None = None) -> Report:
    chosen = [ex for ex in catalog.published if year is None or ex.profile.year == year]
    report = Report(year, len(chosen))
    for key in GROUPS:
        counts: Counter[str] = Counter()
        for ex in chosen:
            counts.update(v.id for v in catalog.values_of(ex, key))
        if key == "unit":
            rows = _unit_rows(catalog, chosen, counts)
        else:
            rows = [Row(v.id, v.name, counts[v.id]) for v in catalog.sections[key] if counts[v.id]]
        report.groups.append(Group(key, FACET_BY_KEY[key].label, rows))
    years = [year] if year is not None else sorted({ex.profile.year for ex in catalog.published})
    report.quota_years = years if quotas else []
    report.shortfalls = _shortfalls(catalog, quotas, years)
    return report


def _with_ancestors(catalog: Catalog, exemplars: list[Exemplar]) -> Counter[str]:
    total: Counter[str] = Counter()
    for ex in exemplars:
        unit = ex.profile.unit
        total.update([unit, *catalog.vocabs.unit_ancestors(unit)])
    return total


def _unit_rows(catalog: Catalog, chosen: list[Exemplar], direct: Counter[str]) -> list[Row]:
    total = _with_ancestors(catalog, chosen)
    names = catalog.vocabs["units"].terms
    return [Row(unit_id, names[unit_id].name, total[unit_id], direct[unit_id], depth)
            for unit_id, depth in catalog.vocabs.unit_tree() if total[unit_id]]


def _shortfalls(catalog: Catalog, quotas: list[Quota], years: list[int]) -> list[Shortfall]:
    if not quotas:
        return []
    required = {q.unit_type: q.per_year for q in quotas}
    by_year = {y: _with_ancestors(catalog, [ex for ex in catalog.published if ex.profile.year == y]) for y in years}
    out = []
    for term in catalog.vocabs["units"]:
        need = required.get(term.type or "")
        if need is None:
            continue
        for y in years:
            have = by_year[y][term.id]
            if have < need:
                out.append(Shortfall(term.id, term.name, term.type or "", y, have, need))
    return out
