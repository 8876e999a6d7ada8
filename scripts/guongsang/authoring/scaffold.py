"""Write a new, valid profile file from field values (`guongsang new`)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from guongsang.core.model import FIELDS
from guongsang.core.placeholders import BODY_TEMPLATE
from guongsang.core.text import nfc

# No "## Minh chứng" heading: the page makes that section from the `evidence:` field (quyết định, sản phẩm,
# số liệu được xác nhận); a body that has its own such heading is merged into it (portal/evidence.py).


# Strings written without quotes: they start with a letter (or are a decision number or an ISO date) and
# hold nothing YAML could read differently. Everything else is a JSON string, which is valid YAML.
# (A property test checks that every string reads back unchanged with our loader.)
_PLAIN = re.compile(r"[^\W\d_][^\n\"'\[\]{}#`|>]*|\d+/[^\W\d_][\w-]*|\d{4}-\d{2}-\d{2}")
_COLON_SPACE = re.compile(r":(\s|$)")  # "key: value" inside a value would start a mapping
_YAML_WORDS = {"yes", "no", "y", "n", "true", "false", "on", "off", "null", "~"}
# YAML allows only printable characters, even inside quotes, and reads \r, NEL, U+2028/9 as line
# breaks: all of those are written as \uXXXX escapes.
_NOT_PRINTABLE = re.compile("[^\t\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def yaml_scalar(value: Any) -> str:
    """YAML for a scalar that reads back as the same value with our loader; plain when clearly safe."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = nfc(str(value))
    if (_PLAIN.fullmatch(text) and not _COLON_SPACE.search(text) and text == text.strip()
            and text.lower() not in _YAML_WORDS and not _NOT_PRINTABLE.search(text)):
        return text
    quoted = json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar
    return _NOT_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def yaml_mapping(item: Mapping[str, Any], first: str, rest: str) -> list[str]:
    """A flat mapping as YAML lines: the first key after ``first`` ("- "), the others after ``rest``."""
    pairs = [(k, v) for k, v in item.items() if v is not None]
    return [f"{first if i == 0 else rest}{key}: {yaml_scalar(value)}" for i, (key, value) in enumerate(pairs)]


def _list_item(item: Any) -> str:
    if isinstance(item, Mapping):  # e.g. evidence: {title, url}
        return "\n".join(yaml_mapping(item, "  - ", "    "))
    return f"  - {yaml_scalar(item)}"


def render_profile(values: Mapping[str, Any], body: str | None = None) -> str:
    """Front matter in the model's field order, then the body (a guiding template by default)."""
    lines = ["---"]
    for name in FIELDS:
        value = values.get(name)
        if value is None or value == [] or value is False:
            continue
        if isinstance(value, list):
            lines.append(f"{name}:")
            lines.extend(_list_item(item) for item in value)
        else:
            lines.append(f"{name}: {yaml_scalar(value)}")
    lines.append("---")
    text = "\n".join(lines) + "\n\n" + (body if body is not None else BODY_TEMPLATE.format(title=values["title"]))
    return nfc(text)


def write_new(path: Path, text: str) -> None:
    """Create ``path``; never overwrite (``FileExistsError``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
