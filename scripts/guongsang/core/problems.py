"""The one shape every reported problem has, and the catalogue of stable codes.

A code never changes meaning once published: CI annotations, editor plugins and
office checklists refer to them.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    severity: Severity
    summary: str  # Vietnamese, for the contributor guide's table of codes


def _catalogue(*codes: Code) -> dict[str, Code]:
    return {c.code: c for c in codes}


E, W = Severity.ERROR, Severity.WARNING

CODES: dict[str, Code] = _catalogue(
    # Reading the file
    Code("GS001", E, "Tệp không phải văn bản UTF-8"),
    Code("GS002", E, "Tệp rỗng"),
    Code("GS003", E, "Thiếu phần thông tin đầu tệp (front matter)"),
    Code("GS004", E, "Front matter không phải YAML hợp lệ"),
    Code("GS005", E, "Front matter không phải một bảng khóa: giá trị"),
    Code("GS006", E, "Front matter mở bằng --- nhưng không có dòng --- đóng"),
    Code("GS007", E, "Không đọc được tệp"),
    Code("GS008", E, "Tệp hồ sơ quá lớn"),
    Code("GS009", E, "Không đọc được thư mục"),
    # Fields
    Code("GS101", E, "Thiếu trường bắt buộc"),
    Code("GS102", W, "Trường không được hỗ trợ (sẽ bị bỏ qua)"),
    Code("GS103", E, "Sai kiểu dữ liệu"),
    Code("GS104", E, "Giá trị nằm ngoài khoảng cho phép"),
    Code("GS105", E, "Ngày tháng không hợp lệ"),
    Code("GS106", E, "Độ dài không hợp lệ"),
    Code("GS107", E, "Slug không hợp lệ"),
    Code("GS108", E, "Thiếu trường bắt buộc đi kèm (ví dụ có ảnh thì phải có mô tả ảnh)"),
    Code("GS109", E, "Minh chứng không hợp lệ"),
    Code("GS110", E, "Địa chỉ liên kết không hợp lệ"),
    Code("GS111", W, "Tên tệp không ở dạng slug"),
    Code("GS112", W, "Hồ sơ chưa có nội dung"),
    Code("GS113", E, "Khóa front matter bị lặp"),
    Code("GS114", W, "Tên dài hơn 150 ký tự: sẽ bị cắt khi đăng lên Zalo"),
    Code("GS115", W, "Tác giả (hoặc tên đơn vị thay cho tác giả) dài hơn 50 ký tự: sẽ bị cắt khi đăng lên Zalo"),
    Code("GS116", W, "Bài viết có mã HTML không an toàn: sẽ bị gỡ khi đăng"),
    Code("GS117", W, "Có thể là thông tin cá nhân (số điện thoại, số căn cước, e-mail, ngày sinh)"),
    Code("GS118", E, "Ảnh cá nhân hoặc hộ gia đình chưa có sự đồng ý (consent: true)"),
    Code("GS119", E, "Ảnh trong bài viết không phải tệp trong kho (lấy từ máy chủ khác)"),
    Code("GS120", W, "Bài viết còn câu hướng dẫn của guongsang new"),
    Code("GS125", E, "Bài viết lồng quá sâu (danh sách, trích dẫn, dấu nhấn mạnh)"),
    Code("GS126", E, "Bài viết có quá nhiều dấu ngoặc hoặc thẻ HTML chưa đóng: trang sẽ dựng rất lâu"),
    Code("GS127", E, "Một đoạn của bài viết quá dài"),
    Code("GS130", E, "Ký tự vô hình hoặc ký tự điều khiển (đảo chiều, độ rộng 0) trong tên, tiêu đề, từ khóa"),
    Code("GS131", W, "Ký tự vô hình hoặc ký tự điều khiển trong bài viết"),
    Code("GS132", W, "Một từ trộn chữ Latinh với chữ Kirin hoặc Hy Lạp trông giống nhau"),
    Code("GS133", E, "Từ khóa không tạo được địa chỉ chuyên mục (không có chữ cái Latinh hay chữ số)"),
    Code("GS134", W, "Hình thức khen thưởng chung (Huân chương, Giấy khen…) chưa ghi rõ loại, hạng hoặc người quyết định"),
    # Vocabulary values in profiles
    Code("GS201", E, "Giá trị không có trong danh mục"),
    Code("GS202", E, "Hình thức khen thưởng không thuộc cấp khen thưởng đã chọn"),
    Code("GS203", W, "Cấp khen thưởng không còn áp dụng cho năm này"),
    Code("GS204", E, "Tên trùng với nhiều mục trong danh mục; cần ghi mã"),
    # Files a profile points to
    Code("GS301", E, "Không tìm thấy tệp được dẫn tới"),
    Code("GS302", E, "Đường dẫn ra ngoài kho nội dung"),
    Code("GS303", E, "Ảnh bị hỏng hoặc bị cắt cụt"),
    Code("GS304", E, "Định dạng ảnh không được hỗ trợ"),
    Code("GS305", E, "Ảnh quá lớn (quá nhiều điểm ảnh)"),
    Code("GS306", W, "Ảnh dùng hệ màu CMYK"),
    Code("GS307", W, "Ảnh 16 bit mỗi kênh màu"),
    Code("GS308", W, "Ảnh có vùng trong suốt"),
    Code("GS309", W, "Ảnh động: chỉ dùng khung hình đầu"),
    Code("GS310", W, "Ảnh quá nhỏ"),
    Code("GS311", E, "Đường dẫn tệp có ký tự điều khiển"),
    Code("GS312", E, "Tệp nằm ngoài thư mục exemplars/"),
    Code("GS313", E, "Tệp ẩn hoặc trong thư mục ẩn (tên bắt đầu bằng dấu chấm)"),
    Code("GS314", E, "Đường dẫn đi qua liên kết tượng trưng (symlink)"),
    Code("GS315", E, "Loại tệp minh chứng không được chấp nhận (chỉ PDF, JPEG, PNG, WebP)"),
    Code("GS316", E, "Tệp PDF minh chứng bị hỏng"),
    Code("GS317", E, "Hai tệp minh chứng được đăng cùng một tên"),
    Code("GS319", E, "Ảnh có phần văn bản hoặc hồ sơ màu (ICC) quá lớn"),
    # Across profiles
    Code("GS401", E, "Trùng slug (địa chỉ trang)"),
    Code("GS402", E, "Tên cũ (aliases) trùng với slug khác"),
    Code("GS403", W, "Cùng một điển hình, năm và hình thức khen thưởng xuất hiện hai lần"),
    Code("GS404", E, "Tên cũ (aliases) trùng với tên cũ của hồ sơ khác"),
    Code("GS405", E, "Tên cũ (aliases) trùng slug của chính hồ sơ hoặc ghi hai lần"),
    # Vocabulary files
    Code("GS501", E, "Tệp danh mục không hợp lệ"),
    Code("GS502", E, "Mã danh mục bị trùng"),
    Code("GS503", E, "Đơn vị cha không tồn tại"),
    Code("GS504", E, "Cây đơn vị có vòng lặp"),
    Code("GS505", E, "Mục danh mục thiếu hoặc sai trường"),
    Code("GS506", E, "Tên danh mục bị trùng"),
    Code("GS507", E, "Hình thức khen thưởng dẫn tới cấp khen thưởng không tồn tại"),
    Code("GS508", E, "Chỉ tiêu (quotas.yml) không hợp lệ"),
    Code("GS509", E, "Tên trong danh mục có ký tự vô hình hoặc ký tự điều khiển"),
    Code("GS510", E, "Hình thức khen thưởng ghi mục chung (parent) không tồn tại"),
    Code("GS511", E, "Mục chung (parent) của hình thức khen thưởng lại là mục con của mục khác"),
    # Project configuration (mkdocs.yml)
    Code("GS601", E, "Thiết lập của guongsang trong mkdocs.yml không hợp lệ"),
    Code("GS602", W, "Chưa khai báo tên cơ quan vận hành trang (agency.name)"),
    Code("GS603", W, "Chưa khai báo cơ quan chủ quản (agency.parent)"),
    Code("GS604", W, "Chưa khai báo người chịu trách nhiệm nội dung (agency.responsible)"),
    Code("GS605", W, "Chưa khai báo địa chỉ liên hệ (agency.address)"),
    Code("GS606", W, "Chưa khai báo số điện thoại liên hệ (agency.phone)"),
    Code("GS607", W, "Chưa khai báo e-mail liên hệ (agency.email)"),
    Code("GS608", E, "Biểu trưng (agency.logo) không dùng được: thiếu tệp, không phải PNG, JPEG, WebP hoặc bị hỏng"),
    Code("GS609", E, "Mục agency trong mkdocs.yml sai kiểu, sai dạng hoặc có khóa lạ"),
    # Abbreviations read aloud (abbreviations.yml; `guongsang radio`)
    Code("GS701", E, "Tệp từ viết tắt (abbreviations.yml) không đọc được hoặc không phải danh sách YAML"),
    Code("GS702", E, "Mục từ viết tắt thiếu cách đọc (name), sai dạng hoặc có trường lạ"),
    Code("GS703", E, "Từ viết tắt ghi hai lần trong cùng một tệp"),
    Code("GS704", E, "Từ viết tắt không phải một từ liền, hoặc cách đọc có ký tự vô hình"),
    Code("GS705", E, "Mục radio (bản tin phát thanh) trong mkdocs.yml sai kiểu, sai giá trị hoặc có khóa lạ"),
    # Command line
    Code("GS901", E, "Đường dẫn không nằm trong dự án"),
    Code("GS902", E, "Thư mục site trùng, chứa hoặc nằm trong thư mục nguồn của dự án"),
    Code("GS903", E, "Thư mục site không trống và không do Guongsang dựng"),
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding about one place in one file; the public JSON shape of ``check``."""

    code: str
    severity: Severity
    file: str  # relative to the project root, "/" separators
    line: int  # 1-based
    field: str | None
    message: str  # Vietnamese
    hint: str | None = None

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["severity"] = str(self.severity)
        return data

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def problem(
    code: str,
    file: str,
    line: int,
    field: str | None,
    message: str,
    hint: str | None = None,
) -> Problem:
    """Build a problem whose severity comes from the catalogue, so a code has one severity."""
    return Problem(code, CODES[code].severity, file, max(1, int(line)), field, message, hint)


def did_you_mean(value: str, choices: Iterable[str], *, labels: dict[str, str] | None = None) -> str | None:
    """Vietnamese "did you mean" hint for the closest choice, or None.

    ``labels`` maps a comparison key to what to show (e.g. a folded name to its id).
    """
    keys = list(choices)
    close = difflib.get_close_matches(value, keys, n=1, cutoff=0.6)
    if not close:
        return None
    shown = labels.get(close[0], close[0]) if labels else close[0]
    return f'Có phải ý bạn là "{shown}"?'


def sort_key(p: Problem) -> tuple[str, int, str]:
    return (p.file, p.line, p.code)
