"""`guongsang import` through the real command line, on lists shaped like the ones offices send:
title rows and merged cells above the table, odd spacing and case in headers, blank rows, a bad row.
The lists are written with openpyxl / csv at test time; imported profiles must pass `guongsang check`."""

from __future__ import annotations

import csv
from pathlib import Path

import frontmatter
import openpyxl
import pytest

from conftest import copy_project, run_guongsang

HEADERS = ["STT", "  HỌ VÀ TÊN ", "Đơn  vị", "Lĩnh vực", "CẤP KHEN THƯỞNG", "Hình thức khen thưởng", "Năm",
           "Tóm tắt thành tích (không quá 300 chữ)", "Ghi chú"]
GOOD = [
    [1, "Nguyễn Văn Bình", "xã tân hòa", "Nông nghiệp", "cơ sở", "Giấy khen", 2025,
     "Trồng 3 ha bưởi hữu cơ, hướng dẫn 20 hộ trong thôn làm theo.", ""],
    [2, "Hộ gia đình ông Trần Văn Lộc", "Xã Tân Hoà", "An sinh xã hội", "Cơ sở", "Gia đình văn hóa", "2025",
     "Ba thế hệ gương mẫu, hiến 300 m² đất làm đường liên thôn.", "đủ minh chứng"],
]
BAD = [3, "Lê Thị Sen", "Xã Tân Hòa", "Giao duc va dao tao x", "Cơ sở", "Giấy khen", 2025,
       "Giáo viên mầm non 20 năm bám bản.", ""]


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "du-an")


def messy_xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "UBND XÃ TÂN HÒA"
    sheet.merge_cells("A1:I1")
    sheet["A2"] = "DANH SÁCH ĐĂNG KÝ GƯƠNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2025"
    sheet.merge_cells("A2:I2")
    sheet.append([])
    sheet.append(HEADERS)  # row 4
    sheet.append(GOOD[0])  # row 5
    sheet.append([])  # row 6
    sheet.append(GOOD[1])  # row 7
    sheet.append(BAD)  # row 8
    sheet.append(["", "", "", "", "", "", "", "", "Người lập biểu"])  # a signature line below the table
    book.save(path)
    return path


def imported(sample: Path) -> list[Path]:
    return sorted(p for p in (sample / "exemplars" / "2025").glob("*.md")
                  if p.stem in ("nguyen-van-binh", "ho-gia-dinh-ong-tran-van-loc"))


def test_messy_excel_list_imports_good_rows_and_names_the_bad_one(sample: Path, tmp_path: Path) -> None:
    path = messy_xlsx(tmp_path / "danh-sach.xlsx")
    before = sorted(p.name for p in (sample / "exemplars").rglob("*"))
    dry = run_guongsang("import", str(path), cwd=sample)
    assert dry.returncode == 1 and "Traceback" not in dry.stderr
    assert sorted(p.name for p in (sample / "exemplars").rglob("*")) == before  # a dry run writes nothing
    assert "dòng 5: sẽ tạo exemplars/2025/nguyen-van-binh.md" in dry.stderr
    assert "dòng 7: sẽ tạo exemplars/2025/ho-gia-dinh-ong-tran-van-loc.md" in dry.stderr
    assert 'dòng 8: Lê Thị Sen: cột «Lĩnh vực»' in dry.stderr and 'Có phải ý bạn là «Giáo dục và đào tạo»?' in dry.stderr
    assert "dòng 9" not in dry.stderr  # the signature line has no name: not a row

    done = run_guongsang("import", str(path), "--write", cwd=sample)
    assert done.returncode == 1  # the bad row still makes the exit code non-zero
    written = imported(sample)
    assert [p.stem for p in written] == ["ho-gia-dinh-ong-tran-van-loc", "nguyen-van-binh"]
    check = run_guongsang("check", cwd=sample)
    assert check.returncode == 0, check.stdout + check.stderr
    household = frontmatter.load(written[0]).metadata
    assert household["kind"] == "ho-gia-dinh" and household["unit"] == "xa-tan-hoa" and household["draft"] is True
    assert household["sector"] == "an-sinh-xa-hoi" and household["year"] == 2025
    assert household["summary"] == GOOD[1][7]
    assert not (sample / "exemplars" / "2025" / "le-thi-sen.md").exists()

    again = run_guongsang("import", str(path), "--write", cwd=sample)  # never over an existing file
    assert "đã có hồ sơ với slug «nguyen-van-binh»" in again.stderr
    assert [p.read_text(encoding="utf-8") for p in imported(sample)] == [p.read_text(encoding="utf-8") for p in written]


def test_csv_with_semicolons_and_bom(sample: Path, tmp_path: Path) -> None:
    path = tmp_path / "danh-sach.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Danh sách đăng ký"])
        writer.writerow(["Họ tên / Tên tập thể", "Loại", "Đơn vị", "Lĩnh vực", "Cấp khen thưởng", "Năm", "Tóm tắt thành tích"])
        writer.writerow(["Trường Mầm non Tân Hòa", "Tập thể", "Xã Tân Hòa", "Giáo dục và đào tạo", "Cơ sở", "2024",
                         "100% trẻ được học hai buổi mỗi ngày."])
    result = run_guongsang("import", str(path), "--write", cwd=sample)
    assert result.returncode == 0, result.stderr
    assert "dòng 3: đã tạo exemplars/2024/truong-mam-non-tan-hoa.md" in result.stderr
    assert frontmatter.load(sample / "exemplars" / "2024" / "truong-mam-non-tan-hoa.md").metadata["kind"] == "tap-the"
    assert run_guongsang("check", cwd=sample).returncode == 0


def test_template_round_trip(sample: Path, tmp_path: Path) -> None:
    template = tmp_path / "mau.xlsx"
    result = run_guongsang("import", "--template", str(template), cwd=sample)
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(template)
    sheet = book["Danh sách"]
    headers = [c.value for c in sheet[3]]
    assert headers[:3] == ["STT", "Họ tên / Tên tập thể", "Loại điển hình"]
    lists = {str(dv.sqref)[0]: dv.formula1 for dv in sheet.data_validations.dataValidation}
    sectors = [c.value for c in book["Danh mục"]["E"] if c.value]
    assert "Giáo dục và đào tạo" in sectors and "'Danh mục'!$E$1" in lists["E"]
    sheet.append([1, "Đinh Văn Tâm", "Cá nhân", "Xã Tân Hòa", "Y tế", "Cơ sở", "Giấy khen", 2025, "", "Sơ cứu cho 300 ca."])
    book.save(template)
    filled = run_guongsang("import", str(template), cwd=sample)
    assert filled.returncode == 0, filled.stderr
    assert "dòng 4: sẽ tạo exemplars/2025/dinh-van-tam.md" in filled.stderr


@pytest.mark.parametrize(("name", "content", "message"), [
    ("ds.xls", b"\xd0\xcf\x11\xe0", "Chỉ nhập được tệp .xlsx hoặc .csv"),
    ("ds.xlsx", b"khong phai excel", "Không đọc được ds.xlsx"),
    ("ds.csv", "Mã,Giá trị\n1,2\n".encode(), "Không tìm thấy dòng tiêu đề cột"),
    ("ds.csv", "Họ và tên,Đơn vị\n".encode("utf-16"), "không phải văn bản UTF-8"),
])
def test_unreadable_lists_get_a_vietnamese_message(sample: Path, tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run_guongsang("import", str(path), cwd=sample)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert message in result.stderr
