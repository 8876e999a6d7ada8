"""The code base stays `ruff` clean (run as part of the test suite so CI enforces it)."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO


def test_ruff_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "scripts", "tests"], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_imports_nothing_from_mkdocs() -> None:
    # DESIGN.md: MkDocs is one renderer behind a thin plugin, so a move to another renderer stays cheap.
    # Every module is core except the MkDocs side (mkdocs_*) and the commands that start MkDocs.
    package = REPO / "scripts" / "guongsang"
    core = sorted(
        ".".join(path.relative_to(package).with_suffix("").parts)
        for path in package.rglob("*.py")
        if path.relative_to(package).parts[0] not in ("mkdocs_plugin", "cli") and not path.name.startswith("__")
    )
    assert {"outputs.portal.imagery", "outputs.images.cards", "core.settings"} <= set(core)
    code = "import sys\n" + "".join(f"import guongsang.{m}\n" for m in core) + "print(sorted(m for m in sys.modules if m.split('.')[0] in ('mkdocs', 'material')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
