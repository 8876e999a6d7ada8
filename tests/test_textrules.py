"""Text that deceives, through the real command line: invisible and control characters refused in
names and warned in bodies, mixed-script words warned, terminal escapes never echoed raw by `check`,
slug-less tags refused, implausible dates refused, vocabulary names checked too."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import linearkit
from conftest import check_json, run_guongsang, valid_profile, write

ESC = "\x1b"
HOSTILE_TERMINAL = f"{ESC}]0;bi-chiem{ESC}\\{ESC}[2J{ESC}[31mĐỏ\u009b1m"


def codes(problems: list[dict[str, object]]) -> list[tuple[object, object, object]]:
    return [(p["code"], p["field"], p["line"]) for p in problems]


@pytest.mark.parametrize(("title", "code"), [
    ("Nguyễn Thị \u202eaoH", "GS130"),  # right-to-left override
    ("Nguyễn Thị\u2066 Hoa\u2069", "GS130"),  # isolates
    ("Nguyễn\u200b Thị Hoa", "GS130"),  # zero-width space
    ("Nguyễn Thị Hoa\u200f", "GS130"),  # right-to-left mark
    ("\ufeffNguyễn Thị Hoa", "GS130"),
    ("Nguyễn Thị Hoa\u2060", "GS130"),
    ("Nguyễn Thị \u061cHoa", "GS130"),
    ("Nguyễn Thị Hoa\u00ad", "GS130"),  # soft hyphen: any format character
    ('"Nguyễn Thị Hoa\\x07"', "GS130"),  # a bell, written with a YAML escape
])
def test_invisible_characters_are_refused_in_a_name(project: Path, title: str, code: str) -> None:
    write(project, "exemplars/2024/hoa.md", valid_profile(title))
    status, problems = check_json(project)
    assert status == 1 and codes(problems) == [(code, "title", 2)], problems
    assert "U+" in str(problems[0]["message"])


def test_every_single_line_field_and_tag_is_checked(project: Path) -> None:
    extra = ("author: Phòng\u200b Nội vụ\nphoto_alt: x\ndecision: 12/QĐ\u202e\ntags: [nông thôn mới, \"khuy\\u200bến học\"]\n"
             "evidence:\n  - title: Quyết định\u2067 khen\n    url: https://vanban.example.gov.vn/qd-1\n")
    write(project, "exemplars/2024/hoa.md", valid_profile("Nguyễn Thị Hoa", extra).replace(
        "summary: Nữ nông dân", "summary: Nữ\u200d nông dân"))
    status, problems = check_json(project)
    assert status == 1
    assert sorted(codes(problems)) == sorted([("GS130", "summary", 9), ("GS130", "author", 10), ("GS130", "decision", 12),
                                              ("GS130", "tags[2]", 13), ("GS130", "evidence[1].title", 15)]), problems


def test_a_body_gets_warnings_per_line(project: Path) -> None:
    body = "Dòng một bình thường.\nDòng hai có \u202eđảo chiều.\nDòng ba có ZWJ trong biểu tượng 👨\u200d👩\u200d👧 và gạch\u00admềm.\n"
    write(project, "exemplars/2024/hoa.md", valid_profile() + body)
    status, problems = check_json(project)
    assert status == 0 and codes(problems) == [("GS131", None, 14)], problems  # the body starts at line 12


def test_a_word_mixing_latin_and_cyrillic_is_warned(project: Path) -> None:
    write(project, "exemplars/2024/hoa.md", valid_profile("Nguy\u0435̃n Thị Hoa") + "Chị Hoa làm ở Nguy\u0435n Xá.\n")
    write(project, "exemplars/2024/ok.md", valid_profile("Trần Văn Γιώργος", "slug: ok\n") + "Ông học tiếng Nga (Россия) và Hy Lạp (Ελλάδα).\n")
    status, problems = check_json(project)
    assert status == 0, problems
    assert sorted(codes(problems), key=str) == [("GS132", "title", 2), ("GS132", None, 13)], problems
    assert all(p["file"] == "exemplars/2024/hoa.md" for p in problems)


@pytest.mark.parametrize("tag", ["!!!", "—", "🌾", "Россия"])
def test_a_tag_without_a_slug_is_an_error(project: Path, tag: str) -> None:
    write(project, "exemplars/2024/hoa.md", valid_profile(extra=f'tags: [nông thôn mới, "{tag}"]\n'))
    status, problems = check_json(project)
    assert status == 1 and codes(problems) == [("GS133", "tags[2]", 10)], problems


@pytest.mark.parametrize(("value", "ok"), [
    ("0001-01-01", False), ("1944-12-31", False), ("1945-01-01", True), ("2025-06-11T08:00+07:00", True),
    (f"{time.gmtime().tm_year + 1}-12-31", True), (f"{time.gmtime().tm_year + 2}-01-01", False), ("9999-12-31", False),
])
def test_a_date_outside_1945_to_next_year_is_an_error(project: Path, value: str, ok: bool) -> None:
    write(project, "exemplars/2024/hoa.md", valid_profile().replace("date: 2025-01-15", f"date: {value}"))
    status, problems = check_json(project)
    assert (status, codes(problems)) == ((0, []) if ok else (1, [("GS104", "date", 8)])), problems


def test_vocabulary_names_are_checked(project: Path) -> None:
    units = project / "exemplars" / "_vocab" / "units.yml"
    text = units.read_text(encoding="utf-8")
    assert "name: Xã Tân Hòa\n" in text
    units.write_text(text.replace("name: Xã Tân Hòa\n", "name: \"Xã Tân Hòa\\u202e\"\n"), encoding="utf-8")
    line = text.split("\n").index("  name: Xã Tân Hòa") + 1
    status, problems = check_json(project)
    assert status == 1 and ("GS509", "name", line) in codes(problems), problems
    assert problems[0]["file"] == "exemplars/_vocab/units.yml"


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_terminal_escapes_never_reach_checks_output_raw(project: Path, fmt: str) -> None:
    """NO_COLOR and a pipe: any ESC or C1 control in the output could only come from the values."""
    write(project, "exemplars/2024/hoa.md", valid_profile(json.dumps(HOSTILE_TERMINAL)).replace(
        "unit: xa-tan-hoa", f"unit: {json.dumps('xa' + HOSTILE_TERMINAL)}"))
    result = run_guongsang("check", "--format", fmt, cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    out = result.stdout + result.stderr
    assert "GS130" in out and "GS201" in out, out
    assert ESC not in out and "\u009b" not in out and "\x07" not in out
    assert "⟨U+001B⟩" in out  # shown, not hidden: the contributor sees what to remove


def test_json_output_escapes_every_control_and_bidi_character(project: Path) -> None:
    write(project, "exemplars/2024/hoa.md", valid_profile(json.dumps(HOSTILE_TERMINAL)).replace(
        "unit: xa-tan-hoa", f"unit: {json.dumps('xa' + HOSTILE_TERMINAL + chr(0x202E))}"))
    result = run_guongsang("check", "--format", "json", cwd=project)
    assert ESC not in result.stdout and "\u009b" not in result.stdout and "\u202e" not in result.stdout
    unit = next(p for p in json.loads(result.stdout) if p["code"] == "GS201")
    assert "xa" + HOSTILE_TERMINAL + "\u202e" in str(unit["message"])  # the data itself is intact


def test_scans_are_linear() -> None:
    """A body and a name four times as long take at most 8 times as long (tests/linearkit.py)."""
    from guongsang.core.textrules import body_problems, field_problems

    def scan(text: str) -> None:
        body_problems("x.md", (text + "\n") * 4, 1)
        field_problems("x.md", 1, "title", text.replace(" ", "") + "е")

    ratio, seen = linearkit.ratio(scan, lambda n: "Nguyễn Thị Hoa Ελλάδα e\u200d " * n, (1_000, 2_500, 5_000))
    assert ratio <= linearkit.MAX_RATIO, seen


@pytest.mark.parametrize(("text", "shown"), [
    ("a\x1b[31mb", "a⟨U+001B⟩[31mb"), ("x\ry", "x⟨U+000D⟩y"), ("\u202eabc", "⟨U+202E⟩abc"), ("\x9b", "⟨U+009B⟩"),
    ("Nguyễn Thị Hoa\nGợi ý\tmột", "Nguyễn Thị Hoa\nGợi ý\tmột"),
])
def test_terminal_safe_table(text: str, shown: str) -> None:
    from guongsang.core.textrules import terminal_safe

    assert terminal_safe(text) == shown
