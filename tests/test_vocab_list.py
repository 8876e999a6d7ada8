"""`guongsang danh-muc` lists the vocabularies as editors want them, and every "not in the vocabulary"
message says how to list and where to add, suggesting a term only when it is really close (issue 22,
item 2). Run through the command on a copy of the sample, as an editor would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import copy_project, run_guongsang, valid_profile, write


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("danh-muc") / "du-an")


def test_without_a_name_each_vocabulary_its_size_and_file(project: Path) -> None:
    run = run_guongsang("danh-muc", cwd=project)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[:6] == [
        "loai                    Loại điển hình: 5 mục, mặc định của Guongsang (tạo exemplars/_vocab/kinds.yml để thay)",
        "linh-vuc                Lĩnh vực: 14 mục, mặc định của Guongsang (tạo exemplars/_vocab/sectors.yml để thay)",
        "don-vi                  Đơn vị: 11 mục, exemplars/_vocab/units.yml",
        "cap-khen-thuong         Cấp khen thưởng: 5 mục, mặc định của Guongsang (tạo exemplars/_vocab/award_levels.yml để thay)",
        "hinh-thuc-khen-thuong   Hình thức khen thưởng: 67 mục, mặc định của Guongsang (tạo exemplars/_vocab/award_forms.yml để thay)",
        "phong-trao              Phong trào thi đua: 5 mục, exemplars/_vocab/campaigns.yml",
    ]


def test_units_as_a_tree_with_their_other_names(project: Path) -> None:
    run = run_guongsang("danh-muc", "don-vi", cwd=project)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].split() == ["tinh-son-ha", "Tỉnh", "Sơn", "Hà"]
    assert "so-y-te                      Sở Y tế tỉnh Sơn Hà  (tên khác: Sở Y tế)" in lines  # indented under the province
    assert "xa-tan-hoa                   Xã Tân Hòa" in lines
    assert len(lines) == 11
    assert "11 mục. Thêm mục mới vào exemplars/_vocab/units.yml." in " ".join(run.stderr.split())
    # the English file names work too
    assert run_guongsang("danh-muc", "units", cwd=project).stdout == run.stdout


def test_search_without_diacritics_and_award_forms_name_their_levels(project: Path) -> None:
    run = run_guongsang("danh-muc", "hinh-thuc-khen-thuong", "--search", "lao dong tien tien", cwd=project)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "tap-the-lao-dong-tien-tien  Tập thể lao động tiên tiến  (cấp Huyện, Cơ sở)",
        "lao-dong-tien-tien          Lao động tiên tiến  (cấp Huyện, Cơ sở)",
    ]
    none = run_guongsang("danh-muc", "don-vi", "-s", "Hà Nội", cwd=project)
    assert none.returncode == 1 and "Không có mục nào trong danh mục đơn vị khớp «Hà Nội»." in none.stderr


def test_an_unknown_name_lists_the_vocabularies(project: Path) -> None:
    run = run_guongsang("danh-muc", "xa", cwd=project)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert ("Không có danh mục «xa». Các danh mục: loai, linh-vuc, don-vi, cap-khen-thuong, "
            "hinh-thuc-khen-thuong, phong-trao.") in " ".join(run.stderr.split())


def test_hostile_vocabulary_values_cannot_drive_the_terminal(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "du-an")
    write(root, "exemplars/_vocab/campaigns.yml", '- id: x\n  name: "Thi đua \\e]0;chiếm\\a \\e[31mđỏ"\n')
    run = run_guongsang("danh-muc", "phong-trao", cwd=root)
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout
    assert "⟨U+001B⟩]0;chiếm⟨U+0007⟩" in run.stdout


UNITS = "Xem danh sách: guongsang danh-muc don-vi. Nếu chưa có, thêm mục mới vào exemplars/_vocab/units.yml."


@pytest.mark.parametrize(("unit", "guess"), [
    ("Xã Tân Phú", None),  # another commune: not "xa-tan-hoa", whose letters it shares
    ("Xã Tân Hoà", None),  # the same name with the tone mark elsewhere: accepted, no problem at all
    ("xa-tan-hao", "xa-tan-hoa"),  # a typo
    ("Tân Hòa", "xa-tan-hoa"),  # the name without "Xã"
    ("Xã Đồng Lạc huyện Cũ", "xa-dong-lac"),  # the whole name and more
])
def test_unit_suggestions_only_when_really_close(tmp_path: Path, unit: str, guess: str | None) -> None:
    root = copy_project(tmp_path / "du-an")
    write(root, "exemplars/2024/x.md", valid_profile().replace("unit: xa-tan-hoa", f"unit: {unit}"))
    run = run_guongsang("check", "--format", "json", "exemplars/2024/x.md", cwd=root)
    found = [p for p in json.loads(run.stdout) if p["code"] == "GS201"]
    if unit == "Xã Tân Hoà":
        assert found == [] and run.returncode == 0
        return
    assert len(found) == 1 and run.returncode == 1
    hint = found[0]["hint"]
    if guess is None:
        assert "Có phải ý bạn là" not in hint and hint.endswith(UNITS) and hint.startswith("Các giá trị hợp lệ: ")
    else:
        assert hint == f'Có phải ý bạn là "{guess}"? {UNITS}'
