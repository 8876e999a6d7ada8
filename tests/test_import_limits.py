"""`guongsang import` on hostile lists: a zip bomb dressed as .xlsx, a CSV field over the csv module's
128 KB limit, a NUL byte, oversized files and cells. Each gets a Vietnamese message and exit 1, never a
traceback, and memory stays under 300 MB (peak RSS of the real command, measured in a child process)."""

from __future__ import annotations

import csv
import os
import re
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from conftest import copy_project, run_guongsang

MAX_RSS_MB = 300
HEADERS = ["STT", "Họ và tên", "Đơn vị", "Lĩnh vực", "Cấp khen thưởng", "Hình thức khen thưởng", "Năm", "Tóm tắt thành tích"]
ROW = [1, "Nguyễn Văn Bình", "Xã Tân Hòa", "Nông nghiệp", "Cơ sở", "Giấy khen", 2025, "Trồng 3 ha bưởi hữu cơ."]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("nhap") / "du-an")


def _peak_rss_mb(*args: str, cwd: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run `guongsang …` in a child that itself runs the command in a grandchild, and report the
    grandchild's peak resident memory (RUSAGE_CHILDREN of a fresh process counts only that one)."""
    probe = (
        "import resource, subprocess, sys\n"
        "r = subprocess.run([sys.executable, '-m', 'guongsang', *sys.argv[1:]], capture_output=True, text=True)\n"
        "sys.stdout.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) + '\\n' + str(r.returncode)"
        " + '\\n' + r.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe, *args], cwd=cwd, capture_output=True, text=True, timeout=600,
                            env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"})
    rss_kb, code, stderr = result.stdout.split("\n", 2)
    return subprocess.CompletedProcess(args, int(code), "", stderr), int(rss_kb) / 1024
    # ru_maxrss is in kilobytes on Linux


def _xlsx_with_huge_shared_string(path: Path, size: int) -> Path:
    """A valid workbook whose summary cell is a shared string of ``size`` characters: tiny once zipped.
    (openpyxl writes inline strings, so the shared-strings part is added by hand, streamed.)"""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    sheet.append([*ROW[:-1], "SUMMARY"])
    plain = path.with_suffix(".plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(plain) as src:
        parts = {name: src.read(name).decode() for name in src.namelist()}
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace("</Types>", (
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'))
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace("</Relationships>", (
        '<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'sharedStrings" Target="sharedStrings.xml"/></Relationships>'))
    sheet_xml = parts["xl/worksheets/sheet1.xml"]
    cell = re.search(r'<c r="H2"[^>]*>.*?</c>', sheet_xml)
    assert cell is not None
    parts["xl/worksheets/sheet1.xml"] = sheet_xml.replace(cell.group(), '<c r="H2" t="s"><v>0</v></c>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as out:
        for name, data in parts.items():
            out.writestr(name, data)
        with out.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            fh.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
                     b'uniqueCount="1"><si><t>')
            block = b"A" * 1_000_000
            for _ in range(size // len(block)):
                fh.write(block)
            fh.write(b"A" * (size % len(block)) + b"</t></si></sst>")
    return path


def test_crafted_shared_string_workbook_is_a_real_list(sample: Path, tmp_path: Path) -> None:
    """The same construction at a normal size is read like any list (so the bomb below is a real xlsx)."""
    small = _xlsx_with_huge_shared_string(tmp_path / "nho.xlsx", 60)
    result = run_guongsang("import", str(small), cwd=sample)
    assert "Traceback" not in result.stderr
    assert "dòng 2: sẽ tạo exemplars/2025/nguyen-van-binh.md" in result.stderr, result.stderr


def test_xlsx_zip_bomb_is_refused_before_it_is_opened_and_memory_stays_small(sample: Path, tmp_path: Path) -> None:
    bomb = _xlsx_with_huge_shared_string(tmp_path / "bom.xlsx", 400_000_000)
    assert bomb.stat().st_size < 5_000_000  # small on disk: 400 MB once inflated
    result, rss = _peak_rss_mb("import", str(bomb), cwd=sample)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "sharedStrings.xml" in result.stderr and "giải nén" in result.stderr
    assert rss < MAX_RSS_MB, rss


def test_largest_accepted_csv_stays_under_300_mb(sample: Path, tmp_path: Path) -> None:
    """Within every limit, as many cells as the rows and columns allow (the worst case for Python objects):
    all of it is read, then refused for want of a header row."""
    path = tmp_path / "lon.csv"
    path.write_text("\n".join(",".join(["ab"] * 100) for _ in range(10_000)), encoding="utf-8")
    assert path.stat().st_size < 5_000_000
    result, rss = _peak_rss_mb("import", str(path), cwd=sample)
    assert "Traceback" not in result.stderr and result.returncode == 1
    assert "Không tìm thấy dòng tiêu đề" in result.stderr, result.stderr
    assert rss < MAX_RSS_MB, rss


def test_more_rows_than_the_limit_are_refused(sample: Path, tmp_path: Path) -> None:
    path = tmp_path / "nhieu.csv"
    path.write_text("Họ và tên,Đơn vị,Lĩnh vực\n" + "A,B,C\n" * 10_001, encoding="utf-8")
    result = run_guongsang("import", str(path), cwd=sample)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "hơn 10000 dòng" in result.stderr


def test_accepted_xlsx_with_long_cells_stays_under_300_mb(sample: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for i in range(2000):
        sheet.append([i, f"Người {i}", "Xã Tân Hòa", "Nông nghiệp", "Cơ sở", "Giấy khen", 2025, f"{i} " * 1000])
    path = tmp_path / "dai.xlsx"
    book.save(path)
    result, rss = _peak_rss_mb("import", str(path), cwd=sample)
    assert "Traceback" not in result.stderr and result.returncode == 1  # summaries over 300 characters
    assert "dòng 2:" in result.stderr
    assert rss < MAX_RSS_MB, rss


CSV_CASES = {
    "field-over-128-kb": ("Họ và tên,Đơn vị,Lĩnh vực\n" + "A,B,C\n" + '"' + "x" * 200_000 + '",B,C\n', "dòng 3", "32767"),
    "cell-over-excel-limit": ("Họ và tên,Đơn vị,Lĩnh vực\n" + "y" * 40_000 + ",B,C\n", "dòng 2, cột 1", "32767"),
    "file-over-5-mb": ("Họ và tên,Đơn vị,Lĩnh vực\n" + "A,B,C\n" * 1_000_000, "5 MB", "tách"),
}


@pytest.mark.parametrize("case", CSV_CASES)
def test_hostile_csv_gets_a_vietnamese_message(sample: Path, tmp_path: Path, case: str) -> None:
    text, where, what = CSV_CASES[case]
    path = tmp_path / f"{case}.csv"
    path.write_text(text, encoding="utf-8")
    result = run_guongsang("import", str(path), cwd=sample)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert where in result.stderr and what in result.stderr, result.stderr


def test_csv_module_limit_is_what_the_old_code_tripped_on() -> None:
    """The premise of the field test: the csv module itself refuses a field over 128 KB."""
    assert csv.field_size_limit() == 131_072
    assert resource.RUSAGE_CHILDREN  # the memory probe above relies on it (Linux)
