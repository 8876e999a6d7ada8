"""Text that deceives: invisible and control characters, mixed-script words, tags without a slug.

A name with a right-to-left override, a zero-width space or a Cyrillic "е" among Latin letters looks
like another name; an escape sequence in a value can rewrite a reviewer's terminal. Single-line fields
(names, titles, summaries, tags…) refuse invisible and control characters; a body gets a warning (it
is shown inside its own paragraph, and text pasted from Word carries such characters harmlessly).
Every scan here is one regular-expression pass over the text: linear in its length.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from guongsang.core.problems import Problem, problem
from guongsang.core.text import slugify

# Unicode's control (Cc), format (Cf) and line/paragraph separator (Zl, Zp) characters, as ranges
# (building the class from unicodedata at import would cost a scan of every code point).
_FORMAT = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f\u2028\u2029"
)
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
INVISIBLE_CHARS = _CONTROL + _FORMAT  # the body of a character class: controls and invisible characters
_INVISIBLE = re.compile(f"[{_CONTROL}{_FORMAT}]")  # tab, line feed and carriage return are whitespace
TERMINAL_UNSAFE = re.compile(f"[\r{_CONTROL}{_FORMAT}]")  # never echoed to a terminal (CR rewrites the line)
# In a body only what deceives: controls, bidi marks, overrides and isolates, zero-width spaces and
# separators. A zero-width joiner builds emoji (👨‍👩‍👧), a soft hyphen is typography, tag characters
# make flag emoji.
_BODY_DECEPTIVE = "\u061c\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u2028\u2029"
_BODY_INVISIBLE = re.compile(f"[{_CONTROL}{_BODY_DECEPTIVE}]")

_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")  # letters and their combining marks
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_GREEK_CYRILLIC = "\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f"
_LOOKALIKE = re.compile(f"[{_GREEK_CYRILLIC}]")
# Most bodies have none of the characters either rule looks for: one pass over the whole body says so.
_BODY_SUSPECT = re.compile(f"[{_CONTROL}{_BODY_DECEPTIVE}{_GREEK_CYRILLIC}]")
_FIELD_SUSPECT = re.compile(f"[{_CONTROL}{_FORMAT}{_GREEK_CYRILLIC}]")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")  # a tag with one of these has a slug: no need to build it

SINGLE_LINE = ("title", "summary", "decision", "photo_alt", "author")
MAX_BODY_REPORTS = 5  # per profile and rule: one line each, then the count of the rest


def describe(ch: str) -> str:
    """``U+202E (RIGHT-TO-LEFT OVERRIDE)``: how a message names an invisible character."""
    name = unicodedata.name(ch, "") or {"\x1b": "ESCAPE", "\x00": "NULL"}.get(ch, "ký tự điều khiển")
    return f"U+{ord(ch):04X} ({name})"


def terminal_safe(text: str) -> str:
    """``text`` with every control and invisible character shown as ``⟨U+001B⟩``: nothing a value
    carries can move the cursor, recolour or retitle a terminal, or reorder what is shown."""
    return TERMINAL_UNSAFE.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", text)


def mixed_word(text: str) -> str | None:
    """The first word mixing Latin letters with Cyrillic or Greek ones (look-alikes), if any."""
    if not _LOOKALIKE.search(text):  # the common case: one pass, no word split
        return None
    for match in _WORD.finditer(text):
        word = match.group()
        if _LOOKALIKE.search(word) and _LATIN.search(word):
            return word
    return None


def field_problems(rel: str, line: int, field: str, value: str, *, code: str = "GS130") -> list[Problem]:
    """Problems of one single-line text value (a profile field, a tag; a vocabulary name with
    ``code="GS509"``)."""
    out: list[Problem] = []
    if not _FIELD_SUSPECT.search(value):
        return out
    if found := _INVISIBLE.search(value):
        out.append(problem(
            code, rel, line, field,
            f"Giá trị «{terminal_safe(value)}» có ký tự vô hình hoặc ký tự điều khiển {describe(found.group())}: "
            "nó làm chữ hiện khác với chữ thật (đảo chiều, ẩn ký tự) nên không được dùng trong tên, tiêu đề, từ khóa.",
            "Gõ lại giá trị này bằng bàn phím thay vì dán từ nơi khác.",
        ))
    if word := mixed_word(value):
        out.append(problem(
            "GS132", rel, line, field,
            f"Từ «{terminal_safe(word)}» trộn chữ Latinh với chữ Kirin hoặc Hy Lạp trông giống hệt nhau "
            "(ví dụ «е» Kirin thay cho «e»): tìm kiếm và sắp xếp sẽ không nhận ra từ này.",
            "Gõ lại từ này bằng bàn phím tiếng Việt.",
        ))
    return out


def profile_problems(rel: str, data: dict[str, Any], body: str, body_line: int,
                     line_of: Callable[..., int]) -> list[Problem]:
    """Invisible characters, mixed-script words and slug-less tags in one profile's values and body."""
    values: list[tuple[tuple[Any, ...], str, str]] = [((k,), k, v) for k in SINGLE_LINE if isinstance(v := data.get(k), str)]
    tags = data.get("tags")
    tags = [(i, tag) for i, tag in enumerate(tags if isinstance(tags, list) else []) if isinstance(tag, str)]
    values += [(("tags", i), f"tags[{i + 1}]", tag) for i, tag in tags]
    evidence = data.get("evidence")
    for i, item in enumerate(evidence if isinstance(evidence, list) else []):
        if isinstance(item, dict) and isinstance(title := item.get("title"), str):
            values.append((("evidence", i, "title"), f"evidence[{i + 1}].title", title))
    out: list[Problem] = []
    if _FIELD_SUSPECT.search("\n".join(v for _, _, v in values)):  # one pass for the usual clean profile
        for where, field, value in values:
            out += field_problems(rel, line_of(*where), field, value)
    for i, tag in tags:
        if not _ASCII_ALNUM.search(tag) and not slugify(tag) and not _INVISIBLE.search(tag):
            out.append(problem(
                "GS133", rel, line_of("tags", i), f"tags[{i + 1}]",
                f"Từ khóa «{terminal_safe(tag)}» không có chữ cái hay chữ số Latinh nào nên không tạo được địa chỉ "
                "chuyên mục; nó sẽ không hiện ở đâu cả.",
                "Viết từ khóa bằng chữ tiếng Việt, ví dụ «nông thôn mới», hoặc bỏ nó.",
            ))
    out += body_problems(rel, body, body_line)
    return out


