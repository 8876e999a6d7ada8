"""The web editor's form, derived from the profile model and the vocabularies (never written by hand).

Each front-matter field becomes one Decap CMS field: a vocabulary field a drop-down of its terms
(stored as the term's id), a repository file an image or file picker that stores the file beside
the profile, lists and evidence as repeatable groups. Lengths, patterns and ranges come from the
model's JSON Schema, labels and help from its Vietnamese titles and descriptions.
"""

from __future__ import annotations

from datetime import date
from typing import Any, get_args

from pydantic import BaseModel

from guongsang.core.model import MIN_YEAR, VOCAB_FIELDS, Evidence, Profile, RepoFile
from guongsang.core.vocab import Vocabularies, Vocabulary

BODY_LABEL = "Bài viết"
BODY_HINT = "Câu chuyện về điển hình: thành tích, cách làm, con số cụ thể. Tiêu đề mục dùng cấp ## trở xuống."
_LONG_TEXT = 200  # a string allowed more characters than this gets a multi-line box


def profile_fields(vocabs: Vocabularies, today: date) -> list[dict[str, Any]]:
    """Decap fields for every front-matter field of :class:`Profile`, in model order, then the story."""
    fields = _model_fields(Profile, vocabs, today)
    fields.append({"label": BODY_LABEL, "name": "body", "widget": "markdown", "hint": BODY_HINT})
    return fields


def _model_fields(model: type[BaseModel], vocabs: Vocabularies, today: date) -> list[dict[str, Any]]:
    schema = model.model_json_schema(mode="validation")
    required = set(schema.get("required", ()))
    out = []
    for name, info in model.model_fields.items():
        prop = _non_null(schema["properties"][name])
        field: dict[str, Any] = {"label": info.title or name, "name": name}
        if info.description and info.description.rstrip(".") != info.title:
            field["hint"] = info.description
        if name not in required:
            field["required"] = False
        repo_file = next((m for m in info.metadata if isinstance(m, RepoFile)), None)
        if model is Profile and name in VOCAB_FIELDS:
            field.update(_select(vocabs[VOCAB_FIELDS[name]], vocabs))
        elif repo_file is not None:
            # Stored beside the profile; the value is the bare file name, as `check` expects.
            field.update(widget=repo_file.kind, media_folder="", public_folder="", choose_url=False)
        elif name == "year":
            field.update(widget="number", value_type="int", min=MIN_YEAR, max=today.year + 1, default=today.year)
        elif prop.get("format") == "date" or "anyOf" in prop:  # the publication date (date or date-time)
            field.update(widget="datetime", format="YYYY-MM-DD", date_format="DD/MM/YYYY", time_format=False,
                         default="{{now}}")
        elif prop.get("type") == "boolean":
            field.update(widget="boolean", default=bool(info.default))
        elif prop.get("type") == "array" and (item_model := _item_model(info.annotation)) is not None:
            field.update(widget="list", summary="{{fields.title}}", collapsed=False,
                         fields=_model_fields(item_model, vocabs, today))
        elif prop.get("type") == "array":
            item = dict(prop["items"])
            inner: dict[str, Any] = {"label": field["label"], "name": name[:-1] if name.endswith("s") else name,
                                     "widget": "string"}
            _string_rules(inner, item)
            field.update(widget="list", field=inner, allow_add=True)
        else:
            field["widget"] = "text" if prop.get("maxLength", 0) > _LONG_TEXT else "string"
            _string_rules(field, prop)
        if model is Evidence and name == "url":
            field["pattern"] = [r"^https?://\S+$", "Địa chỉ phải bắt đầu bằng http:// hoặc https://"]
        out.append(field)
    return out


def _item_model(annotation: Any) -> type[BaseModel] | None:
    """The model of a list of models (``list[Evidence]`` → Evidence), else None."""
    args = get_args(annotation)
    return args[0] if args and isinstance(args[0], type) and issubclass(args[0], BaseModel) else None


def _non_null(prop: dict[str, Any]) -> dict[str, Any]:
    """``anyOf: [X, null]`` → X (with the outer keys); other shapes unchanged."""
    options = prop.get("anyOf")
    if options and len(options) == 2 and {"type": "null"} in options:
        other = next(o for o in options if o != {"type": "null"})
        return {**{k: v for k, v in prop.items() if k != "anyOf"}, **other}
    return prop


def _string_rules(field: dict[str, Any], prop: dict[str, Any]) -> None:
    """Length and pattern limits as one Decap ``pattern`` with a Vietnamese message."""
    if "pattern" in prop:
        field["pattern"] = [prop["pattern"], "Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ nguyen-thi-hoa."]
    elif "maxLength" in prop:
        low, high = prop.get("minLength", 0), prop["maxLength"]
        field["pattern"] = [f"^[\\s\\S]{{{low},{high}}}$", f"Tối đa {high} ký tự."]


def _select(vocab: Vocabulary, vocabs: Vocabularies) -> dict[str, Any]:
    """A searchable drop-down of the vocabulary's terms: shown by name, stored as id."""
    tree_order = vocab.name == "units"  # parents before their children
    terms = [vocab.terms[unit_id] for unit_id, _depth in vocabs.unit_tree()] if tree_order else list(vocab)
    names = [t.name for t in terms]
    options = []
    for term in terms:
        label = term.name
        if names.count(term.name) > 1 and term.parent:  # two units of one name: say whose
            label = f"{term.name} ({vocab.terms[term.parent].name})"
        elif vocab.name == "award_forms" and term.levels:
            levels = vocabs["award_levels"].terms
            label = f"{term.name} (cấp {', '.join(levels[lv].name for lv in term.levels if lv in levels)})"
        options.append({"label": label, "value": term.id})
    return {"widget": "select", "options": options}

