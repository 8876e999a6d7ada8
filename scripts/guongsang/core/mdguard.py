"""Bodies that Python-Markdown would take minutes, or a RecursionError, to render: found by `check` first.

Measured on Python-Markdown 3.x: every ``[`` or ``![`` is followed to its ``]`` (and a link's ``(``
to its ``)``) to the end of the paragraph, so a 25 KB run of ``![`` takes minutes; the raw-HTML pass
(the standard library's HTMLParser) reads from every unclosed ``<a`` to the end of the document;
each inline match copies its whole paragraph, so one 200 KB paragraph of ``*a*`` takes 15 s; lists,
quotes and emphasis nested a few hundred deep exceed Python's recursion limit. Normal stories are
far from all of this, so they are refused rather than rewritten: rendering never changes. Every
function here reads the body a bounded number of times.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

#: characters in one paragraph (list item, heading); a long story is 20–40 KB in many paragraphs
MAX_PARAGRAPH = 20_000
#: lists and quotes nested deeper than this are refused (Python-Markdown recurses past ~250)
MAX_NESTING = 20
#: characters the renderer may read per character of text looking for closing ``]``, ``)``, ``>``
READS_PER_CHAR = 8
READS_FLOOR = 20_000
#: emphasis marks in one paragraph above which `check` renders it once to be sure it does not recurse
MARK_RUNS_TRIAL = 100
#: frames a trial render may use: fewer than a build has left when MkDocs renders a page
TRIAL_FRAMES = 600

_FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")
_TICKS = re.compile(r"`+")
_BRACKET = re.compile(r"[\[\]()]")
_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?])")
_MARK_RUN = re.compile(r"[*_]+")
_HR = re.compile(r"[ ]{0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})")
_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)|>[ \t]*")
_STARTS_BLOCK = re.compile(r"[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#)")
_INDENT = re.compile(r"[ \t]*")
# A line nested deeper than MAX_NESTING starts with more than MAX_NESTING of these characters.
_DEEP_LINE = re.compile(r"\n[ \t>*+\-.)0-9]{" + str(MAX_NESTING + 1) + "}")  # "\n" first: a fast search


@dataclass(frozen=True, slots=True)
class Finding:
    line: int  # within the body, from 1
    code: str
    message: str
    hint: str


@dataclass(slots=True)
class _Line:
    number: int
    start: int  # offsets in the body
    end: int
    spans: list[int]  # code spans: [start, end, start, end…], sorted


def code_spans(line: str, base: int) -> list[int]:
    """Code spans of ``line`` as a flat sorted list of body offsets ``[start, end, start, end…]``: a run of
    backticks is closed by the next run of the same length (as Markdown reads them), paired in one pass.
    Plain ints, not match objects or tuples: a line of 100,000 backticks stays cheap."""
    starts: list[int] = []
    ends: list[int] = []
    for m in _TICKS.finditer(line):
        starts.append(m.start())
        ends.append(m.end())
    closing = [-1] * len(starts)
    last: dict[int, int] = {}
    for i in range(len(starts) - 1, -1, -1):
        size = ends[i] - starts[i]
        closing[i], last[size] = last.get(size, -1), i
    spans: list[int] = []
    i = 0
    while i < len(starts):
        j = closing[i]
        if j < 0:
            i += 1
            continue
        spans += (base + starts[i], base + ends[j])
        i = j + 1
    return spans


def _outside(spans: list[int], pos: int) -> bool:
    return bisect_right(spans, pos) % 2 == 0  # an odd count of bounds before pos: inside a span


def _lines(body: str) -> Iterator[_Line]:
    """Every line outside fenced code blocks, with its code spans."""
    fence: str | None = None
    offset = 0
    for number, line in enumerate(body.split("\n"), start=1):
        start, offset = offset, offset + len(line) + 1
        mark = _FENCE.match(line)
        if fence is not None:
            if mark and mark.group(1)[0] == fence[0] and len(mark.group(1)) >= len(fence):
                fence = None
            continue
        if mark:
            fence = mark.group(1)
            continue
        yield _Line(number, start, start + len(line), code_spans(line, start) if "`" in line else [])


def _paragraphs(body: str, lines: list[_Line]) -> Iterator[list[_Line]]:
    """Groups of lines rendered as one inline text: split at blank lines, list items and headings
    (a group may be larger than Markdown's, never smaller: the estimates stay upper bounds)."""
    group: list[_Line] = []
    for line in lines:
        blank = not body[line.start:line.end].strip()
        if group and (blank or _STARTS_BLOCK.match(body, line.start, line.end)):
            yield group
            group = []
        if not blank:
            group.append(line)
    if group:
        yield group


def _bracket_reads(body: str, group: list[_Line]) -> int:
    """Characters read following each ``[`` to its ``]`` and each link's ``(`` to its ``)``."""
    end = group[-1].end
    opened: dict[str, list[int]] = {"[": [], "(": []}
    reads = 0
    closed_bracket = -2
    for line in group:
        for m in _BRACKET.finditer(body, line.start, line.end):
            pos, ch = m.start(), m.group()
            if (pos and body[pos - 1] == "\\") or not _outside(line.spans, pos):
                continue
            if ch in "[(":
                # a "(" costs a scan only right after a "]" (a link's destination)
                opened[ch].append(pos if ch == "[" or closed_bracket == pos - 1 else -1)
                continue
            stack = opened["[" if ch == "]" else "("]
            if stack:
                start = stack.pop()
                reads += pos - start if start >= 0 else 0
            if ch == "]":
                closed_bracket = pos
    return reads + sum(end - pos for stack in opened.values() for pos in stack if pos >= 0)


def _budget(length: int) -> int:
    return READS_PER_CHAR * length + READS_FLOOR


def _nesting(body: str, line: _Line) -> int:
    text = body[line.start:line.end]
    if _HR.fullmatch(text):
        return 0  # "- - - - …" is a rule, not a list
    indent = _INDENT.match(text)
    assert indent is not None
    pos, depth = indent.end(), 0
    while (marker := _MARKER.match(text, pos)) is not None and marker.end() > pos:
        depth += 1
        pos = marker.end()
    return depth + len(indent.group().expandtabs(4)) // 4 if depth else 0


def findings(body: str) -> list[Finding]:
    """What would make rendering ``body`` super-linear or recursive, with the line to fix.

    Each part runs only when counting characters shows it could find something: a normal story
    costs a few string scans (10,000 profiles are checked in seconds)."""
    out: list[Finding] = []
    openers = body.count("[") + body.count("](")
    marks = body.count("*") + body.count("_")
    last = body.rfind(">")
    tail_opens = body.count("<", last + 1)
    nested = _DEEP_LINE.search("\n" + body[:MAX_NESTING + 1]) is not None or _DEEP_LINE.search(body) is not None
    brackets = openers > READS_PER_CHAR and openers * len(body) > READS_FLOOR
    tags = tail_opens * len(body) > _budget(len(body))
    # paragraphs are at most as long as the pieces between empty lines: the long ones are looked at closely
    long = len(body) > MAX_PARAGRAPH and max(map(len, body.split("\n\n"))) > MAX_PARAGRAPH
    if not (nested or brackets or tags or marks >= MARK_RUNS_TRIAL or long):
        return out
    lines = list(_lines(body))
    for line in lines if nested else ():
        depth = _nesting(body, line) if body[line.start:line.end].lstrip()[:1] in "-*+>0123456789" else 0
        if depth > MAX_NESTING:
            out.append(Finding(line.number, "GS125", f"Bài viết có danh sách hoặc trích dẫn lồng {depth} cấp (tối đa {MAX_NESTING}).",
                               "Bỏ bớt khoảng trắng đầu dòng và các dấu -, *, >, 1. chồng lên nhau."))
            return out  # one is enough: the rest would repeat it
    for group in _paragraphs(body, lines):
        size = group[-1].end - group[0].start
        if size > MAX_PARAGRAPH:
            out.append(Finding(group[0].number, "GS127", f"Một đoạn của bài viết dài {size} ký tự (tối đa {MAX_PARAGRAPH}).",
                               "Tách thành nhiều đoạn: để một dòng trống giữa hai đoạn."))
        elif brackets and _bracket_reads(body, group) > _budget(size):
            out.append(Finding(group[0].number, "GS126",
                               "Đoạn này có quá nhiều dấu ngoặc [ ] hoặc ( ) lồng nhau hay chưa đóng; trang sẽ dựng rất lâu.",
                               "Đóng đủ các dấu ngoặc, hoặc viết \\[ để hiện dấu [ như chữ thường."))
        elif marks >= MARK_RUNS_TRIAL and _emphasis_recurses(body, group):
            out.append(Finding(group[0].number, "GS125", "Đoạn này có các dấu nhấn mạnh (*, _) lồng nhau quá sâu.",
                               "Bỏ bớt các dấu * và _ (hoặc viết \\* , \\_ để hiện chúng như chữ thường)."))
    unclosed = [(line, m.start()) for line in lines if tags and line.end > last
                for m in _TAG_OPEN.finditer(body, max(line.start, last + 1), line.end) if _outside(line.spans, m.start())]
    if sum(len(body) - pos for _, pos in unclosed) > _budget(len(body)):
        out.append(Finding(unclosed[0][0].number, "GS126",
                           f"Bài viết có {len(unclosed)} dấu < mở đầu thẻ HTML mà không có dấu > đóng; trang sẽ dựng rất lâu.",
                           "Viết &lt; thay cho dấu <, hoặc đóng thẻ bằng dấu >."))
    return out


def _emphasis_recurses(body: str, group: list[_Line]) -> bool:
    """Whether rendering this paragraph alone recurses too deep (tried only when it has many marks)."""
    runs = sum(1 for line in group for m in _MARK_RUN.finditer(body, line.start, line.end))
    if runs < MARK_RUNS_TRIAL:
        return False
    import markdown  # only for the rare paragraph full of marks

    text = body[group[0].start:group[-1].end]
    depth, frame = 0, sys._getframe()
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(depth + TRIAL_FRAMES)
    try:
        markdown.markdown(text, extensions=["toc", "tables", "fenced_code"])  # what MkDocs always loads
    except RecursionError:
        return True
    finally:
        sys.setrecursionlimit(limit)
    return False
