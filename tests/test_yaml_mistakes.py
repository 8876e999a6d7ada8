"""The YAML mistakes editors make are reported on the line they made them, in Vietnamese, with the fix
(issue 22, item 3). Each case breaks the valid profile of conftest.py one way, as an editor would, and reads
back `check`'s problem for that file: code, line, message and hint."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import REPO, valid_profile
from guongsang.core import load
from guongsang.core.project import Project
from guongsang.core.validate import Context, validate_record
from guongsang.core.vocab import load_all

ROOT = Project.at(REPO).root
PATH = ROOT / "exemplars" / "2024" / "x.md"

# (what the editor did: old → new text, line, code, words of the message, the hint exactly)
CASES = {
    "no space after the colon": ("year: 2024", "year:2024", 7, "GS004", "thiếu dấu cách sau dấu hai chấm của «year:»",
                                 "Viết một dấu cách sau dấu hai chấm: «year: 2024»."),
    "a Tab to indent": ("year: 2024", "\tyear: 2024", 7, "GS004", "ký tự Tab",
                        "Xóa ký tự Tab và gõ dấu cách thay vào (hai dấu cách cho mỗi bậc thụt lề)."),
    "unclosed double quote": ("title: Nguyễn Thị Hoa", 'title: "Nguyễn Thị Hoa', 2, "GS004",
                              "dấu ngoặc kép «\"» mở ở giá trị của «title» chưa được đóng",
                              'Thêm «"» ở cuối giá trị, ví dụ: «title: "Nguyễn Thị Hoa"».'),
    "unclosed single quote": ("title: Nguyễn Thị Hoa", "title: 'Nguyễn Thị Hoa", 2, "GS004",
                              "dấu ngoặc kép «'» mở ở giá trị của «title» chưa được đóng",
                              "Thêm «'» ở cuối giá trị, ví dụ: «title: 'Nguyễn Thị Hoa'»."),
    "unclosed list": ("kind: ca-nhan", "kind: [ca-nhan", 3, "GS004",
                      "dấu ngoặc vuông «[» mở ở giá trị của «kind» chưa được đóng",
                      "Thêm «]» ở cuối giá trị, ví dụ: «kind: [ca-nhan]»."),
    "a colon inside a value": ("summary: Nữ nông dân", "summary: Lưu ý: Nữ nông dân", 9, "GS004",
                               "giá trị của «summary» có dấu hai chấm",
                               'Đặt cả giá trị trong ngoặc kép: «summary: "Lưu ý: Nữ nông dân chuyển 2 ha lúa kém hiệu '
                               'quả sang rau hữu cơ, liên kết 35 hộ."».'),
    "a list where a value belongs": ("unit: xa-tan-hoa", "unit:\n  - xa-tan-hoa", 4, "GS103",
                                     "phải là một đoạn văn bản, nhưng đang là một danh sách", "Ví dụ: unit: xa-tan-hoa"),
    "an unpadded date": ("date: 2025-01-15", "date: 2025-1-5", 8, "GS105", "tháng và ngày đủ hai chữ số",
                         "Viết: date: 2025-01-05"),
    "a date written day first": ("date: 2025-01-15", "date: 15/1/2025", 8, "GS105", "năm-tháng-ngày",
                                 "Viết: date: 2025-01-15"),
}


@pytest.mark.parametrize("case", CASES)
def test_the_mistake_is_named_on_its_line_with_the_fix(case: str) -> None:
    old, new, line, code, words, hint = CASES[case]
    text = valid_profile()
    assert old in text
    rec = load.parse(text.replace(old, new, 1), "exemplars/2024/x.md", PATH)
    if rec.doc is not None:
        validate_record(rec, Context(ROOT, load_all(REPO, REPO / "exemplars"), date(2025, 6, 1)))
    found = [p for p in rec.problems if p.is_error]
    assert len(found) == 1, [(p.code, p.line, p.message) for p in found]
    assert (found[0].code, found[0].line) == (code, line)
    assert words in found[0].message and "YAML báo" not in found[0].message
    assert found[0].hint == hint


def test_a_colon_in_a_web_address_is_not_taken_for_a_missing_space() -> None:
    text = valid_profile(extra="evidence:\n  - title: Quyết định\n    url: https://x.vn/a:b\n")
    rec = load.parse(text, "exemplars/2024/x.md", PATH)
    assert [p for p in rec.problems if p.code == "GS004"] == []
