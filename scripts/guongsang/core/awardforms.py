"""Generic award forms and their specific ones (``parent:`` in ``award_forms.yml``).

Law 06/2022/QH15 names every order with its class (Huân chương Lao động hạng Ba) and every Giấy khen,
Bằng khen by who signs it. A profile may still say only ``huan-chuong`` or ``giay-khen`` (files in the
wild do): that stays valid, and ``check`` asks for the specific form, suggesting the one the profile's
own text names when it names one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from guongsang.core.problems import Problem, problem
from guongsang.core.text import loose_key

if TYPE_CHECKING:
    from guongsang.core.load import RawRecord
    from guongsang.core.vocab import Term, Vocabularies, Vocabulary

HINT_LIMIT = 8  # specific forms listed in a hint; the rest are counted


def specific_forms(forms: Vocabulary, form_id: str) -> list[Term]:
    """The forms whose ``parent`` is ``form_id``, in file order (a linear scan of a short list)."""
    return [t for t in forms if t.parent == form_id]


def check_vocabulary(vocabs: Vocabularies) -> None:
    """A parent must exist and be a generic form itself (one level: the law's forms are not deeper)."""
    forms = vocabs["award_forms"]
    for term in forms:
        if term.parent is None:
            continue
        parent = forms.terms.get(term.parent)
        if parent is None:
            vocabs.problems.append(problem(
                "GS510", forms.source, term.line, "parent",
                f"Hình thức «{term.id}» ghi mục chung (parent) «{term.parent}» không có trong danh mục.",
                forms.suggest(term.parent),
            ))
        elif parent.parent is not None:
            vocabs.problems.append(problem(
                "GS511", forms.source, term.line, "parent",
                f"Hình thức «{term.id}» ghi mục chung «{parent.id}», nhưng «{parent.id}» lại là mục con của «{parent.parent}».",
                f"Ghi parent: {parent.parent}, hoặc bỏ parent của «{parent.id}».",
            ))


def generic_problem(rec: RawRecord, data: dict[str, Any], form: Term, level_id: str, forms: Vocabulary) -> Problem | None:
    """GS134 when ``form`` has specific forms: name the class or the signer, as the law does."""
    children = [t for t in specific_forms(forms, form.id) if not t.levels or level_id in t.levels]
    if not children:
        return None
    named = _named_in_text(children, data, rec.body)
    if named is not None:
        hint = f"Bài viết nhắc tới «{named.name}»: có phải ý bạn là \"award: {named.id}\"?"
    elif len(children) == 1:
        hint = f"Có phải ý bạn là \"award: {children[0].id}\" ({children[0].name})?"
    else:
        shown = ", ".join(f"{t.id} ({t.name})" for t in children[:HINT_LIMIT])
        more = f" và {len(children) - HINT_LIMIT} hình thức khác trong {forms.source}" if len(children) > HINT_LIMIT else ""
        hint = f"Ghi một mã cụ thể: {shown}{more}."
    return problem(
        "GS134", rec.rel, rec.line_of("award"), "award",
        f"Hình thức «{form.name}» chưa ghi rõ {_what(children)}; trang sẽ chỉ hiện «{form.name}».",
        hint,
    )


def _what(children: list[Term]) -> str:
    if any("hạng" in t.name for t in children):
        return "loại và hạng"
    if any(" của " in t.name for t in children):
        return "người quyết định khen thưởng"
    return "danh hiệu cụ thể"


def _named_in_text(children: list[Term], data: dict[str, Any], body: str) -> Term | None:
    """The specific form the profile's own words name (the longest name found), if any."""
    parts = [str(data.get("summary") or ""), str(data.get("decision") or ""), body]
    evidence = data.get("evidence")
    if isinstance(evidence, list):
        parts.extend(str(e.get("title") or "") for e in evidence if isinstance(e, dict))
    text = f" {loose_key(' '.join(parts))} "
    found = [t for t in children if any(f" {loose_key(n)} " in text for n in (t.name, *t.aliases))]
    return max(found, key=lambda t: len(t.name), default=None)
