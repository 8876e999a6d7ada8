"""Generated hostile profiles and files through the real `guongsang check` and `guongsang build` (issue 17,
item 9): random bytes, hostile YAML, odd Unicode, huge values, odd types, nested structures, adversarial
bodies, broken and inflating images. Whatever comes in: no traceback, exit code 0 or 1, and nothing
written outside the site folder and the cache."""

from __future__ import annotations

import io
import shutil
import struct
import zlib
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from conftest import REPO, run_guongsang, valid_profile
from guongsang.core.model import FIELDS

# Values: odd types, huge and nested, odd Unicode (controls, bidi, NUL, combining marks, astral planes).
odd_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30), st.floats(allow_nan=True),
    odd_text, st.sampled_from(["\u202egnp.exe", "../../.git/config", "/etc/passwd", "x" * 5000,
                               "2024-13-45", "0001-01-01", "ca-nhan", "xa-tan-hoa", "y-te", "chinh-phu", "anh.png", "anh\0.png", "minh-chung\0.pdf"]),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=5) | st.dictionaries(odd_text, inner, max_size=4),
                      max_leaves=20)
front_matters = st.dictionaries(st.sampled_from([*FIELDS, "x", "tieu_de", "<<"]), values, max_size=8)
RAW_YAML = [
    "a: &a [1, 2]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c]\ntags: *c\n",
    "title: !!python/object:os.system ['ls']\n", "title: !!binary aGk=\n", "<<: {title: x}\ntitle: y\n",
    "title: \"unterminated\n", "\ttitle: tab\n", "title: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n",
    "evidence:\n  - {title: a, file: \"../../../.git/config\"}\n", "evidence:\n  - {title: a, file: \"x\\0.pdf\"}\n", "tags: [" + ", ".join(["t"] * 3000) + "]\n",
    "? [a]\n: b\n", "title: " + "[" * 2000 + "\n", "summary: &x a\naliases: [*x, *x]\n",
]
BODY_PIECES = st.sampled_from([
    "![", "[", "](", "<a ", "<", "a@", "1.", "`", "``", "*", "_", "*_ ", "- ", "    - ", "> ", "\n", "\n\n",
    "<script>x</script>", "<img src=x onerror=y>", "[x](javascript:y)", "0912 345 678", "&#0;", "\0", "\u202e",
    "```\n", "| a | b |\n|---|---|\n", "<!--", "<![CDATA[", "# ", "[^1]", "\\",
])
bodies = st.tuples(st.lists(st.tuples(BODY_PIECES, st.integers(1, 3000)), max_size=6), st.booleans())


def _body(spec: tuple[list[tuple[str, int]], bool]) -> str:
    pieces, nested = spec
    text = "".join(piece * count for piece, count in pieces)
    return text + ("".join("  " * i + "- a\n" for i in range(300)) if nested else "")


def _png_bomb() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (500, 600), "blue").save(buf, "PNG")
    raw = buf.getvalue()
    data = b"Comment\0\0" + zlib.compress(b"\0" * 5_000_000, 9)
    chunk = struct.pack(">I", len(data)) + b"zTXt" + data + struct.pack(">I", zlib.crc32(b"zTXt" + data) & 0xFFFFFFFF)
    return raw[:33] + chunk + raw[33:]


PHOTOS = st.sampled_from(["none", "random", "bomb", "empty"])
profiles = st.one_of(
    st.binary(max_size=300).map(lambda raw: ("bytes", raw)),
    st.sampled_from(RAW_YAML).map(lambda text: ("yaml", f"---\n{text}---\nBài.\n".encode())),
    st.tuples(front_matters, bodies).map(lambda fb: ("mapping", _dump(fb[0], _body(fb[1])))),
    st.tuples(bodies, PHOTOS, st.binary(max_size=200)).map(lambda b: ("valid", b)),
)


def _dump(data: dict[str, object], body: str) -> bytes:
    try:
        text = yaml.safe_dump(data, allow_unicode=True)
    except yaml.YAMLError:
        text = "title: x\n"
    return f"---\n{text}---\n{body}".encode("utf-8", "surrogatepass")


def _write_profiles(root: Path, generated: list[tuple[str, object]]) -> None:
    for i, (kind, content) in enumerate(generated):
        folder = root / "exemplars" / "sinh" / f"{i:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        if kind != "valid":
            assert isinstance(content, bytes)
            (folder / f"ho-so-{i}.md").write_bytes(content)
            continue
        body_spec, photo, noise = content  # type: ignore[misc]
        extra = ""
        if photo != "none":
            (folder / "anh.png").write_bytes({"random": noise, "bomb": _png_bomb(), "empty": b""}[photo])
            extra = "photo: anh.png\nphoto_alt: Ảnh\nconsent: true\n"
        text = valid_profile(title=f"Hồ sơ {i}", extra=extra) + "\n" + _body(body_spec)
        (folder / f"ho-so-{i}.md").write_text(text, encoding="utf-8", errors="surrogatepass")


def _tree(root: Path, skip: tuple[str, ...]) -> dict[str, bytes]:
    """Every file under ``root`` (its bytes) except under the named top-level folders."""
    out = {}
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if rel.parts[0] in skip or any(p == "node_modules" for p in rel.parts) or not path.is_file():
            continue
        out[rel.as_posix()] = path.read_bytes()
    return out


def _assert_clean(result_stderr: str, code: int) -> None:
    assert code in (0, 1), result_stderr[-3000:]
    assert "Traceback" not in result_stderr, result_stderr[-3000:]
    assert "Error:" not in result_stderr.replace("PluginError", ""), result_stderr[-3000:]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(profiles, min_size=1, max_size=8))
def test_check_survives_generated_hostile_profiles(tmp_path_factory: object, generated: list[tuple[str, object]]) -> None:
    root = tmp_path_factory.mktemp("du-an")  # type: ignore[attr-defined]
    shutil.copytree(REPO / "exemplars" / "_vocab", root / "exemplars" / "_vocab")
    _write_profiles(root, generated)
    before = _tree(root, (".cache",))
    result = run_guongsang("check", "--format", "json", cwd=root)
    _assert_clean(result.stderr, result.returncode)
    assert _tree(root, (".cache",)) == before  # check writes nothing but its own cache (.cache/guongsang/check/)
    assert {p.name for p in root.iterdir()} == {"exemplars", ".cache"} or not (root / ".cache").exists()


# For the build: valid front matter and hostile bodies short enough that `check` mostly accepts them,
# so MkDocs really renders them (a refused body would stop the build before rendering).
renderable = st.tuples(st.tuples(st.lists(st.tuples(BODY_PIECES, st.integers(1, 150)), max_size=8), st.just(False)),
                       st.just("none"), st.just(b"")).map(lambda b: ("valid", b))


@settings(max_examples=1, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                HealthCheck.function_scoped_fixture])
@given(st.lists(renderable, min_size=12, max_size=12))
def test_build_survives_generated_hostile_bodies(tmp_path: Path, generated: list[tuple[str, object]]) -> None:
    from conftest import copy_project

    root = copy_project(tmp_path / "du-an")
    _write_profiles(root, generated)
    before = {k: v for k, v in _tree(tmp_path, ()).items() if not k.startswith(("du-an/site/", "du-an/.cache/"))}
    result = run_guongsang("build", cwd=root)
    _assert_clean(result.stderr, result.returncode)
    assert result.returncode == 1 or (root / "site" / "index.html").is_file()
    after = _tree(tmp_path, ())
    outside = {name for name in after if not name.startswith(("du-an/site/", "du-an/.cache/"))}
    assert {name: after[name] for name in outside} == before
