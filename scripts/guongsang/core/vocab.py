"""Vocabularies (kinds, sectors, award levels and forms, units, campaigns): data, not code.

Each is a YAML list in ``exemplars/_vocab/<name>.yml``; where a project has no such file the package
default (``guongsang/defaults``) applies. They are validated like profiles: every problem with file and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guongsang.core import abbreviations, awardforms, load, textrules, vocablinks, yamlsrc
from guongsang.core.diskerrors import why
from guongsang.core.nearby import near
from guongsang.core.problems import Problem, did_you_mean, problem
from guongsang.core.text import is_slug, loose_key, match_key

DEFAULTS_DIR = Path(__file__).resolve().parents[1] / "defaults"
VOCAB_DIRNAME = "_vocab"

#: vocabulary name → Vietnamese label; order is the order facets are shown in.
LABELS: dict[str, str] = {
    "kinds": "Loại điển hình",
    "sectors": "Lĩnh vực",
    "units": "Đơn vị",
    "award_levels": "Cấp khen thưởng",
    "award_forms": "Hình thức khen thưởng",
    "campaigns": "Phong trào thi đua",
}

#: vocabulary name → its name in `guongsang danh-muc` (the portal's section folder where there is one)
COMMAND_NAMES: dict[str, str] = {
    "kinds": "loai", "sectors": "linh-vuc", "units": "don-vi", "award_levels": "cap-khen-thuong",
    "award_forms": "hinh-thuc-khen-thuong", "campaigns": "phong-trao",
}

_COMMON_KEYS = {"id", "name", "aliases", "description"}
_EXTRA_KEYS: dict[str, set[str]] = {
    "units": {"parent", "type"},
    "award_forms": {"levels", "parent"},
    "award_levels": {"last_year"},
}


@dataclass(frozen=True, slots=True)
class Term:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    parent: str | None = None  # units; award forms: the generic form a specific one names (awardforms.py)
    type: str | None = None  # units
    levels: tuple[str, ...] = ()  # award forms: the award levels that confer them
    last_year: int | None = None  # award levels: last award year the level existed
    rank: int = 0  # position in the file; for award levels, 0 is the highest
    line: int = 1  # where the entry starts in its file


@dataclass(slots=True)
class Vocabulary:
    name: str
    label: str
    source: str  # where it was read from, for messages
    own: str = ""  # the project's own file for it (where a new term goes), relative to the project
    terms: dict[str, Term] = field(default_factory=dict)
    _keys: dict[str, list[str]] = field(default_factory=dict)  # several ids: a name shared by two units
    _loose: dict[str, str] = field(default_factory=dict)

    def add(self, term: Term) -> None:
        self.terms[term.id] = term
        for text in (term.id, term.name, *term.aliases):
            ids = self._keys.setdefault(match_key(text), [])
            if term.id not in ids:
                ids.append(term.id)
            self._loose.setdefault(loose_key(text), term.id)

    def owners_of(self, text: str) -> list[str]:
        """Every id whose id, name or alias is ``text`` (more than one: an ambiguous name)."""
        return self._keys.get(match_key(text), [])

    def resolve(self, value: str) -> str | None:
        """The id for an id, name or alias in any case, spacing or Unicode form; None if unknown or ambiguous."""
        ids = self._keys.get(match_key(value))
        return ids[0] if ids and len(ids) == 1 else None

    def suggest(self, value: str) -> str:
        """Hint for a value that did not resolve: the ids to choose from, or a term that is really close (a
        typo, or the name's own words); then how to list the vocabulary and where to add a term."""
        ids = self.owners_of(value)
        if len(ids) > 1:
            return "Hãy ghi mã: " + " hoặc ".join(f"{i} ({self._context(i)})" for i in ids) + "."
        close = near(loose_key(value), self._loose)
        guess = f'Có phải ý bạn là "{self._loose[close]}"? ' if close else ""
        if not close and len(self.terms) <= 15:
            guess = "Các giá trị hợp lệ: " + ", ".join(self.terms) + ". "
        listing = f"{guess}Xem danh sách: guongsang danh-muc {COMMAND_NAMES[self.name]}. "
        if self.source == self.own:
            return listing + f"Nếu chưa có, thêm mục mới vào {self.own}."
        return listing + f"Nếu chưa có, tạo tệp {self.own} (chép từ danh mục mặc định) rồi thêm mục mới."

    def _context(self, term_id: str) -> str:
        parent = self.terms[term_id].parent
        return self.terms[parent].name if parent in self.terms else self.terms[term_id].name

    def __contains__(self, term_id: object) -> bool:
        return term_id in self.terms

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms.values())

    def __len__(self) -> int:
        return len(self.terms)


