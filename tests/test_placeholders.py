"""`check` warns when the guiding sentences `guongsang new` writes are still in a story (issue 22, item 4):
one warning per profile, at the first such line, failing `check --strict`; none once the story is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import copy_project, run_guongsang

NEW = ("new", "--title", "Phan Văn Thử", "--kind", "ca-nhan", "--unit", "xa-tan-hoa", "--sector", "y-te",
       "--award-level", "co-so", "--year", "2025", "--summary", "Y sĩ thôn khám bệnh tận nhà cho người già.")
STORY = """Anh Phan Văn Thử là y sĩ trạm y tế xã Tân Hòa.

## Thành tích nổi bật

- Khám tận nhà 300 lượt người cao tuổi mỗi năm.

## Cách làm

Anh đi từng thôn, ghi sổ theo dõi từng người.
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("placeholders") / "du-an")
    made = run_guongsang(*NEW, cwd=root)
    assert made.returncode == 0, made.stderr
    return root


def _gs120(root: Path) -> list[dict[str, object]]:
    run = run_guongsang("check", "--format", "json", cwd=root)
    assert run.returncode == 0, run.stderr  # a warning, not an error
    return [p for p in json.loads(run.stdout) if p["code"] == "GS120"]


def test_a_fresh_profile_from_new_is_warned_once_at_its_first_guiding_line(project: Path) -> None:
    path = project / "exemplars" / "2025" / "phan-van-thu.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines, 1) if line.startswith("Giới thiệu ngắn: "))
    found = _gs120(project)
    assert len(found) == 1
    assert (found[0]["file"], found[0]["line"], found[0]["severity"]) == ("exemplars/2025/phan-van-thu.md", first, "warning")
    assert found[0]["message"] == "Bài viết còn 6 câu hướng dẫn của guongsang new, câu đầu tiên: «Giới thiệu ngắn»."
    assert run_guongsang("check", "--strict", cwd=project).returncode == 1


def test_one_sentence_left_is_named_and_a_written_story_passes(project: Path) -> None:
    path = project / "exemplars" / "2025" / "phan-van-thu.md"
    front = path.read_text(encoding="utf-8").split("\n---\n", 1)[0] + "\n---\n\n"
    path.write_text(front + STORY + "\n- Kết quả cụ thể thứ hai.\n", encoding="utf-8")
    found = _gs120(project)
    assert [(f["line"], f["message"]) for f in found] == [
        (len((front + STORY).splitlines()) + 2, "Bài viết còn một câu hướng dẫn của guongsang new: «Kết quả cụ thể thứ hai»."),
    ]
    path.write_text(front + STORY, encoding="utf-8")
    assert _gs120(project) == []
    assert run_guongsang("check", "--strict", cwd=project).returncode == 0
