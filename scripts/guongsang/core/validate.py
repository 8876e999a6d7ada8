"""Raw records → Exemplar objects, or problems. Per-file checks, then checks across files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from guongsang.core import across, awardforms, filecheck, imagecheck, mdguard, placeholders, privacy, textrules
from guongsang.core.load import RawRecord
from guongsang.core.model import DEPENDENT_REQUIRED, FIELDS, Profile
from guongsang.core.problems import Problem, did_you_mean, problem
from guongsang.core.pyd_errors import problems_from
from guongsang.core.sanitize import unsafe_markup
from guongsang.core.text import is_slug, loose_key, slugify
from guongsang.core.vocab import Vocabularies
from guongsang.core.zalo_limits import AUTHOR_MAX, TITLE_MAX, cut, too_long

# Keys people write when they guess the schema in Vietnamese or from another tool.
KEY_HINTS: dict[str, str] = {
    "ten": "title", "ho_ten": "title", "ho_va_ten": "title", "tieu_de": "title", "name": "title",
    "loai": "kind", "loai_dien_hinh": "kind", "type": "kind",
    "don_vi": "unit", "co_quan": "unit", "dia_phuong": "unit",
    "linh_vuc": "sector", "category": "sector", "categories": "sector",
    "cap": "award_level", "cap_khen_thuong": "award_level", "level": "award_level",
    "hinh_thuc": "award", "hinh_thuc_khen_thuong": "award", "danh_hieu": "award",
    "so_quyet_dinh": "decision", "quyet_dinh": "decision",
    "nam": "year", "ngay": "date", "ngay_dang": "date", "published": "date",
    "tom_tat": "summary", "mo_ta": "summary", "description": "summary",
    "phong_trao": "campaign", "the": "tags", "tu_khoa": "tags", "keywords": "tags",
    "anh": "photo", "hinh_anh": "photo", "image": "photo", "mo_ta_anh": "photo_alt", "alt": "photo_alt",
    "minh_chung": "evidence", "tac_gia": "author", "nguoi_viet": "author",
    "nhap": "draft", "ban_nhap": "draft", "tieu_bieu": "featured", "noi_bat": "featured",
    "dong_y": "consent", "duong_dan": "slug", "url": "slug",
}


@dataclass(frozen=True, slots=True)
class Exemplar:
    """A valid profile: normalised front matter, body and where it came from."""

    slug: str
    source: str  # relative to the project root, "/" separators
    path: Path
    profile: Profile
    body: str
    body_line: int
    fm_line: int  # line of the opening ---
    key_lines: dict[str, int]  # line of each top-level front-matter key

    def line(self, key: str) -> int:
        return self.key_lines.get(key, self.fm_line)

    @property
    def title(self) -> str:
        return self.profile.title

    @property
    def date(self) -> datetime:
        return self.profile.date


@dataclass(frozen=True, slots=True)
class Context:
    root: Path
    vocabs: Vocabularies
    today: date
    max_pixels: int = imagecheck.MAX_PIXELS
    exemplars_dir: Path | None = None  # files a profile publishes must lie here (default: root/exemplars)

    @property
    def exemplars(self) -> Path:
        return self.exemplars_dir or self.root / "exemplars"


def validate_record(rec: RawRecord, ctx: Context) -> Exemplar | None:
    """Validate one record; its problems are appended to ``rec.problems``."""
    if rec.data is None:
        return None
    data: dict[str, Any] = {}
    for key, value in rec.data.items():
        if isinstance(key, str) and key in FIELDS:
            data[key] = value
        else:
            rec.problems.append(_unknown_key(str(key), rec))
    profile: Profile | None = None
    try:
        profile = Profile.model_validate(data, context={"vocabs": ctx.vocabs, "today": ctx.today})
    except ValidationError as exc:
        rec.problems.extend(problems_from(exc, rec))
    photo = filecheck.locate(rec, data.get("photo"), ctx.root, ctx.exemplars, "photo", rec.line_of("photo"))
    if photo is not None:
        rec.problems.extend(
            problem(f.code, rec.rel, rec.line_of("photo"), "photo", f.message, f.hint) for f in imagecheck.inspect(photo, ctx.max_pixels)
        )
    filecheck.evidence(rec, data, ctx.root, ctx.exemplars, ctx.max_pixels)
    kind = _term(ctx.vocabs, "kinds", data.get("kind"))
    filecheck.body_images(rec, data, kind.id if kind else None, ctx.root, ctx.exemplars, ctx.max_pixels)
    _check_dependent(rec, data)
    _check_award(rec, data, ctx.vocabs)
    rec.problems.extend(textrules.profile_problems(rec.rel, data, rec.body, rec.body_line, rec.line_of))
    slug = data["slug"] if isinstance(data.get("slug"), str) else _slug_from_stem(rec)
    if profile is None:
        return None
    slug = profile.slug or slug
    if not rec.body.strip():
        rec.problems.append(problem(
            "GS112", rec.rel, rec.body_line, None, "Hồ sơ chưa có nội dung bài viết sau phần thông tin.",
            "Viết thành tích nổi bật, cách làm và minh chứng sau dòng --- thứ hai.",
        ))
    left = placeholders.left_in(rec.body)
    if left:
        rec.problems.append(problem("GS120", rec.rel, rec.body_line + left[0][0] - 1, None, placeholders.message(left),
                                    "Thay các câu này bằng nội dung thật của hồ sơ (hoặc xóa đi) trước khi đăng."))
    for offset, what in unsafe_markup(rec.body):
        rec.problems.append(problem(
            "GS116", rec.rel, rec.body_line + offset - 1, None,
            f"Bài viết có {what}: phần này sẽ bị gỡ khỏi trang, nguồn tin và Zalo.",
            "Bỏ mã HTML đó; để nhúng video hay bản đồ, đặt liên kết (https://…) thay cho khung nhúng.",
        ))
    rec.problems.extend(privacy.check(rec.rel, data, rec.body, rec.body_line, rec.line_of, profile.kind))
    rec.problems.extend(problem(f.code, rec.rel, rec.body_line + f.line - 1, None, f.message, f.hint)
                        for f in mdguard.findings(rec.body))
    if any(p.is_error for p in rec.problems):
        return None
    _check_zalo_limits(rec, profile, ctx.vocabs)
    return _exemplar(rec, slug, profile)


def _exemplar(rec: RawRecord, slug: str, profile: Profile) -> Exemplar:
    lines = {str(k[0]): v for k, v in rec.doc.lines.items() if len(k) == 1} if rec.doc else {}
    return Exemplar(slug, rec.rel, rec.path, profile, rec.body, rec.body_line, rec.fm_line, lines)


def revalidate(rec: RawRecord, ctx: Context, slug: str) -> Exemplar:
    """The exemplar of a record `check` found valid before (its cache says so, for these very bytes and
    settings): the model again, none of the checks of files, text and privacy. Raises when it is not valid."""
    assert rec.data is not None
    data = {key: value for key, value in rec.data.items() if isinstance(key, str) and key in FIELDS}
    profile = Profile.model_validate(data, context={"vocabs": ctx.vocabs, "today": ctx.today})
    return _exemplar(rec, slug, profile)


def _check_zalo_limits(rec: RawRecord, profile: Profile, vocabs: Vocabularies) -> None:
    """Zalo refuses a title over 150 or an author over 50 characters; the payload cuts them, we warn first."""
    if too_long(profile.title, TITLE_MAX):
        rec.problems.append(problem(
            "GS114", rec.rel, rec.line_of("title"), "title",
            f"Tên dài {len(profile.title)} ký tự; bài đăng Zalo chỉ nhận {TITLE_MAX} ký tự nên sẽ thành "
            f"«{cut(profile.title, TITLE_MAX)}».", "Rút gọn tên, đưa phần giải thích vào tóm tắt hoặc bài viết.",
        ))
    if profile.author is None:
        unit = vocabs["units"].terms[profile.unit].name
        if too_long(unit, AUTHOR_MAX):
            rec.problems.append(problem(
                "GS115", rec.rel, rec.line_of("unit"), "author",
                f"Không có trường author nên bài đăng Zalo ghi tác giả là tên đơn vị «{unit}», dài hơn {AUTHOR_MAX} "
                f"ký tự; sẽ bị cắt thành «{cut(unit, AUTHOR_MAX)}».", "Thêm trường author (tối đa 50 ký tự).",
            ))


def _unknown_key(key: str, rec: RawRecord) -> Problem:
    guess = KEY_HINTS.get(slugify(key).replace("-", "_"))
    hint = f'Có phải ý bạn là "{guess}"?' if guess else did_you_mean(key, FIELDS)
    return problem(
        "GS102", rec.rel, rec.line_of(key), key,
        f"Trường «{key}» không được hỗ trợ và sẽ bị bỏ qua.",
        hint or "Các trường hợp lệ: " + ", ".join(FIELDS) + ".",
    )


def _slug_from_stem(rec: RawRecord) -> str:
    stem = rec.path.stem
    if is_slug(stem):
        return stem
    slug = slugify(stem) or "ho-so"
    rec.problems.append(problem(
        "GS111", rec.rel, rec.fm_line, "slug",
        f"Tên tệp «{rec.path.name}» không ở dạng slug; địa chỉ trang sẽ là «{slug}».",
        f"Đổi tên tệp thành {slug}.md, hoặc ghi rõ `slug: {slug}`.",
    ))
    return slug


def _term(vocabs: Vocabularies, vocabulary: str, value: Any) -> Any:
    """Resolve a raw value on its own, so cross-field checks run even when other fields fail."""
    if not isinstance(value, str):
        return None
    term_id = vocabs[vocabulary].resolve(value)
    return vocabs[vocabulary].terms[term_id] if term_id else None


def _check_award(rec: RawRecord, data: dict[str, Any], vocabs: Vocabularies) -> None:
    level = _term(vocabs, "award_levels", data.get("award_level"))
    if level is None:
        return
    form = _term(vocabs, "award_forms", data.get("award"))
    if form is not None and form.levels and level.id not in form.levels:
        rec.problems.append(problem(
            "GS202", rec.rel, rec.line_of("award"), "award",
            f"Hình thức «{form.name}» được trao ở cấp {', '.join(form.levels)}, không phải cấp «{level.name}» ({level.id}).",
            f"Sửa award_level thành {form.levels[0]}, hoặc chọn hình thức khen thưởng khác.",
        ))
    elif form is not None and (generic := awardforms.generic_problem(rec, data, form, level.id, vocabs["award_forms"])):
        rec.problems.append(generic)
    year = data.get("year")
    if level.last_year is not None and isinstance(year, int) and year > level.last_year:
        rec.problems.append(problem(
            "GS203", rec.rel, rec.line_of("award_level"), "award_level",
            f"Cấp khen thưởng «{level.name}» chỉ áp dụng đến năm {level.last_year}, hồ sơ ghi năm {year}.",
            "Kiểm tra lại cấp khen thưởng hoặc năm.",
        ))


def _check_dependent(rec: RawRecord, data: dict[str, Any]) -> None:
    for key, needed in DEPENDENT_REQUIRED.items():
        if not str(data.get(key) or "").strip():
            continue
        for name in needed:
            if not str(data.get(name) or "").strip():
                rec.problems.append(problem(
                    "GS108", rec.rel, rec.line_of(key), name,
                    f"Có «{key}» nhưng thiếu «{name}» ({str(Profile.model_fields[name].description).rstrip('.')}).",
                    f"Thêm dòng `{name}: …` ngay dưới dòng `{key}:`.",
                ))


def facts(ex: Exemplar) -> across.Facts:
    """What the checks across profiles need from one exemplar."""
    p = ex.profile
    return across.Facts(ex.slug, ex.source, ex.line("slug"), ex.line("aliases"), ex.line("title"), tuple(p.aliases),
                        p.title, loose_key(p.title), p.year, p.award or p.award_level)
