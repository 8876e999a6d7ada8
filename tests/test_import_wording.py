"""`guongsang import` speaks Excel (issue 22, item 5): every refused row names its Excel row and column and
says what to type in the cell, never a front-matter line; an empty kind cell is inferred from the name, as
the README says. Run through the command on a copy of the sample, as an officer would."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import copy_project, run_guongsang

LIST = (
    "Danh sách đăng ký gương điển hình năm 2024\n"
    "Họ và tên,Loại điển hình,Đơn vị,Lĩnh vực,Cấp khen thưởng,Năm,Tóm tắt thành tích\n"
    "Hộ gia đình ông Lò Văn Pọm,,Xã Tân Hòa,Y tế,Cơ sở,2024,Hộ làm kinh tế giỏi\n"
    "Nguyễn Văn An,Cá nhân,Xã Tân Hòa,Y tế,Cơ sở,hai nghìn,Khám bệnh tận nhà\n"
    "Lê Thị Cúc,Cá nhân,Xã Tân Hòa,,Cơ sở,2024,\n"
)
YAML_WORDS = re.compile(r"phần thông tin|Thêm dòng|`|Ví dụ: [a-z_]+:|Trường «")


def test_rows_are_told_in_rows_columns_and_cells(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "du-an")
    (tmp_path / "ds.csv").write_text(LIST, encoding="utf-8")
    run = run_guongsang("import", str(tmp_path / "ds.csv"), cwd=root)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    lines = [" ".join(line.split()) for line in run.stderr.split("\ndòng ")[1:]]
    lines[-1] = lines[-1].split(" Sẽ tạo")[0]
    assert lines == [
        "3: sẽ tạo exemplars/2024/ho-gia-dinh-ong-lo-van-pom.md (loại «Hộ gia đình» suy ra từ tên)",
        "4: Nguyễn Văn An: cột «Năm»: Giá trị phải là một số nguyên, nhưng đang là «hai nghìn». Ví dụ: ghi 2024 vào ô.",
        "5: Lê Thị Cúc: cột «Lĩnh vực»: ô còn trống, cần ghi. Ví dụ: «Nông nghiệp và xây dựng nông thôn mới».",
        "5: Lê Thị Cúc: cột «Tóm tắt thành tích»: ô còn trống, cần ghi. Ví dụ: Nữ nông dân chuyển 2 ha lúa kém hiệu "
        "quả sang rau hữu cơ, liên kết 35 hộ.",
    ]
    assert not any(YAML_WORDS.search(line) for line in lines)


def test_a_column_the_list_lacks_is_named_with_what_to_add(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "du-an")
    (tmp_path / "ds.csv").write_text("Họ và tên,Đơn vị,Cấp khen thưởng,Năm,Tóm tắt thành tích\n"
                                     "Nguyễn Văn Dũng,Xã Tân Hòa,Cơ sở,2024,Khám bệnh tận nhà\n", encoding="utf-8")
    run = run_guongsang("import", str(tmp_path / "ds.csv"), cwd=root)
    assert run.returncode == 1
    assert ("dòng 2: Nguyễn Văn Dũng: cột «Lĩnh vực» (danh sách chưa có cột này): thêm cột này vào danh sách và "
            "ghi cho mỗi dòng. Ví dụ: «Nông nghiệp và xây dựng nông thôn mới».") in " ".join(run.stderr.split())


def test_values_a_list_may_hold_are_offered_by_name(tmp_path: Path) -> None:
    """A list's cells hold names: the values offered for an unknown one are names too, never vocabulary ids."""
    root = copy_project(tmp_path / "du-an")
    (tmp_path / "ds.csv").write_text("Họ và tên,Loại điển hình,Đơn vị,Lĩnh vực,Cấp khen thưởng,Năm,Tóm tắt thành tích\n"
                                     "Lê Thị Cúc,Cá nhân,Xã Tân Phú,Y tế,Bộ nganh tỉnhh,2024,Khám bệnh tận nhà\n",
                                     encoding="utf-8")
    run = run_guongsang("import", str(tmp_path / "ds.csv"), cwd=root)
    said = " ".join(run.stderr.split())
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert ("cột «Đơn vị»: Đơn vị «Xã Tân Phú» không có trong danh mục. Các giá trị hợp lệ: «Tỉnh Sơn Hà», "
            "«Sở Giáo dục và Đào tạo tỉnh Sơn Hà», «Sở Y tế tỉnh Sơn Hà»") in said
    assert "«Xã Tân Hòa», «Xã Đồng Lạc», «Xã Suối Mơ», «Xã Ea Rông». Xem danh sách: guongsang danh-muc don-vi." in said
    assert "cột «Cấp khen thưởng»: Cấp khen thưởng «Bộ nganh tỉnhh» không có trong danh mục. Có phải ý bạn là «Bộ, ngành, tỉnh»?" in said
    assert not re.search(r"\b(xa|so|tinh|bo)-[a-z-]+", said.split("Xem danh sách")[0])  # no id before the listing command
