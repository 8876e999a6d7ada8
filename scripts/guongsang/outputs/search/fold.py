"""Make đ/Đ foldable for Pagefind without doubling the index.

Pagefind folds diacritics by decomposing (NFD) and dropping combining marks, so a query
"thi dua" finds "thi đua" only if "đ" decomposes, and it does not: U+0111 is a letter of
its own. In the text we hand to Pagefind, each đ becomes ``d`` followed by a combining mark,
which folds away to ``d``. Every word is still indexed once, and a query with diacritics still
ranks exact matches first because the mark is part of the stored word. The browser applies the
same mapping to queries and maps results back before showing them
(``assets/guongsang-search.js`` mirrors these two functions).

The mark is U+0345 (COMBINING GREEK YPOGEGRAMMENI), chosen because Unicode counts it as
alphabetic: Pagefind keeps a word whole only when all its characters are letters or digits, and
splits any other word into parts that it indexes again. With U+0335 (the short stroke overlay,
which looks like đ) every đ-word was stored twice, and đ-words are the commonest in Vietnamese
(đã, để, được, đồng…): measured on 10,000 profiles, the index chunk a query for "dua" loads
held 22,821 places for "dinh" instead of about 11,000.
"""

from __future__ import annotations

MARK = "\u0345"
TO_INDEX = str.maketrans({"đ": "d" + MARK, "Đ": "D" + MARK})


def to_index_form(text: str) -> str:
    """``Đặng … thi đua`` → the same text with every đ/Đ as d/D + U+0345.

    Any U+0345 already in the text is dropped first, so the mapping stays reversible.
    """
    return text.replace(MARK, "").translate(TO_INDEX)


def from_index_form(text: str) -> str:
    """The inverse of :func:`to_index_form` (what the browser does to titles, lines and excerpts)."""
    return text.replace("d" + MARK, "đ").replace("D" + MARK, "Đ")
