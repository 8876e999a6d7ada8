"""abbreviations.yml: the package's list, extended and overridden entry by entry by a project's
exemplars/_vocab/abbreviations.yml, validated by `guongsang check` (GS701–GS704, file and line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, check_json, valid_profile, write
from guongsang.core.abbreviations import DEFAULTS, load_all
from guongsang.core.checkcache import run_key
from guongsang.core.vocab import load_all as load_vocabs

OWN = "exemplars/_vocab/abbreviations.yml"


def test_defaults_are_valid_and_tokens() -> None:
    found = load_all(REPO, REPO / "no-such-folder")
    assert found.problems == []
    assert found.table["UBND"] == "Ủy ban nhân dân" and found.table["TTg"] == "Thủ tướng Chính phủ"
    assert len(found.table) > 60
    assert found.sources == ("scripts/guongsang/defaults/abbreviations.yml",) or found.sources[0].endswith(DEFAULTS.name)


def test_project_file_extends_and_overrides(project: Path) -> None:
    write(project, OWN, "- abbr: UBND\n  name: Ủy ban\n- abbr: HTXDV\n  name: hợp tác xã dịch vụ\n")
    table = load_all(project, project / "exemplars" / "_vocab").table
    assert table["UBND"] == "Ủy ban"  # overridden
    assert table["HTXDV"] == "hợp tác xã dịch vụ"  # added
    assert table["HĐND"] == "Hội đồng nhân dân"  # kept from the package


BROKEN = {
    "not-yaml": ("- abbr: UBND\n  name: [\n", "GS701", 2),  # the line the bracket opens on
    "not-a-list": ("abbr: UBND\n", "GS701", 1),
    "no-name": ("- abbr: UBND\n  name: a\n- abbr: HTX\n  nam: hợp tác xã\n", "GS702", 3),
    "duplicate": ("- abbr: UBND\n  name: a\n- abbr: UBND\n  name: b\n", "GS703", 3),
    "not-a-token": ("- abbr: U B\n  name: a\n", "GS704", 1),
    "invisible": ("- abbr: UB\n  name: \"a\\u202eb\"\n", "GS704", 2),
}


@pytest.mark.parametrize("case", BROKEN)
def test_broken_file_is_reported_by_check(project: Path, case: str) -> None:
    text, code, line = BROKEN[case]
    write(project, "exemplars/2024/hoa.md", valid_profile())
    write(project, OWN, text)
    status, problems = check_json(project)
    assert status == 1
    ours = [p for p in problems if p["code"] == code]
    assert ours and ours[0]["file"] == OWN and ours[0]["line"] == line, problems
    assert all("Traceback" not in str(p["message"]) for p in problems)


def test_check_of_one_file_still_reports_the_abbreviations(project: Path) -> None:
    write(project, "exemplars/2024/hoa.md", valid_profile())
    write(project, OWN, "- abbr: UBND\n")
    status, problems = check_json(project, "exemplars/2024/hoa.md")
    assert status == 1 and [p["code"] for p in problems] == ["GS702"]


def test_the_check_cache_key_changes_with_the_abbreviations(project: Path) -> None:
    from datetime import date

    folder = project / "exemplars"
    before = run_key(project, folder, load_vocabs(project, folder), date(2026, 1, 1), 1)
    write(project, OWN, "- abbr: UBND\n  name: Ủy ban\n")
    after = run_key(project, folder, load_vocabs(project, folder), date(2026, 1, 1), 1)
    assert before != after
