"""Zalo's length limits for an article, and cutting at a word boundary (shared by `check` and the payloads)."""

from __future__ import annotations

TITLE_MAX, AUTHOR_MAX, DESCRIPTION_MAX = 150, 50, 300
ELLIPSIS = "…"


def cut(text: str, limit: int) -> str:
    """``text`` if it fits, else its longest word-boundary prefix that fits with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    room = limit - len(ELLIPSIS)
    head = text[:room]
    if text[room] != " " and " " in head:  # the last word is cut: drop it (unless it is the only one)
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,.;:–-") + ELLIPSIS


def too_long(text: str, limit: int) -> bool:
    return len(" ".join(text.split())) > limit
