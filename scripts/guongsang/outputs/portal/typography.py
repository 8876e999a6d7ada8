"""Typographic quotes in what readers see: “ ” and ‘ ’ instead of the straight quotes of keyboards.

Two places hold reader text. Markdown bodies (profiles, content pages) go through Python-Markdown's
``smarty`` extension, configured here (it leaves code spans, code blocks, URLs and raw HTML alone).
Front-matter strings shown on pages (a profile's title and summary, on its page and on cards) are
plain text, not Markdown: ``curly`` converts them, before the templates escape them. A straight
quote opens after the start, a space or an opening bracket or dash, and closes elsewhere; a single
quote between two letters is an apostrophe (’). One pass over the text: linear in its length.
"""

from __future__ import annotations

SMARTY_CONFIG = {
    "smart_angled_quotes": False,
    # Characters rather than HTML entities: the same text in pages, feeds and Zalo payloads.
    "substitutions": {
        "left-single-quote": "‘", "right-single-quote": "’",
        "left-double-quote": "“", "right-double-quote": "”",
        "ndash": "–", "mdash": "—", "ellipsis": "…",
    },
}
_OPENS_AFTER = set(" \t\n\r\u00a0([{“‘-–—/")


def markdown_config(extensions: list[object], configs: dict[str, dict[str, object]]) -> None:
    """Add ``smarty`` to a renderer's Markdown extensions (MkDocs' ``markdown_extensions``), once."""
    if "smarty" not in extensions and "markdown.extensions.smarty" not in extensions:
        extensions.append("smarty")
        configs["smarty"] = SMARTY_CONFIG | configs.get("smarty", {})


def curly(text: str) -> str:
    """``text`` with straight quotes turned typographic; text without them is returned as is."""
    if '"' not in text and "'" not in text:
        return text
    out = []
    prev = ""
    for i, ch in enumerate(text):
        if ch == '"':
            ch = "“" if prev == "" or prev in _OPENS_AFTER else "”"
        elif ch == "'":
            nxt = text[i + 1] if i + 1 < len(text) else ""
            inside_word = prev.isalnum() and nxt.isalpha()  # an apostrophe
            ch = "‘" if not inside_word and (prev == "" or prev in _OPENS_AFTER) else "’"
        out.append(ch)
        prev = ch
    return "".join(out)
