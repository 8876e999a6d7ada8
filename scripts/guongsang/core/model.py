"""The exemplar profile's front matter, declared once as a typed model.

Validation, the JSON Schema for editors and the contributor guide's field table
are all derived from :class:`Profile`. Key names are a public contract.
Vocabulary fields carry a :class:`VocabRef`; they are resolved to ids through
the validation context (``{"vocabs": Vocabularies, "today": date}``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Annotated, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from guongsang.core.text import SLUG_PATTERN
from guongsang.core.textrules import INVISIBLE_CHARS, terminal_safe

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
MIN_YEAR = 2000
DATE_MIN = date(1945, 1, 1)  # publication dates before this are typing mistakes (0001-01-01)
SUMMARY_MAX = 300
AUTHOR_MAX = 50
#: each tag is a section page (with feeds): a bound per profile keeps a site proportional to its profiles
MAX_TAGS = 20
MAX_ALIASES = 20
MAX_EVIDENCE = 50


@dataclass(frozen=True, slots=True)
class VocabRef:
    """Marks a field whose value must be a term of the named vocabulary."""

    vocabulary: str


@dataclass(frozen=True, slots=True)
class RepoFile:
    """Marks a field holding the path of a file in the repository, relative to the profile ("image" or "file")."""

    kind: str


@dataclass(frozen=True, slots=True)
class Example:
    """A value to show in the contributor guide and the `new` template."""

    value: str


_LOOSE_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})/(\d{1,2})/(\d{4})")


def _padded_date(text: str) -> str | None:
    """``2024-3-15`` or ``15/3/2024`` → ``2024-03-15`` when that is a real date, else None."""
    m = _LOOSE_DATE.fullmatch(text)
    if m is None:
        return None
    year, month, day = m.group(1, 2, 3) if m.group(1) else m.group(6, 5, 4)
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def parse_publication_date(value: Any) -> datetime:
    """ISO date or datetime → aware datetime; no zone means Asia/Ho_Chi_Minh."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime.combine(value, time())
    elif isinstance(value, str):
        text = value.strip()
        try:
            parsed = (
                datetime.combine(date.fromisoformat(text), time())
                if len(text) == 10
                else datetime.fromisoformat(text)
            )
        except ValueError:
            fixed = _padded_date(text)
            if fixed is not None:
                raise PydanticCustomError(
                    "GS105", "Ngày «{value}» cần viết theo dạng năm-tháng-ngày, tháng và ngày đủ hai chữ số.",
                    {"value": text, "hint": f"Viết: date: {fixed}"},
                ) from None
            raise PydanticCustomError(
                "GS105",
                "Ngày «{value}» không hợp lệ hoặc không có thật.",
                {"value": text, "hint": "Viết theo dạng năm-tháng-ngày, ví dụ 2025-06-11 hoặc 2025-06-11T08:00."},
            ) from None
    else:
        raise PydanticCustomError(
            "GS103", "Ngày phải là văn bản dạng năm-tháng-ngày, không phải {shape}.",
            {"shape": type(value).__name__, "hint": "Ví dụ: date: 2025-06-11"},
        )
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=TZ)


def _no_bool(value: Any) -> Any:
    # YAML reads `yes`/`no` as booleans; a bool is never a year.
    if isinstance(value, bool):
        raise PydanticCustomError("GS103", "Năm phải là một số, không phải {value}.", {"value": str(value).lower(), "hint": "Ví dụ: year: 2024"})
    return value


