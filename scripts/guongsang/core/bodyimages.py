"""Images inside a profile's body: ``![mô tả](anh-2.jpg)``, ``![mô tả][ref]`` with ``[ref]: anh-2.jpg``, and
``<img src="anh-2.jpg">``. Found in one linear pass; `check` checks each like ``photo`` and the build
publishes re-encoded derivatives and points the page, feeds and Zalo payload at them.

Every pattern here is linear in the body's length: each repetition stops at the next bracket, angle
bracket or line end, so no two attempts scan the same text twice. An image that one pattern misses
(alt text with nested brackets) is not published either: the build drops every ``<img>`` it did not
prepare (portal/attachments.py), so a page never points to an unchecked file or a third-party host.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from urllib.parse import unquote

_IMAGE = re.compile(r"!\[([^\[\]\n]{0,1000})\](?:\([ \t]*(<[^<>\n]*>|[^\s()<>]*)|\[([^\[\]\n]{0,1000})\])?")
_DEFINITION = re.compile(r"^[ ]{0,3}\[([^\[\]\n]{1,1000})\]:[ \t]*(<[^<>\n]*>|[^\s<>]+)", re.M)
_HTML_IMG = re.compile(r"<img\b[^<>]*?(?<![\w-])src[ \t\n]*=[ \t\n]*(\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>`=]+)", re.I)
_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})", re.M)
_TICKS = re.compile(r"`+")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_SPACES = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True, slots=True)
class BodyImage:
    target: str  # as written, without <> or quotes
    start: int  # span of the written target (with its <> or quotes) in the body
    end: int
    line: int  # line within the body, from 1


def _label(text: str) -> str:
    return _SPACES.sub(" ", text.strip()).casefold()


def _fenced(body: str) -> list[tuple[int, int]]:
    """Spans of fenced code blocks (their images, like those in inline code, are shown as text, not loaded)."""
    spans: list[tuple[int, int]] = []
    opened, fence = -1, ""
    for m in _FENCE.finditer(body):
        mark = m.group(1)
        if opened < 0:
            opened, fence = m.start(), mark
        elif mark[0] == fence[0] and len(mark) >= len(fence):  # closed only by its own kind, at least as long
            spans.append((opened, m.end()))
            opened = -1
    if opened >= 0:
        spans.append((opened, len(body)))
    return spans


def _code_spans(body: str, fences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of inline code (`…`, ``…``): a run of backticks closed by the next run of the same length
    in the same paragraph. Runs are paired left to right with one forward pointer per length, paragraph
    breaks looked up by bisection: O(n log n) at worst."""
    runs, f = [], 0
    for m in _TICKS.finditer(body):  # backticks inside fenced blocks (the fences themselves too) are no code spans
        while f < len(fences) and fences[f][1] <= m.start():
            f += 1
        if f == len(fences) or m.start() < fences[f][0]:
            runs.append((m.start(), m.end()))
    blanks = [m.start() for m in _BLANK_LINE.finditer(body)]
    by_length: dict[int, list[int]] = {}
    for i, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(i)
    pointer = dict.fromkeys(by_length, 0)
    spans: list[tuple[int, int]] = []
    covered = -1
    for i, (start, end) in enumerate(runs):
        if start < covered:
            continue
        same, n = by_length[end - start], end - start
        k = pointer[n]
        while k < len(same) and same[k] <= i:
            k += 1
        pointer[n] = k
        if k < len(same):
            close = runs[same[k]]
            blank = bisect.bisect_left(blanks, end)
            if blank == len(blanks) or blanks[blank] >= close[0]:  # no paragraph break in between
                spans.append((start, close[1]))
                covered = close[1]
    return spans


def find(body: str) -> list[BodyImage]:
    """Every image the body loads, in order, each with the span of its target (for rewriting)."""
    if "![" not in body and "<img" not in body.lower():
        return []  # most stories: string speed
    spans: list[tuple[int, int, str]] = []
    definitions: dict[str, tuple[int, int, str]] = {}
    for m in _DEFINITION.finditer(body):
        definitions.setdefault(_label(m.group(1)), (m.start(2), m.end(2), m.group(2)))
    used: set[str] = set()
    for m in _IMAGE.finditer(body):
        if m.group(2) is not None:
            spans.append((m.start(2), m.end(2), m.group(2)))
            continue
        label = _label(m.group(3) or m.group(1))
        if label in definitions and label not in used:
            used.add(label)
            spans.append(definitions[label])
    for m in _HTML_IMG.finditer(body):
        spans.append((m.start(1), m.end(1), m.group(1)))
    fenced = _fenced(body)
    fences = sorted(fenced + _code_spans(body, fenced))
    spans.sort()
    out: list[BodyImage] = []
    line, at, fence = 1, 0, 0
    for start, end, written in spans:
        while fence < len(fences) and fences[fence][1] <= start:
            fence += 1
        if fence < len(fences) and fences[fence][0] <= start:
            continue
        line += body.count("\n", at, start)
        at = start
        target = written[1:-1] if written[:1] in "<\"'" and len(written) >= 2 else written
        if target.strip():
            out.append(BodyImage(target.strip(), start, end, line))
    return out


def is_remote(target: str) -> bool:
    """An address on another host or with a scheme (http:, data:…): never a file in the repository."""
    return target.startswith("//") or bool(_SCHEME.match(target))


def path_of(target: str) -> str:
    """The file path a local target names (``anh%202.jpg`` → ``anh 2.jpg``)."""
    return unquote(target)


def rewrite(body: str, replacements: dict[int, tuple[int, str]]) -> str:
    """``body`` with each target span (start → (end, new text)) replaced; one pass."""
    if not replacements:
        return body
    parts, at = [], 0
    for start in sorted(replacements):
        end, text = replacements[start]
        parts.append(body[at:start])
        parts.append(text)
        at = end
    parts.append(body[at:])
    return "".join(parts)
