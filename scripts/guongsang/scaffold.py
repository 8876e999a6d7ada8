"""Write a new, valid profile file from field values (`guongsang new`)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from guongsang import yamlsrc
from guongsang.model import FIELDS
from guongsang.text import nfc

BODY_TEMPLATE = """\
Giới thiệu ngắn: {title} là ai, ở đâu, đã làm được gì nổi bật.

## Thành tích nổi bật

- Kết quả cụ thể thứ nhất (có số liệu).
- Kết quả cụ thể thứ hai.

## Cách làm

Kể lại cách làm, khó khăn đã vượt qua và những gì người khác có thể học tập.

## Minh chứng

- Quyết định khen thưởng, sản phẩm, số liệu được xác nhận.

> "Lời chia sẻ của nhân vật." — {title}
"""


def yaml_scalar(value: Any) -> str:
    """The shortest YAML for a value that reads back as the same value with our loader."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = nfc(str(value))
    if "\n" not in text:
        try:
            if yamlsrc.load(f"k: {text}").data == {"k": text}:
                return text
        except yamlsrc.YamlSyntaxError:
            pass
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _list_item(item: Any) -> str:
    if isinstance(item, Mapping):  # e.g. evidence: {title, url}
        return "\n".join(
            f"{'  - ' if i == 0 else '    '}{key}: {yaml_scalar(value)}" for i, (key, value) in enumerate(item.items())
        )
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
