"""YAML with source lines: the data, the line of every key, and duplicate keys.

Dates are left as text: PyYAML's timestamp resolver raises a bare ValueError on
``date: 2024-13-45`` and turns ``2024-06-11`` into a naive date; we parse dates
ourselves so the message names the field and the time zone rule applies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from guongsang.core import yamlhints

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader (libyaml when present) that never resolves plain scalars to dates."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

Path = tuple[str | int, ...]
_MAX_DEPTH = 3  # front matter nests at most key → list → mapping; deeper needs no lines


@dataclass(slots=True)
class YamlDoc:
    data: Any
    lines: dict[Path, int] = field(default_factory=dict)
    duplicates: list[tuple[str, int]] = field(default_factory=list)

    def line_of(self, path: Path, default: int) -> int:
        """Line of the deepest known prefix of ``path``."""
        for end in range(len(path), 0, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return default


class YamlSyntaxError(Exception):
    def __init__(self, line: int, reason: str, hint: str | None = None) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason
        self.hint = hint  # the fix, when the mistake is one editors make (yamlhints.py)


# PyYAML's most frequent complaints, said in Vietnamese; anything else is quoted as is.
_REASONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"mapping values are not allowed"),
     "có dấu hai chấm ở chỗ không được phép; nếu giá trị chứa dấu «:», hãy đặt nó trong ngoặc kép"),
    (re.compile(r"found character '\\t'|found character that cannot start any token"),
     "có ký tự không được phép ở đầu giá trị (thường là phím Tab, hoặc @ và ` chưa đặt trong ngoặc kép)"),
    (re.compile(r"could not find expected ':'"), "thiếu dấu hai chấm sau tên trường"),
    (re.compile(r"found undefined alias"), "dùng bí danh (*tên) chưa được khai báo"),
    (re.compile(r"expected a single document"), "có nhiều hơn một tài liệu YAML"),
    (re.compile(r"found unhashable key"), "tên trường không thể là danh sách hoặc bảng"),
    (re.compile(r"while scanning a quoted scalar"), "thiếu dấu ngoặc kép đóng"),
    (re.compile(r"found unexpected end of stream"), "thiếu dấu ngoặc đóng"),
    (re.compile(r"could not determine a constructor"), "dùng thẻ YAML (!...) không được hỗ trợ"),
    (re.compile(r"expected <block end>"), "thụt lề không khớp với các dòng phía trên"),
    (re.compile(r"did not find expected"), "thụt lề hoặc dấu ngoặc không đúng"),
]


def _vietnamese_reason(exc: yaml.YAMLError) -> str:
    text = " ".join(str(x) for x in (getattr(exc, "context", None), getattr(exc, "problem", None)) if x)
    text = text or str(exc).splitlines()[0]
    for pattern, reason in _REASONS:
        if pattern.search(text):
            return reason
    return f"YAML báo: {text}"


def _error_line(exc: yaml.YAMLError, first_line: int) -> int:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return first_line + (mark.line if mark is not None else 0)


_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
_MERGE = "tag:yaml.org,2002:merge"


class _UseConstructor(Exception):
    """The document uses a YAML feature (merge keys) our fast builder leaves to PyYAML."""


def load(text: str, first_line: int = 1) -> YamlDoc:
    """Parse one YAML document whose first line is line ``first_line`` of its file.

    Raises :class:`YamlSyntaxError` (with a Vietnamese reason) for anything
    PyYAML rejects; never anything else.
    """
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDoc(None)
        doc = YamlDoc(None)
        try:
            doc.data = _Builder(loader, doc, first_line).build(node, (), 0)
        except _UseConstructor:
            doc = YamlDoc(loader.construct_document(node))
            _Builder(loader, doc, first_line).build(node, (), 0)  # lines only; data kept
        return doc
    except yaml.YAMLError as exc:
        line = _error_line(exc, first_line)
        known = yamlhints.diagnose(text, line - first_line)
        if known is not None:
            raise YamlSyntaxError(first_line + known.line, known.reason, known.hint) from None
        raise YamlSyntaxError(line, _vietnamese_reason(exc)) from None
    except TypeError:  # a list or mapping used as a key
        raise YamlSyntaxError(first_line, "tên trường không thể là danh sách hoặc bảng") from None
    except (RecursionError, ValueError, OverflowError) as exc:
        raise YamlSyntaxError(first_line, f"YAML không đọc được ({type(exc).__name__})") from None
    finally:
        loader.dispose()


class _Builder:
    """Python data and key lines from the node tree in one walk.

    Plain strings, lists and mappings (nearly all of a front matter) are built
    here; other scalars go through PyYAML's safe constructor. An alias is the
    same node object again: it is built once, so "billion laughs" stays linear.
    """

    def __init__(self, loader: Any, doc: YamlDoc, first_line: int) -> None:
        self.loader, self.doc, self.first_line = loader, doc, first_line
        self.memo: dict[int, Any] = {}

    def build(self, node: yaml.Node, path: Path, depth: int) -> Any:
        if isinstance(node, yaml.ScalarNode):
            return node.value if node.tag == _STR else self.loader.construct_object(node)
        if id(node) in self.memo:
            return self.memo[id(node)]
        if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ:
            items: list[Any] = []
            self.memo[id(node)] = items
            for i, item in enumerate(node.value):
                if depth < _MAX_DEPTH:
                    self.doc.lines[(*path, i)] = self.first_line + item.start_mark.line
                items.append(self.build(item, (*path, i), depth + 1))
            return items
        if isinstance(node, yaml.MappingNode) and node.tag == _MAP:
            mapping: dict[Any, Any] = {}
            self.memo[id(node)] = mapping
            for key_node, value_node in node.value:
                if key_node.tag == _MERGE:
                    raise _UseConstructor
                key = self.build(key_node, path, depth + 1)
                if depth < _MAX_DEPTH and isinstance(key_node, yaml.ScalarNode):
                    line = self.first_line + key_node.start_mark.line
                    if key in mapping:
                        self.doc.duplicates.append((".".join(map(str, (*path, key))), line))
                    self.doc.lines.setdefault((*path, key), line)
                mapping[key] = self.build(value_node, (*path, key), depth + 1)
            return mapping
        return self.loader.construct_object(node, deep=True)  # tagged collections (!!set, !!omap)