def body_problems(rel: str, body: str, body_line: int) -> list[Problem]:
    """Warnings for invisible characters and mixed-script words in a body, one per line, a few lines."""
    if not _BODY_SUSPECT.search(body):
        return []
    invisible: list[tuple[int, str]] = []
    mixed: list[tuple[int, str]] = []
    for i, text in enumerate(body.split("\n")):  # each line scanned a fixed number of times
        if found := _BODY_INVISIBLE.search(text):
            invisible.append((i, found.group()))
        if word := mixed_word(text):
            mixed.append((i, word))
    out: list[Problem] = []
    for n, (i, ch) in enumerate(invisible[:MAX_BODY_REPORTS]):
        more = len(invisible) - MAX_BODY_REPORTS
        rest = f" (và {more} dòng khác nữa)" if n == MAX_BODY_REPORTS - 1 and more > 0 else ""
        out.append(problem(
            "GS131", rel, body_line + i, None,
            f"Bài viết có ký tự vô hình hoặc ký tự điều khiển {describe(ch)}{rest}: người đọc không thấy nó "
            "nhưng nó có thể đảo chiều hoặc che chữ.",
            "Xóa ký tự đó (thường do dán từ Word hay trang web); gõ lại đoạn chữ nếu cần.",
        ))
    for i, word in mixed[:MAX_BODY_REPORTS]:
        out.append(problem(
            "GS132", rel, body_line + i, None,
            f"Từ «{terminal_safe(word)}» trộn chữ Latinh với chữ Kirin hoặc Hy Lạp trông giống hệt nhau.",
            "Gõ lại từ này bằng bàn phím tiếng Việt.",
        ))
    return out
