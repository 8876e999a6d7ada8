"""Which vocabulary term a mistyped value is really close to, for "Có phải ý bạn là …?".

difflib alone finds "xa tan hoa" close to "xa tan phu" (they share most letters) and so suggests another
commune; here a suggestion must be a typo away or name the same words.
"""

from __future__ import annotations

import difflib


def _edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it is certainly more than ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
        if min(row) > limit:
            return limit + 1
    return row[-1]


def near(value: str, keys: dict[str, str]) -> str | None:
    """The one key really close to ``value`` (both loose keys): a typo away (one edit in a short word,
    two in a longer one), or naming the same words as part of the name ("tan hoa" in "xa tan hoa"), or the whole name and more
    ("dan van kheo leo" for "dan van kheo").
    "xa tan phu" is not near "xa tan hoa": another commune, not a typo. None when nothing or more than
    one thing is that close."""
    if not value:
        return None
    limit = 1 if len(value) <= 6 else 2
    words = set(value.split())
    candidates = difflib.get_close_matches(value, keys, n=8, cutoff=0.5)
    typos = {keys[c] for c in candidates if _edits(value, c, limit) <= limit}
    if len(typos) == 1:
        return next(c for c in candidates if keys[c] in typos)
    if typos:
        return None
    within: dict[str, str] = {}
    for key in keys if len(keys) <= 5000 else ():
        named = set(key.split())
        if key != value and (words <= named or (named <= words and len(key) >= 4)):
            within.setdefault(keys[key], key)
    return next(iter(within.values())) if len(within) == 1 else None
