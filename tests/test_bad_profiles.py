"""Every class of bad input → the right code, field and line, in `check --format json`.

One fixture file per case in tests/fixtures/profiles/; all of them are checked in
one real run of the command line, then each row of the table is looked up.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from conftest import FIXTURES, REPO, check_json

# fixture file → (code, field, line) it must produce; the only error(s) in that file.
CASES: dict[str, list[tuple[str, str | None, int]]] = {
    "empty.md": [("GS002", None, 1)],
    "whitespace-only.md": [("GS002", None, 1)],
    "not-utf8.md": [("GS001", None, 2)],
    "no-front-matter.md": [("GS003", None, 1)],
    "unclosed-front-matter.md": [("GS006", None, 1)],
    "invalid-yaml.md": [("GS004", None, 9)],
    "tab-indent.md": [("GS004", None, 11)],
    "unhashable-key.md": [("GS004", None, 2)],
    "python-tag.md": [("GS004", None, 10)],
    "front-matter-not-mapping.md": [("GS005", None, 1)],
    "missing-summary.md": [("GS101", "summary", 1)],
    "missing-title.md": [("GS101", "title", 1)],
    "empty-title.md": [("GS106", "title", 2)],
    "list-for-string.md": [("GS103", "title", 2)],
    "title-boolean.md": [("GS103", "title", 2)],
    "year-in-words.md": [("GS103", "year", 7)],
    "year-boolean.md": [("GS103", "year", 7)],
    "year-too-old.md": [("GS104", "year", 7)],
    "year-too-new.md": [("GS104", "year", 7)],
    "impossible-date.md": [("GS105", "date", 8)],
    "date-in-words.md": [("GS105", "date", 8)],
    "summary-too-long.md": [("GS106", "summary", 9)],
    "author-too-long.md": [("GS106", "author", 10)],
    "tags-not-list.md": [("GS103", "tags", 10)],
    "draft-not-bool.md": [("GS103", "draft", 10)],
    "evidence-not-list.md": [("GS103", "evidence", 10)],
    "bad-slug.md": [("GS107", "slug", 10)],
    "bad-alias.md": [("GS107", "aliases[2]", 10)],
    "unknown-sector.md": [("GS201", "sector", 5)],
    "unknown-kind.md": [("GS201", "kind", 3)],
    "unknown-unit.md": [("GS201", "unit", 4)],
    "unknown-award-level.md": [("GS201", "award_level", 6)],
    "unknown-campaign.md": [("GS201", "campaign", 10)],
    "award-level-mismatch.md": [("GS202", "award", 10)],
    "photo-missing.md": [("GS301", "photo", 10)],
    "photo-outside-repo.md": [("GS302", "photo", 10)],
    "photo-absolute.md": [("GS302", "photo", 10)],
    "photo-url.md": [("GS302", "photo", 10)],
    "photo-without-alt.md": [("GS108", "photo_alt", 10)],
    "evidence-file-missing.md": [("GS301", "evidence[1].file", 12)],
    "evidence-file-outside.md": [("GS302", "evidence[1].file", 12)],
    "evidence-bad-url.md": [("GS110", "evidence[1].url", 12)],
    "evidence-no-target.md": [("GS109", "evidence[2]", 13)],
    "duplicate-key.md": [("GS113", "year", 10)],
}

# warnings: the file still builds, but the office should look at it
WARNING_CASES: dict[str, tuple[str, str | None, int]] = {
    "unknown-key.md": ("GS102", "tieu_de", 10),
    "unknown-key-typo.md": ("GS102", "sumary", 10),
    "district-after-reform.md": ("GS203", "award_level", 6),
    "empty-body.md": ("GS112", None, 11),
    "Tên Tệp Có Dấu.md": ("GS111", "slug", 1),
}

HINTS = {
    "unknown-sector.md": 'Có phải ý bạn là "giao-duc-dao-tao"? Xem danh sách: guongsang danh-muc linh-vuc. '
                         "Nếu chưa có, tạo tệp exemplars/_vocab/sectors.yml (chép từ danh mục mặc định) rồi thêm mục mới.",
    "unknown-unit.md": 'Có phải ý bạn là "xa-tan-hoa"? Xem danh sách: guongsang danh-muc don-vi. '
                       "Nếu chưa có, thêm mục mới vào exemplars/_vocab/units.yml.",
    "unknown-award-level.md": 'Có phải ý bạn là "bo-nganh-tinh"? Xem danh sách: guongsang danh-muc cap-khen-thuong. '
                              "Nếu chưa có, tạo tệp exemplars/_vocab/award_levels.yml (chép từ danh mục mặc định) rồi thêm mục mới.",
    "unknown-campaign.md": 'Có phải ý bạn là "dan-van-kheo"? Xem danh sách: guongsang danh-muc phong-trao. '
                           "Nếu chưa có, thêm mục mới vào exemplars/_vocab/campaigns.yml.",
    "unknown-key.md": 'Có phải ý bạn là "title"?',
    "unknown-key-typo.md": 'Có phải ý bạn là "summary"?',
}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict[str, list[dict[str, object]]]]:
    root = tmp_path_factory.mktemp("bad") / "du-an"
    folder = root / "exemplars" / "2024"
    folder.mkdir(parents=True)
    shutil.copytree(REPO / "exemplars" / "_vocab", root / "exemplars" / "_vocab")
    for fixture in (FIXTURES / "profiles").iterdir():
        shutil.copy(fixture, folder / fixture.name)
    Image.new("RGB", (8, 8)).save(folder / "anh-mau.jpg")  # photo-without-alt points here
    code, problems = check_json(root)
    by_file: dict[str, list[dict[str, object]]] = {}
    for p in problems:
        by_file.setdefault(str(p["file"]), []).append(p)
    return code, by_file


def test_every_fixture_is_in_a_table() -> None:
    from test_evidence import CASES as FILE_CASES  # files a profile publishes: checked there, with their files

    names = {p.name for p in (FIXTURES / "profiles").iterdir()}
    assert names == set(CASES) | set(WARNING_CASES) | set(FILE_CASES)


def test_bad_input_exits_one(report: tuple[int, dict[str, list[dict[str, object]]]]) -> None:
    assert report[0] == 1


@pytest.mark.parametrize(("fixture", "expected"), sorted(CASES.items()))
def test_error_names_code_field_and_line(
    report: tuple[int, dict[str, list[dict[str, object]]]], fixture: str, expected: list[tuple[str, str | None, int]]
) -> None:
    problems = report[1].get(f"exemplars/2024/{fixture}", [])
    errors = {(p["code"], p["field"], p["line"]) for p in problems if p["severity"] == "error"}
    assert errors == set(expected)
    for p in problems:
        assert p["message"] and isinstance(p["line"], int)
    if fixture in HINTS:
        assert any(p["hint"] == HINTS[fixture] for p in problems)


@pytest.mark.parametrize(("fixture", "expected"), sorted(WARNING_CASES.items()))
def test_warning_names_code_field_and_line(
    report: tuple[int, dict[str, list[dict[str, object]]]], fixture: str, expected: tuple[str, str | None, int]
) -> None:
    problems = report[1].get(f"exemplars/2024/{fixture}", [])
    assert [(p["code"], p["field"], p["line"]) for p in problems] == [expected]
    assert problems[0]["severity"] == "warning"
    if fixture in HINTS:
        assert problems[0]["hint"] == HINTS[fixture]


def test_messages_are_vietnamese_nfc(report: tuple[int, dict[str, list[dict[str, object]]]]) -> None:
    import unicodedata

    for problems in report[1].values():
        for p in problems:
            for key in ("message", "hint"):
                text = p[key]
                if text:
                    assert unicodedata.is_normalized("NFC", str(text))
            assert not str(p["message"]).isascii(), p  # said in Vietnamese, not passed through in English


def test_paths_in_json_are_relative_with_slashes(report: tuple[int, dict[str, list[dict[str, object]]]]) -> None:
    for file in report[1]:
        assert not Path(file).is_absolute()
        assert "\\" not in file
        assert file.startswith("exemplars/2024/")


def test_missing_photo_suggests_a_close_file_of_the_same_type(project: Path) -> None:
    from conftest import valid_profile, write

    folder = project / "exemplars" / "2024"
    write(project, "exemplars/2024/nguyen-thi-hoa.md", valid_profile(extra="photo: nguyen-thi-hao.jpg\nphoto_alt: Chân dung\nconsent: true\n"))
    Image.new("RGB", (8, 8)).save(folder / "nguyen-thi-hoa.jpg")
    _, problems = check_json(project)
    assert [(p["code"], p["hint"]) for p in problems] == [("GS301", 'Có phải ý bạn là "nguyen-thi-hoa.jpg"?')]