PublicationDate = Annotated[
    datetime,
    BeforeValidator(parse_publication_date),
    WithJsonSchema({"anyOf": [{"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}]}),
]
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=120)]
Text = Annotated[str, Field(min_length=1)]
_HTTP_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
# quotes, angle brackets, backslash, whitespace, controls and invisible characters (bidi, zero-width)
_URL_UNSAFE = re.compile(f"[\"'<>\\\\`\\s{INVISIBLE_CHARS}]")


def safe_http_url(value: str) -> bool:
    """An http(s) address with a host and nothing that could leave an HTML attribute or confuse a parser."""
    if not _HTTP_URL.match(value) or _URL_UNSAFE.search(value):
        return False
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and "@" not in parts.netloc


class Evidence(BaseModel):
    """One piece of evidence (minh chứng): a link or a file in the repository."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, frozen=True,
        json_schema_extra={"description": "Minh chứng: một liên kết (url) hoặc một tệp trong kho (file), kèm tên."},
    )

    title: Annotated[Text, Field(title="Tên minh chứng", max_length=300, description="Tên minh chứng, ví dụ số quyết định khen thưởng.")]
    url: Annotated[str | None, Field(title="Liên kết", description="Địa chỉ http(s) của minh chứng.")] = None
    file: Annotated[str | None, RepoFile("file"), Field(title="Tệp", description="Đường dẫn tệp minh chứng (PDF, JPEG, PNG hoặc WebP, trong thư mục exemplars/), tính từ tệp hồ sơ.")] = None

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not safe_http_url(value):
            raise PydanticCustomError(
                "GS110", "Liên kết minh chứng «{value}» không phải địa chỉ http:// hoặc https:// hợp lệ (cần tên máy chủ; "
                "không được có dấu nháy, dấu < >, dấu \\, khoảng trắng hay ký tự điều khiển).",
                {"value": terminal_safe(value)[:300],
                 "hint": "Ví dụ: https://vanban.example.gov.vn/qd-1234 (khoảng trắng trong địa chỉ viết là %20)"},
            )
        return value

    @model_validator(mode="after")
    def _one_target(self) -> Evidence:
        if (self.url is None) == (self.file is None):
            raise PydanticCustomError(
                "GS109", "Mỗi minh chứng cần đúng một trong hai: url (liên kết) hoặc file (tệp).",
                {"hint": "Ví dụ:\n  - title: Quyết định 1234/QĐ-UBND\n    url: https://…"},
            )
        return self


class Profile(BaseModel):
    """Front matter of one exemplar profile. Field descriptions are shown to contributors."""

    model_config = ConfigDict(
        extra="ignore",  # unknown keys are reported as warnings before validation
        str_strip_whitespace=True,
        coerce_numbers_to_str=True,  # `decision: 1234` is text, not an error
        frozen=True,
        json_schema_extra={"description": "Phần thông tin (front matter) của một hồ sơ gương điển hình tiên tiến."},
    )

    title: Annotated[Text, Field(title="Tên điển hình", max_length=200, description="Họ tên cá nhân, hoặc tên tập thể, hộ gia đình, mô hình."), Example("Nguyễn Thị Hoa")]
    kind: Annotated[str, VocabRef("kinds"), Field(title="Loại điển hình", description="Loại điển hình."), Example("ca-nhan")]
    unit: Annotated[str, VocabRef("units"), Field(title="Đơn vị", description="Đơn vị, cơ quan, địa phương của điển hình."), Example("xa-tan-hoa")]
    sector: Annotated[str, VocabRef("sectors"), Field(title="Lĩnh vực", description="Lĩnh vực."), Example("nong-nghiep-nong-thon-moi")]
    award_level: Annotated[str, VocabRef("award_levels"), Field(title="Cấp khen thưởng", description="Cấp khen thưởng (ai quyết định khen thưởng)."), Example("bo-nganh-tinh")]
    year: Annotated[int, BeforeValidator(_no_bool), Field(title="Năm khen thưởng", description=f"Năm được khen thưởng, từ {MIN_YEAR} đến năm sau."), Example("2024")]
    date: Annotated[PublicationDate, Field(title="Ngày đăng", description="Ngày đăng bài (năm-tháng-ngày, có thể kèm giờ); không ghi múi giờ thì hiểu là giờ Việt Nam. Từ 1945-01-01 đến hết năm sau; ngày trong tương lai: bài tự xuất hiện từ ngày đó."), Example("2025-01-15")]
    summary: Annotated[Text, Field(title="Tóm tắt thành tích", max_length=SUMMARY_MAX, description=f"Tóm tắt thành tích, 1–{SUMMARY_MAX} ký tự; dùng cho thẻ chia sẻ và danh sách."), Example("Nữ nông dân chuyển 2 ha lúa kém hiệu quả sang rau hữu cơ, liên kết 35 hộ.")]

    award: Annotated[str | None, VocabRef("award_forms"), Field(title="Hình thức khen thưởng", description="Hình thức khen thưởng, danh hiệu thi đua."), Example("bang-khen-bo-nganh-tinh")] = None
    decision: Annotated[str | None, Field(title="Số quyết định", min_length=1, max_length=100, description="Số quyết định khen thưởng."), Example("1234/QĐ-UBND")] = None
    campaign: Annotated[str | None, VocabRef("campaigns"), Field(title="Phong trào thi đua", description="Phong trào thi đua.")] = None
    tags: Annotated[list[Annotated[Text, Field(max_length=60)]], Field(title="Từ khóa", max_length=MAX_TAGS, description=f"Từ khóa (danh sách, tối đa {MAX_TAGS}).")] = []
    photo: Annotated[str | None, RepoFile("image"), Field(title="Ảnh", min_length=1, description="Ảnh chân dung hoặc ảnh tiêu biểu, đường dẫn tính từ tệp hồ sơ.")] = None
    photo_alt: Annotated[str | None, Field(title="Mô tả ảnh", min_length=1, max_length=300, description="Mô tả ảnh cho người khiếm thị; bắt buộc khi có ảnh.")] = None
    evidence: Annotated[list[Evidence], Field(title="Minh chứng", max_length=MAX_EVIDENCE, description=f"Minh chứng: danh sách {{title, url}} hoặc {{title, file}}, tối đa {MAX_EVIDENCE}.")] = []
    author: Annotated[str | None, Field(title="Người viết", min_length=1, max_length=AUTHOR_MAX, description=f"Người hoặc đơn vị viết bài, tối đa {AUTHOR_MAX} ký tự.")] = None
    draft: Annotated[bool, Field(title="Bản nháp", description="Bản nháp: không đăng lên cổng.")] = False
    featured: Annotated[bool, Field(title="Điển hình tiêu biểu", description="Điển hình tiêu biểu: hiện ở trang chủ.")] = False
    consent: Annotated[bool, Field(title="Đã có sự đồng ý", description="Đã có sự đồng ý của người được nêu gương cho việc đăng ảnh và thông tin.")] = False
    withdrawn: Annotated[bool, Field(title="Đã gỡ", description="Gỡ hồ sơ khỏi cổng (theo yêu cầu của người được nêu gương hoặc vì sai sót): không còn ở trang, chuyên mục, nguồn tin, Zalo, tìm kiếm, sơ đồ trang và thống kê; địa chỉ cũ hiện trang «đã gỡ».")] = False
    slug: Annotated[Slug | None, Field(title="Đường dẫn (slug)", description="Phần cuối địa chỉ trang; mặc định là tên tệp. Không đổi sau khi đã đăng.")] = None
    aliases: Annotated[list[Slug], Field(title="Các slug cũ", max_length=MAX_ALIASES, description=f"Các slug cũ (tối đa {MAX_ALIASES}); địa chỉ cũ sẽ tự chuyển tới trang mới.")] = []

    @field_validator("kind", "unit", "sector", "award_level", "award", "campaign")
    @classmethod
    def _resolve_term(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        vocab = info.context["vocabs"][vocab_of(info.field_name or "")]
        resolved = vocab.resolve(value)
        if resolved is None and len(vocab.owners_of(value)) > 1:
            raise PydanticCustomError(
                "GS204", "{label} «{value}» trùng tên với nhiều mục trong danh mục.",
                {"label": vocab.label, "value": value, "hint": vocab.suggest(value)},
            )
        if resolved is None:
            raise PydanticCustomError(
                "GS201", "{label} «{value}» không có trong danh mục.",
                {"label": vocab.label, "value": value, "hint": vocab.suggest(value)},
            )
        return resolved

    @field_validator("year")
    @classmethod
    def _year_in_range(cls, value: int, info: ValidationInfo) -> int:
        latest = info.context["today"].year + 1
        if not MIN_YEAR <= value <= latest:
            raise PydanticCustomError(
                "GS104", "Năm {value} nằm ngoài khoảng cho phép ({low}–{high}).",
                {"value": value, "low": MIN_YEAR, "high": latest, "hint": "Ghi năm được khen thưởng, ví dụ 2024."},
            )
        return value


    @field_validator("date")
    @classmethod
    def _date_in_range(cls, value: datetime, info: ValidationInfo) -> datetime:
        return check_date_range(value, info.context["today"])


def check_date_range(value: datetime, today: date) -> datetime:
    """A publication date from 1945-01-01 (the first exemplars the portal honours) to the end of next year."""
    latest = date(today.year + 1, 12, 31)
    if not DATE_MIN <= value.date() <= latest:  # the date as written (converting year 1 would overflow)
        raise PydanticCustomError(
            "GS104", "Ngày đăng {value} nằm ngoài khoảng hợp lý (từ {low} đến {high}).",
            {"value": value.date().isoformat(), "low": DATE_MIN.isoformat(), "high": latest.isoformat(),
             "hint": "Ghi ngày đăng bài theo dạng năm-tháng-ngày, ví dụ 2025-06-11; ngày trong tương lai chỉ để hẹn giờ đăng."},
        )
    return value


def vocab_of(field_name: str) -> str:
    """The vocabulary a field refers to (``KeyError`` for a plain field)."""
    return VOCAB_FIELDS[field_name]


VOCAB_FIELDS: dict[str, str] = {
    name: m.vocabulary
    for name, info in Profile.model_fields.items()
    for m in info.metadata
    if isinstance(m, VocabRef)
}
#: a field that, when set, makes others required (checked in validation, stated in the schema)
DEPENDENT_REQUIRED: dict[str, tuple[str, ...]] = {"photo": ("photo_alt",)}
REQUIRED_FIELDS: tuple[str, ...] = tuple(n for n, f in Profile.model_fields.items() if f.is_required())
FIELDS: tuple[str, ...] = tuple(Profile.model_fields)


def example_of(field_name: str) -> str | None:
    for m in Profile.model_fields[field_name].metadata:
        if isinstance(m, Example):
            return m.value
    return None
