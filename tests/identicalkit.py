"""What the identical-output tests share (tests/test_identical_output.py, test_identical_demo.py): a preview
process driven build by build (tests/previewkit.py), clean builds, the site compared file by file, and the
edits an editor makes. See test_identical_output.py for what is compared and Pagefind's one exception."""


from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import cbor2

from conftest import REPO

KIT = REPO / "tests" / "previewkit.py"
Edit = Callable[[Path], str]  # edits the project, returns a text the new site must hold ("" for none)
PAGEFIND_SIGNATURE = b"pagefind_dcd"


class Preview:
    """A preview process of one project: ``build()`` after each edit."""

    def __init__(self, project: Path, site: Path) -> None:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        self.proc = subprocess.Popen([sys.executable, str(KIT), "mkdocs.yml", str(site)], cwd=project, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)

    def build(self) -> tuple[bool, int, str]:
        """(built, keyed pages rendered again, the failure's message)."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("build\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline().split(maxsplit=2)
        assert line, "the preview process ended"
        if line[0] == "ok":
            return True, int(line[2]), ""
        return False, 0, line[1] if len(line) > 1 else ""

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def clean_build(project: Path, site: Path) -> int:
    """Builds ``project`` into ``site`` in a fresh process; returns how many keyed pages it rendered."""
    shutil.rmtree(site, ignore_errors=True)
    fresh = Preview(project, site)
    try:
        built, rendered, why = fresh.build()
        assert built, why
        return rendered
    finally:
        fresh.close()


def _pagefind_value(path: Path, names: set[str]) -> object:
    data = gzip.decompress(path.read_bytes())
    assert data.startswith(PAGEFIND_SIGNATURE), path
    return _sorted(cbor2.loads(data[len(PAGEFIND_SIGNATURE):]), names)


def _sorted(value: object, names: set[str]) -> object:
    """``value`` with its lists sorted and the filter files' names (hashes of their bytes) blanked."""
    if isinstance(value, dict):
        return sorted((k, _sorted(v, names)) for k, v in value.items())
    if isinstance(value, list):
        return sorted((_sorted(v, names) for v in value), key=repr)
    return "<filter file>" if isinstance(value, str) and value in names else value


def _unordered(rel: str) -> bool:
    """Pagefind's files whose bytes change from run to run (the module's text says why)."""
    return (rel.startswith("pagefind/filter/") or re.fullmatch(r"pagefind/pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta", rel)
            is not None or rel == "pagefind/pagefind-entry.json")


def _site(site: Path) -> tuple[dict[str, bytes], list[object]]:
    """(path → bytes of every file but Pagefind's unordered ones, what those hold)."""
    files, unordered = {}, []
    names = {p.stem for p in (site / "pagefind" / "filter").glob("*.pf_filter")}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        rel = path.relative_to(site).as_posix()
        if not _unordered(rel):
            files[rel] = path.read_bytes()
        elif rel.endswith("pagefind-entry.json"):
            entry = json.loads(path.read_text(encoding="utf-8"))
            unordered.append(sorted((k, v) for k, v in entry.items() if k != "languages"))
        else:
            unordered.append(_pagefind_value(path, names))
    return files, sorted(unordered, key=repr)


def assert_same(incremental: Path, clean: Path, step: str) -> dict[str, bytes]:
    (a, a_pf), (b, b_pf) = _site(incremental), _site(clean)
    assert (incremental / "pagefind" / "pagefind-entry.json").is_file(), f"{step}: the preview has no search index"
    assert sorted(a) == sorted(b), f"{step}: files differ: {sorted(set(a) ^ set(b))[:10]}"
    differ = [name for name in a if a[name] != b[name]]
    assert not differ, f"{step}: {len(differ)} files differ from the clean build: {differ[:10]}"
    assert a_pf == b_pf, f"{step}: the search filters differ from the clean build's"
    dirs = lambda s: sorted(p.relative_to(s).as_posix() for p in s.rglob("*") if p.is_dir())  # noqa: E731
    assert dirs(incremental) == dirs(clean), f"{step}: folders differ (one left empty?)"
    return a


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def profiles(project: Path) -> list[Path]:
    return sorted(p for p in (project / "exemplars").rglob("*.md") if not p.name.startswith("_") and "_vocab" not in p.parts)


def _field(path: Path, key: str) -> str:
    match = re.search(rf"^{key}: (.*)$", path.read_text(encoding="utf-8"), re.M)
    assert match, (path, key)
    return match[1]


def change_summary(project: Path) -> str:
    path = profiles(project)[0]
    _replace(path, f"summary: {_field(path, 'summary')}", "summary: Tóm tắt mới, sửa để thử bản xem thử.")
    return "Tóm tắt mới, sửa để thử bản xem thử."


