"""Problems that only show across files."""

from __future__ import annotations

from pathlib import Path

from conftest import check_json, valid_profile, write


def test_duplicate_slug_across_folders(project: Path) -> None:
    write(project, "exemplars/2023/nguyen-thi-hoa.md", valid_profile("Nguyễn Thị Hoa"))
    write(project, "exemplars/2024/nguyen-thi-hoa.md", valid_profile("Nguyễn Thị Hoa (Đồng Lạc)"))
    write(project, "exemplars/2024/khac.md", valid_profile("Người khác", "slug: nguyen-thi-hoa\n"))
    code, problems = check_json(project)
    dups = sorted((p["file"], p["line"]) for p in problems if p["code"] == "GS401")
    assert dups == [("exemplars/2024/khac.md", 10), ("exemplars/2024/nguyen-thi-hoa.md", 1)]
    assert all("exemplars/2023/nguyen-thi-hoa.md" in str(p["message"]) for p in problems if p["code"] == "GS401")
    assert code == 1


def test_alias_taken_by_another_profile(project: Path) -> None:
    write(project, "exemplars/a.md", valid_profile("A", "aliases: [b]\n"))
    write(project, "exemplars/b.md", valid_profile("B"))
    code, problems = check_json(project)
    assert [(p["code"], p["file"], p["field"], p["line"]) for p in problems] == [("GS402", "exemplars/a.md", "aliases", 10)]
    assert code == 1


def test_same_person_year_and_award_twice_is_a_warning(project: Path) -> None:
    write(project, "exemplars/2024/hoa.md", valid_profile("Nguyễn Thị Hoa"))
    write(project, "exemplars/2024/hoa-2.md", valid_profile("NGUYỄN THỊ  HOA"))
    code, problems = check_json(project)
    assert [(p["code"], p["severity"], p["file"], p["line"]) for p in problems] == [
        ("GS403", "warning", "exemplars/2024/hoa.md", 2)
    ]
    assert code == 0


def test_same_person_other_year_is_fine(project: Path) -> None:
    write(project, "exemplars/2024/hoa.md", valid_profile("Nguyễn Thị Hoa"))
    write(project, "exemplars/2023/hoa.md", valid_profile("Nguyễn Thị Hoa", "slug: hoa-2023\n").replace("year: 2024", "year: 2023"))
    assert check_json(project) == (0, [])
