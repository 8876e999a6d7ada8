"""Measure whether readers ever find the site missing while `guongsang build` replaces it (not a test).

    python benchmarks/bench_swap.py --rebuilds 20

Copies the sample project (content, exemplars, theme, mkdocs.yml) to a temporary folder, builds it
once, then starts a reader process that opens site/index.html over and over (as a web server's
worker does) while the project is rebuilt N times with real `guongsang build` processes. Prints the
reads, the misses (the file was not there) and the versions of the page the reader saw.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GUONGSANG = [sys.executable, "-m", "guongsang"]
READER = r"""
import os, sys
path, stop = sys.argv[1], sys.argv[2]
reads = misses = 0
print("ready", flush=True)
while not os.path.exists(stop):
    try:
        with open(path, "rb") as fh:
            fh.read(200)
        reads += 1
    except FileNotFoundError:
        misses += 1
print(reads, misses, flush=True)
"""


def copy_sample(dest: Path) -> Path:
    for name in ("content", "exemplars", "theme"):
        shutil.copytree(REPO / name, dest / name)
    shutil.copy(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    if (REPO / "node_modules").is_dir():
        (dest / "node_modules").symlink_to(REPO / "node_modules", target_is_directory=True)
    return dest


def build(project: Path) -> None:
    result = subprocess.run([*GUONGSANG, "build"], cwd=project, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"guongsang build failed:\n{result.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rebuilds", type=int, default=20, help="rebuilds while the reader reads (default 20)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-swap-") as tmp:
        project = copy_sample(Path(tmp) / "du-an")
        build(project)
        stop = Path(tmp) / "stop"
        reader = subprocess.Popen([sys.executable, "-c", READER, str(project / "site" / "index.html"), str(stop)],
                                  stdout=subprocess.PIPE, text=True)
        assert reader.stdout is not None and reader.stdout.readline() == "ready\n"
        start = time.perf_counter()
        try:
            for n in range(args.rebuilds):
                build(project)
                print(f"rebuild {n + 1}/{args.rebuilds}", file=sys.stderr, flush=True)
        finally:
            stop.touch()
            out, _ = reader.communicate(timeout=60)
        reads, misses = (int(x) for x in out.split())
        elapsed = time.perf_counter() - start
        print(f"{args.rebuilds} rebuilds in {elapsed:.0f} s: {misses} misses in {reads + misses} reads "
              f"({reads} reads found site/index.html)")


if __name__ == "__main__":
    main()
