"""Benchmark `guongsang check` on a synthetic project (not a test: prints figures).

    python benchmarks/bench_check.py --n 10000 --runs 5

Generates the project with `guongsang demo` (unless --project is given), then times
whole `guongsang check` processes — start-up included, as a user or CI sees it —
and prints the median, min and max wall time and the peak memory.
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

GUONGSANG = [sys.executable, "-m", "guongsang"]


def time_check(project: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one whole `guongsang check` process."""
    start = time.perf_counter()
    proc = subprocess.Popen([*GUONGSANG, "check", "--root", str(project)], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"check exited {proc.returncode} on {project}: run it by hand to see the problems")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="profiles to generate (default 10000)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs (default 5)")
    parser.add_argument("--project", type=Path, help="use this project instead of generating one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="guongsang-bench-") as tmp:
        project = args.project or Path(tmp) / "demo"
        if args.project is None:
            start = time.perf_counter()
            subprocess.run([*GUONGSANG, "demo", "--count", str(args.n), str(project)], check=True)
            print(f"demo: {args.n} profiles written in {time.perf_counter() - start:.1f} s")
        time_check(project)  # warm the file cache so every timed run sees the same disk state
        runs = [time_check(project) for _ in range(args.runs)]
        times, peak_mb = [t for t, _ in runs], max(m for _, m in runs)
        files = sum(1 for _ in (project / "exemplars").rglob("*.md"))
        print(f"check: {files} profiles, {args.runs} runs: median {statistics.median(times):.2f} s "
              f"(min {min(times):.2f}, max {max(times):.2f}); peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