@dataclass(slots=True)
class Vocabularies:
    by_name: dict[str, Vocabulary]
    problems: list[Problem] = field(default_factory=list)
    _children: dict[str, list[str]] = field(default_factory=dict)
    abbreviations: abbreviations.Abbreviations = field(default_factory=abbreviations.Abbreviations)

    def __getitem__(self, name: str) -> Vocabulary:
        return self.by_name[name]

    def unit_ancestors(self, unit_id: str) -> list[str]:
        """Parents of a unit, nearest first (cycles were reported and are cut)."""
        units, out, seen = self.by_name["units"].terms, [], {unit_id}
        parent = units[unit_id].parent if unit_id in units else None
        while parent and parent in units and parent not in seen:
            out.append(parent)
            seen.add(parent)
            parent = units[parent].parent
        return out

    def unit_children(self, unit_id: str) -> list[str]:
        if not self._children:
            for term in self.by_name["units"]:
                if term.parent:
                    self._children.setdefault(term.parent, []).append(term.id)
        return self._children.get(unit_id, [])

    def unit_tree(self) -> Iterator[tuple[str, int]]:
        """Every unit id with its depth, depth first, in the order of units.yml (units in a cycle,
        which were reported, are left out)."""
        units = self.by_name["units"]
        roots = [t.id for t in units if not t.parent or t.parent not in units.terms]
        stack = [(u, 0) for u in reversed(roots)]
        while stack:
            unit_id, depth = stack.pop()
            yield unit_id, depth
            stack.extend((c, depth + 1) for c in reversed(self.unit_children(unit_id)))


def vocab_dir(exemplars_dir: Path) -> Path:
    return exemplars_dir / VOCAB_DIRNAME


def load_all(root: Path, exemplars_dir: Path) -> Vocabularies:
    """Read and validate every vocabulary; problems are collected, never raised."""
    problems: list[Problem] = []
    by_name = {}
    for name, label in LABELS.items():
        own = vocab_dir(exemplars_dir) / f"{name}.yml"
        path = own if load.is_file_reported(own, root, problems) else DEFAULTS_DIR / f"{name}.yml"
        by_name[name] = _read_one(name, label, path, root, problems)
        by_name[name].own = load.relative(own, root)
    abbrevs = abbreviations.load_all(root, vocab_dir(exemplars_dir))  # read aloud by `guongsang radio`
    vocabs = Vocabularies(by_name, problems + abbrevs.problems, abbreviations=abbrevs)
    vocablinks.check(vocabs)
    awardforms.check_vocabulary(vocabs)
    return vocabs


