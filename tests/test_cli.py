"""The `check` command line: output formats, exit codes, path filters; never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_guongsang, valid_profile, write

PUBLIC_KEYS = {"code", "severity", "file", "line", "field", "message", "hint"}


def _one_bad_one_warning(project: Path) -> None:
    write(project, "exemplars/2024/tot.md", valid_profile("Tốt", "tieu_de: x\n"))
    write(project, "exemplars/2025/xau.md", valid_profile("Xấu").replace("sector: nong-nghiep-nong-thon-moi", "sector: y te"))


def test_json_output_shape(project: Path) -> None:
    _one_bad_one_warning(project)
    result = run_guongsang("check", "--format", "json", cwd=project)
    assert result.returncode == 1
    problems = json.loads(result.stdout)  # nothing but JSON on stdout
    assert isinstance(problems, list) and len(problems) == 2
    for p in problems:
        assert set(p) == PUBLIC_KEYS
        assert p["severity"] in ("error", "warning")
        assert isinstance(p["line"], int) and p["line"] >= 1
        assert p["code"].startswith("GS") and len(p["code"]) == 5
    assert [(p["file"], p["code"], p["hint"]) for p in problems] == [
        ("exemplars/2024/tot.md", "GS102", 'Có phải ý bạn là "title"?'),
        ("exemplars/2025/xau.md", "GS201", 'Có phải ý bạn là "y-te"? Xem danh sách: guongsang danh-muc linh-vuc. '
         "Nếu chưa có, tạo tệp exemplars/_vocab/sectors.yml (chép từ danh mục mặc định) rồi thêm mục mới."),
    ]
    assert "1 lỗi, 1 cảnh báo" in result.stderr


def test_empty_json_is_an_empty_array(project: Path) -> None:
    write(project, "exemplars/a.md", valid_profile())
    result = run_guongsang("check", "--format", "json", cwd=project)
    assert (result.returncode, json.loads(result.stdout)) == (0, [])


def test_text_output(project: Path) -> None:
    _one_bad_one_warning(project)
    result = run_guongsang("check", cwd=project)
    assert result.returncode == 1
    assert "exemplars/2025/xau.md:5: lỗi GS201 sector: Lĩnh vực «y te» không có trong danh mục." in result.stdout
    assert 'gợi ý: Có phải ý bạn là "y-te"?' in result.stdout
    assert "exemplars/2024/tot.md:10: cảnh báo GS102" in result.stdout
    assert "Đã kiểm tra 2 hồ sơ: 1 lỗi, 1 cảnh báo." in result.stdout
    assert "\x1b[" not in result.stdout  # no colour codes when not on a terminal


def test_github_annotations(project: Path) -> None:
    _one_bad_one_warning(project)
    result = run_guongsang("check", "--format", "github", cwd=project)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("::warning file=exemplars/2024/tot.md,line=10,title=GS102 tieu_de::")
    assert lines[1].startswith("::error file=exemplars/2025/xau.md,line=5,title=GS201 sector::Lĩnh vực «y te»")
    assert "%0ACó phải ý bạn là" in lines[1]
    assert len(lines) == 2 and result.returncode == 1


def test_warnings_only_exit_zero_unless_strict(project: Path) -> None:
    write(project, "exemplars/a.md", valid_profile("A", "tieu_de: x\n"))
    assert run_guongsang("check", cwd=project).returncode == 0
    assert run_guongsang("check", "--strict", cwd=project).returncode == 1


def test_paths_limit_what_is_reported_but_not_what_is_read(project: Path) -> None:
    _one_bad_one_warning(project)
    write(project, "exemplars/2024/trung.md", valid_profile("Trùng", "slug: xau\n"))
    result = run_guongsang("check", "--format", "json", "exemplars/2024", cwd=project)
    problems = json.loads(result.stdout)
    assert {p["file"] for p in problems} == {"exemplars/2024/tot.md"}
    assert result.returncode == 0
    result = run_guongsang("check", "--format", "json", "exemplars/2025/xau.md", cwd=project)
    assert {p["code"] for p in json.loads(result.stdout)} == {"GS201"}


def test_finds_project_from_a_subfolder_and_with_root(project: Path, tmp_path: Path) -> None:
    write(project, "exemplars/2024/a.md", valid_profile())
    assert run_guongsang("check", cwd=project / "exemplars" / "2024").returncode == 0
    assert run_guongsang("check", "--root", str(project), cwd=tmp_path).returncode == 0


def test_no_project_is_a_clear_message(tmp_path: Path) -> None:
    empty = tmp_path / "trong"
    empty.mkdir()
    result = run_guongsang("check", cwd=empty)
    assert result.returncode == 2
    assert "Không tìm thấy thư mục exemplars/" in result.stderr
    assert "Traceback" not in result.stderr


def test_path_outside_project_is_refused(project: Path, tmp_path: Path) -> None:
    result = run_guongsang("check", str(tmp_path), cwd=project)
    assert result.returncode == 2
    assert "không nằm trong dự án" in result.stderr


def test_unreadable_vocabulary_is_reported_not_raised(project: Path) -> None:
    write(project, "exemplars/_vocab/units.yml", b"- id: a\n  name: \xff\xfe\n")
    write(project, "exemplars/a.md", valid_profile())
    result = run_guongsang("check", "--format", "json", cwd=project)
    codes = [(p["file"], p["code"]) for p in json.loads(result.stdout)]
    assert ("exemplars/_vocab/units.yml", "GS001") in codes
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_usage_errors_are_vietnamese(project: Path) -> None:
    cases = [
        (["check", "--format", "xml"], "các giá trị hợp lệ: text, json, github"),
        (["check", "--strct"], "Không có tùy chọn --strct. Có phải ý bạn là"),
        (["check", "khong/co/thu/muc"], "Không tìm thấy khong/co/thu/muc."),
        (["demo", "--count", "0", "x"], "phải là số nguyên từ 1 đến 200000"),
        (["zalo", "publish", "--limit", "0"], "phải là số nguyên từ 1 trở lên"),
        (["kiem-tra"], "Không có lệnh này. Các lệnh: build, check, danh-muc, demo, import, new, print, radio, report, schema, serve, zalo."),
    ]
    for args, expected in cases:
        result = run_guongsang(*args, cwd=project)
        assert result.returncode == 2, args
        assert expected in result.stderr, result.stderr
        assert "Usage:" not in result.stderr and "Error:" not in result.stderr and "Traceback" not in result.stderr
