"""Turn pydantic's validation errors into our problems: stable code, Vietnamese reason, hint.

Custom errors raised by the model already carry our code as their type and a
hint in their context; pydantic's built-in ones are translated here by type.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from guongsang.core.load import RawRecord
from guongsang.core.model import Profile, example_of
from guongsang.core.problems import CODES, Problem, problem

_TYPE_WORDS = {
    "string": "một đoạn văn bản",
    "int": "một số nguyên",
    "float": "một số",
    "bool": "true hoặc false",
    "list": "một danh sách",
    "dict": "một bảng các trường",
    "model": "một bảng các trường",
}


def _shape(value: Any) -> str:
    if isinstance(value, bool):
        return f"giá trị đúng/sai ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"số {value}"
    if isinstance(value, list):
        return "một danh sách"
    if isinstance(value, dict):
        return "một bảng các trường"
    if value is None:
        return "để trống"
    return f"«{value}»"


def _label(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _expected(kind: str, value: Any) -> tuple[str, str, str | None]:
    word = _TYPE_WORDS.get(kind, kind)
    return "GS103", f"phải là {word}, nhưng đang là {_shape(value)}", None


def _too_short(ctx: dict[str, Any], value: Any) -> tuple[str, str, str | None]:
    if ctx.get("min_length", 1) <= 1:
        return "GS106", "không được để trống", None
    return "GS106", f"cần ít nhất {ctx['min_length']} ký tự", None


def _too_long(ctx: dict[str, Any], value: Any) -> tuple[str, str, str | None]:
    limit = ctx.get("max_length")
    return "GS106", f"dài {len(value)} ký tự, vượt quá {limit} ký tự cho phép", "Hãy rút gọn lại."


def _range(ctx: dict[str, Any], value: Any, word: str) -> tuple[str, str, str | None]:
    bound = next(iter(ctx.values()), "")
    return "GS104", f"bằng {value}, phải {word} {bound}", None


_BUILTIN: dict[str, Callable[[dict[str, Any], Any], tuple[str, str, str | None]]] = {
    "string_too_short": _too_short,
    "too_short": _too_short,
    "string_too_long": _too_long,
    "too_long": lambda ctx, v: ("GS106", f"có quá nhiều mục (tối đa {ctx.get('max_length')})", None),
    "greater_than_equal": lambda ctx, v: _range(ctx, v, "từ"),
    "less_than_equal": lambda ctx, v: _range(ctx, v, "không quá"),
    "string_pattern_mismatch": lambda ctx, v: (
        "GS107", f"«{v}» không phải slug hợp lệ", "Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ nguyen-thi-hoa.",
    ),
    "extra_forbidden": lambda ctx, v: ("GS109", "trường này không được hỗ trợ", "Mỗi minh chứng chỉ có title và url hoặc file."),
}


def problems_from(exc: ValidationError, rec: RawRecord) -> list[Problem]:
    out: list[Problem] = []
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        field = _label(loc) if loc else None
        line = rec.line_of(*loc) if loc else rec.fm_line
        etype, ctx, value = err["type"], err.get("ctx") or {}, err.get("input")
        if etype in CODES:  # raised by the model with our code and Vietnamese message
            out.append(problem(etype, rec.rel, line, field, err["msg"], ctx.get("hint")))
            continue
        if etype == "missing":
            out.append(_missing(loc, rec))
            continue
        kind = etype.split("_", 1)[0]
        if etype in _BUILTIN:
            code, reason, hint = _BUILTIN[etype](ctx, value)
        elif kind in _TYPE_WORDS and etype.endswith(("_type", "_parsing")):
            code, reason, hint = _expected(kind, value)
        else:
            code, reason, hint = "GS103", f"giá trị không hợp lệ ({err['msg']})", None
        if hint is None and field and field in Profile.model_fields and example_of(field):
            hint = f"Ví dụ: {field}: {example_of(field)}"
        out.append(problem(code, rec.rel, line, field, f"Trường «{field}» {reason}.", hint))
    return out


def _missing(loc: tuple[str | int, ...], rec: RawRecord) -> Problem:
    name = str(loc[-1])
    field = _label(loc)
    info = Profile.model_fields.get(name) if len(loc) == 1 else None
    described = f" ({info.description.rstrip('.')})" if info and info.description else ""
    example = example_of(name) if info else None
    line = rec.line_of(*loc[:-1]) if len(loc) > 1 else rec.fm_line
    return problem(
        "GS101", rec.rel, line, field, f"Thiếu trường bắt buộc «{field}»{described}.",
        f"Thêm dòng `{name}: {example}` vào phần thông tin." if example else None,
    )
