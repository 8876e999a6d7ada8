"""Property tests: arbitrary bytes and arbitrary YAML never crash the loader or the validator."""

from __future__ import annotations

from datetime import date

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO
from guongsang.core import load, yamlsrc
from guongsang.core.model import FIELDS
from guongsang.core.project import Project
from guongsang.core.validate import Context, validate_record
from guongsang.core.vocab import load_all

VOCABS = load_all(REPO, REPO / "exemplars")
ROOT = Project.at(REPO).root
CTX = Context(ROOT, VOCABS, date(2026, 11, 22))
PATH = ROOT / "exemplars" / "2024" / "x.md"

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=40),
    st.sampled_from(["2024-13-45", "2025-02-29", "yes", "~", "giao-duc-dao-tao", "../../etc/passwd", "a.jpg"]),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
front_matters = st.dictionaries(st.sampled_from([*FIELDS, "x", "tieu_de"]), values, max_size=len(FIELDS) + 2)


def _run(raw: bytes) -> None:
    text, bad = load.decode(raw, "exemplars/2024/x.md")
    if bad is not None:
        assert bad.code == "GS001"
        return
    rec = load.parse(text, "exemplars/2024/x.md", PATH)
    ex = validate_record(rec, CTX)
    assert (ex is None) == any(p.is_error for p in rec.problems) or rec.data is None
    for p in rec.problems:
        assert p.line >= 1 and p.message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes(raw: bytes) -> None:
    _run(raw)
    _run(b"---\n" + raw + b"\n---\nbody\n")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_as_front_matter(text: str) -> None:
    _run(("---\n" + text + "\n---\n").encode("utf-8", "surrogatepass"))


@settings(max_examples=300, deadline=None)
@given(front_matters)
def test_arbitrary_yaml_mappings(data: dict[str, object]) -> None:
    dumped = yaml.safe_dump(data, allow_unicode=True)
    _run(("---\n" + dumped + "---\nNội dung.\n").encode("utf-8", "surrogatepass"))


@settings(max_examples=200, deadline=None)
@given(values)
def test_yaml_loader_never_raises_anything_but_syntax_errors(value: object) -> None:
    try:
        yamlsrc.load(yaml.safe_dump(value, allow_unicode=True))
    except yamlsrc.YamlSyntaxError as exc:
        assert exc.line >= 1 and exc.reason


def test_billion_laughs_stays_small() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        prev = chr(ord("a") + i - 1)
        lines.append(f"{chr(ord('a') + i)}: &{chr(ord('a') + i)} [{', '.join(['*' + prev] * 9)}]")
    doc = yamlsrc.load("\n".join(lines))
    assert len(doc.lines) < 1000  # nested aliases are indexed once, not 9**9 times


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=60), st.sampled_from(["yes", "No", "null", "1234/QĐ-UBND", "2025-06-11", "a: b", "x #y", "Đ:"])))
def test_yaml_scalar_reads_back_unchanged(text: str) -> None:
    from guongsang.authoring.scaffold import yaml_scalar
    from guongsang.core.text import nfc

    assert yamlsrc.load(f"k: {yaml_scalar(text)}").data == {"k": nfc(text)}
