"""Benchmark loudspeaker bulletins on a synthetic project (not a test: prints figures).

    python benchmarks/bench_radio.py --n 10000 --runs 3 [--project /tmp/d10k]

Generates the project with `guongsang demo` (unless --project is given), then prints medians of:

- `guongsang radio --minutes 10 --output x.docx` as a whole process (start-up and `check` with its kept
  results included, as a user sees it; a first run warms the check cache and is not counted), and the
  same with .txt;
- in one process: loading the published catalog, making the 10-minute bulletin, writing the .docx;
- the build-time cost of the portal's month pages (outputs/portal/radiopages.py): every month's bulletin,
  .txt and .docx, and every page's view, as the plugin asks for them, with no kept Word files and with
  those of the last build (MkDocs' rendering of the pages, one per month, is not included: a handful of
  pages next to thousands).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

GUONGSANG = [sys.executable, "-m", "guongsang"]


def median_of(runs: int, work: Callable[[], object]) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def whole_process(project: Path, out: Path) -> None:
    run = subprocess.run([*GUONGSANG, "radio", "--root", str(project), "--minutes", "10", "--output", str(out)],
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"guongsang radio exited {run.returncode}: {run.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--project", type=Path)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-radio-"))
    project = args.project
    if project is None:
        project = work / "demo"
        subprocess.run([*GUONGSANG, "demo", "--count", str(args.n), str(project)], check=True,
                       stdout=subprocess.DEVNULL)

    from guongsang.core.project import Project
    from guongsang.outputs import published
    from guongsang.outputs.portal.radiopages import RadioPages, months
    from guongsang.outputs.radio.bulletin import Selection, duration, make
    from guongsang.outputs.radio.formats import to_docx

    whole_process(project, work / "warm.docx")  # warms the check cache
    docx_s, _ = median_of(args.runs, lambda: whole_process(project, work / "b.docx"))
    txt_s, _ = median_of(args.runs, lambda: whole_process(project, work / "b.txt"))
    load_s, pub = median_of(args.runs, lambda: published.load(Project.at(project)))
    catalog, settings = pub.catalog, pub.site.radio  # type: ignore[attr-defined]
    make_s, bulletin = median_of(args.runs, lambda: make(catalog, Selection(), settings, date.today()))
    write_s, data = median_of(args.runs, lambda: to_docx(bulletin))  # type: ignore[arg-type]

    cache = work / "cache"

    def pages(cold: bool) -> int:
        if cold:
            shutil.rmtree(cache / "radio", ignore_errors=True)
        radio = RadioPages(catalog, settings, cache)
        files = radio.files()
        for spec in radio.specs():
            radio.view(spec.ref)
        return len(files)

    cold_s, files = median_of(args.runs, lambda: pages(True))
    warm_s, _ = median_of(args.runs, lambda: pages(False))
    print(f"{len(catalog.published)} published profiles, {len(months(catalog))} months; "
          f"the 10-minute bulletin: {len(bulletin.items)} items, {duration(bulletin.seconds)}, "  # type: ignore[attr-defined]
          f"{len(data)} bytes of .docx")  # type: ignore[arg-type]
    print("| what | median (s) |")
    print("|---|---:|")
    print(f"| `guongsang radio --minutes 10 -o b.docx` (whole process) | {docx_s:.2f} |")
    print(f"| `guongsang radio --minutes 10 -o b.txt` (whole process) | {txt_s:.2f} |")
    print(f"| load the published catalog (check with kept results, catalog) | {load_s:.2f} |")
    print(f"| make the bulletin | {make_s:.3f} |")
    print(f"| write the .docx | {write_s:.3f} |")
    print(f"| build: month pages' bulletins, {files} downloads and views, no kept .docx | {cold_s:.2f} |")
    print(f"| build: the same, .docx kept from the last build (outputs/radio/docxcache.py) | {warm_s:.2f} |")
    print(f"({args.runs} runs each; machine: {date.today()}, shared unless said otherwise)")


if __name__ == "__main__":
    main()
