"""Registration rows → profile stubs, through the same loader and validator as `guongsang check`.

Values are written into a profile exactly as typed (names of units, sectors, awards…), parsed
and validated like any profile, so a bad value gets check's message and did-you-mean; a good
row is then written with the vocabulary ids the validator resolved. Imported profiles are drafts:
registered, not yet approved, and their story is still to be written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from guongsang.authoring.importer import wording
from guongsang.authoring.importer.columns import Columns
from guongsang.authoring.scaffold import render_profile
from guongsang.core import load
from guongsang.core.model import VOCAB_FIELDS
from guongsang.core.text import loose_key, slugify
from guongsang.core.validate import Context, validate_record

# Without a kind (no column, or an empty cell), the kind is read from how the name begins (reported as such).
_KIND_BY_START = (
    (("ho gia dinh", "gia dinh", "ho ong", "ho ba"), "Hộ gia đình"),
    (("mo hinh",), "Mô hình"),
    (("truong", "xa", "phuong", "uy ban", "trung tam", "cong ty", "hop tac xa", "to ", "doi ", "nhom", "chi hoi",
      "hoi ", "phong ", "so ", "ban ", "tram", "benh vien", "tap the", "chi bo", "doan ", "cau lac bo", "khoa ",
      "lop ", "thon", "buon", "khu pho", "cong an", "chi nhanh"), "Tập thể"),
)


@dataclass(slots=True)
class RowResult:
    row: int
    title: str
    path: Path | None = None  # where the profile goes (good rows)
    text: str = ""
    messages: list[str] = field(default_factory=list)  # why the row is refused
    notes: list[str] = field(default_factory=list)  # what was inferred

    @property
    def ok(self) -> bool:
        return not self.messages


def guess_kind(title: str) -> str:
    key = loose_key(title) + " "
    for starts, kind in _KIND_BY_START:
        if key.startswith(starts):
            return kind
    return "Cá nhân"


def convert(number: int, cells: list[str], columns: Columns, ctx: Context, exemplars_dir: Path,
            taken: set[str], today: date) -> RowResult | None:
    """The row as a profile to write, or why not; None for a row with nothing in the recognised columns."""
    values: dict[str, Any] = {f: cells[i] for f, i in columns.fields.items() if i < len(cells) and cells[i]}
    if not values:
        return None
    result = RowResult(number, values.get("title", ""))
    if not values.get("title"):
        result.messages.append(f"thiếu tên (cột «{columns.headers['title']}»).")
        return result
    if not values.get("kind"):  # no kind column, or its cell left empty on this row
        values["kind"] = guess_kind(values["title"])
        result.notes.append(f"loại «{values['kind']}» suy ra từ tên")
    year_text = str(values.get("year", ""))
    if year_text.isascii() and year_text.isdigit():  # "¹".isdigit() too, but int("¹") fails
        values["year"] = int(values["year"])
    values.setdefault("date", today.isoformat())
    values["draft"] = True
    year = values.get("year") if isinstance(values.get("year"), int) else today.year
    slug = slugify(values["title"]) or "ho-so"
    path = exemplars_dir / str(year) / f"{slug}.md"
    rel = load.relative(path, ctx.root)
    rec = load.parse(render_profile(values), rel, path)
    exemplar = validate_record(rec, ctx)
    result.messages.extend(wording.message(p, columns, ctx.vocabs) for p in rec.problems if p.is_error)
    if exemplar is None or result.messages:
        if not result.messages:
            result.messages.append("hồ sơ chưa hợp lệ.")
        return result
    if slug in taken:
        result.messages.append(f"đã có hồ sơ với slug «{slug}» (trong kho hoặc ở một dòng trên); đổi tên cho khác đi.")
        return result
    if path.exists():
        result.messages.append(f"tệp {rel} đã tồn tại; không bao giờ ghi đè.")
        return result
    taken.add(slug)
    resolved = {f: getattr(exemplar.profile, f) for f in VOCAB_FIELDS if getattr(exemplar.profile, f, None)}
    result.path, result.text = path, render_profile({**values, **resolved})
    return result
