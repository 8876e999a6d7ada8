"""The contributor guide's table of front-matter fields, generated from the model (never typed twice)."""

from __future__ import annotations

from guongsang.core.model import DEPENDENT_REQUIRED, REQUIRED_FIELDS, VOCAB_FIELDS, Profile, example_of
from guongsang.core.vocab import LABELS

MARKER = "<!-- guongsang:bang-truong -->"


def table() -> str:
    rows = ["| Trường | Bắt buộc | Ý nghĩa | Ví dụ |", "|---|---|---|---|"]
    for name, info in Profile.model_fields.items():
        required = "có" if name in REQUIRED_FIELDS else ""
        for key, needed in DEPENDENT_REQUIRED.items():
            if name in needed:
                required = f"khi có `{key}`"
        meaning = str(info.description or "")
        if name in VOCAB_FIELDS:
            meaning += f" Giá trị trong danh mục {LABELS[VOCAB_FIELDS[name]].lower()}."
        example = example_of(name)
        rows.append(f"| `{name}` | {required} | {meaning} | {f'`{example}`' if example else ''} |")
    return "\n".join(rows)


def expand(markdown: str) -> str:
    """Replace the marker in a content page with the generated table."""
    return markdown.replace(MARKER, table()) if MARKER in markdown else markdown


