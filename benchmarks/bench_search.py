"""Benchmark search on a `guongsang demo` portal (prints figures).

    python benchmarks/bench_search.py --n 10000 --runs 3

In one session, on one demo project:
- index time: the Pagefind step of `guongsang build` (one `add_directory` over the staged
  documents, then writing the bundle), as the build reports it, median of the runs;
- build cost of search: `guongsang build` with search on and with `search: false`, alternating,
  image cache warm (medians, min and max);
- bytes one query transfers: the built site served on 127.0.0.1 without compression (so these
  are upper bounds; gzip on the server shrinks pagefind.js further), Debian's Chromium with an
  empty cache for each query, counting every response after the search page has loaded:
  Pagefind's runtime (pagefind.js, its WebAssembly, the entry and metadata files), the index
  chunks and the fragments of the first 10 results, and, separately, their thumbnails.
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
from pathlib import Path
from urllib.parse import quote, urlparse

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from bench import run  # times one process (wait4: peak RSS of it and its children)
from browserkit import chromium, serve  # the tests' static server and browser flags

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
QUERIES = ("thi dua", "dang thi huong", "giáo dục", "dak lak", "nguyen van")
REPORT = re.compile(r"Tìm kiếm: lập chỉ mục (\d+) trang \(([^)]*)\) trong ([\d,]+) s \((\d+) tệp")


PEAK_RSS: list[float] = []  # MB, largest process of each build (Pagefind's included)


def build(project: Path) -> tuple[float, str]:
    elapsed, rss, log = run([sys.executable, "-m", "guongsang", "build"], project)
    PEAK_RSS.append(rss)
    return elapsed, log


def set_search(project: Path, on: bool) -> None:
    """Switch the demo's `search` option (its mkdocs.yml lists the plugin as `  - guongsang`)."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("  - guongsang:\n      search: false\n", "  - guongsang\n")
    if not on:
        text = text.replace("  - guongsang\n", "  - guongsang:\n      search: false\n", 1)
    config.write_text(text, encoding="utf-8")


def stats(label: str, values: list[float], unit: str = "s") -> str:
    return f"{label}: median {statistics.median(values):.1f} {unit} (min {min(values):.1f}, max {max(values):.1f})"


def query_bytes(site: Path) -> list[tuple[str, int, int, int, int]]:
    """(query, results, runtime bytes, index+fragment bytes, thumbnail bytes) for each query.

    Counted from opening the search page with a query in its address, with an empty cache:
    everything under /pagefind/ is search (runtime: pagefind.js, worker, WebAssembly, entry and
    metadata; index: index chunks, fragments, filters), JPEG/WebP files are result thumbnails;
    the page's own HTML, styles and scripts are not counted.
    """
    from playwright import sync_api

    out = []
    with serve(site) as base, chromium(sync_api) as browser:
        for query in QUERIES:
            context = browser.new_context()  # an empty cache for every query
            page = context.new_page()
            seen: list[object] = []
            page.on("requestfinished", lambda request, seen=seen: seen.append(request))
            page.goto(f"{base}tim-kiem/?q={quote(query)}", wait_until="networkidle")
            page.wait_for_selector("[data-gs-results][data-state=ready]", state="attached")
            page.wait_for_load_state("networkidle")
            results = page.locator(".gs-result").count()
            runtime = index = thumbs = 0
            for request in seen:
                path = urlparse(request.url).path
                sizes = request.sizes()
                size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
                if path.startswith(("/pagefind/fragment/", "/pagefind/index/", "/pagefind/filter/")):
                    index += size
                elif path.startswith("/pagefind/"):
                    runtime += size
                elif path.endswith((".jpg", ".webp")) and "/guong-dien-hinh/" in path:
                    thumbs += size
            out.append((query, results, runtime, index, thumbs))
            context.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="guongsang-search-") as tmp:
        demo = Path(tmp) / "demo"
        subprocess.run([sys.executable, "-m", "guongsang", "demo", "--count", str(args.n), str(demo)],
                       check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        build(demo)  # warm the image cache
        with_search, without, index_s = [], [], []
        for _ in range(args.runs):
            set_search(demo, True)
            seconds, log = build(demo)
            with_search.append(seconds)
            found = REPORT.search(log)
            if not found:
                sys.exit(f"no search report in the build output:\n{log[-2000:]}")
            pages, scope, index_time, files = found.groups()
            index_s.append(float(index_time.replace(",", ".")))
            kept = Path(tmp) / "site-search"
            shutil.rmtree(kept, ignore_errors=True)
            shutil.copytree(demo / "site", kept)
            set_search(demo, False)
            without.append(build(demo)[0])
        set_search(demo, True)
        bundle = kept / "pagefind"
        size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file())
        print(f"N = {args.n} profiles, {args.runs} alternating runs; {pages} pages indexed ({scope})")
        print(stats("index time (Pagefind step of the build)", index_s))
        print(stats("guongsang build with search", with_search))
        print(stats("guongsang build without search", without))
        print(f"search adds {statistics.median(with_search) - statistics.median(without):.1f} s to the build (medians)")
        print(f"bundle: {files} files, {size / 1e6:.1f} MB on disk; peak RSS of a build {max(PEAK_RSS):.0f} MB")
        print("query | results shown | runtime KB | index+fragments KB | total KB | thumbnails KB")
        for query, results, runtime, index, thumbs in query_bytes(kept):
            print(f"{query} | {results} | {runtime / 1024:.0f} | {index / 1024:.0f} | {(runtime + index) / 1024:.0f} "
                  f"| {thumbs / 1024:.0f}")


if __name__ == "__main__":
    main()
