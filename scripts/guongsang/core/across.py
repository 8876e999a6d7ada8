"""Checks across profiles (duplicate slugs and aliases, the same award twice), on a few facts per profile.

They run on :class:`Facts` rather than whole exemplars so that `check` can run them over results it
kept in its cache (core/checkcache.py) without validating, or even importing the model, again.
Each check is one pass with dictionaries: linear in the number of profiles.
"""

from __future__ import annotations

from dataclasses import dataclass

from guongsang.core.problems import Problem, problem


@dataclass(frozen=True, slots=True)
class Facts:
    """What the checks across profiles need from one valid profile."""

    slug: str
    source: str  # the profile's file, relative to the project root
    slug_line: int
    aliases_line: int
    title_line: int
    aliases: tuple[str, ...]
    title: str
    title_key: str  # loose_key(title): the same title in another spelling is the same title
    year: int
    award: str  # the award form, or the award level when there is none


def check(profiles: list[Facts]) -> list[Problem]:
    """Problems that only show across files, in a stable order (by profile, then by check)."""
    problems: list[Problem] = []
    owners: dict[str, Facts] = {}
    for ex in profiles:
        first = owners.setdefault(ex.slug, ex)
        if first is not ex:
            problems.append(problem(
                "GS401", ex.source, ex.slug_line, "slug",
                f"Slug «{ex.slug}» đã được dùng bởi {first.source}; hai hồ sơ không thể có cùng địa chỉ.",
                f"Đặt `slug: {ex.slug}-2` (hoặc một slug khác) cho một trong hai hồ sơ.",
            ))
    for ex in profiles:
        for alias in ex.aliases:
            other = owners.get(alias)
            if other is not None and other is not ex:
                problems.append(problem(
                    "GS402", ex.source, ex.aliases_line, "aliases",
                    f"Tên cũ «{alias}» trùng với slug của {other.source}.",
                    "Xóa tên cũ này: địa chỉ đó đang thuộc về hồ sơ khác.",
                ))
    problems.extend(_alias_clashes(profiles, owners))
    seen: dict[tuple[str, int, str], Facts] = {}
    for ex in profiles:
        first = seen.setdefault((ex.title_key, ex.year, ex.award), ex)
        if first is not ex:
            problems.append(problem(
                "GS403", ex.source, ex.title_line, "title",
                f"«{ex.title}» năm {ex.year} với cùng hình thức khen thưởng đã có ở {first.source}.",
                "Nếu là cùng một điển hình, hãy gộp hai hồ sơ; nếu khác người trùng tên, bỏ qua cảnh báo này.",
            ))
    return problems


def _alias_clashes(profiles: list[Facts], owners: dict[str, Facts]) -> list[Problem]:
    """Each old slug gets one redirect page: two profiles (or one, twice) claiming it would write two files at one path."""
    problems: list[Problem] = []
    claimed: dict[str, Facts] = {}
    for ex in profiles:
        mine: set[str] = set()
        for alias in ex.aliases:
            if alias == ex.slug or alias in mine:
                what = "chính slug của hồ sơ này" if alias == ex.slug else "được ghi hai lần"
                problems.append(problem(
                    "GS405", ex.source, ex.aliases_line, "aliases", f"Tên cũ «{alias}» là {what}.",
                    "Xóa dòng tên cũ đó: mỗi tên cũ chỉ ghi một lần và khác slug hiện tại.",
                ))
                continue
            mine.add(alias)
            first = claimed.setdefault(alias, ex)
            if first is not ex and alias not in owners:
                problems.append(problem(
                    "GS404", ex.source, ex.aliases_line, "aliases",
                    f"Tên cũ «{alias}» cũng là tên cũ của {first.source}; địa chỉ cũ chỉ chuyển được tới một trang.",
                    "Giữ tên cũ này ở đúng hồ sơ từng dùng địa chỉ đó, xóa ở hồ sơ kia.",
                ))
    return problems
