"""Vocabularies are data an office edits; they are validated like profiles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, REPO, check_json, valid_profile, write
from guongsang.core.vocab import DEFAULTS_DIR, LABELS, load_all

# fixture folder → (file, code, line)
CASES = {
    "duplicate-id": ("units.yml", "GS502", 6),
    "unknown-parent": ("units.yml", "GS503", 3),
    "cycle": ("units.yml", "GS504", 1),
    "unknown-level": ("award_forms.yml", "GS507", 1),
    "duplicate-name": ("sectors.yml", "GS506", 4),
    "not-a-list": ("kinds.yml", "GS501", 1),
    "bad-id": ("campaigns.yml", "GS505", 1),
    "unknown-key": ("campaigns.yml", "GS102", 3),
    "award-parent-unknown": ("award_forms.yml", "GS510", 1),
    "award-parent-nested": ("award_forms.yml", "GS511", 8),
}


@pytest.mark.parametrize(("case", "expected"), sorted(CASES.items()))
def test_bad_vocabulary_is_reported(project: Path, case: str, expected: tuple[str, str, int]) -> None:
    name, code, line = expected
    shutil.copy(FIXTURES / "vocab" / case / name, project / "exemplars" / "_vocab" / name)
    exit_code, problems = check_json(project)
    found = [(p["file"], p["code"], p["line"]) for p in problems]
    assert (f"exemplars/_vocab/{name}", code, line) in found
    assert all(p["message"] for p in problems)
    if code != "GS102":
        assert exit_code == 1


def test_cycle_names_the_loop(project: Path) -> None:
    shutil.copy(FIXTURES / "vocab" / "cycle" / "units.yml", project / "exemplars" / "_vocab" / "units.yml")
    _, problems = check_json(project)
    loops = [p["message"] for p in problems if p["code"] == "GS504"]
    assert loops and all("→" in str(m) for m in loops)
    assert {p["line"] for p in problems if p["code"] == "GS504"} == {1, 4, 7}  # tinh-a, xa-b, xa-c; not xa-d


def test_defaults_are_valid_and_match_design() -> None:
    vocabs = load_all(REPO, REPO / "nonexistent")
    assert vocabs.problems == []
    assert set(vocabs.by_name) == set(LABELS)
    assert len(vocabs["sectors"]) == 14
    assert [t.id for t in vocabs["kinds"]] == ["ca-nhan", "tap-the", "ho-gia-dinh", "mo-hinh", "nhan-to-moi"]
    assert [t.id for t in vocabs["award_levels"]] == ["nha-nuoc", "chinh-phu", "bo-nganh-tinh", "huyen", "co-so"]
    for form in vocabs["award_forms"]:
        assert form.levels and set(form.levels) <= set(vocabs["award_levels"].terms)


@pytest.mark.parametrize(("written", "level"), [
    ("Tỉnh", "bo-nganh-tinh"), ("cấp tỉnh", "bo-nganh-tinh"), ("Bộ", "bo-nganh-tinh"), ("Ngành", "bo-nganh-tinh"),
    ("Xã", "co-so"), ("Phường", "co-so"), ("cấp xã", "co-so"), ("Cơ sở", "co-so"), ("Huyện", "huyen"),
])
def test_award_levels_as_a_list_from_a_commune_writes_them(written: str, level: str) -> None:
    """A "Cấp khen thưởng" column says "Tỉnh" or "Xã" as often as "Cấp tỉnh": each names its level."""
    assert load_all(REPO, REPO / "nonexistent")["award_levels"].resolve(written) == level


def test_project_file_replaces_default(project: Path) -> None:
    write(project, "exemplars/_vocab/kinds.yml", "- id: sinh-vien\n  name: Sinh viên\n")
    write(project, "exemplars/a.md", valid_profile())
    _, problems = check_json(project)
    assert [(p["code"], p["field"], p["hint"]) for p in problems] == [
        ("GS201", "kind", "Các giá trị hợp lệ: sinh-vien. Xem danh sách: guongsang danh-muc loai. "
         "Nếu chưa có, thêm mục mới vào exemplars/_vocab/kinds.yml."),
    ]


def test_sample_unit_tree_has_two_levels() -> None:
    vocabs = load_all(REPO, REPO / "exemplars")
    assert vocabs.problems == []
    units = vocabs["units"]
    assert len(units) >= 8
    roots = [t.id for t in units if t.parent is None]
    assert roots and all(vocabs.unit_ancestors(t.id) in ([], [t.parent]) for t in units)
    assert set(vocabs.unit_children(roots[0])) == {t.id for t in units if t.parent == roots[0]}
    assert DEFAULTS_DIR.is_dir()


SHARED_NAME_UNITS = """\
- id: tinh-a
  name: Tỉnh A
- id: tinh-b
  name: Tỉnh B
- id: xa-an-phu-a
  name: Xã An Phú
  parent: tinh-a
- id: xa-an-phu-b
  name: Xã An Phú
  parent: tinh-b
"""


def test_same_name_under_different_parents_is_allowed_but_ambiguous_in_profiles(project: Path) -> None:
    write(project, "exemplars/_vocab/units.yml", SHARED_NAME_UNITS)
    write(project, "exemplars/a.md", valid_profile("A").replace("unit: xa-tan-hoa", "unit: Xã An Phú"))
    write(project, "exemplars/b.md", valid_profile("B").replace("unit: xa-tan-hoa", "unit: xa-an-phu-b"))
    code, problems = check_json(project)
    assert [(p["file"], p["code"], p["field"], p["line"]) for p in problems] == [("exemplars/a.md", "GS204", "unit", 4)]
    assert problems[0]["hint"] == "Hãy ghi mã: xa-an-phu-a (Tỉnh A) hoặc xa-an-phu-b (Tỉnh B)."
    assert code == 1


def test_same_name_under_one_parent_is_an_error(project: Path) -> None:
    write(project, "exemplars/_vocab/units.yml", SHARED_NAME_UNITS.replace("parent: tinh-b", "parent: tinh-a"))
    _, problems = check_json(project)
    assert [(p["code"], p["line"]) for p in problems] == [("GS506", 9)]
