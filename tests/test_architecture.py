"""The import rules of ARCHITECTURE.md, enforced: the folders of the package are its layers.

core        imports nothing of ours outside core
authoring   imports core
outputs     imports core and other outputs
cli         imports core, authoring, outputs, and mkdocs_plugin.run (which starts MkDocs)
mkdocs_plugin  imports anything but cli; the only package that imports MkDocs or Material
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

PACKAGE = REPO / "scripts" / "guongsang"
MKDOCS = ("mkdocs", "material")
ALLOWED = {
    "core": ("core",),
    "authoring": ("core", "authoring"),
    "outputs": ("core", "outputs"),
    "cli": ("core", "authoring", "outputs", "cli", "mkdocs_plugin.run"),
    "mkdocs_plugin": ("core", "authoring", "outputs", "mkdocs_plugin"),
}
TOP_MODULES = {"__init__", "__main__"}  # guongsang/__init__.py (the version) and `python -m guongsang`
MAX_LINES = 300


def _modules() -> dict[str, Path]:
    """Dotted name under guongsang (``core.model``) → file, for every module of the package."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _imports(path: Path, dotted: str, source: str) -> list[tuple[int, str]]:
    """(line, absolute module) of every import in the source, at any depth (imports inside functions count)."""
    is_package = path.name == "__init__.py"
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the importing module's package
                base = ["guongsang", *dotted.split(".")]
                base = base if is_package else base[:-1]
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            # `from guongsang.core import load` imports the module guongsang.core.load
            out += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
    return out


def _layer(dotted: str) -> str:
    return dotted.split(".")[0]


def _violations(modules: dict[str, Path], sources: dict[str, str] | None = None) -> list[str]:
    """Every import that crosses the rules; ``sources`` stands in for the files' text (the rule's own tests)."""
    bad = []
    for dotted, path in modules.items():
        source = (sources or {}).get(dotted) or path.read_text(encoding="utf-8")
        layer = _layer(dotted)
        where = path.relative_to(REPO)
        if layer in TOP_MODULES:
            continue
        if layer not in ALLOWED:
            bad.append(f"{where}: a module outside the layers {sorted(ALLOWED)}; put it in one (ARCHITECTURE.md)")
            continue
        for line, name in _imports(path, dotted, source):
            top = name.split(".")[0]
            if top in MKDOCS and layer != "mkdocs_plugin":
                bad.append(f"{where}:{line}: imports {name}; only mkdocs_plugin may import MkDocs")
            if top != "guongsang" or name.count(".") < 1:
                continue
            target = name.removeprefix("guongsang.")
            if target in TOP_MODULES or target.startswith("__version__"):
                continue
            if not any(target == ok or target.startswith(ok + ".") for ok in ALLOWED[layer]):
                bad.append(f"{where}:{line}: {layer} imports {name}")
    return bad


def test_every_module_keeps_to_its_layer() -> None:
    modules = _modules()
    assert {"core.model", "core.validate", "outputs.portal.views", "cli.main", "mkdocs_plugin.plugin"} <= set(modules)
    assert _violations(modules) == []


@pytest.mark.parametrize(
    ("layer", "line", "expected"),
    [
        ("core/bad.py", "from guongsang.outputs.feeds import rss", "core imports guongsang.outputs.feeds.rss"),
        ("core/bad.py", "import mkdocs.config", "only mkdocs_plugin may import MkDocs"),
        ("outputs/bad.py", "def f():\n    from guongsang.cli import main", "outputs imports guongsang.cli.main"),
        ("outputs/bad.py", "from material.plugins import x", "only mkdocs_plugin may import MkDocs"),
        ("authoring/bad.py", "from guongsang.outputs.portal import views", "authoring imports"),
        ("cli/bad.py", "from guongsang.mkdocs_plugin.plugin import GuongsangPlugin", "cli imports"),
        ("mkdocs_plugin/bad.py", "from guongsang.cli.site import build", "mkdocs_plugin imports guongsang.cli"),
        ("outputs/portal/bad.py", "from ...core import model\nfrom ...cli import main", "outputs imports guongsang.cli.main"),
        ("helpers.py", "import os", "a module outside the layers"),
    ],
)
def test_the_rule_catches_a_crossing(layer: str, line: str, expected: str) -> None:
    dotted = ".".join(Path(layer).with_suffix("").parts)
    found = _violations({dotted: PACKAGE / layer}, {dotted: line + "\n"})
    assert any(expected in v for v in found), found


def test_nothing_outside_the_adapters_loads_mkdocs() -> None:
    # The static rule above, checked at run time too: importing every other module (the command line
    # included) leaves MkDocs and Material unloaded, so `guongsang check` starts without them.
    others = [m for m in _modules() if _layer(m) not in ("mkdocs_plugin", "__main__", "__init__")]
    code = "import sys\n" + "".join(f"import guongsang.{m}\n" for m in others)
    code += "print(sorted(m for m in sys.modules if m.split('.')[0] in ('mkdocs', 'material')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_long_modules_say_why() -> None:
    # ARCHITECTURE.md: a module over 300 lines states at its top why it is not split.
    long = []
    for folder in ("scripts", "benchmarks", "tests"):
        for path in sorted((REPO / folder).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            head = "\n".join(text.splitlines()[:12])
            if text.count("\n") > MAX_LINES and not re.search(r"over 300 lines", head, re.IGNORECASE):
                long.append(f"{path.relative_to(REPO)}: {text.count(chr(10))} lines")
    assert long == []


def test_architecture_md_names_every_folder() -> None:
    text = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")
    folders = sorted(
        str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*") if p.is_dir() and p.name != "__pycache__"
    )
    missing = [f for f in folders if f"{Path(f).name}/" not in text]
    assert missing == []
