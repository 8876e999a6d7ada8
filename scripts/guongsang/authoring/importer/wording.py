"""`check`'s problems said the way a spreadsheet user reads them: which column, what to type in the cell.

`check` speaks of front-matter lines ("Thêm dòng `year: 2024` vào phần thông tin", "Ví dụ: year: 2024");
someone who filled an Excel list has no such lines. Every message here names the column by the header
the list has (or the model's Vietnamese name, when the list has no such column) and says what to type.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from guongsang.authoring.importer.columns import Columns
from guongsang.core.model import VOCAB_FIELDS, Profile
from guongsang.core.problems import Problem
from guongsang.core.vocab import Vocabularies

_FIELD_WORD = re.compile(r"Trường «([a-z_]+)» ")
_YAML_EXAMPLE = re.compile(r"Ví dụ: ([a-z_]+): (.+)$")
_ADD_LINE = re.compile(r"Thêm dòng `([a-z_]+): (.+)` vào phần thông tin\.$")
# Vocabulary.suggest's choices, by id: a list fills cells with names, so they are shown by name
_VALID = re.compile(r"Các giá trị hợp lệ: ([a-z0-9, -]+)\. ")
_GUESS = re.compile(r'Có phải ý bạn là "([a-z0-9-]+)"\? ')


def column(field: str, columns: Columns) -> str:
    """``cột «Năm»``: the list's own header, or the field's Vietnamese name if the list has no column."""
    header = columns.headers.get(field)
    if header:
        return f"cột «{header}»"
    info = Profile.model_fields.get(field)
    return f"cột «{info.title if info and info.title else field}» (danh sách chưa có cột này)"


def _namer(field: str, vocabs: Vocabularies | None) -> Callable[[str], str]:
    """What a cell would hold for a vocabulary id of ``field``: its name ("xa-tan-hoa" → «Xã Tân Hòa»)."""
    if vocabs is None or field not in VOCAB_FIELDS or VOCAB_FIELDS[field] not in vocabs.by_name:
        return lambda term_id: term_id
    terms = vocabs[VOCAB_FIELDS[field]].terms
    return lambda term_id: f"«{terms[term_id].name}»" if term_id in terms else term_id


def _by_name(hint: str, field: str, vocabs: Vocabularies | None) -> str:
    """The hint with the vocabulary ids it offers replaced by their names."""
    name = _namer(field, vocabs)
    hint = _VALID.sub(lambda m: "Các giá trị hợp lệ: " + ", ".join(name(i) for i in m[1].split(", ")) + ". ", hint)
    return _GUESS.sub(lambda m: f"Có phải ý bạn là {name(m[1])}? ", hint)


def message(p: Problem, columns: Columns, vocabs: Vocabularies | None = None) -> str:
    """One refused row's problem, in a spreadsheet's words; with ``vocabs``, the values it offers by name."""
    field = (p.field or "").split(".")[0].split("[")[0]
    where = column(field, columns) + ": " if field else ""
    if p.code == "GS101" and field:
        example = _ADD_LINE.search(p.hint or "")
        shown = f" Ví dụ: {_namer(field, vocabs)(example.group(2).rstrip('.'))}." if example else ""
        if field not in columns.headers:
            return f"{where}thêm cột này vào danh sách và ghi cho mỗi dòng.{shown}"
        return f"{where}ô còn trống, cần ghi.{shown}"
    text = _FIELD_WORD.sub("Giá trị ", p.message)
    hint = _by_name(p.hint or "", field, vocabs)
    if m := _YAML_EXAMPLE.search(hint):
        hint = hint[: m.start()] + f"Ví dụ: ghi {m.group(2).rstrip('.')} vào ô."
    return where + text + (f" {hint}" if hint else "")
