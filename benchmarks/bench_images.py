"""Benchmark the image pipeline: first (cold cache) and cached builds of a demo project (prints figures).

    python benchmarks/bench_images.py --n 1000 --runs 3
    python benchmarks/bench_images.py --n 1000 --runs 3 --workers 1,2   # serial against two workers

Each cold run deletes the image cache (.cache/guongsang/images) first; each cached run follows a
build of the same content. Both are whole `guongsang build` processes, so they include the
portal's pages; the cached figure is what a rebuild with no new photos costs. With ``--workers``,
each run makes one cold build per worker count (GUONGSANG_IMAGE_WORKERS), alternately, so the
counts share the machine's moments alike; without it, the default (one worker per core).
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

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"}


def build(project: Path, workers: str = "") -> tuple[float, float, str, float]:
    """Wall seconds, peak RSS (MB), the build's own report, and CPU seconds (user + system, with every
    process the build waited for: MkDocs, the image workers). CPU seconds hardly depend on how busy the
    machine is, so they tell what an idle machine would take: about CPU / cores for the parallel part."""
    env = {**ENV, "GUONGSANG_IMAGE_WORKERS": workers} if workers else ENV
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "guongsang", "build"], cwd=project, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"guongsang build failed:\n{err[-3000:]}")
    report = next((line for line in err.splitlines() if line.startswith("Ảnh")), "")
    return elapsed, usage.ru_maxrss / 1024, report, usage.ru_utime + usage.ru_stime


Run = tuple[float, float, str, float]


def describe(label: str, runs: list[Run]) -> str:
    times = [r[0] for r in runs]
    return (f"{label}: median {statistics.median(times):.1f} s (min {min(times):.1f}, max {max(times):.1f}), "
            f"CPU {statistics.median(r[3] for r in runs):.1f} s, peak RSS {max(r[1] for r in runs):.0f} MB\n  {runs[-1][2]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", default="", help="comma-separated worker counts to compare, e.g. 1,2")
    args = parser.parse_args()
    counts = [w.strip() for w in args.workers.split(",") if w.strip()] or [""]
    with tempfile.TemporaryDirectory(prefix="guongsang-images-") as tmp:
        demo = Path(tmp) / "demo"
        subprocess.run([sys.executable, "-m", "guongsang", "demo", "--count", str(args.n), str(demo)], check=True, env=ENV)
        cache = demo / ".cache" / "guongsang" / "images"
        cold: dict[str, list[Run]] = {w: [] for w in counts}
        warm: list[Run] = []
        for _ in range(args.runs):
            for workers in counts:
                shutil.rmtree(cache, ignore_errors=True)
                cold[workers].append(build(demo, workers))
            warm.append(build(demo, counts[-1]))
        site = demo / "site"
        photos = sum(1 for p in (demo / "exemplars").rglob("*") if p.suffix.lower() in (".jpg", ".jpeg", ".png"))
        derived = [p for p in site.rglob("anh-*") if p.suffix in (".jpg", ".webp")]
        cards = [p.stat().st_size for p in site.rglob("chia-se-*.jpg")]
        print(f"N = {args.n} profiles ({photos} photos), {args.runs} runs each, {len(os.sched_getaffinity(0))} cores, "
              f"load average {os.getloadavg()[0]:.1f} at the end")
        medians = {w: statistics.median(r[0] for r in runs) for w, runs in cold.items()}
        for workers, runs in cold.items():
            print(describe(f"first build (cold image cache), {workers or 'default'} workers", runs))
        if len(counts) > 1:
            print("ratio to " + f"{counts[0]} workers (medians): "
                  + ", ".join(f"{w} workers {medians[w] / medians[counts[0]]:.2f}" for w in counts[1:]))
        print(describe("cached build (nothing changed)", warm))
        image_cpu = statistics.median(r[3] for r in cold[counts[-1]]) - statistics.median(r[3] for r in warm)
        print(f"image work: {image_cpu:.0f} CPU s (cold minus cached CPU medians); on an idle machine about "
              f"{image_cpu / len(os.sched_getaffinity(0)):.0f} s of wall time on {len(os.sched_getaffinity(0))} cores")
        print(f"ratio cold / cached (medians): {medians[counts[-1]] / statistics.median(r[0] for r in warm):.1f}")
        print(f"published: {len(derived)} photo derivatives ({sum(p.stat().st_size for p in derived) / 1e6:.0f} MB), "
              f"{len(cards)} share cards (median {statistics.median(cards) / 1000:.0f} KB, max {max(cards) / 1000:.0f} KB)")
        sources = sum(p.stat().st_size for p in (demo / "exemplars").rglob("*") if re.search(r"\.(jpe?g|png)$", p.name, re.I))
        print(f"photo sources: {sources / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
