"""Compiled templates are kept in the project's cache folder between builds (mkdocs_plugin/compiled.py):
used when they match, compiled again when the template, Jinja or the entry itself is not what was kept."""

from __future__ import annotations

from pathlib import Path

import jinja2

from conftest import copy_project, run_guongsang
from guongsang.mkdocs_plugin.compiled import SUFFIX, Compiled


class Counting(jinja2.Environment):
    """A Jinja environment that counts the templates it compiles."""

    compiled = 0

    def compile(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        type(self).compiled += 1
        return super().compile(*args, **kwargs)


def _render(folder: Path, templates: dict[str, str], name: str = "a.html") -> tuple[str, int]:
    """A new process's view: a fresh cache object and environment; (output, templates compiled)."""
    cache = Compiled()
    cache.folder = folder
    Counting.compiled = 0
    env = Counting(loader=jinja2.DictLoader(templates), bytecode_cache=cache, autoescape=True)
    return env.get_template(name).render(x="<b>"), Counting.compiled


def test_a_kept_template_is_not_compiled_again(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    assert _render(folder, {"a.html": "Xin chào {{ x }}"}) == ("Xin chào &lt;b&gt;", 1)
    assert len(list(folder.glob(f"*{SUFFIX}"))) == 1
    assert _render(folder, {"a.html": "Xin chào {{ x }}"}) == ("Xin chào &lt;b&gt;", 0)


def test_an_edited_or_damaged_entry_is_compiled_again(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    _render(folder, {"a.html": "Xin chào {{ x }}"})
    assert _render(folder, {"a.html": "Tạm biệt {{ x }}"}) == ("Tạm biệt &lt;b&gt;", 1)  # the source changed
    entry = next(folder.glob(f"*{SUFFIX}"))
    for damage in (entry.read_bytes()[:40], b"", b"\x00" * 64):
        entry.write_bytes(damage)
        assert _render(folder, {"a.html": "Tạm biệt {{ x }}"}) == ("Tạm biệt &lt;b&gt;", 1)
    assert _render(folder, {"a.html": "Tạm biệt {{ x }}"}) == ("Tạm biệt &lt;b&gt;", 0)  # rewritten whole
    assert not list(folder.glob(".*.tmp"))


def test_a_folder_that_cannot_be_written_costs_only_the_time(tmp_path: Path) -> None:
    blocked = tmp_path / "templates"
    blocked.write_text("một tệp, không phải thư mục", encoding="utf-8")
    assert _render(blocked, {"a.html": "{{ x }}"}) == ("&lt;b&gt;", 1)


def test_a_build_keeps_its_templates_and_the_next_build_is_the_same(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    kept = project / ".cache" / "guongsang" / "templates"
    for entry in kept.glob(f"*{SUFFIX}"):  # the copy's templates come from the run's build: start without them
        entry.unlink()
    assert run_guongsang("build", cwd=project).returncode == 0
    entries = sorted(kept.glob(f"*{SUFFIX}"))
    assert len(entries) >= 20  # Material's templates and ours
    first = {p.relative_to(project / "site"): p.read_bytes() for p in (project / "site").rglob("*.html")}
    assert run_guongsang("build", cwd=project).returncode == 0
    second = {p.relative_to(project / "site"): p.read_bytes() for p in (project / "site").rglob("*.html")}
    assert second == first and sorted(kept.glob(f"*{SUFFIX}")) == entries


def test_an_entry_read_from_the_folder_is_kept_for_the_next_build_of_the_process(tmp_path: Path) -> None:
    """The preview's rebuilds read each kept template from the folder once, not on every rebuild."""
    folder = tmp_path / "templates"
    _render(folder, {"a.html": "{{ x }}"})
    cache = Compiled()
    cache.folder = folder
    for build in range(2):
        Counting.compiled = 0
        env = Counting(loader=jinja2.DictLoader({"a.html": "{{ x }}"}), bytecode_cache=cache, autoescape=True)
        assert env.get_template("a.html").render(x="<b>") == "&lt;b&gt;" and Counting.compiled == 0, build
        for entry in folder.glob(f"*{SUFFIX}"):
            entry.unlink()  # the second build finds it in the process only
