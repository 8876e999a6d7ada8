"""`guongsang print booklet` on a demo project: time, peak memory and PDF size (prints figures).

    python benchmarks/bench_print.py --count 1500 --runs 3

Makes (or reuses) a demo project with `guongsang demo --count N`, picks the year with the most
published profiles (about a third of them: ~500 of 1,500), and prints its booklet: a first run with
an empty print cache (every photo prepared), then --runs more with the cache warm. Whole processes
are timed; peak memory is the largest resident set of the process (Linux wait4).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ENV = {**os.environ, "NO_COLOR": "1"}


def timed(args: list[str], cwd: Path) -> tuple[float, float, str]:
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stderr = proc.stderr.read() if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(args)} failed:\n{stderr}")
    return elapsed, usage.ru_maxrss / 1024, stderr


def biggest_year(root: Path) -> tuple[str, int]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from guongsang.core.project import Project
    from guongsang.outputs.published import load

    catalog = load(Project.at(root)).catalog
    value = max(catalog.sections["year"], key=lambda v: len(v.members))
    return value.id, len(value.members)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--project", type=Path, default=Path("/tmp/guongsang-bench-print"))
    args = parser.parse_args()
    guongsang = [sys.executable, "-m", "guongsang"]
    if not (args.project / "exemplars").is_dir():
        subprocess.run([*guongsang, "demo", "--count", str(args.count), str(args.project)], check=True, env=ENV)
    year, members = biggest_year(args.project)
    out = args.project.parent / f"{args.project.name}-ky-yeu.pdf"
    command = [*guongsang, "print", "booklet", "--year", year, "--output", str(out)]
    shutil.rmtree(args.project / ".cache" / "guongsang" / "print", ignore_errors=True)
    cold, cold_mem, said = timed(command, args.project)
    pages = re.search(r"\((\d+) trang", said)
    warm = [timed(command, args.project)[:2] for _ in range(args.runs)]
    print(f"booklet of year {year}: {members} profiles, {pages.group(1) if pages else '?'} pages, "
          f"{out.stat().st_size / 1e6:.1f} MB PDF")
    print(f"  cold print cache: {cold:.1f} s, peak {cold_mem:.0f} MB")
    print(f"  warm print cache: median {statistics.median(t for t, _ in warm):.1f} s of {args.runs} "
          f"({', '.join(f'{t:.1f}' for t, _ in warm)}), peak {max(m for _, m in warm):.0f} MB")


if __name__ == "__main__":
    main()
