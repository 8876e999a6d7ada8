"""Quotas per unit type (``exemplars/_vocab/quotas.yml``): how many exemplars a unit of a type must have a year.

    - type: xa-phuong      # a `type` used in units.yml
      per_year: 1          # at least this many published exemplars per award year

The file is optional. It is validated like the vocabularies: every problem names its line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from guongsang.core.problems import Problem, did_you_mean, problem
from guongsang.core.vocab import Vocabularies

FILE_NAME = "quotas.yml"


@dataclass(frozen=True, slots=True)
class Quota:
    unit_type: str
    per_year: int


def load_quotas(root: Path, vocab_dir: Path, vocabs: Vocabularies) -> tuple[list[Quota], list[Problem]]:
    path = vocab_dir / FILE_NAME
    if not path.is_file():
        return [], []
    rel = path.relative_to(root).as_posix()
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 1
        return [], [problem("GS508", rel, line, None, f"Không đọc được tệp chỉ tiêu: {exc}")]
    if node is None:
        return [], []
    if not isinstance(node, yaml.SequenceNode):
        return [], [problem("GS508", rel, node.start_mark.line + 1, None,
                            "Tệp chỉ tiêu phải là một danh sách, mỗi mục có type và per_year.")]
    types = sorted({t.type for t in vocabs["units"] if t.type})
    quotas, problems = [], []
    for item in node.value:
        line = item.start_mark.line + 1
        fields = {k.value: v for k, v in item.value} if isinstance(item, yaml.MappingNode) else {}
        unit_type = fields.get("type")
        per_year = fields.get("per_year")
        value = unit_type.value if isinstance(unit_type, yaml.ScalarNode) else None
        if value not in types:
            hint = did_you_mean(str(value), types)
            problems.append(problem("GS508", rel, unit_type.start_mark.line + 1 if unit_type else line, "type",
                                    f"«{value}» không phải loại đơn vị nào trong units.yml "
                                    f"(có: {', '.join(types) or 'chưa có'}).", hint))
            continue
        count = per_year.value if isinstance(per_year, yaml.ScalarNode) else ""
        if not count.isdigit() or int(count) < 1:
            problems.append(problem("GS508", rel, per_year.start_mark.line + 1 if per_year else line, "per_year",
                                    f"per_year phải là số nguyên từ 1 trở lên, không phải «{count}».", "Ví dụ: per_year: 1"))
            continue
        quotas.append(Quota(value, int(count)))
    return quotas, problems
