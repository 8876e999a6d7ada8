"""Vietnamese text written as it is read aloud: numbers, dates, percentages, units, decision numbers and
abbreviations in words; no URLs, no parentheses, no quotation marks.

Every pass is one left-to-right scan with bounded look-around: linear in the text's length whatever it
holds (tests/test_radio_spoken.py times hostile shapes). Choices (README, "Bản tin phát thanh"):

- A parenthesised aside is dropped, not read: in profiles it is mostly an abbreviation, a gloss or a
  reference ("Hội Nông dân (HND)"), which the ear does not need and which, expanded, would be said twice.
- Decision numbers "1874/QĐ-TTg" → "Quyết định số một nghìn tám trăm bảy mươi tư của Thủ tướng Chính
  phủ": the kind and the issuer come from the abbreviation table; after "số" only the number and "của …".
- "11/6" is a date (day/month) when it can be one; "6/2024" a month; "2016–2024" a range "từ … đến …"
  ("… đến …" after "từ", "giai đoạn", "năm"…).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from guongsang.outputs.radio import numbers as nb

MAX_RUN_PARTS = 12  # "1/1/1/…": past this many parts a run is read part by part with its separators
SEPARATORS = {".": "chấm", ",": "phẩy", "/": "trên", ":": "hai chấm"}
DASHES = "-–—"
RANGE_AFTER = {"từ", "giai đoạn", "thời kỳ", "nhiệm kỳ", "năm", "các năm", "những năm", "khoảng"}
UNITS = {  # said after a number only
    "ha": "héc-ta", "km": "ki-lô-mét", "km2": "ki-lô-mét vuông", "km²": "ki-lô-mét vuông",
    "m": "mét", "m2": "mét vuông", "m²": "mét vuông", "m3": "mét khối", "m³": "mét khối",
    "cm": "xen-ti-mét", "mm": "mi-li-mét", "kg": "ki-lô-gam", "g": "gam", "l": "lít",
    "kW": "ki-lô-oát", "kWh": "ki-lô-oát giờ", "MW": "mê-ga-oát", "°C": "độ C",
    "đ": "đồng", "VNĐ": "đồng", "VND": "đồng", "USD": "đô la Mỹ", "tr": "triệu",
}
QUOTES = "\"“”«»„‟‘’`*_#>|"
URL_STARTS = ("http://", "https://", "www.")


def _is_digit(ch: str) -> bool:
    return "0" <= ch <= "9"


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "&-²³°"


BRACKETS = re.compile(r"[()\[\]{}<>]")
URLS = re.compile(r"(?<!\S)(?:https?://|www\.)\S*")  # one literal start, then up to the next space: linear
TOKENS = re.compile(r"[\w&\-²³°]+")  # one character class repeated: linear, no backtracking
_DROP = str.maketrans({**dict.fromkeys(QUOTES), **dict.fromkeys("\u00a0\t\n\r", " ")})


def _outside_brackets(text: str) -> str:
    """``text`` without bracketed asides (angle brackets too: a tag is not read). A bracket without its
    partner is dropped alone, never everything after it."""
    marks = [(m.start(), m.group()) for m in BRACKETS.finditer(text)]
    if not marks:
        return text
    stack: list[int] = []
    pairs: dict[int, int] = {}  # opening position → closing position
    for pos, ch in marks:
        if ch in "([{<":
            stack.append(pos)
        elif stack:
            pairs[stack.pop()] = pos
    out, start, skip_to = [], 0, -1
    for pos, _ch in marks:
        if pos <= skip_to:
            continue
        out.append(text[start:pos])
        if pos in pairs:  # the outermost pair: everything up to its close goes
            skip_to = pairs[pos]
            out.append(" ")
            start = skip_to + 1
        else:
            start = pos + 1
    out.append(text[start:])
    return "".join(out)


def clean(text: str) -> str:
    """NFC; URLs, bracketed asides, quotation marks and invisible characters out; one space between words."""
    text = URLS.sub("", _outside_brackets(unicodedata.normalize("NFC", text))).translate(_DROP)
    if not text.isprintable():  # controls, zero-width and direction marks: rare, so looked at only then
        text = "".join(ch for ch in text if ch == " " or unicodedata.category(ch)[0] != "C")
    return _tidy(text)


def _tidy(text: str) -> str:
    words = text.split()
    joined = " ".join(words)
    for mark in ",.;:!?":
        joined = joined.replace(" " + mark, mark)
    joined = joined.replace(",,", ",").replace(",.", ".").replace(".,", ",").replace(":.", ".")
    return joined.strip(" ,;:")


def _last_words(out: list[str], count: int) -> str:
    tail = out[-1][-40:] if out else ""
    return " ".join(tail.lower().split()[-count:])


def _scan_run(text: str, i: int) -> tuple[list[str], list[str], int]:
    """Digits with separators between digits from ``i``: (digit groups, separators, end)."""
    n, groups, seps = len(text), [], []
    while True:
        j = i
        while j < n and _is_digit(text[j]):
            j += 1
        groups.append(text[i:j])
        if j + 1 < n and text[j] in SEPARATORS and _is_digit(text[j + 1]):
            seps.append(text[j])
            i = j + 1
            continue
        return groups, seps, j


def _valid_day_month(day: str, month: str) -> bool:
    return len(day) <= 2 and len(month) <= 2 and 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def _date(groups: list[str], before: str) -> str | None:
    """A date or a month for runs joined by "/"; None when it cannot be one."""
    prefix = "" if before.endswith("ngày") else "ngày "
    if len(groups) == 2 and _valid_day_month(*groups):
        return f"{prefix}{nb.read_int(int(groups[0]))} tháng {nb.read_month(int(groups[1]))}"
    if len(groups) == 3 and _valid_day_month(groups[0], groups[1]) and len(groups[2]) == 4:
        return (f"{prefix}{nb.read_int(int(groups[0]))} tháng {nb.read_month(int(groups[1]))} "
                f"năm {nb.read_number(groups[2])}")
    if len(groups) == 2 and len(groups[0]) <= 2 and 1 <= int(groups[0]) <= 12 and len(groups[1]) == 4:
        lead = "" if before.endswith("tháng") else "tháng "
        return f"{lead}{nb.read_month(int(groups[0]))} năm {nb.read_number(groups[1])}"
    return None


def _plain_number(groups: list[str], seps: list[str]) -> str | None:
    """An integer with dot thousands ("1.000.005"), optionally a comma decimal ("1.000,5", "14,2")."""
    decimal = None
    if seps and seps[-1] == ",":
        decimal, groups, seps = groups[-1], groups[:-1], seps[:-1]
    if any(s != "." for s in seps):
        return None
    if seps and (len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]) or groups[0][0] == "0"):
        return None
    whole = "".join(groups)
    return nb.read_decimal(whole, decimal) if decimal is not None else nb.read_number(whole)


def _run_words(groups: list[str], seps: list[str], before: str) -> tuple[str, bool]:
    """The words of a run and whether it is a plain quantity (which may start a range or take a unit)."""
    if len(groups) <= MAX_RUN_PARTS:
        plain = _plain_number(groups, seps)
        if plain is not None:
            if before.endswith("thứ") and not seps and groups[0][0] != "0" and len(groups[0]) < 4:
                return nb.read_ordinal(int(groups[0])), False
            return plain, True
        if set(seps) == {"/"}:
            found = _date(groups, before)
            if found:
                return found, False
        if seps == [":"] and len(groups[1]) == 2 and int(groups[0]) < 24 and int(groups[1]) < 60:
            minutes = f" {nb.read_int(int(groups[1]))} phút" if int(groups[1]) else ""
            return f"{nb.read_int(int(groups[0]))} giờ{minutes}", False
    words = [nb.read_number(groups[0])]
    for sep, group in zip(seps, groups[1:], strict=True):
        words += [SEPARATORS[sep], nb.read_number(group)]
    return " ".join(words), False


def _skip_space(text: str, i: int) -> int:
    return i + 1 if i < len(text) and text[i] == " " else i


def _token(text: str, i: int, limit: int = 40) -> tuple[str, int]:
    j = i
    while j < len(text) and j - i < limit and _word_char(text[j]):
        j += 1
    return text[i:j], j


def _issuer(part: str, table: Mapping[str, str]) -> str:
    """"UBND" → "Ủy ban nhân dân"; "QH15" → "Quốc hội khóa mười lăm"; unknown parts as written."""
    stem = part.rstrip("0123456789")
    if part not in table and stem in table and len(part) - len(stem) <= 3:
        return f"{table[stem]} khóa {nb.read_number(part[len(stem):])}"
    return table.get(part, part)


def _decision(number: str, code: str, before: str, table: Mapping[str, str]) -> str:
    """"1874", "QĐ-TTg" → "Quyết định số … của Thủ tướng Chính phủ"; "15", "2023/NĐ-CP" with its year.
    The kind is the code's first part, the issuer the rest (looked up whole, then part by part)."""
    year = ""
    if "/" in code:
        year_digits, code = code.split("/", 1)
        year = f" năm {nb.read_number(year_digits)}"
    kind, _, issuer = code.partition("-") if "-" in code else ("", "", code)
    kind_name = table.get(kind, kind)
    said = nb.read_number(number) + year
    if issuer:
        named = table.get(issuer) or " ".join(_issuer(p, table) for p in issuer.split("-") if p)
        said += f" của {named}"
    if before.endswith("số"):
        return said
    return f"số {said}" if not kind_name or before.endswith(kind_name.lower()) else f"{kind_name} số {said}"


