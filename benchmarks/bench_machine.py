"""How fast this machine is at the work the test suite does, to read the suite's time against.

    python benchmarks/bench_machine.py            # 3 warm builds, 10 navigations, 5 new tabs
    python benchmarks/bench_machine.py --quick    # 1, 2 and 1: checks that it runs

The suite's wall time moved from 6 to 19 minutes between two 2-core machines with the same code and
packages (BENCHMARKS.md, "Chromium's share, kept tabs, and the machine's speed"). Its work is mostly
`guongsang build`s of the sample and Chromium loading its pages, so this measures exactly those:

- a fixed Python loop (`sum(i*i for i in range(5*10**6))`), CPU seconds, best of 3;
- a warm `guongsang build` of a copy of the sample (image cache and compiled templates kept), CPU
  seconds of the command and its children, median;
- the sample's home page in Debian's Chromium (the suite's flags): a navigation in a tab the browser
  has, and a new tab opened for it; CPU seconds of the whole machine per page from /proc/stat (so run
  it with nothing else going on), median of each.

Needs the test extra (Playwright), Chromium and Linux. Prints a table; writes nothing outside a
temporary folder.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "tests")]

from browserkit import CHROMIUM, FLAGS, serve  # noqa: E402
from conftest import RUN_ID, copy_project, run_guongsang  # noqa: E402

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2}


def machine_busy() -> float:
    """CPU seconds the whole machine has spent busy since boot (every core; /proc/stat)."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(v) for v in stat.readline().split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")  # less idle and iowait


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def loop_seconds() -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        sum(i * i for i in range(5 * 10**6))
        best = min(best, time.process_time() - start)
    return best


def timed(action: Callable[[int], object], runs: int, cpu: Callable[[], float]) -> tuple[list[float], list[float]]:
    """CPU seconds (by the clock ``cpu``) and wall seconds of each of ``runs`` calls of ``action(n)``."""
    cpu_seconds, wall = [], []
    for n in range(runs):
        before, start = cpu(), time.perf_counter()
        action(n)
        wall.append(time.perf_counter() - start)
        cpu_seconds.append(cpu() - before)
    return cpu_seconds, wall


def warm_builds(project: Path, runs: int, *, prime: bool) -> tuple[list[float], list[float]]:
    """CPU and wall seconds of ``runs`` `guongsang build`s; with ``prime``, after a first one that fills the
    caches (the image cache and compiled templates)."""

    def build(_: int) -> None:
        if (built := run_guongsang("build", cwd=project)).returncode != 0:
            sys.exit(f"guongsang build failed:\n{built.stderr}")

    if prime:
        build(0)
    return timed(build, runs, children_cpu)


def page_loads(site: Path, navigations: int, tabs: int) -> dict[str, tuple[list[float], list[float]]]:
    from playwright.sync_api import sync_playwright

    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            kept = browser.new_context(**PHONE).new_page()
            kept.goto(base)  # the first load of a tab is the new-tab figure's; not counted here

            def open_tab(n: int) -> None:
                context = browser.new_context(**PHONE)
                context.new_page().goto(f"{base}?tab={n}")
                context.close()

            return {
                "a navigation in a kept tab": timed(lambda n: kept.goto(f"{base}?n={n}"), navigations, machine_busy),
                "a new tab": timed(open_tab, tabs, machine_busy),
            }
        finally:
            browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="one build, two navigations, one tab")
    args = parser.parse_args()
    builds, navigations, tabs = (1, 2, 1) if args.quick else (3, 10, 5)
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} is missing (apt-get install chromium)")
    rows = [("Python loop, best of 3", [loop_seconds()], [])]
    with tempfile.TemporaryDirectory(prefix="guongsang-bench-machine-") as tmp:
        # Inside the test suite, the copy starts with the caches of the run's shared build of the sample.
        in_suite = RUN_ID in os.environ
        project = copy_project(Path(tmp) / "du-an", warm_images=in_suite)
        rows.append(("warm `guongsang build` of the sample", *warm_builds(project, builds, prime=not in_suite)))
        for label, (cpu, wall) in page_loads(project / "site", navigations, tabs).items():
            rows.append((f"home page: {label}", cpu, wall))
    print("| measure | CPU-s (median) | wall s (median) | runs |")
    print("|---|---:|---:|---:|")
    for label, cpu, wall in rows:
        shown = f"{statistics.median(wall):.2f}" if wall else "—"
        print(f"| {label} | {statistics.median(cpu):.2f} | {shown} | {len(cpu)} |")


if __name__ == "__main__":
    main()
