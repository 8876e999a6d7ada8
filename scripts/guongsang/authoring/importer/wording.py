"""`check`'s problems said the way a spreadsheet user reads them: which column, what to type in the cell.

`check` speaks of front-matter lines ("Thêm dòng `year: 2024` vào phần thông tin", "Ví dụ: year: 2024");
someone who filled an Excel list has no such lines. Every message here names the column by the header
the list has (or the model's Vietnamese name, when the list has no such column) and says what to type.
"""

from __future__ import annotations

import re

from guongsang.authoring.importer.columns import Columns
from guongsang.core.model import Profile
from guongsang.core.problems import Problem

_FIELD_WORD = re.compile(r"Trường «([a-z_]+)» ")
_YAML_EXAMPLE = re.compile(r"Ví dụ: ([a-z_]+): (.+)$")
_ADD_LINE = re.compile(r"Thêm dòng `([a-z_]+): (.+)` vào phần thông tin\.$")


def column(field: str, columns: Columns) -> str:
    """``cột «Năm»``: the list's own header, or the field's Vietnamese name if the list has no column."""
    header = columns.headers.get(field)
    if header:
        return f"cột «{header}»"
    info = Profile.model_fields.get(field)
    return f"cột «{info.title if info and info.title else field}» (danh sách chưa có cột này)"


def message(p: Problem, columns: Columns) -> str:
    """One refused row's problem, in a spreadsheet's words."""
    field = (p.field or "").split(".")[0].split("[")[0]
    where = column(field, columns) + ": " if field else ""
    if p.code == "GS101" and field:
        example = _ADD_LINE.search(p.hint or "")
        shown = f" Ví dụ: {example.group(2).rstrip('.')}." if example else ""
        if field not in columns.headers:
            return f"{where}thêm cột này vào danh sách và ghi cho mỗi dòng.{shown}"
        return f"{where}ô còn trống, cần ghi.{shown}"
    text = _FIELD_WORD.sub("Giá trị ", p.message)
    hint = p.hint or ""
    if m := _YAML_EXAMPLE.search(hint):
        hint = hint[: m.start()] + f"Ví dụ: ghi {m.group(2).rstrip('.')} vào ô."
    return where + text + (f" {hint}" if hint else "")
