"""benchmarks/bench_weight.py on the sample: a first visit fits the page-weight budgets (issue 18, item 13).

A property of the pages, not a speed: the bytes are counted after nginx's gzip, whatever the machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from nginxkit import require_nginx

SCRIPT = REPO / "benchmarks" / "bench_weight.py"


def run(site: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), "--site", str(site), "--json", str(out), *extra],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def weights(sample_site: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], dict]:
    from browserkit import require_chromium

    require_chromium()
    require_nginx()
    out = tmp_path_factory.mktemp("weight") / "weight.json"
    result = run(sample_site, out)
    return result, json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}


def test_home_and_profiles_fit_their_budgets(weights: tuple[subprocess.CompletedProcess[str], dict]) -> None:
    result, figures = weights
    assert result.returncode == 0, result.stdout + result.stderr
    assert set(figures) == {"home", "profile-photo", "profile-nophoto"}
    assert figures["home"]["budget_kb"] == 150 and figures["profile-photo"]["budget_kb"] == 120
    assert all(0 < f["kb"] <= f["budget_kb"] for f in figures.values()), figures


def test_the_table_lists_each_response_and_leaves_photos_out(weights: tuple[subprocess.CompletedProcess[str], dict]) -> None:
    result, _ = weights
    out = result.stdout
    assert "Document" in out and "stylesheets/main." in out and "total " in out  # the page itself and Material's stylesheet
    profile = out[out.index("profile-photo: /guong-dien-hinh/"):out.index("profile-nophoto:")]
    assert "photos excluded: 0 responses" not in profile  # the profile's own photo was loaded, and left out
    assert not any(line.strip().endswith((".jpg", ".webp")) for line in profile.splitlines()), profile


def test_a_page_over_its_budget_fails_the_run(sample_site: Path, tmp_path: Path,
                                              weights: tuple[subprocess.CompletedProcess[str], dict]) -> None:
    result = run(sample_site, tmp_path / "w.json", "--profile-budget", "10")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "OVER BUDGET" in result.stdout and "over budget: profile-photo, profile-nophoto" in result.stderr
