"""Which published profiles a booklet or a poster shows: a section as the portal names it, a year, or slugs.

Only ``catalog.published`` is ever looked at, so drafts, future-dated and withdrawn profiles cannot
appear: the same rule as the portal.
"""

from __future__ import annotations

from dataclasses import dataclass

from guongsang.core.catalog import FACETS, Catalog
from guongsang.core.problems import did_you_mean
from guongsang.core.validate import Exemplar


class SelectionError(Exception):
    """A Vietnamese message saying what was asked for, and what can be asked for."""


@dataclass(frozen=True, slots=True)
class Selection:
    label: str  # what the cover says after the title: a section's name or "năm 2024"
    slug: str  # for the default file name: "linh-vuc-giao-duc", "nam-2024", a profile's slug
    exemplars: list[Exemplar]


def _choices(names: list[str], limit: int = 20) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" … (và {len(names) - limit} mục khác)" if len(names) > limit else "")


def by_section(catalog: Catalog, text: str) -> Selection:
    """``linh-vuc/giao-duc-dao-tao`` (as in the portal's addresses): facet slug / value id."""
    facets = {f.slug: f for f in FACETS}
    facet_slug, _, value_id = text.strip().strip("/").partition("/")
    facet = facets.get(facet_slug)
    if facet is None or not value_id:
        raise SelectionError(
            f"Chuyên mục «{text}» không đúng dạng <nhóm>/<mục> như trong địa chỉ của cổng, ví dụ "
            f"linh-vuc/giao-duc-dao-tao. Các nhóm: {', '.join(facets)}.")
    value = catalog.section(facet.key, value_id)
    if value is None:
        valid = [v.id for v in catalog.sections[facet.key]]
        guess = did_you_mean(value_id, valid)
        raise SelectionError(
            f"Không có chuyên mục «{facet_slug}/{value_id}» trên cổng (hoặc chưa có hồ sơ nào được đăng)."
            + (f" {guess}" if guess else "")
            + (f" Các mục của «{facet.label}»: {_choices(valid)}." if valid else f" «{facet.label}» chưa có mục nào."))
    return Selection(f"{facet.label}: {value.name}", f"{facet.slug}-{value.id}", list(value.members))


def by_year(catalog: Catalog, year: int) -> Selection:
    value = catalog.section("year", str(year))
    if value is None:
        years = [v.id for v in catalog.sections["year"]]
        raise SelectionError(f"Không có hồ sơ nào được đăng với năm khen thưởng {year}. "
                             f"Các năm có hồ sơ: {_choices(years) or 'chưa có'}.")
    return Selection(f"Năm {year}", f"nam-{year}", list(value.members))


def by_slugs(catalog: Catalog, slugs: list[str]) -> Selection:
    """Profiles named by slug, in the order given; a withdrawn, unpublished or unknown one is an error."""
    published = catalog.by_slug()
    withdrawn = {ex.slug for ex in catalog.withdrawn}
    withheld = {ex.slug for ex in catalog.withheld}
    chosen: list[Exemplar] = []
    for slug in slugs:
        ex = published.get(slug)
        if ex is None:
            if slug in withdrawn:
                raise SelectionError(f"Hồ sơ «{slug}» đã được gỡ khỏi cổng (withdrawn): không in được.")
            if slug in withheld:
                raise SelectionError(f"Hồ sơ «{slug}» chưa được đăng (bản nháp hoặc ngày đăng chưa tới): không in được.")
            guess = did_you_mean(slug, list(published))
            raise SelectionError(f"Không có hồ sơ «{slug}» trên cổng." + (f" {guess}" if guess else ""))
        if ex not in chosen:
            chosen.append(ex)
    slug = chosen[0].slug if len(chosen) == 1 else f"{chosen[0].slug}-va-{len(chosen) - 1}-ho-so-khac"
    return Selection(chosen[0].title if len(chosen) == 1 else f"{len(chosen)} hồ sơ", slug, chosen)