def _read_one(name: str, label: str, path: Path, root: Path, problems: list[Problem]) -> Vocabulary:
    rel = load.relative(path, root)
    vocab = Vocabulary(name, label, rel)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(problem("GS007", rel, 1, None, f"Không đọc được tệp: {why(exc)}.", None))
        return vocab
    text, bad = load.decode(raw, rel)
    if bad is not None:
        problems.append(bad)
        return vocab
    assert text is not None
    try:
        doc = yamlsrc.load(text)
    except yamlsrc.YamlSyntaxError as exc:
        problems.append(problem("GS501", rel, exc.line, None, f"Danh mục {label.lower()} không phải YAML hợp lệ: {exc.reason}.",
                                exc.hint))
        return vocab
    if not isinstance(doc.data, list):
        problems.append(problem(
            "GS501", rel, 1, None, f"Danh mục {label.lower()} phải là một danh sách các mục `- id: …`.",
            "Ví dụ:\n- id: y-te\n  name: Y tế",
        ))
        return vocab
    allowed = _COMMON_KEYS | _EXTRA_KEYS.get(name, set())
    for index, item in enumerate(doc.data):
        term = _read_term(item, index, doc, rel, label, allowed, problems)
        if term is None:
            continue
        if term.id in vocab.terms:
            problems.append(problem(
                "GS502", rel, doc.line_of((index, "id"), 1), "id",
                f"Mã «{term.id}» đã được dùng cho một mục khác trong danh mục {label.lower()}.",
                "Mỗi mục cần một mã riêng.",
            ))
            continue
        for text in (term.name, *term.aliases):
            # Same name under different parents is normal (many communes are called "Xã An Phú");
            # profiles that use such a name are asked for the id. Under one parent it is a mistake.
            clash = next((o for o in vocab.owners_of(text) if vocab.terms[o].parent == term.parent), None)
            if clash is not None:
                problems.append(problem(
                    "GS506", rel, doc.line_of((index, "name"), 1), "name",
                    f"Tên «{text}» của mục «{term.id}» trùng với mục «{clash}»; hồ sơ ghi tên này sẽ không rõ thuộc mục nào.",
                    "Đổi tên hoặc bỏ bí danh trùng.",
                ))
        vocab.add(term)
    return vocab


def _read_term(
    item: Any, index: int, doc: yamlsrc.YamlDoc, rel: str, label: str, allowed: set[str], problems: list[Problem],
) -> Term | None:
    line = doc.line_of((index,), 1)
    if not isinstance(item, dict):
        problems.append(problem("GS505", rel, line, None, f"Mục thứ {index + 1} của danh mục {label.lower()} phải có dạng `id: …` và `name: …`.", None))
        return None
    term_id, name = item.get("id"), item.get("name")
    if not isinstance(term_id, str) or not is_slug(term_id):
        problems.append(problem(
            "GS505", rel, doc.line_of((index, "id"), line), "id",
            f"Mục thứ {index + 1}: mã (id) phải là chữ thường không dấu nối bằng gạch ngang, đang là {term_id!r}.",
            "Ví dụ: giao-duc-dao-tao",
        ))
        return None
    if not isinstance(name, str) or not name.strip():
        problems.append(problem("GS505", rel, doc.line_of((index, "name"), line), "name", f"Mục «{term_id}» thiếu tên (name).", None))
        return None
    for key in item:
        if key not in allowed:
            problems.append(problem(
                "GS102", rel, doc.line_of((index, str(key)), line), str(key),
                f"Mục «{term_id}»: trường «{key}» không được hỗ trợ trong danh mục {label.lower()}.",
                did_you_mean(str(key), allowed) or "Các trường hợp lệ: " + ", ".join(sorted(allowed)) + ".",
            ))
    aliases = _strings(item.get("aliases"), (index, "aliases"), term_id, doc, rel, problems)
    problems.extend(textrules.field_problems(rel, doc.line_of((index, "name"), line), "name", name, code="GS509"))
    for i, alias in enumerate(aliases):
        problems.extend(textrules.field_problems(rel, doc.line_of((index, "aliases", i), line), "aliases", alias, code="GS509"))
    levels = _strings(item.get("levels"), (index, "levels"), term_id, doc, rel, problems)
    last_year = item.get("last_year")
    if last_year is not None and (isinstance(last_year, bool) or not isinstance(last_year, int)):
        problems.append(problem("GS505", rel, doc.line_of((index, "last_year"), line), "last_year", f"Mục «{term_id}»: last_year phải là một năm (số).", None))
        last_year = None
    parent = item.get("parent")
    return Term(
        id=term_id, name=name.strip(), aliases=aliases, description=str(item.get("description") or ""),
        parent=str(parent) if parent is not None else None,
        type=str(item["type"]) if item.get("type") is not None else None,
        levels=levels, last_year=last_year, rank=index, line=line,
    )


def _strings(value: Any, path: tuple[int, str], term_id: str, doc: yamlsrc.YamlDoc, rel: str, problems: list[Problem]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    problems.append(problem(
        "GS505", rel, doc.line_of(path, 1), path[1],
        f"Mục «{term_id}»: {path[1]} phải là danh sách các chuỗi, ví dụ [a, b].", None,
    ))
    return ()