def change_sector(project: Path) -> str:
    path = profiles(project)[1]
    old = _field(path, "sector")
    new = "y-te" if old != "y-te" else "giao-duc-dao-tao"
    _replace(path, f"sector: {old}", f"sector: {new}")
    return ""


def add_profile(project: Path) -> str:
    source = profiles(project)[2]
    text = source.read_text(encoding="utf-8")
    text = text.replace(f"title: {_field(source, 'title')}", "title: Hồ Thị Mới Thêm", 1)
    text = re.sub(r"^(photo|photo_alt): .*\n", "", text, flags=re.M)  # the copy has no photo of its own
    (source.parent / "ho-thi-moi-them.md").write_text(text, encoding="utf-8")
    return "Hồ Thị Mới Thêm"


def delete_profile(project: Path) -> str:
    profiles(project)[3].unlink()
    return ""


def withdraw_profile(project: Path) -> str:
    path = profiles(project)[4]
    _replace(path, "\ndate: ", "\nwithdrawn: true\ndate: ")
    return ""


def rename_unit(project: Path) -> str:
    units = project / "exemplars" / "_vocab" / "units.yml"
    name = re.findall(r"^  name: (.*)$", units.read_text(encoding="utf-8"), re.M)[1]
    _replace(units, f"  name: {name}\n", f"  name: {name} (đổi tên)\n")
    return f"{name} (đổi tên)"


def change_config(project: Path) -> str:
    _replace(project / "mkdocs.yml", "\nsite_description: ", "\nsite_description: Đã sửa mkdocs.yml. ")
    return "Đã sửa mkdocs.yml."


def change_template_and_css(project: Path) -> str:
    """A card template in the project's theme (custom_dir) overrides the package's; the CSS grows a rule."""
    config = project / "mkdocs.yml"
    if "custom_dir:" not in config.read_text(encoding="utf-8"):
        _replace(config, "\n  name: material\n", "\n  name: material\n  custom_dir: theme\n")
    card = project / "theme" / "gs" / "partials" / "card.html"
    card.parent.mkdir(parents=True, exist_ok=True)
    text = (REPO / "scripts" / "guongsang" / "templates" / "gs" / "partials" / "card.html").read_text(encoding="utf-8")
    card.write_text(text.replace("</li>", "<!-- thẻ đã sửa --></li>", 1), encoding="utf-8")
    assert "thẻ đã sửa" in card.read_text(encoding="utf-8"), "the card template ends its list item"
    css = project / "theme" / "assets" / "son-ha.css"
    if css.is_file():
        css.write_text(css.read_text(encoding="utf-8") + "\n.gs-card { outline: 0; }\n", encoding="utf-8")
    return "thẻ đã sửa"


#: The sample's edits in groups: each edit is followed by an incremental build, each group by a comparison with a
#: clean build (the costly part). Edits share a group only where they touch different pages; an edit that must
#: render everything again (the configuration) is also checked to have done so before the next one can hide it.
SAMPLE_STEPS: list[list[Edit]] = [[change_summary], [change_sector, add_profile], [delete_profile, withdraw_profile],
                                  [rename_unit], [change_config, change_template_and_css]]
RENDERS_ALL = (change_config, change_template_and_css)


def through(project: Path, tmp: Path, groups: list[list[Edit]], *, small: int, unchanged: bool = True) -> None:
    """Each edit of each group: edit, one incremental build; after each group, the site compared with a clean
    build's. ``small``: at most this many profile and section pages are rendered again after a summary edit.
    ``unchanged``: also compare with a clean build after the build with nothing changed (that it rendered no
    page again is always checked)."""
    preview = Preview(project, tmp / "preview")
    try:
        built, again, why = preview.build()
        assert built, why
        built, again, why = preview.build()
        assert built and again == 0, f"nothing changed, yet {again} pages were rendered again ({why})"
        if unchanged:
            assert_same(tmp / "preview", clean(project, tmp)[0], "nothing changed")
        for group in groups:
            held, rendered = [], {}
            for edit in group:
                held.append((edit.__name__, edit(project)))
                built, rendered[edit], why = preview.build()
                assert built, f"{edit.__name__}: {why}"
                if edit is change_summary:
                    assert 0 < rendered[edit] <= small, f"a summary edit rendered {rendered[edit]} pages again"
            site, every = clean(project, tmp)
            for edit in group:
                if edit in RENDERS_ALL:
                    assert rendered[edit] == every, f"{edit.__name__} rendered {rendered[edit]} of {every} pages again"
            files = assert_same(tmp / "preview", site, "+".join(name for name, _ in held))
            for name, must_hold in held:
                if must_hold:
                    assert any(must_hold.encode() in data for data in files.values()), f"{name}: «{must_hold}» not in the site"
    finally:
        preview.close()


def clean(project: Path, tmp: Path) -> tuple[Path, int]:
    """A clean build's site, and how many keyed pages it rendered (all of them)."""
    return tmp / "clean", clean_build(project, tmp / "clean")
