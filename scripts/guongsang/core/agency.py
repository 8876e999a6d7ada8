"""The agency behind the portal: who runs it, who answers for it, how to reach them (no MkDocs here).

Read from ``agency:`` under the guongsang plugin in mkdocs.yml; shown in the header (emblem, name)
and the footer (what Decree 42/2022/NĐ-CP, Art. 4(1)(e), asks a state agency's site to publish:
address, phone, e-mail, and the managing agency and person responsible customary on every portal).
`check` and the build read it through :func:`read`, so both say the same thing.

The emblem is accepted by its bytes, as evidence files are (evidencefile.py): PNG, JPEG or WebP,
parsed by Pillow, then re-encoded to a small PNG. SVG is refused: opened at its own address, an SVG
runs its scripts with the portal's origin, and telling a safe SVG from a crafted one needs a full
XML sanitizer; a PNG exported from the office's SVG looks the same in a 48 px header.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from guongsang.core import evidencefile, imagecheck
from guongsang.core.problems import CODES, Problem, Severity, did_you_mean, problem

CONFIG_NAME = "mkdocs.yml"
LOGO_URI = "assets/guongsang/bieu-trung.png"  # the re-encoded emblem, in the site
LOGO_HEIGHT = 128  # pixels of the published emblem: 48 CSS px at up to 2.67× screens
MAX_LOGO_BYTES = 2_000_000
MAX_TEXT = 300  # characters of any one value
EMAIL = re.compile(r"[^@\s<>\"']{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}")
PHONE = re.compile(r"\+?[0-9][0-9 .()-]{5,30}")

# key → (what it is, in Vietnamese; warning code when missing, None when optional; example)
FIELDS: dict[str, tuple[str, str | None, str]] = {
    "name": ("tên cơ quan vận hành trang", "GS602", "name: Sở Nội vụ tỉnh Sơn Hà"),
    "parent": ("cơ quan chủ quản", "GS603", "parent: Ủy ban nhân dân tỉnh Sơn Hà"),
    "responsible": ("người chịu trách nhiệm nội dung", "GS604", "responsible: Ông Nguyễn Văn A, Phó Giám đốc Sở Nội vụ"),
    "address": ("địa chỉ liên hệ", "GS605", "address: Số 1 đường Lê Lợi, phường Sơn Hà, tỉnh Sơn Hà"),
    "phone": ("số điện thoại liên hệ", "GS606", 'phone: "0200 3812 345"'),
    "email": ("địa chỉ thư điện tử (e-mail) liên hệ", "GS607", "email: banbientap@sonha.gov.vn"),
    "short_name": ("tên ngắn của trang, hiện trên điện thoại", None, "short_name: Gương sáng Sơn Hà"),
    "logo": ("biểu trưng (tệp PNG, JPEG hoặc WebP)", None, "logo: theme/bieu-trung.png"),
    "licence": ("dòng giấy phép hoặc văn bản thành lập trang", None, "licence: Quyết định số …/QĐ-UBND"),
    "zalo": ("địa chỉ Zalo OA của cơ quan", None, "zalo: https://zalo.me/…"),
    "facebook": ("địa chỉ trang Facebook của cơ quan", None, "facebook: https://www.facebook.com/…"),
}


@dataclass(frozen=True, slots=True)
class Logo:
    png: bytes
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class Agency:
    values: dict[str, str] = field(default_factory=dict)
    logo: Logo | None = None

    def view(self) -> dict[str, Any]:
        """Plain data for the templates (header, footer, Theo dõi page); every value is text to escape."""
        v = dict(self.values)
        phone = v.get("phone", "")
        v["phone_href"] = "tel:" + re.sub(r"[^0-9+]", "", phone) if phone else ""
        v["logo"] = {"url": LOGO_URI, "width": self.logo.width, "height": self.logo.height} if self.logo else None
        return v


def read(root: Path, raw: object, lines: dict[str, int] | None = None, at: int = 1,
         max_pixels: int = imagecheck.MAX_PIXELS) -> tuple[Agency, list[Problem]]:
    """The agency and every problem with it. ``lines``: key → line in mkdocs.yml (``at``: the block's line)."""
    lines = lines or {}
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        return Agency(), [problem("GS609", CONFIG_NAME, at, "agency", "agency phải là một bảng khóa: giá trị "
                                  f"(tên, cơ quan chủ quản, …), không phải «{str(raw)[:60]}».", FIELDS["name"][2])]
    found: list[Problem] = []
    values: dict[str, str] = {}
    for key, value in raw.items():
        where = lines.get(str(key), at)
        if key not in FIELDS:
            hint = did_you_mean(str(key), FIELDS) or "Các khóa được dùng: " + ", ".join(FIELDS) + "."
            found.append(problem("GS609", CONFIG_NAME, where, f"agency.{key}", f"agency.{key} không phải khóa được hỗ trợ.", hint))
            continue
        bad = _value_problem(key, value)
        if bad:
            found.append(problem("GS609", CONFIG_NAME, where, f"agency.{key}", bad, f"Ví dụ: {FIELDS[key][2]}"))
        elif str(value).strip():
            values[key] = " ".join(str(value).split())
    for key, (what, code, example) in FIELDS.items():
        if code and key not in values and not any(p.field == f"agency.{key}" for p in found):
            found.append(problem(code, CONFIG_NAME, lines.get(key, at), f"agency.{key}",
                                 f"mkdocs.yml chưa khai báo {what} (agency.{key}): chân trang sẽ thiếu thông tin "
                                 "mà cổng thông tin của cơ quan nhà nước cần công bố.",
                                 f"Thêm vào mục agency: của guongsang trong mkdocs.yml dòng «{example}»."))
    logo = None
    if "logo" in values:
        logo, bad = _logo(root, values.pop("logo"), max_pixels)
        if bad:
            found.append(problem("GS608", CONFIG_NAME, lines.get("logo", at), "agency.logo", bad,
                                 "Xuất biểu trưng ra PNG (nền trong suốt), cao 128–512 điểm ảnh, đặt trong kho, ví dụ "
                                 "theme/bieu-trung.png."))
    return Agency(values, logo), found


def errors(found: list[Problem]) -> list[Problem]:
    return [p for p in found if CODES[p.code].severity is Severity.ERROR]


def _value_problem(key: str, value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return f"agency.{key} phải là một dòng chữ, không phải «{str(value)[:60]}»."
    text = str(value).strip()
    if len(text) > MAX_TEXT:
        return f"agency.{key} dài {len(text)} ký tự, quá {MAX_TEXT} ký tự."
    if any(ord(ch) < 32 and ch not in "\t\n" for ch in text):
        return f"agency.{key} có ký tự điều khiển."
    if not text:
        return None
    if key == "email" and not EMAIL.fullmatch(text):
        return f"agency.email «{text}» không phải một địa chỉ thư điện tử."
    if key == "phone" and not PHONE.fullmatch(text):
        return f"agency.phone «{text}» không phải một số điện thoại (chỉ chữ số, dấu cách, + . - ( ))."
    if key in ("zalo", "facebook") and not re.fullmatch(r"https://[^\s<>\"']{4,290}", text):
        return f"agency.{key} phải là một địa chỉ bắt đầu bằng https://, không phải «{text[:60]}»."
    return None


def _logo(root: Path, value: str, max_pixels: int) -> tuple[Logo | None, str | None]:
    """The emblem re-encoded to a PNG ``LOGO_HEIGHT`` pixels high, or why not."""
    path = (root / value).resolve()
    if not path.is_relative_to(root.resolve()):
        return None, f"Biểu trưng agency.logo «{value}» nằm ngoài thư mục của mkdocs.yml."
    if not path.is_file():
        return None, f"Không tìm thấy tệp biểu trưng agency.logo «{value}»."
    if path.stat().st_size > MAX_LOGO_BYTES:
        return None, f"Tệp biểu trưng «{value}» lớn quá {MAX_LOGO_BYTES // 1_000_000} MB."
    kind = evidencefile.sniff(path)
    if kind is None or not kind.image:
        return None, (f"Biểu trưng «{value}» không phải ảnh PNG, JPEG hay WebP (xét theo nội dung tệp). SVG không được "
                      "nhận: mở trực tiếp, tệp SVG có thể chạy mã trên địa chỉ của cổng.")
    found = [f for f in imagecheck.inspect(path, max_pixels) if CODES[f.code].severity is Severity.ERROR]
    if found:
        return None, found[0].message
    with Image.open(path) as img:
        img = img.convert("RGBA")
    width = max(1, min(round(img.width * LOGO_HEIGHT / img.height), LOGO_HEIGHT * 3))
    out = io.BytesIO()
    # A 256-colour palette (alpha kept): an emblem has few colours, and the file is a quarter of a
    # full-colour PNG (4 KB against 18 KB for the sample's), on every reader's first visit.
    small = img.resize((width, LOGO_HEIGHT), Image.Resampling.LANCZOS)
    small.quantize(colors=256, method=Image.Quantize.FASTOCTREE).save(out, "PNG", optimize=True)
    return Logo(out.getvalue(), width, LOGO_HEIGHT), None
