"""What links one vocabulary term to another, checked once all are read: a unit's parent, the unit tree
having no cycle, the award levels an award form names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from guongsang.core.problems import problem

if TYPE_CHECKING:
    from guongsang.core.vocab import Vocabularies


def check(vocabs: Vocabularies) -> None:
    """Parents that are not units, cycles in the unit tree, award forms naming unknown levels."""
    units, levels = vocabs["units"], vocabs["award_levels"]
    for term in units:
        if term.parent is not None and term.parent not in units:
            vocabs.problems.append(problem(
                "GS503", units.source, term.line, "parent",
                f"Đơn vị «{term.id}» có đơn vị cha «{term.parent}» không có trong danh mục.",
                units.suggest(term.parent),
            ))
    for term in units:
        seen: list[str] = [term.id]
        parent = term.parent
        while parent in units.terms:
            if parent == term.id:
                vocabs.problems.append(problem(
                    "GS504", units.source, term.line, "parent",
                    "Cây đơn vị có vòng lặp: " + " → ".join([*seen, parent]) + ".",
                    "Một đơn vị không thể là cấp trên của chính nó.",
                ))
                break
            if parent in seen:
                break  # a cycle not through this unit; reported from its own members
            seen.append(parent)
            parent = units.terms[parent].parent
    for form in vocabs["award_forms"]:
        for level in form.levels:
            if level not in levels:
                vocabs.problems.append(problem(
                    "GS507", vocabs["award_forms"].source, form.line, "levels",
                    f"Hình thức «{form.id}» dẫn tới cấp khen thưởng «{level}» không có trong danh mục.",
                    levels.suggest(level),
                ))
