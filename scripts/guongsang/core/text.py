"""Vietnamese text helpers: NFC normalisation, diacritic folding, slugs, matching keys."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_SLUG_RE = re.compile(SLUG_PATTERN)

# NFD leaves đ/Đ intact (they are letters, not letter + mark), so fold them by hand.
_EXTRA_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the form everything we publish uses."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Remove Vietnamese tone and vowel marks, đ → d: ``Đặng Thị Hường`` → ``Dang Thi Huong``."""
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA_FOLD))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


# Tone marks (not the vowel marks ^ ˘ ʼ): their place in a syllable has two spellings in use,
# "hoà, thuý" (old) and "hòa, thúy" (new); lists typed in Excel mix both.
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _tone_last(word: str) -> str:
    """The same syllable with its tone mark moved to the end: one key for both spellings."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = "".join(ch for ch in decomposed if ch in _TONES)
    return decomposed if not tones else "".join(ch for ch in decomposed if ch not in _TONES) + tones


def match_key(text: str) -> str:
    """Key for comparing names regardless of case, Unicode form, spacing and where the tone mark sits
    (``Xã Tân Hoà`` = ``Xã Tân Hòa``)."""
    words = _SPACES.sub(" ", nfc(text).strip()).casefold().split(" ")
    return " ".join(_tone_last(w) for w in words)


def loose_key(text: str) -> str:
    """Like :func:`match_key`, also without diacritics and punctuation; for suggestions."""
    return _SPACES.sub(" ", _NON_SLUG.sub(" ", fold(match_key(text)).lower())).strip()


def slugify(text: str) -> str:
    """Make a URL slug from Vietnamese text: ``Đặng Thị Hường`` → ``dang-thi-huong``."""
    return _NON_SLUG.sub("-", fold(nfc(text)).lower()).strip("-")


def is_slug(text: str) -> bool:
    """True when ``text`` is already a slug (lowercase ASCII words joined by single hyphens)."""
    return bool(_SLUG_RE.match(text))
