"""The lines MkDocs' own serve and build print, in Vietnamese, for `guongsang serve`'s terminal.

MkDocs logs a handful of fixed English sentences while previewing (a file changed, the site is
rebuilt, browsers reload); the people who run `guongsang serve` read Vietnamese. Lines this table
does not know (another plugin's, MkDocs' warnings about content) pass unchanged. The request
line MkDocs logs as a warning for every non-200 answer is dropped for the problem page's 503,
which is the preview working as meant, not a fault; so is MkDocs' warning that a build is "dirty"
(every rebuild of the preview is one, and mkdocs_plugin/incremental.py keeps it exact).
"""

from __future__ import annotations

import logging
import re

_STAMP = re.compile(r"(\[\d\d:\d\d:\d\d\] )?(.*)", re.DOTALL)  # the livereload logger prefixes the time
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"Detected file changes"), "Có tệp thay đổi"),
    (re.compile(r"Reloading browsers"), "Trình duyệt đang mở bản xem thử sẽ tự tải lại"),
    (re.compile(r"Watching paths for changes: (.*)", re.DOTALL), "Theo dõi thay đổi trong: {0}"),
    (re.compile(r"Serving on (.*)"), "Bản xem thử ở {0}"),
    (re.compile(r"Browser connected: (.*)"), "Trình duyệt đã kết nối: {0}"),
    (re.compile(r"Cleaning site directory"), "Dọn thư mục của bản xem thử"),
    (re.compile(r"Documentation built in ([\d.]+) seconds"), "Đã dựng bản xem thử trong {0} giây"),
]
_PROBLEM_PAGE_REQUEST = re.compile(r'".*" code 503')
# Every rebuild of the preview is MkDocs' "dirty" build, on purpose (incremental.py keeps it exact)
_DIRTY_WARNING = re.compile(r"A 'dirty' build is being performed.*", re.DOTALL)


class Vietnamese(logging.Filter):
    """A handler filter: MkDocs' known serve lines said in Vietnamese; the problem page's requests unlogged."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith(("mkdocs.livereload", "mkdocs.commands")):
            return True
        stamp, text = _STAMP.fullmatch(record.getMessage()).groups()  # type: ignore[union-attr]
        if _PROBLEM_PAGE_REQUEST.fullmatch(text) or _DIRTY_WARNING.fullmatch(text):
            return False
        for pattern, said in _RULES:
            if match := pattern.fullmatch(text):
                values = [value.replace(".", ",") if value.replace(".", "").isdigit() else value
                          for value in match.groups()]
                record.msg, record.args = (stamp or "") + said.format(*values), ()
                break
        return True
