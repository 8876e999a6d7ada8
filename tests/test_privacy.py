"""Personal data: `check` flags phone numbers, citizen ID numbers, e-mail addresses and full dates of
birth with file and line (masked in the message), and requires consent for a person's photo."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import REPO, check_json, run_guongsang, valid_profile, write

PHONE, CCCD, EMAIL, BIRTH = "0912 345 678", "001234567890", "hoa.nguyen@example.vn", "12/03/1980"
BODY = f"""
Chị Hoa sinh ngày {BIRTH} tại xã Tân Hòa.

Liên hệ: {PHONE}, thư điện tử {EMAIL}.

Năm 2024 tổ hợp tác có 1234 thành viên, thu 120000000 đồng; Quyết định 1874/QĐ-TTg ngày 12/3/2024.
Xem https://vanban.example/qd-001234567890 và gọi đường dây nóng +84 24 3825 1234.
"""


def test_personal_data_is_flagged_on_its_line_and_masked(project: Path) -> None:
    profile = valid_profile().replace("summary: Nữ nông dân", f"summary: CCCD {CCCD}. Nữ nông dân")
    path = write(project, "exemplars/2025/nguyen-thi-hoa.md", profile.split("---\n\n", 1)[0] + "---\n" + BODY)
    code, problems = check_json(project)
    assert code == 0  # warnings only
    flagged = sorted((p["line"], p["message"]) for p in problems if p["code"] == "GS117")
    lines = path.read_text(encoding="utf-8").splitlines()

    def line_with(text: str) -> int:
        return next(n for n, line in enumerate(lines, 1) if text in line)

    expected = sorted([line_with(BIRTH), line_with(PHONE), line_with(EMAIL), line_with(CCCD), line_with("+84 24")])
    assert sorted(line for line, _ in flagged) == expected  # nothing for counts, money, a decision date or a URL
    text = run_guongsang("check", cwd=project).stdout
    assert PHONE not in text and CCCD not in text and EMAIL not in text  # masked: not copied into CI logs
    assert "số điện thoại" in text and "căn cước" in text and "e-mail" in text and "ngày sinh" in text


def test_a_persons_photo_needs_consent(project: Path) -> None:
    photo = REPO / "exemplars" / "2024" / "dang-thi-huong.jpg"
    extra = "photo: hoa.jpg\nphoto_alt: Chị Hoa đứng trên cánh đồng rau\n"
    path = write(project, "exemplars/2025/nguyen-thi-hoa.md", valid_profile(extra=extra))
    shutil.copy(photo, project / "exemplars" / "2025" / "hoa.jpg")
    code, problems = check_json(project)
    assert code == 1
    (missing,) = [p for p in problems if p["code"] == "GS118"]
    assert missing["line"] == 10 and missing["field"] == "consent" and "consent: true" in missing["hint"]

    path.write_text(valid_profile(extra=extra + "consent: true\n"), encoding="utf-8")
    assert check_json(project)[0] == 0
    group = valid_profile(extra=extra).replace("kind: ca-nhan", "kind: tap-the")  # a collective: no consent asked
    path.write_text(group, encoding="utf-8")
    code, problems = check_json(project)
    assert code == 0 and not [p for p in problems if p["code"] == "GS118"], json.dumps(problems, ensure_ascii=False)
