"""`check` validates half of a large project in a forked process: the result must not depend on it."""

from __future__ import annotations

from pathlib import Path

from conftest import copy_project, valid_profile, write
from guongsang.core.project import Project, check_project


def test_two_processes_find_exactly_what_one_finds(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    write(project, "exemplars/2025/loi-nam.md", valid_profile("Hồ sơ lỗi").replace("year: 2024", "year: hai"))
    write(project, "exemplars/2025/trung-ten.md", valid_profile("Nguyễn Thị Hoa"))
    write(project, "exemplars/2025/trung-ten-2.md", valid_profile("Nguyễn Thị Hoa", "slug: trung-ten\n"))
    site = Project.at(project)
    serial = check_project(site)
    parallel = check_project(site, workers=2, parallel_from=2)
    assert parallel.files == serial.files > 40
    assert parallel.problems == serial.problems
    assert {p.code for p in serial.problems} >= {"GS103", "GS401"}  # per-file and across-files problems both seen
    assert [ex.source for ex in parallel.exemplars] == [ex.source for ex in serial.exemplars]
    assert [ex.profile for ex in parallel.exemplars] == [ex.profile for ex in serial.exemplars]
