"""`check` keeps per-file results in .cache/guongsang/check/: what it says must never depend on that.

Each test runs the real `guongsang check` (kept results used) and compares it with the same check
without a cache folder, after edits a kept result depends on. File times must be a little older than
the run for a result to be kept (core/checkcache.py: RECENT_NS), hence ``settle()`` after writing.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from conftest import copy_project, run_guongsang, valid_profile, write
from guongsang.core.checkcache import RECENT_NS
from guongsang.core.problem_output import render_json
from guongsang.core.project import Project, check_project

CACHE = Path(".cache/guongsang/check")


def settle() -> None:
    """Let the files just written become old enough for their results to be kept (not a timing assertion)."""
    time.sleep(RECENT_NS / 1e9 + 0.2)


def jpeg(width: int, height: int, colour: str = "green") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "JPEG")
    return out.getvalue()


def uncached(root: Path) -> tuple[int, str]:
    """Exit code and JSON of a check that keeps nothing (the same pass without a cache folder)."""
    result = check_project(replace(Project.at(root), cache_dir=None), exemplars=False)
    return (1 if result.errors else 0), render_json(result.problems)


def cached(root: Path) -> tuple[int, str]:
    result = run_guongsang("check", "--format", "json", cwd=root)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, result.stdout


def assert_same(root: Path) -> list[str]:
    """The cached check says exactly what the uncached one says; the codes it said, and "code file" of each."""
    got = cached(root)
    assert got == uncached(root)
    found = json.loads(got[1])
    return [p["code"] for p in found] + [f"{p['code']} {p['file']}" for p in found]


def shards(root: Path) -> list[Path]:
    found = sorted((root / CACHE).glob("results-*.json"))
    assert found
    return found


def kept_files(root: Path) -> set[str]:
    return {rel for shard in shards(root) for rel in json.loads(shard.read_text(encoding="utf-8"))["files"]}


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """The sample with profiles that have problems of every kind: per file, across files, files they point to."""
    root = copy_project(tmp_path / "du-an")
    write(root, "exemplars/2025/loi-nam.md", valid_profile("Hồ sơ lỗi").replace("year: 2024", "year: hai"))
    write(root, "exemplars/2025/trung-ten.md", valid_profile("Nguyễn Thị Hoa"))
    write(root, "exemplars/2025/trung-ten-2.md", valid_profile("Nguyễn Thị Hoa", "slug: trung-ten\n"))
    photo = "photo: {}\nphoto_alt: Ảnh chân dung\nconsent: true\n"
    write(root, "exemplars/2025/thieu-anh.md", valid_profile("Thiếu Ảnh", photo.format("anh-thieu.jpg")))
    write(root, "exemplars/2025/anh-lon.md", valid_profile("Ảnh Lớn", photo.format("anh-lon.jpg")))
    write(root, "exemplars/2025/anh-lon.jpg", jpeg(1300, 1000))
    write(root, "exemplars/2025/anh-doi.md", valid_profile("Ảnh Đổi", photo.format("anh/doi.jpg")))
    write(root, "exemplars/2025/anh/doi.jpg", jpeg(900, 700))
    settle()
    return root


def test_cached_results_are_the_uncached_ones_and_are_kept(hostile: Path) -> None:
    first = cached(hostile)  # no cache yet: validates every file, keeps the results
    assert shards(hostile)
    profiles = {p.relative_to(hostile).as_posix() for p in (hostile / "exemplars").rglob("*.md") if "_vocab" not in p.parts}
    assert kept_files(hostile) == profiles
    codes = assert_same(hostile)  # from kept results
    assert first == cached(hostile)
    assert {"GS103", "GS401", "GS301"} <= set(codes)
    text = run_guongsang("check", cwd=hostile)
    shutil.rmtree(hostile / ".cache")
    again = run_guongsang("check", cwd=hostile)
    assert (text.returncode, text.stdout) == (again.returncode, again.stdout)


def test_edits_each_result_depends_on(hostile: Path) -> None:
    cached(hostile)
    # the profile's own bytes
    path = hostile / "exemplars/2025/loi-nam.md"
    path.write_text(path.read_text(encoding="utf-8").replace("year: hai", "year: 2024"), encoding="utf-8")
    assert "GS103" not in assert_same(hostile)
    # a vocabulary: the unit every test profile names is renamed
    units = hostile / "exemplars/_vocab/units.yml"
    assert "- id: xa-tan-hoa\n" in units.read_text(encoding="utf-8")
    units.write_text(units.read_text(encoding="utf-8").replace("- id: xa-tan-hoa\n", "- id: xa-tan-hoa-moi\n"),
                     encoding="utf-8")
    assert "GS201" in assert_same(hostile)
    units.write_text(units.read_text(encoding="utf-8").replace("- id: xa-tan-hoa-moi\n", "- id: xa-tan-hoa\n"),
                     encoding="utf-8")
    assert "GS201" not in assert_same(hostile)
    settle()
    # a photo a profile points to, rewritten as broken bytes
    assert not any(c.endswith("anh-doi.md") for c in assert_same(hostile))
    write(hostile, "exemplars/2025/anh/doi.jpg", b"\xff\xd8\xff" + b"hong" * 100)
    assert "GS304 exemplars/2025/anh-doi.md" in assert_same(hostile)  # not an image Pillow can read
    # the missing photo appears (the folder's listing changed)
    settle()
    cached(hostile)
    write(hostile, "exemplars/2025/anh-thieu.jpg", jpeg(900, 700))
    assert "GS301" not in assert_same(hostile)


def test_max_pixels_in_mkdocs_yml(hostile: Path) -> None:
    assert "GS305" not in assert_same(hostile)
    config = hostile / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      page_size: 24\n" in text
    config.write_text(text.replace("      page_size: 24\n", "      page_size: 24\n      max_pixels: 1000000\n"),
                      encoding="utf-8")
    assert "GS305" in assert_same(hostile)


def test_delete_and_rename(hostile: Path) -> None:
    assert "GS401" in assert_same(hostile)
    (hostile / "exemplars/2025/trung-ten-2.md").unlink()
    assert "GS401" not in assert_same(hostile)
    assert "exemplars/2025/trung-ten-2.md" not in kept_files(hostile)
    (hostile / "exemplars/2025/loi-nam.md").rename(hostile / "exemplars/2025/Loi Nam.md")
    codes = assert_same(hostile)
    assert "GS111" in codes  # the file name is no slug: a result only the new name has


def test_a_damaged_cache_is_ignored(hostile: Path) -> None:
    expected = uncached(hostile)
    cached(hostile)
    damage = [  # every kind of damage to an entry, written in place (the same file, so not "foreign")
        lambda entry: entry.__setitem__(1, [["GS999", "error", "x", 5, None, "m", None]]),
        lambda entry: entry.__setitem__(1, [["GS103", "error", "x", "5", None, "m", None]]),
        lambda entry: entry.__setitem__(2, ["slug", "x", 1, 1, 1, ["a"], None, "k", "2024", "a"]),
        lambda entry: entry.__setitem__(2, 7),
        lambda entry: entry.__setitem__(3, "nothing"),
        lambda entry: entry.__setitem__(0, None),
        lambda entry: entry.pop(),
    ]
    i = 0
    for shard in shards(hostile):
        data = json.loads(shard.read_text(encoding="utf-8"))
        for entry in data["files"].values():
            damage[i % len(damage)](entry)
            i += 1
        with open(shard, "r+", encoding="utf-8") as fh:
            fh.write(json.dumps(data))
            fh.truncate()
    assert cached(hostile) == expected
    for shard in shards(hostile):
        with open(shard, "r+b") as fh:  # cut in the middle
            fh.truncate(100)
    assert cached(hostile) == expected
    for shard in shards(hostile):
        shard.write_bytes(b"\xff\xfe not json")
    assert cached(hostile) == expected


def test_a_foreign_cache_file_claims_nothing(hostile: Path) -> None:
    """A results file not written here (copied, restored, checked out of git) is never believed."""
    expected = uncached(hostile)
    assert expected[0] == 1
    cached(hostile)
    for shard in shards(hostile):
        data = json.loads(shard.read_text(encoding="utf-8"))
        for entry in data["files"].values():
            entry[1] = []  # "no problems"
        forged = hostile / "forged.json"
        forged.write_text(json.dumps(data), encoding="utf-8")
        os.replace(forged, shard)  # another inode, as a checkout or a copy makes
    assert cached(hostile) == expected


def test_a_cache_that_cannot_be_written_is_skipped(hostile: Path) -> None:
    expected = uncached(hostile)
    write(hostile, ".cache/guongsang/check", "not a folder")  # no results can be written below it
    assert cached(hostile) == expected
    assert cached(hostile) == expected
    if os.geteuid() != 0:  # root writes anywhere
        shutil.rmtree(hostile / ".cache")
        (hostile / ".cache/guongsang/check").mkdir(parents=True)
        (hostile / ".cache/guongsang/check").chmod(0o555)
        try:
            assert cached(hostile) == expected
        finally:
            (hostile / ".cache/guongsang/check").chmod(0o755)


def test_the_build_path_gets_the_same_exemplars(hostile: Path) -> None:
    """on_config asks for exemplars: a kept profile's exemplar, rebuilt from the model, is the validated one."""
    plain = check_project(replace(Project.at(hostile), cache_dir=None))
    project = Project.at(hostile)
    check_project(project)  # keeps the results
    again = check_project(project)
    assert shards(hostile)
    assert again.problems == plain.problems
    assert again.exemplars == plain.exemplars
    assert len(plain.exemplars) > 20


def test_check_after_one_edit_loads_no_model_and_no_other_command(hostile: Path) -> None:
    """Start-up is most of a check after one edit: kept results need neither pydantic nor the other commands."""
    cached(hostile)
    script = ("import sys\nfrom guongsang.cli.main import main\n"
              "try:\n    main(['check', '--format', 'json'])\nexcept SystemExit:\n    pass\n"
              "print(sorted(m for m in ('pydantic', 'openpyxl', 'mkdocs', 'guongsang.outputs', 'guongsang.cli.site')"
              " if m in sys.modules), file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", script], cwd=hostile, capture_output=True, text=True, timeout=300)
    assert out.stderr.strip().splitlines()[-1] == "[]", out.stderr
