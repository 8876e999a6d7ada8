"""The YAML mistakes editors make, found on the line they made them, with the fix spelled out.

PyYAML notices a mistake where it stops making sense of the text, often lines later, and says so in
English: ``year:2024`` is reported on the next line as a missing colon; an unclosed quote at the end
of the front matter; a Tab as "a plain scalar found a tab character that violates indentation". When
PyYAML refuses a text, :func:`diagnose` looks at its lines, up to the one PyYAML stopped at, for those
mistakes and names the first. One pass over the lines, each looked at once: linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_KEY = r"[A-Za-z_][A-Za-z0-9_]{0,40}"
_NO_SPACE = re.compile(rf"( *)({_KEY}):([^\s/:].*)")  # year:2024 (not a URL's "http://")
_COLON_IN_VALUE = re.compile(rf"( *(?:- )?)({_KEY}): +([^\s\"'\[{{|>&*!#][^\n]*?:(?: .*|$))")  # summary: Lưu ý: …
_OPENED = re.compile(rf"( *(?:- )?)({_KEY}): *([\"'\[{{])(.*)")  # key: "…  key: [ …


@dataclass(frozen=True, slots=True)
class Hint:
    line: int  # 0-based, within the text given
    reason: str
    hint: str


def _closes(opener: str, rest: str) -> bool:
    """Does the value that starts with ``opener`` end on its own line?"""
    if opener == '"':  # one pass: a backslash escapes the next character
        escaped = False
        for char in rest:
            if char == '"' and not escaped:
                return True
            escaped = char == "\\" and not escaped
        return False
    if opener == "'":
        return "'" in rest
    return ("]" if opener == "[" else "}") in rest


def _on(number: int, line: str) -> Hint | None:
    if "\t" in line[: len(line) - len(line.lstrip(" \t")) + 1] or ("\t" in line and ":" in line.split("\t", 1)[0]):
        return Hint(number, "dòng này có ký tự Tab; YAML chỉ nhận dấu cách",
                    "Xóa ký tự Tab và gõ dấu cách thay vào (hai dấu cách cho mỗi bậc thụt lề).")
    if (m := _NO_SPACE.fullmatch(line)) and "#" not in m.group(3)[:1]:
        key, value = m.group(2), m.group(3).strip()
        return Hint(number, f"thiếu dấu cách sau dấu hai chấm của «{key}:»",
                    f"Viết một dấu cách sau dấu hai chấm: «{m.group(1)}{key}: {value}».")
    if m := _OPENED.fullmatch(line.rstrip()):
        indent, key, opener, rest = m.groups()
        if not _closes(opener, rest):
            close = {"[": "]", "{": "}"}.get(opener, opener)
            what = {"[": "dấu ngoặc vuông", "{": "dấu ngoặc nhọn"}.get(opener, "dấu ngoặc kép")
            return Hint(number, f"{what} «{opener}» mở ở giá trị của «{key}» chưa được đóng",
                        f"Thêm «{close}» ở cuối giá trị, ví dụ: «{indent}{key}: {opener}{rest.strip()}{close}».")
    if m := _COLON_IN_VALUE.fullmatch(line.rstrip()):
        indent, key, value = m.groups()
        quoted = '"' + value.strip().replace("\\", "\\\\").replace('"', '\\"') + '"'
        return Hint(number, f"giá trị của «{key}» có dấu hai chấm nên YAML hiểu nhầm là một trường mới",
                    f"Đặt cả giá trị trong ngoặc kép: «{indent}{key}: {quoted}».")
    return None


def diagnose(text: str, stopped_at: int) -> Hint | None:
    """The first editor's mistake on lines 0..``stopped_at`` (0-based) of ``text``, if one is recognised."""
    for number, line in enumerate(text.split("\n")[: stopped_at + 1]):
        found = _on(number, line)
        if found is not None:
            return found
    return None
