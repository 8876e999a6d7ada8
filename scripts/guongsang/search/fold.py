"""Make đ/Đ foldable for Pagefind without doubling the index.

Pagefind folds diacritics by decomposing (NFD) and dropping combining marks, so a query
"thi dua" finds "thi đua" only if "đ" decomposes, and it does not: U+0111 is a letter of
its own. In the text we hand to Pagefind, each đ becomes ``d`` followed by COMBINING SHORT
STROKE OVERLAY (U+0335), which looks the same and *does* fold to ``d``. Every word is still
indexed once; a query with diacritics still ranks exact matches first because the mark is
part of the stored word. The browser applies the same mapping to queries and maps results
back before showing them (``assets/guongsang-search.js`` mirrors these two tables).
"""

from __future__ import annotations

STROKE = "\u0335"
TO_INDEX = str.maketrans({"đ": "d" + STROKE, "Đ": "D" + STROKE})


def to_index_form(text: str) -> str:
    """``Đặng … thi đua`` → the same text with every đ/Đ as d/D + U+0335.

    Any U+0335 already in the text is dropped first, so the mapping stays reversible.
    """
    return text.replace(STROKE, "").translate(TO_INDEX)


def from_index_form(text: str) -> str:
    """The inverse of :func:`to_index_form` (what the browser does to excerpts and metadata)."""
    return text.replace("d" + STROKE, "đ").replace("D" + STROKE, "Đ")
