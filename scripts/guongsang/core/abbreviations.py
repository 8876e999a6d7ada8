"""Abbreviations and how they are said (UBND → Ủy ban nhân dân), for text read aloud: data, not code.

The package's list (``defaults/abbreviations.yml``) is extended, entry by entry, by a project's
``exemplars/_vocab/abbreviations.yml``: an ``abbr`` there adds a new one or replaces the default's
reading. Both files are validated like the vocabularies (file, line, Vietnamese message, GS701–GS704)
and `guongsang check` reports their problems.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from guongsang.core import load, textrules, yamlsrc
from guongsang.core.diskerrors import why
from guongsang.core.problems import Problem, did_you_mean, problem

DEFAULTS = Path(__file__).resolve().parents[1] / "defaults" / "abbreviations.yml"
FILENAME = "abbreviations.yml"
KEYS = ("abbr", "name")
MAX_ABBR = 40  # characters; the reader's token scan looks no further
MAX_ENTRIES = 5000
EXAMPLE = "Ví dụ:\n- abbr: UBND\n  name: Ủy ban nhân dân"


@dataclass(slots=True)
class Abbreviations:
    table: dict[str, str] = field(default_factory=dict)  # abbreviation → how it is said
    sources: tuple[str, ...] = ()  # files read, relative to the project
    problems: list[Problem] = field(default_factory=list)


def is_token(abbr: str) -> bool:
    """An abbreviation is one token as the reader cuts text: letters, digits, "&" and "-" only."""
    return 0 < len(abbr) <= MAX_ABBR and all(ch.isalnum() or ch in "&-" for ch in abbr) and abbr[0].isalnum()


def load_all(root: Path, vocab_dir: Path) -> Abbreviations:
    """The default table with the project's entries over it; problems collected, never raised."""
    out = Abbreviations()
    own = vocab_dir / FILENAME
    paths = [DEFAULTS] + ([own] if load.is_file_reported(own, root, out.problems) else [])
    for path in paths:
        rel = load.relative(path, root)
        out.sources += (rel,)
        out.table.update(_read(path, rel, out.problems))
    return out


def _read(path: Path, rel: str, problems: list[Problem]) -> dict[str, str]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(problem("GS701", rel, 1, None, f"Không đọc được tệp từ viết tắt: {why(exc)}.", None))
        return {}
    text, bad = load.decode(raw, rel)
    if bad is not None or text is None:
        problems.append(bad or problem("GS701", rel, 1, None, "Tệp từ viết tắt không đọc được.", None))
        return {}
    try:
        doc = yamlsrc.load(text)
    except yamlsrc.YamlSyntaxError as exc:
        problems.append(problem("GS701", rel, exc.line, None, f"Tệp từ viết tắt không phải YAML hợp lệ: {exc.reason}.", None))
        return {}
    if doc.data is None:
        return {}
    if not isinstance(doc.data, list) or len(doc.data) > MAX_ENTRIES:
        problems.append(problem("GS701", rel, 1, None,
                                f"Tệp từ viết tắt phải là một danh sách (tối đa {MAX_ENTRIES} mục) các mục `- abbr: …`.",
                                EXAMPLE))
        return {}
    table: dict[str, str] = {}
    first_line: dict[str, int] = {}
    for index, item in enumerate(doc.data):
        line = doc.line_of((index,), 1)
        entry = _entry(item, index, line, doc, rel, problems)
        if entry is None:
            continue
        abbr, name = entry
        if abbr in table:
            problems.append(problem("GS703", rel, doc.line_of((index, "abbr"), line), "abbr",
                                    f"Từ viết tắt «{abbr}» đã ghi ở dòng {first_line[abbr]} của tệp này.",
                                    "Mỗi từ viết tắt ghi một lần; bỏ một trong hai mục."))
            continue
        table[abbr], first_line[abbr] = name, line
    return table


def _entry(item: object, index: int, line: int, doc: yamlsrc.YamlDoc, rel: str,
           problems: list[Problem]) -> tuple[str, str] | None:
    if not isinstance(item, dict):
        problems.append(problem("GS702", rel, line, None,
                                f"Mục thứ {index + 1} phải có dạng `abbr: …` và `name: …`.", EXAMPLE))
        return None
    found = len(problems)
    for key in item:
        if key not in KEYS:
            problems.append(problem("GS702", rel, doc.line_of((index, str(key)), line), str(key),
                                    f"Mục thứ {index + 1}: trường «{key}» không được hỗ trợ trong tệp từ viết tắt.",
                                    did_you_mean(str(key), KEYS) or "Các trường hợp lệ: abbr, name."))
    abbr, name = item.get("abbr"), item.get("name")
    if not isinstance(abbr, str) or not is_token(abbr):
        problems.append(problem("GS704", rel, doc.line_of((index, "abbr"), line), "abbr",
                                f"Mục thứ {index + 1}: từ viết tắt (abbr) phải là một từ liền, chỉ gồm chữ, số, "
                                f"«&» và «-», tối đa {MAX_ABBR} ký tự; đang là {abbr!r}.",
                                "Ví dụ: UBND, KH&CN, NĐ-CP"))
    if not isinstance(name, str) or not name.strip() or "\n" in name.strip():
        problems.append(problem("GS702", rel, doc.line_of((index, "name"), line), "name",
                                f"Mục thứ {index + 1}: thiếu cách đọc (name) trên một dòng.", EXAMPLE))
    else:
        problems.extend(textrules.field_problems(rel, doc.line_of((index, "name"), line), "name", name, code="GS704"))
    if len(problems) > found:
        return None
    assert isinstance(abbr, str) and isinstance(name, str)
    return abbr, " ".join(name.split())
