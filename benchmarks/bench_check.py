"""Benchmark `guongsang check` on a synthetic project (not a test: prints figures).

    python benchmarks/bench_check.py --n 10000 --runs 5

Generates the project with `guongsang demo` (unless --project is given), then times
whole `guongsang check` processes — start-up included, as a user or CI sees it —
and prints the median, min and max wall time and the peak memory of three cases:

- cold: no kept results (`.cache/guongsang/check/` deleted before each run);
- warm: nothing changed since the last check;
- after one edit: one profile's summary changed (a different profile each run), then check.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
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


def edit_one(project: Path, k: int) -> None:
    """Change the summary of the k-th profile that has room for a few more words (as an editor would)."""
    profiles = sorted(p for p in (project / "exemplars").rglob("*.md") if "_vocab" not in p.parts)
    for path in profiles[k * 7 % len(profiles):] + profiles:
        text = path.read_text(encoding="utf-8")
        found = re.search(r"^summary: (.*)$", text, re.MULTILINE)
        if found and len(found.group(1)) < 260:
            path.write_text(text[:found.end(1)] + f" (sửa lần {k})" + text[found.end(1):], encoding="utf-8")
            return
    sys.exit("no profile has a summary to edit")


def report(name: str, runs: list[tuple[float, float]]) -> float:
    times, peak_mb = [t for t, _ in runs], max(m for _, m in runs)
    median = statistics.median(times)
    print(f"  {name:<16} median {median:.2f} s (min {min(times):.2f}, max {max(times):.2f}; {len(runs)} runs); "
          f"peak RSS {peak_mb:.0f} MB")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="profiles to generate (default 10000)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each case (default 5)")
    parser.add_argument("--project", type=Path, help="use this project instead of generating one (its summaries get edited)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="guongsang-bench-") as tmp:
        project = args.project or Path(tmp) / "demo"
        if args.project is None:
            start = time.perf_counter()
            subprocess.run([*GUONGSANG, "demo", "--count", str(args.n), str(project)], check=True)
            print(f"demo: {args.n} profiles written in {time.perf_counter() - start:.1f} s")
        cache = project / ".cache" / "guongsang" / "check"
        time_check(project)  # warm the file cache so every timed run sees the same disk state
        files = sum(1 for p in (project / "exemplars").rglob("*.md") if "_vocab" not in p.parts)
        print(f"check: {files} profiles")
        cold = []
        for _ in range(args.runs):
            shutil.rmtree(cache, ignore_errors=True)
            cold.append(time_check(project))
        time.sleep(2.5)  # results of files written in the last 2 s are not kept (core/checkcache.py)
        time_check(project)
        warm = [time_check(project) for _ in range(args.runs)]
        edited = []
        for k in range(args.runs):
            edit_one(project, k)
            edited.append(time_check(project))
        cold_s = report("cold (no cache)", cold)
        report("warm, no change", warm)
        edit_s = report("after one edit", edited)
        print(f"  after one edit / cold: {edit_s / cold_s:.2f}")


if __name__ == "__main__":
    main()
