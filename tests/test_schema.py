"""`guongsang schema` is a valid draft 2020-12 schema derived from the model and the vocabularies."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from conftest import FIXTURES, REPO, run_guongsang, write
from guongsang.core import load, yamlsrc
from guongsang.core.load import iter_profile_files
from guongsang.core.model import FIELDS, REQUIRED_FIELDS


@pytest.fixture(scope="module")
def schema() -> dict[str, object]:
    result = run_guongsang("schema", cwd=REPO)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _front_matter(path: Path) -> dict[str, object]:
    # Read as `check` reads (BOM dropped, CRLF → LF, NFC): an editor shows the same characters.
    text, _ = load.decode(path.read_bytes(), path.name)
    assert text is not None
    return yamlsrc.load(text.split("---\n")[1]).data


def test_is_a_valid_2020_12_schema(schema: dict[str, object]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_keys_come_from_the_model(schema: dict[str, object]) -> None:
    assert list(schema["properties"]) == list(FIELDS)
    assert schema["required"] == list(REQUIRED_FIELDS)
    assert schema["dependentRequired"] == {"photo": ["photo_alt"]}


def test_enums_come_from_the_vocabularies(schema: dict[str, object]) -> None:
    props = schema["properties"]
    assert "giao-duc-dao-tao" in props["sector"]["enum"] and "Giáo dục và đào tạo" in props["sector"]["enum"]
    assert "xa-tan-hoa" in props["unit"]["enum"]  # the project's own unit tree
    assert "dan-van-kheo" in props["campaign"]["anyOf"][0]["enum"]


def test_project_vocabulary_changes_the_schema(project: Path) -> None:
    write(project, "exemplars/_vocab/kinds.yml", "- id: sinh-vien\n  name: Sinh viên\n")
    result = run_guongsang("schema", cwd=project)
    assert json.loads(result.stdout)["properties"]["kind"]["enum"] == ["sinh-vien", "Sinh viên"]


@pytest.mark.parametrize(
    "path", sorted(p for p in (FIXTURES / "good").iterdir() if p.name != "names-any-case.md"), ids=lambda p: p.name
)
def test_good_fixtures_validate(schema: dict[str, object], path: Path) -> None:
    jsonschema.Draft202012Validator(schema).validate(_front_matter(path))


def test_schema_asks_for_canonical_spellings(schema: dict[str, object]) -> None:
    # check accepts "CÁ NHÂN"; the editor schema nudges toward "ca-nhan" or "Cá nhân".
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(_front_matter(FIXTURES / "good" / "names-any-case.md")))
    assert {e.path[0] for e in errors} == {"kind", "sector", "unit"}  # "CÁ NHÂN", "giáo dục   và…", "xã tân hòa"


def test_schema_text_is_vietnamese(schema: dict[str, object]) -> None:
    assert schema["$defs"]["Evidence"]["description"].startswith("Minh chứng")
    for prop in schema["properties"].values():
        assert not prop["description"].isascii()


def test_sample_profiles_validate(schema: dict[str, object]) -> None:
    validator = jsonschema.Draft202012Validator(schema)
    paths = list(iter_profile_files(REPO / "exemplars"))
    assert paths
    for path in paths:
        validator.validate(_front_matter(path))


@pytest.mark.parametrize("name", ["unknown-sector.md", "year-too-old.md", "photo-without-alt.md", "unknown-key.md"])
def test_bad_fixtures_fail(schema: dict[str, object], name: str) -> None:
    validator = jsonschema.Draft202012Validator(schema)
    assert list(validator.iter_errors(_front_matter(FIXTURES / "profiles" / name)))
