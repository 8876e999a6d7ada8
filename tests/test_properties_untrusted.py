"""Property tests for what handles untrusted input: the sanitizer, the unsafe-markup and personal-data
scans, the slug maker and the importer. Arbitrary input gives a result or a problem, never an exception."""

from __future__ import annotations

import csv
import io
import re
import tempfile
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import REPO
from guongsang.authoring.importer.columns import find_columns
from guongsang.authoring.importer.rows import convert
from guongsang.authoring.importer.table import TableError, read_rows
from guongsang.core import privacy, sanitize
from guongsang.core.project import Project
from guongsang.core.text import SLUG_PATTERN, slugify
from guongsang.core.validate import Context
from guongsang.core.vocab import load_all

PIECES = st.sampled_from([
    "<script>", "</script>", "<SCRIPT src=//x>", "<img src=x onerror=alert(1)>", "<a href='javascript:x'>",
    "<a href=\"jav&#x09;ascript:x\">", "<iframe src=//e>", "<svg onload=x>", "<p>", "</p>", "<b>", "<style>",
    "<!--", "-->", "<![CDATA[", "]]>", "<math>", "<a href=\"data:text/html,x\">", "\"", "'", "<", ">", "&", "&lt;",
    " onclick=", "<div style=\"x\">", "<table><tr><td>", "```\n", "`", "\n", "Đặng Thị Hường ", "0912 345 678",
    "001234567890", "a@b.vn", "sinh ngày 1/2/1990", "https://x.vn/0912345678",
])
markup = st.lists(PIECES | st.text(max_size=20), max_size=30).map("".join)


# What a story may keep, written here rather than read from sanitize.py: a tag or scheme added there by
# mistake (script, iframe, javascript:) must fail this test, not widen it.
STORY_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
    "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
    "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "summary", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
LINK_SCHEMES = {"http", "https", "mailto", "tel"}


class Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.bad: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in STORY_TAGS:
            self.bad.append(tag)
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.bad.append(name)
            scheme = re.match(r"\s*([a-z][a-z0-9+.\-]*):", value or "", re.I)
            if name in ("href", "src") and scheme and scheme.group(1).lower() not in LINK_SCHEMES:
                self.bad.append(str(value))


@settings(max_examples=300, deadline=None)
@given(markup)
def test_sanitized_html_keeps_only_the_allow_list(html: str) -> None:
    cleaned = sanitize.clean(html)
    audit = Audit()
    audit.feed(cleaned)
    audit.close()
    assert audit.bad == [], cleaned
    assert sanitize.clean(cleaned) == cleaned  # stable: cleaning twice changes nothing


@settings(max_examples=300, deadline=None)
@given(markup)
def test_scans_point_inside_the_text(text: str) -> None:
    lines = max(1, len(text.splitlines()))
    assert all(1 <= line <= lines and what for line, what in sanitize.unsafe_markup(text))
    assert all(0 <= offset < len(text) and what for offset, what in privacy.findings(text))


@settings(deadline=None)
@given(st.text(max_size=60))
def test_slugs_are_slugs_or_empty(name: str) -> None:
    slug = slugify(name)
    assert slug == "" or re.fullmatch(SLUG_PATTERN, slug)


VOCABS = load_all(REPO, REPO / "exemplars")
ROOT = Project.at(REPO).root
CTX = Context(ROOT, VOCABS, date(2026, 11, 25))
HEADER = ["STT", "Họ và tên", "Đơn vị", "Lĩnh vực", "Cấp khen thưởng", "Năm", "Tóm tắt thành tích"]
cells = st.one_of(st.text(max_size=30), st.sampled_from(["Xã Tân Hòa", "Giáo dục", "Cơ sở", "2024", "2099", "", "=1+1"]))
rows = st.lists(st.lists(cells, max_size=9), max_size=6)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows, st.booleans())
@example([["", "0", "", "", "", "¹"]], True)  # found by this test: "¹".isdigit() but int("¹") fails
def test_any_registration_list_gives_rows_or_messages(body: list[list[str]], with_header: bool) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["DANH SÁCH ĐĂNG KÝ"])
    if with_header:
        writer.writerow(HEADER)
    writer.writerows(body)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ds.csv"
        path.write_text(buffer.getvalue(), encoding="utf-8")
        try:
            table = list(read_rows(path))
        except TableError as exc:
            assert str(exc)
            return
        columns = find_columns(table)
        if columns is None:
            return
        taken: set[str] = set()
        for number, row in table:
            if number <= columns.row:
                continue
            result = convert(number, row, columns, CTX, Path(tmp) / "exemplars", taken, date(2026, 11, 25))
            if result is not None:
                assert result.ok == (result.path is not None) and (result.ok or result.messages)
