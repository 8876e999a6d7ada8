"""JSON Schema (draft 2020-12) of the front matter, derived from the model and the vocabularies."""

from __future__ import annotations

from datetime import date
from typing import Any

from guongsang.core.model import DEPENDENT_REQUIRED, MIN_YEAR, VOCAB_FIELDS, Profile
from guongsang.core.vocab import Vocabularies

DIALECT = "https://json-schema.org/draft/2020-12/schema"


_LIST_TERMS_MAX = 30


def _enum_for(vocabs: Vocabularies, vocabulary: str) -> dict[str, Any]:
    """Canonical spellings only (ids and names): editors nudge toward them.

    ``guongsang check`` also accepts other cases, spacing and Unicode forms.
    """
    vocab = vocabs[vocabulary]
    ids = [t.id for t in vocab]
    names = [t.name for t in vocab if t.name not in ids]
    listed = "; ".join(f"{t.id} = {t.name}" for t in vocab) if len(vocab) <= _LIST_TERMS_MAX else f"xem {vocab.source}"
    return {"enum": ids + names, "description": f"Mã hoặc tên trong danh mục ({listed})."}


def _drop_titles(schema: dict[str, Any]) -> None:
    # Model titles are class names ("Profile"); field titles are the model's Vietnamese labels and stay,
    # except the English one pydantic derives for a field without a label.
    for model in (schema, *schema.get("$defs", {}).values()):
        model.pop("title", None)
        for prop in model.get("properties", {}).values():
            if prop.get("title", "").isascii():
                prop.pop("title", None)


def profile_schema(vocabs: Vocabularies, today: date) -> dict[str, Any]:
    schema = Profile.model_json_schema(mode="validation")
    _drop_titles(schema)
    props = schema["properties"]
    for name, vocabulary in VOCAB_FIELDS.items():
        enum = _enum_for(vocabs, vocabulary)
        description = props[name].get("description", "")
        title = props[name]["title"]
        if name in schema.get("required", []):
            props[name] = {"title": title, **enum, "description": f"{description} {enum['description']}".strip()}
        else:
            props[name] = {
                "title": title,
                "anyOf": [{"enum": enum["enum"]}, {"type": "null"}],
                "description": f"{description} {enum['description']}".strip(),
                "default": None,
            }
    props["year"]["minimum"] = MIN_YEAR
    props["year"]["maximum"] = today.year + 1
    return {
        "$schema": DIALECT,
        "$id": "https://guongsang.example/schema/profile.json",
        "title": "Hồ sơ gương điển hình tiên tiến",
        "description": "Phần thông tin (front matter) của một tệp hồ sơ trong exemplars/.",
        **schema,
        "additionalProperties": False,
        "dependentRequired": {k: list(v) for k, v in DEPENDENT_REQUIRED.items()},
    }
