"""Benchmark the portal build against a plain mkdocs-material build of the same Markdown (prints figures).

    python benchmarks/bench_portal.py --n 10000 --runs 3

Both builds run in one session, alternating, on the same `guongsang demo` project:
- ours: `guongsang build` (profiles, every section and its pages, home, photos; image cache warm
  after the first, cold run reported separately);
- plain: `mkdocs build` with Material, docs_dir = the same exemplars/ folder, no plugins and
  nothing in the nav (the fair baseline: what MkDocs itself costs for these pages).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_peers import PLAIN_YML  # the same baseline as benchmarks/bench.py

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}



def run(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(cmd)} exited {code}:\n{proc.stderr.read().decode()[-3000:] if proc.stderr else ''}")
    return elapsed, usage.ru_maxrss / 1024


def describe(label: str, runs: list[tuple[float, float]]) -> str:
    times = [t for t, _ in runs]
    return (f"{label}: median {statistics.median(times):.1f} s (min {min(times):.1f}, max {max(times):.1f}), "
            f"peak RSS {max(m for _, m in runs):.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="guongsang-portal-") as tmp:
        demo = Path(tmp) / "demo"
        subprocess.run([py, "-m", "guongsang", "demo", "--count", str(args.n), str(demo)], check=True, env=ENV)
        plain = Path(tmp) / "plain"
        plain.mkdir()
        (plain / "mkdocs.yml").write_text(PLAIN_YML.format(docs=demo / "exemplars", site=plain / "site"), encoding="utf-8")
        ours_cmd = [py, "-m", "guongsang", "build"]
        plain_cmd = [py, "-m", "mkdocs", "build", "--quiet"]
        cold = run(ours_cmd, demo)
        ours, base = [], []
        for _ in range(args.runs):
            ours.append(run(ours_cmd, demo))
            base.append(run(plain_cmd, plain))
        pages = list((demo / "site" / "guong-dien-hinh").glob("*/index.html"))
        avg_kb = sum(p.stat().st_size for p in pages) / len(pages) / 1024
        site_mb = sum(p.stat().st_size for p in (demo / "site").rglob("*") if p.is_file()) / 1e6
        html = sum(1 for _ in (demo / "site").rglob("index.html"))
        ratio = statistics.median(t for t, _ in ours) / statistics.median(t for t, _ in base)
        print(f"N = {args.n} profiles, {args.runs} alternating runs")
        print(f"ours, first build (cold image cache): {cold[0]:.1f} s, peak RSS {cold[1]:.0f} MB")
        print(describe("ours (guongsang build)", ours))
        print(describe("plain mkdocs-material", base))
        print(f"ratio ours / plain (medians): {ratio:.2f}")
        print(f"site: {html} pages, {site_mb:.0f} MB; profile pages: {len(pages)}, average {avg_kb:.1f} KB")


if __name__ == "__main__":
    main()
