"""Untrusted profile bodies: an allow-list for the HTML they render to, and where their source has markup it removes.

Many hands edit the repository; whatever raw HTML a profile's Markdown carries, only the tags
and attributes below reach a page, a feed or a Zalo payload (nh3, the Rust ammonia sanitizer).
Scripts, styles, frames, objects and forms are dropped with their content, every ``on…`` event
attribute and every URL that is not http(s), mailto, tel or relative.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import nh3

from guongsang.core.mdguard import code_spans

TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
    "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
    "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "summary", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
# Dropped with everything inside them (the rest of the unknown tags keep their text).
DROPPED_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "noscript", "template", "form", "textarea",
                        "select", "svg", "math", "frameset", "frame", "applet"}
ATTRIBUTES = {
    "*": {"class", "id", "title", "lang", "dir"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height", "loading"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
    "ol": {"start", "reversed"},
    "details": {"open"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def clean(html: str) -> str:
    """The HTML with only the allowed tags, attributes and URL schemes left."""
    return nh3.clean(html, tags=TAGS, clean_content_tags=DROPPED_WITH_CONTENT, attributes=ATTRIBUTES,
                     url_schemes=URL_SCHEMES, link_rel=None, strip_comments=True)


# What `check` points out in the Markdown source (code spans and fenced blocks are shown as text, so skipped).
# Every pattern reads each character a bounded number of times: no run that two quantifiers could share
# (possessive `*+`), no `[^>]*` tried from every `<` to the end of a long line.
_UNSAFE = (
    (re.compile(r"<\s*+(script|style|iframe|object|embed|form|frame|frameset|applet|svg|math|meta|link|base)\b", re.I),
     "thẻ <{0}>"),
    (re.compile(r"(?:href|src|action)\s*+=\s*+[\"']?\s*+(javascript|vbscript|data)\s*+:", re.I), "địa chỉ {0}:"),
    (re.compile(r"\]\(\s*+<?\s*+(javascript|vbscript|data)\s*+:", re.I), "liên kết {0}:"),
)
_TAG_START = re.compile(r"<[a-z]", re.I)
_EVENT = re.compile(r"\s(on[a-z]+)\s*+=", re.I)
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


def _event_attributes(line: str) -> Iterator[re.Match[str]]:
    """``on…=`` inside a tag: after a ``<letter`` with no ``>`` in between. Each piece between two ``>``
    is read once (one pattern from ``<`` to ``on…=`` would read to the end of the line from every ``<``)."""
    for piece in line.split(">"):
        tag = _TAG_START.search(piece)
        if tag:
            yield from _EVENT.finditer(piece, tag.end())


def without_code_spans(line: str) -> str:
    """``line`` without its code spans (paired as Markdown reads them, in one pass: see mdguard)."""
    spans = code_spans(line, 0)
    kept = [line[end:start] for end, start in zip([0, *spans[1::2]], [*spans[0::2], len(line)], strict=True)]
    return "".join(kept)


def unsafe_markup(body: str) -> list[tuple[int, str]]:
    """(line within ``body``, starting at 1; what) for every piece of markup :func:`clean` would remove."""
    found: list[tuple[int, str]] = []
    lowered = body.lower()
    if "<" not in body and "script" not in lowered and "data" not in lowered:
        return found  # nothing unsafe without one of these: most stories are skipped at string speed
    fenced = False
    for number, line in enumerate(body.splitlines(), start=1):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue
        text = without_code_spans(line) if "`" in line else line
        for pattern, label in _UNSAFE:
            found += [(number, label.format(m.group(1).lower())) for m in pattern.finditer(text)]
        found += [(number, f"thuộc tính sự kiện {m.group(1).lower()}=") for m in _event_attributes(text)]
    return found
