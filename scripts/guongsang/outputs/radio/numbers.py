"""Vietnamese numbers as they are read aloud on the radio.

Not num2words: its Vietnamese reads 2024 as "hai nghìn lẻ hai mươi bốn" and 14.2 as "mười bốn phẩy
hai mươi". The rules here are those of standard (northern, broadcast) reading:

- tens: "mười" for 10–19, "X mươi" from 20; units after "mươi": 1 → "mốt" (21, not 11), 4 → "tư"
  (24, not 14), 5 → "lăm" (15, 25…), 0 → nothing;
- a zero tens digit after hundreds is "linh" (105 → "một trăm linh năm"). "Linh" rather than the
  southern "lẻ": it is the form of VTV and VOV and of the written style of documents read aloud;
- inside a number every group after the first says its hundreds, even "không trăm" (2024 → "hai
  nghìn không trăm hai mươi tư", 1.000.005 → "một triệu không trăm linh năm"): the way amounts are
  read out in full, unambiguous for a listener, while an all-zero group is left out;
- groups: nghìn, triệu, tỷ, and beyond that tỷ of tỷ (10^18 → "một tỷ tỷ");
- a digit string that starts with 0 (a code, a phone number) or is longer than MAX_DIGITS is read
  digit by digit.
"""

from __future__ import annotations

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
GROUPS = ("", "nghìn", "triệu")
MAX_DIGITS = 30  # longer strings are read digit by digit (bounded cost; nobody says such a number)


def _tens_units(tens: int, units: int, after_hundreds: bool) -> list[str]:
    if tens == 0:
        if units == 0:
            return []
        return ["linh", DIGITS[units]] if after_hundreds else [DIGITS[units]]
    words = ["mười"] if tens == 1 else [DIGITS[tens], "mươi"]
    if units == 1:
        words.append("một" if tens == 1 else "mốt")
    elif units == 4:
        words.append("bốn" if tens == 1 else "tư")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(DIGITS[units])
    return words


def _triple(value: int, full: bool) -> list[str]:
    """0 < value < 1000; ``full``: not the leading group, so the hundreds are said even when 0."""
    hundreds, rest = divmod(value, 100)
    words = [DIGITS[hundreds], "trăm"] if hundreds or full else []
    return words + _tens_units(rest // 10, rest % 10, bool(words))


def _below_billion(value: int, full: bool) -> list[str]:
    """0 < value < 10^9; ``full``: something bigger is said before it."""
    groups = [value // 1_000_000, value // 1000 % 1000, value % 1000]
    words: list[str] = []
    for index, group in enumerate(groups):
        if group:
            words += _triple(group, full or bool(words))
            name = GROUPS[2 - index]
            if name:
                words.append(name)
    return words


def _words(value: int, full: bool) -> list[str]:
    high, low = divmod(value, 1_000_000_000)
    words = [*_words(high, full), "tỷ"] if high else []
    if low:
        words += _below_billion(low, full or bool(words))
    return words


def read_int(value: int) -> str:
    """A non-negative integer in words: 21 → "hai mươi mốt", 1874 → "một nghìn tám trăm bảy mươi tư"."""
    if value < 0:
        return "âm " + read_int(-value)
    return " ".join(_words(value, False)) if value else DIGITS[0]


def read_digits(digits: str) -> str:
    """Each digit on its own: "0912" → "không chín một hai"."""
    return " ".join(DIGITS[int(d)] for d in digits if d.isdigit() and d.isascii())


def read_number(digits: str) -> str:
    """An ASCII digit string as said: a number, or digit by digit when it starts with 0 or is too long."""
    if len(digits) > MAX_DIGITS or (len(digits) > 1 and digits[0] == "0"):
        return read_digits(digits)
    return read_int(int(digits))


def read_decimal(whole: str, fraction: str) -> str:
    """"14", "2" → "mười bốn phẩy hai". A fraction of up to 3 digits without a leading 0 is read as a
    number ("3,25" → "ba phẩy hai mươi lăm"), any other digit by digit ("0,05" → "không phẩy không năm")."""
    tail = read_int(int(fraction)) if len(fraction) <= 3 and fraction[0] != "0" else read_digits(fraction)
    return f"{read_number(whole)} phẩy {tail}"


def read_ordinal(value: int) -> str:
    """After "thứ": 1 → "nhất", 4 → "tư", else the number."""
    return {1: "nhất", 4: "tư"}.get(value) or read_int(value)


MONTHS = {4: "tư"}  # "tháng tư"; other months are their number ("tháng một", "tháng mười hai")


def read_month(month: int) -> str:
    return MONTHS.get(month) or read_int(month)
