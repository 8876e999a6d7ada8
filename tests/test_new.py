"""`guongsang new` writes a valid profile, never overwrites, and says what is wrong."""

from __future__ import annotations

from pathlib import Path

from conftest import check_json, run_guongsang, valid_profile, write

FLAGS = [
    "--title", "Đặng Thị Hường", "--kind", "Cá nhân", "--unit", "Xã Đồng Lạc",
    "--sector", "an-sinh-xa-hoi", "--award-level", "Chính phủ", "--year", "2024",
    "--summary", "Mười năm vận động xây 42 căn nhà tình nghĩa: cho người nghèo.",
    "--award", "bang-khen-thu-tuong", "--decision", "456/QĐ-TTg", "--date", "2025-03-02",
]


def test_new_writes_a_valid_profile_named_by_slug(project: Path) -> None:
    result = run_guongsang("new", *FLAGS, cwd=project)
    assert result.returncode == 0, result.stderr
    path = project / "exemplars" / "2024" / "dang-thi-huong.md"
    text = path.read_text(encoding="utf-8")
    assert "kind: ca-nhan\n" in text and "unit: xa-dong-lac\n" in text and "award_level: chinh-phu\n" in text
    assert 'summary: "Mười năm vận động xây 42 căn nhà tình nghĩa: cho người nghèo."' in text
    assert "## Thành tích nổi bật" in text
    code, problems = check_json(project)  # valid; only the reminder that the guiding story is still to write
    assert (code, [(p["code"], p["severity"]) for p in problems]) == (0, [("GS120", "warning")])


def test_new_never_overwrites(project: Path) -> None:
    existing = write(project, "exemplars/2024/dang-thi-huong.md", valid_profile("Khác", "slug: khac\n"))
    before = existing.read_bytes()
    result = run_guongsang("new", *FLAGS, cwd=project)
    assert result.returncode == 1
    assert "không bao giờ ghi đè" in result.stderr
    assert existing.read_bytes() == before


def test_new_refuses_a_slug_already_taken(project: Path) -> None:
    write(project, "exemplars/2023/ba.md", valid_profile("Bà", "slug: dang-thi-huong\n"))
    result = run_guongsang("new", *FLAGS, cwd=project)
    assert result.returncode == 1 and "dang-thi-huong" in result.stderr
    assert not (project / "exemplars" / "2024" / "dang-thi-huong.md").exists()


def test_new_unknown_value_suggests(project: Path) -> None:
    flags = [*FLAGS]
    flags[flags.index("an-sinh-xa-hoi")] = "an sinh xa hoi"
    result = run_guongsang("new", *flags, cwd=project)
    assert result.returncode == 1
    assert 'Có phải ý bạn là "an-sinh-xa-hoi"?' in result.stderr
    assert not list((project / "exemplars").glob("*/*.md"))


def test_new_without_terminal_lists_missing_flags(project: Path) -> None:
    result = run_guongsang("new", "--title", "Lê Văn Tám", cwd=project, stdin="")
    assert result.returncode == 2
    assert "--kind" in result.stderr and "--summary" in result.stderr and "--title" not in result.stderr


def test_new_rejects_invalid_values_before_writing(project: Path) -> None:
    flags = [*FLAGS]
    flags[flags.index("Mười năm vận động xây 42 căn nhà tình nghĩa: cho người nghèo.")] = "x" * 301
    result = run_guongsang("new", *flags, cwd=project)
    assert result.returncode == 1 and "GS106" in result.stderr
    assert not list((project / "exemplars").glob("*/*.md"))
