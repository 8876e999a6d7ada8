"""`guongsang demo` writes a complete, valid and reproducible synthetic project."""

from __future__ import annotations

from pathlib import Path

import frontmatter
from PIL import Image

from conftest import check_json, run_guongsang


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_demo_project_is_valid_and_complete(tmp_path: Path) -> None:
    dest = tmp_path / "demo"
    result = run_guongsang("demo", "--count", "120", str(dest), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Đã tạo 120 hồ sơ" in result.stderr
    assert (dest / "mkdocs.yml").is_file() and (dest / "content" / "index.md").is_file()
    assert check_json(dest) == (0, [])
    posts = [frontmatter.load(p) for p in (dest / "exemplars").glob("20*/*.md")]
    assert len(posts) == 120
    with_photo = [p for p in posts if "photo" in p.metadata]
    assert 20 <= len(with_photo) <= 60  # about a third
    for post in with_photo[:5]:
        assert post["consent"] is True and post["photo_alt"]
    photo = next((dest / "exemplars").glob("20*/*.jpg"))
    with Image.open(photo) as img:
        assert img.format == "JPEG" and img.size == (640, 800)
    words = sorted(len(p.content.split()) for p in posts)
    assert words[0] >= 100 and words[-1] > words[0] * 2  # varied length
    assert {p["kind"] for p in posts} == {"ca-nhan", "tap-the", "ho-gia-dinh", "mo-hinh", "nhan-to-moi"}


def test_demo_is_deterministic(tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert run_guongsang("demo", "-n", "30", "--seed", "7", str(tmp_path / name), cwd=tmp_path).returncode == 0
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")
    assert run_guongsang("demo", "-n", "30", "--seed", "8", str(tmp_path / "c"), cwd=tmp_path).returncode == 0
    assert _tree(tmp_path / "a") != _tree(tmp_path / "c")


def test_demo_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    dest = tmp_path / "full"
    dest.mkdir()
    (dest / "giu-lai.txt").write_text("x", encoding="utf-8")
    result = run_guongsang("demo", "-n", "5", str(dest), cwd=tmp_path)
    assert result.returncode == 2 and "đã có dữ liệu" in result.stderr and "Traceback" not in result.stderr
    assert [p.name for p in dest.iterdir()] == ["giu-lai.txt"]