def _decision_code(text: str, i: int, groups: list[str], seps: list[str]) -> tuple[str, str, int] | None:
    """A run followed by "/QĐ-TTg" ("1874/QĐ-TTg", "15/2023/NĐ-CP") → (number, code, end of the code);
    None if it is not a decision number."""
    if i + 1 >= len(text) or text[i] != "/" or not text[i + 1].isalpha():
        return None
    if seps and (seps != ["/"] or len(groups[1]) != 4):
        return None
    code, end = _token(text, i + 1)
    return groups[0], (f"{groups[1]}/{code}" if seps else code), end


def say_numbers(text: str, table: Mapping[str, str]) -> str:
    """Every digit in ``text`` becomes words (see the module's docstring)."""
    out: list[str] = []
    i, start, n = 0, 0, len(text)
    while i < n:
        if not _is_digit(text[i]):
            i += 1
            continue
        out.append(text[start:i])
        if out[-1][-1:] == "-" and out[-1][-2:-1].isalpha():  # "COVID-19": said "COVID mười chín"
            out[-1] = out[-1][:-1]
        if out[-1][-1:].isalpha():
            out.append(" ")
        before = _last_words(out, 3)
        groups, seps, i = _scan_run(text, i)
        decision = _decision_code(text, i, groups, seps)
        if decision:
            out.append(_decision(decision[0], decision[1], before, table))
            start = i = decision[2]
            continue
        words, quantity = _run_words(groups, seps, before)
        if not seps and len(groups[0]) >= 3 and groups[0][0] == "0":  # a phone number: "0209 3856 123"
            parts = [words]
            while i + 1 < n and text[i] == " " and _is_digit(text[i + 1]):
                more, more_seps, end = _scan_run(text, i + 1)
                if more_seps:
                    break
                parts.append(nb.read_digits(more[0]))
                i = end
            words, quantity = " ".join(parts), False
        if quantity:
            j = _skip_space(text, i)
            if j < n and text[j] in DASHES:
                k = _skip_space(text, j + 1)
                if k < n and _is_digit(text[k]):
                    groups2, seps2, end = _scan_run(text, k)
                    second = _plain_number(groups2, seps2) if len(groups2) <= MAX_RUN_PARTS else None
                    if second is not None:
                        lead = "" if any(before.endswith(w) for w in RANGE_AFTER) else "từ "
                        words, i = f"{lead}{words} đến {second}", end
            j = _skip_space(text, i)
            if j < n and text[j] == "%":
                words, i = words + " phần trăm", j + 1
            else:
                unit, end = _token(text, j)
                if unit in UNITS and (end >= n or not _word_char(text[end])):
                    words, i = f"{words} {UNITS[unit]}", end
        out.append(words)
        if i < n and (text[i].isalpha()):
            out.append(" ")
        start = i
    out.append(text[start:])
    return "".join(out)


def expand_abbreviations(text: str, table: Mapping[str, str]) -> str:
    """Whole tokens only, case-sensitive, the whole token first ("NĐ-CP"), then its parts ("QĐ-UBND")."""

    def said(match: re.Match[str]) -> str:
        token = match.group()
        if token in table:
            return table[token]
        if "-" in token.strip("-") and any(p in table for p in token.split("-")):
            return " ".join(table.get(p, p) for p in token.split("-") if p)
        return token

    return TOKENS.sub(said, text)


def speak(text: str, table: Mapping[str, str]) -> str:
    """Text for the ear: cleaned, numbers and abbreviations in words, "&" and dashes as said, NFC."""
    said = expand_abbreviations(say_numbers(clean(text), table), table)
    said = said.replace("&", " và ").replace("%", " phần trăm").replace("+", " cộng ")
    for dash in (" – ", " — ", " - "):
        said = said.replace(dash, ", ")
    said = said.replace("/", " ").replace("–", " ").replace("—", " ")
    return unicodedata.normalize("NFC", _tidy(said))


def syllables(text: str) -> int:
    """Spoken syllables: space-separated words, a hyphenated loanword counting each part ("héc-ta": 2)."""
    return sum(1 + word.count("-") for word in text.split())
