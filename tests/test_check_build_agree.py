"""`check` and the build agree (issue 17, item 12): content that would make the build's writer refuse
(two outputs at one path, a file from outside exemplars/, a type the site must not serve) is reported
by `check` first, with code, file and line; the build then stops with exactly those problems, before
writing anything. Content that looks like a clash but is not one passes both.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import check_json, run_guongsang, valid_profile, write
from test_evidence_build import PDF, small_project

# case → (files to write: path → text or bytes, the (code, file, line) check and build must both report)
CASES: dict[str, tuple[dict[str, str | bytes], set[tuple[str, str, int]]]] = {
    "shared-alias": (
        {"exemplars/2024/a.md": valid_profile("A", "aliases: [ten-cu]\n"),
         "exemplars/2024/b.md": valid_profile("B", "aliases: [ten-cu]\n")},
        {("GS404", "exemplars/2024/b.md", 10)},
    ),
    "alias-shared-with-a-withdrawn-profile": (
        {"exemplars/2024/a.md": valid_profile("A", "aliases: [ten-cu]\nwithdrawn: true\n"),
         "exemplars/2024/b.md": valid_profile("B", "aliases: [ten-cu]\n")},
        {("GS404", "exemplars/2024/b.md", 10)},
    ),
    "alias-is-own-slug": (
        {"exemplars/2024/a.md": valid_profile("A", "aliases: [a]\n")},
        {("GS405", "exemplars/2024/a.md", 10)},
    ),
    "alias-twice": (
        {"exemplars/2024/a.md": valid_profile("A", "aliases: [ten-cu, ten-cu]\n")},
        {("GS405", "exemplars/2024/a.md", 10)},
    ),
    "evidence-into-content": (
        {"exemplars/2024/a.md": valid_profile("A", "evidence:\n  - title: Trang\n    file: ../../content/gioi-thieu.md\n")},
        {("GS312", "exemplars/2024/a.md", 12)},
    ),
    "evidence-named-index-html": (
        {"exemplars/2024/a.md": valid_profile("A", "evidence:\n  - title: Trang\n    file: index.html\n"),
         "exemplars/2024/index.html": "<!doctype html><title>x</title><script src=x.js></script>"},
        {("GS315", "exemplars/2024/a.md", 12)},
    ),
    "two-evidence-files-one-published-name": (
        {"exemplars/2024/a.md": valid_profile("A", "evidence:\n  - title: Một\n    file: Quyết định.pdf\n"
                                                   "  - title: Hai\n    file: quyet-dinh.pdf\n"),
         "exemplars/2024/Quyết định.pdf": PDF, "exemplars/2024/quyet-dinh.pdf": PDF + b"%\n"},
        {("GS317", "exemplars/2024/a.md", 14)},
    ),
}

PROBLEM_LINE = re.compile(r"^(exemplars/\S+):(\d+): lỗi (GS\d{3})", re.M)


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_reports_first_and_the_build_stops_with_the_same_problems(tmp_path: Path, case: str) -> None:
    files, expected = CASES[case]
    root = small_project(tmp_path / "du-an")
    for rel, text in files.items():
        write(root, rel, text)
    code, problems = check_json(root)
    assert code == 1
    assert {(p["code"], p["file"], p["line"]) for p in problems if p["severity"] == "error"} == expected
    result = run_guongsang("build", cwd=root)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert {(c, f, int(n)) for f, n, c in PROBLEM_LINE.findall(result.stderr)} == expected, result.stderr
    assert not (root / "site").exists()


def test_names_like_generated_files_are_no_clash(tmp_path: Path) -> None:
    """Evidence published next to a profile page cannot take the name of the page, its photos or its card;
    the same file listed twice is published once."""
    root = small_project(tmp_path / "du-an")
    names = ("index.html", "anh-0123456789-640.jpg", "chia-se-0123456789.jpg", "rss.xml")
    evidence = "".join(f"  - title: Tệp {i}\n    file: {name}\n" for i, name in enumerate((*names, names[0])))
    write(root, "exemplars/2024/a.md", valid_profile("A", "evidence:\n" + evidence))
    for i, name in enumerate(names):
        write(root, f"exemplars/2024/{name}", PDF + b"%" * i)  # PDF bytes, whatever the name says
    assert check_json(root) == (0, [])
    result = run_guongsang("build", cwd=root)
    assert result.returncode == 0, result.stderr
    folder = root / "site" / "guong-dien-hinh" / "a"
    assert "<html" in (folder / "index.html").read_text(encoding="utf-8")[:200].lower()
    for i, name in enumerate(names):
        stem = name.rsplit(".", 1)[0]
        assert (folder / f"minh-chung-{stem}.pdf").read_bytes() == PDF + b"%" * i
