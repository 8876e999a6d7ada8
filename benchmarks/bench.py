"""Guongsang against the tools people would pick instead, measured side by side (prints figures, writes results).

    pip install -e ".[bench]"
    python benchmarks/bench.py --n 1000 10000 --runs 3

For each N: `guongsang demo --count N` writes the profiles; the same Markdown becomes a plain
mkdocs-material project, a Material blog, a Pelican site and a Hugo site (benchmarks/bench_peers.py).
Then, over repeated rounds, alternating tool by tool so that a slow minute of the machine hits
all of them (who goes first changes every round): our full build (`guongsang build`: pages,
sections, feeds, cards, search) run again with nothing changed (every cache warm: the first build comes before the rounds); our build with
an empty render cache and a warm image cache (`.cache/guongsang/render/` deleted first); each
peer's build from an empty output folder (they have no render cache: that is their rebuild too);
and `guongsang check`. Our first build (empty image cache) is timed once before the rounds.
Whole processes are timed; peak memory is the largest resident set of the process and its
children (Linux wait4). Results are merged into --results (JSON, by N) and plotted (--plot).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import bench_peers
from bench_plot import write_plot

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"}
PEERS = ("plain", "blog", "pelican", "hugo")
TOOLS = ("ours", "ours_render_cold", *PEERS, "check")
LABELS = {"ours": "Guongsang, rebuild with nothing changed (guongsang build)",
          "ours_render_cold": "Guongsang, empty render cache, image cache warm",
          "ours_cold": "Guongsang, first build (empty image cache)",
          "plain": "plain mkdocs-material", "blog": "Material blog plugin", "pelican": "Pelican", "hugo": "Hugo",
          "check": "guongsang check", "pagefind": "Pagefind step (inside our build)"}
REPO = Path(__file__).resolve().parents[1]


def run(cmd: list[str], cwd: Path) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB (the process and its descendants), stderr."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd)} (in {cwd}) failed:\n{stderr[-3000:]}")
    return elapsed, usage.ru_maxrss / 1024, stderr


def _seconds(pattern: str, text: str) -> float | None:
    match = re.search(pattern, text)
    return float(match[1].replace(",", ".")) if match else None


def folder_size(path: Path) -> tuple[int, int]:
    """(bytes, html files) of a built site."""
    total = pages = 0
    for p in path.rglob("*"):
        if p.is_file():
            total += p.stat().st_size
            pages += p.suffix == ".html"
    return total, pages


def summary(samples: list[float]) -> dict[str, float]:
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples)}


def bench_n(n: int, runs: int, tools: tuple[str, ...], work: Path, seed_cache: Path | None = None) -> dict[str, object]:
    py = sys.executable
    demo = work / "demo"
    made, _, _ = run([py, "-m", "guongsang", "demo", "--count", str(n), str(demo)], work)
    print(f"N={n}: demo written in {made:.1f} s", flush=True)
    profiles = bench_peers.read_profiles(demo)
    facets = bench_peers.names(demo)
    peers = {}
    for name in PEERS:
        if name in tools:
            writer = getattr(bench_peers, name)
            peers[name] = writer(demo, work / name) if name == "plain" else writer(demo, work / name, profiles, facets)
    ours_cmd = [py, "-m", "guongsang", "build"]
    times: dict[str, list[float]] = {t: [] for t in tools}
    rss: dict[str, float] = {}
    extra: dict[str, object] = {"profiles": len(profiles), "photos": sum(1 for p in profiles if p.meta.get("photo"))}
    if seed_cache is not None:  # a warm image cache from an earlier run of the same demo: skip the cold build
        shutil.copytree(seed_cache, demo / ".cache", dirs_exist_ok=True)
    if "ours" in tools or "ours_render_cold" in tools:
        cold, cold_rss, report = run(ours_cmd, demo)
        if seed_cache is None:
            extra["ours_cold"] = {"seconds": cold, "rss_mb": cold_rss, "encoded": _encoded(report)}
        print(f"  ours, first build: {cold:.1f} s, {cold_rss:.0f} MB", flush=True)
    if "ours" in tools:
        times["pagefind"] = []
        extra["encoded_on_rebuild"] = []
    for round_no in range(1, runs + 1):
        # Who goes first changes every round. Measured on 2026-12-01 before any render cache existed (both of our
        # rows then do the same work): the one always timed right after our build was 1.5–1.7× slower in 3 rounds
        # of 3, likely the previous build's 185 MB of writes and clean-up; rotating spreads that over every tool.
        shift = (round_no - 1) % len(tools)
        for tool in tools[shift:] + tools[:shift]:
            if tool == "ours":
                t, m, report = run(ours_cmd, demo)
                times["pagefind"].append(_seconds(r"Tìm kiếm: .*? trong ([\d,]+) s", report) or float("nan"))
                extra["encoded_on_rebuild"].append(_encoded(report))  # type: ignore[union-attr]
            elif tool == "ours_render_cold":  # only the rendered pages are forgotten; images stay cached
                shutil.rmtree(demo / ".cache" / "guongsang" / "render", ignore_errors=True)
                t, m, _ = run(ours_cmd, demo)
            elif tool == "check":
                t, m, _ = run([py, "-m", "guongsang", "check"], demo)
            else:
                peer = peers[tool]
                shutil.rmtree(peer.output, ignore_errors=True)
                t, m, _ = run(peer.cmd, peer.cwd)
            times[tool].append(t)
            rss[tool] = max(rss.get(tool, 0.0), m)
        print(f"  round {round_no}: " + ", ".join(f"{k} {v[-1]:.1f} s" for k, v in times.items() if v), flush=True)
    sizes = {}
    for tool in tools:
        site = demo / "site" if tool == "ours" else peers[tool].output if tool in peers else None
        if site is not None:
            size, pages = folder_size(site)
            sizes[tool] = {"bytes": size, "html": pages}
    return {"n": n, "date": date.today().isoformat(), "runs": runs,
            "times": {k: summary(v) for k, v in times.items() if v}, "rss_mb": rss, "sizes": sizes, **extra}


def _encoded(report: str) -> int | None:
    if "không mã hoá lại gì" in report:
        return 0
    match = re.search(r"mã hoá ([\d.]+)", report)
    return int(match[1].replace(".", "")) if match else None


def table(result: dict[str, object]) -> str:
    times: dict[str, dict[str, float]] = result["times"]  # type: ignore[assignment]
    rss: dict[str, float] = result["rss_mb"]  # type: ignore[assignment]
    sizes: dict[str, dict[str, int]] = result["sizes"]  # type: ignore[assignment]
    base = times.get("plain", {}).get("median")
    rows = ["| tool | median | min | max | × plain | peak RSS | output |", "|---|---|---|---|---|---|---|"]
    for tool, t in times.items():
        ratio = f"{t['median'] / base:.2f}" if base else "—"
        out = sizes.get(tool)
        size = f"{out['html']:,} pages, {out['bytes'] / 1e6:,.0f} MB" if out else "—"
        mem = f"{rss[tool]:,.0f} MB" if tool in rss else "—"
        rows.append(f"| {LABELS[tool]} | **{t['median']:.1f} s** | {t['min']:.1f} s | {t['max']:.1f} s | {ratio} | {mem} | {size} |")
    cold = result.get("ours_cold")
    if isinstance(cold, dict):
        rows.append(f"| {LABELS['ours_cold']} | {cold['seconds']:.1f} s (once) | | | | {cold['rss_mb']:,.0f} MB | "
                    f"{cold['encoded']:,} images encoded |")
    goals = [f"{LABELS[k].split(' (')[0].removeprefix('Guongsang, ')} {times[k]['median'] / base:.2f}× plain "
             f"(target ≤ {goal})" for k, goal in (("ours", 0.5), ("ours_render_cold", 1.0)) if k in times and base]
    if goals:
        rows.append("\nIssue 20 targets: " + "; ".join(goals))
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, nargs="+", default=[1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tools", default=",".join(TOOLS), help=f"comma-separated subset of {','.join(TOOLS)}")
    parser.add_argument("--results", type=Path, default=REPO / "benchmarks" / "results.json")
    parser.add_argument("--plot", type=Path, default=REPO / "benchmarks" / "build-time.svg")
    parser.add_argument("--seed-cache", type=Path, help="copy this .cache folder (same N, same seed) into the demo "
                        "first: the first build is then not cold and is not reported")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary folder)")
    args = parser.parse_args()
    tools = tuple(t for t in TOOLS if t in args.tools.split(","))
    stored = json.loads(args.results.read_text(encoding="utf-8")) if args.results.is_file() else {}
    for n in args.n:
        if args.keep:
            work = args.keep / f"n{n}"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            result = bench_n(n, args.runs, tools, work, args.seed_cache)
        else:
            with tempfile.TemporaryDirectory(prefix=f"guongsang-bench-{n}-") as tmp:
                result = bench_n(n, args.runs, tools, Path(tmp), args.seed_cache)
        result["machine"] = f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"
        previous = stored.get(str(n), {})
        # a partial run (--tools) keeps the figures of tools it did not measure
        for key in ("times", "rss_mb", "sizes"):
            result[key] = {**previous.get(key, {}), **result[key]}  # type: ignore[dict-item]
        stored[str(n)] = result
        print(f"\nN = {n:,} profiles ({result['photos']:,} with photos), {args.runs} rounds, {result['date']}\n")
        print(table(result))
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(stored, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_plot(stored, args.plot, LABELS)
    print(f"\nresults: {args.results}\nplot: {args.plot}")


if __name__ == "__main__":
    main()
