"""The code base stays `ruff` clean (run as part of the test suite so CI enforces it), and the browser tests keep
a rule ruff cannot know."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import REPO


def test_ruff_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "scripts", "tests", "benchmarks"], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr



#: ``wait_for_function("<literal>")`` whose literal is not a function (``() => …``, ``n => …``)
BARE_WAIT = re.compile(r"""wait_for_function\(\s*(["'])(?!\s*(?:\([^)]*\)|[A-Za-z_]\w*)\s*=>)""")


def test_browser_waits_are_functions() -> None:
    """Playwright polls a bare expression with eval(), which the portal's CSP refuses (no 'unsafe-eval'): such a
    wait fails whenever its first look is not already true (it failed once in CI). A function is not eval'd."""
    bare = [f"{path.relative_to(REPO)}:{text.count(chr(10), 0, m.start()) + 1}"
            for path in sorted((REPO / "tests").rglob("*.py")) if path.name != "test_lint.py"
            for text in [path.read_text(encoding="utf-8")] for m in BARE_WAIT.finditer(text)]
    assert bare == []
    assert BARE_WAIT.search('page.wait_for_function("window.done === 1")')  # the rule sees what it forbids
    assert not BARE_WAIT.search('page.wait_for_function("() => window.done === 1")')
    assert not BARE_WAIT.search('page.wait_for_function("n => n > 1", arg=1)')
