"""Personal data in profiles: what `check` points out before a phone number or an ID is published by accident.

Warnings, not errors (an office's own hotline may belong on the page); each names the file and
line and shows the value masked. A photo of a person or a household needs their consent (error).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import Any

from guongsang.core.problems import Problem, problem

# Kinds whose photo shows a private person (the default vocabulary's ids).
PERSONAL_KINDS = ("ca-nhan", "ho-gia-dinh")

_URL = re.compile(r"https?://\S+|www\.\S+")
# One scan finds every run of digits (with spaces, dots, dashes or slashes inside); each run is then
# classified in Python. One pass over 10,000 stories instead of one per kind of data.
_RUN = re.compile(r"\+?\d[\d .\-/]{6,}\d")
_DATE = re.compile(r"(\d{1,2}) ?[/.\-] ?(\d{1,2}) ?[/.\-] ?((?:19|20)\d{2})")
_BIRTH_WORDS = ("sinh", "ns:", "ns ")
# An e-mail is found from its "@" outwards, never by trying every start: `[\w.+-]+@…` tried at each
# letter of a long run without a domain after it rescans the run each time (quadratic).
_LOCAL_RUN = re.compile(r"[\w.+\-]+")
_DOMAIN = re.compile(r"[\w\-]+(?:\.[\w\-]+)+")


def _emails(text: str) -> Iterator[tuple[int, str]]:
    """(start, address) of every e-mail address, left to right, not overlapping; linear in ``text``."""
    done = 0
    for run in _LOCAL_RUN.finditer(text):  # maximal runs: each character is looked at once
        start, end = max(run.start(), done), run.end()  # a run may begin inside the last address found
        if start >= end or text[end:end + 1] != "@":
            continue
        domain = _DOMAIN.match(text, end + 1)  # stops at the next "@" or space: each domain read once
        if domain:
            done = domain.end()
            yield start, text[start:done]


def _inside(spans: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Whether ``offset`` lies in one of the sorted, disjoint ``spans`` (a binary search, not a loop)."""
    i = bisect_right(starts, offset) - 1
    return i >= 0 and offset < spans[i][1]


def _is_phone(digits: str) -> bool:
    if digits.startswith("0084"):
        digits = "0" + digits[4:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    mobile = len(digits) == 10 and digits[0] == "0" and digits[1] in "35789"
    landline = len(digits) == 11 and digits.startswith("02")
    return mobile or landline


def _mask(value: str) -> str:
    """Enough to find it in the file, not enough to copy it from a CI log."""
    return value[:3] + "…" + value[-2:] if len(value) > 6 else value


def findings(text: str) -> Iterator[tuple[int, str]]:
    """(offset, Vietnamese description) of the personal data in ``text`` (web addresses are ignored)."""
    runs = list(_RUN.finditer(text))
    urls = [m.span() for m in _URL.finditer(text)] if ("http" in text or "www." in text) else []
    starts = [a for a, _ in urls]
    for m in runs:
        if _inside(urls, starts, m.start()):
            continue
        value = m.group().strip()
        digits = "".join(ch for ch in value if ch.isdigit())
        date = _DATE.search(value)
        if date:
            before = text[max(0, m.start() - 25):m.start()].lower()
            if any(word in before for word in _BIRTH_WORDS):
                yield m.start(), f"ngày sinh đầy đủ «{date.group()}»"
        elif len(digits) == 12 and digits == value:
            yield m.start(), f"số 12 chữ số giống số căn cước công dân «{_mask(value)}»"
        elif (value.startswith(("0", "+84", "84")) or value.startswith("0084")) and _is_phone(digits):
            yield m.start(), f"số điện thoại «{_mask(value)}»"
    if "@" in text:
        for start, address in _emails(text):
            if not _inside(urls, starts, start):
                yield start, f"địa chỉ e-mail «{_mask(address)}»"


HINT = ("Không đăng số điện thoại, số căn cước, e-mail hay ngày sinh của người được nêu gương; "
        "nếu là đầu mối liên hệ của cơ quan thì giữ nguyên (cảnh báo này không chặn việc đăng).")


def check(rel: str, data: dict[str, Any], body: str, body_line: int, line_of: Any, kind: str) -> list[Problem]:
    """Warnings for personal data in front-matter text and the story; the consent rule for photos."""
    out: list[Problem] = []
    fields = [(key, text) for key, value in data.items()
              for text in ([value] if isinstance(value, str) else [v for v in value if isinstance(v, str)]
                           if isinstance(value, list) else [])]
    # One scan over all values joined by newlines (no finding spans a newline); field by field only when it finds
    # something, so the usual clean profile costs one call instead of one per value.
    if next(findings("\n".join(text for _, text in fields)), None) is not None:
        for key, text in fields:
            out += [problem("GS117", rel, line_of(key), key, f"Trường {key} có {what}.", HINT) for _, what in findings(text)]
    # One pass over the whole story (not line by line: 10,000 stories are checked in seconds).
    line, counted = body_line, 0
    for offset, what in sorted(findings(body)):
        line += body.count("\n", counted, offset)  # from the previous finding on: each newline counted once
        counted = offset
        out.append(problem("GS117", rel, line, None, f"Bài viết có {what}.", HINT))
    if data.get("photo") and kind in PERSONAL_KINDS and data.get("consent") is not True:
        out.append(problem(
            "GS118", rel, line_of("photo"), "consent",
            "Hồ sơ cá nhân hoặc hộ gia đình có ảnh cần ghi nhận sự đồng ý của người được nêu gương.",
            "Khi đã có sự đồng ý (bằng văn bản hoặc xác nhận của đơn vị), thêm dòng: consent: true",
        ))
    return out
