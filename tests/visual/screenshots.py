"""Full-page screenshots of every page type of the portal, at a phone's size and a laptop's.

    .venv/bin/python tests/visual/screenshots.py [--out site-screenshots] [--demo-count 1200]
    .venv/bin/python tests/visual/screenshots.py --site path/to/site   # a site already built

Builds the sample portal (a copy of this repository's content, like the tests) and a generated demo
(`guongsang demo --count N`, then `guongsang build --root`), each once per run in a temporary folder,
serves them on 127.0.0.1 (unknown paths answer with 404.html, as nginx does), and writes
<out>/<site>-<page type>-<phone|desktop>.png in Debian's Chromium: 390×844 at scale 2 (touch, mobile)
and 1366×900. Each page is shot after its web fonts and every image (lazy ones too) have loaded, and
the search page after its results have appeared. Open them and look at them as a reader would.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # tests/visual and tests/ (browserkit, conftest)

from sitepages import KINDS, VIEWPORTS, open_page, pick  # noqa: E402

from browserkit import CHROMIUM, FLAGS, serve  # noqa: E402
from conftest import REPO, copy_project, run_guongsang  # noqa: E402


def _run(*args: str, cwd: Path) -> None:
    result = run_guongsang(*args, cwd=cwd)
    if result.returncode != 0:
        sys.exit(f"guongsang {' '.join(args)} thất bại:\n{result.stderr[-4000:]}")


def build_sites(work: Path, demo_count: int) -> dict[str, Path]:
    """The sample and the demo, each built once into ``work``; their site folders."""
    started = time.monotonic()
    sample = copy_project(work / "mau")
    _run("build", cwd=sample)
    print(f"mẫu: dựng xong sau {time.monotonic() - started:.0f} giây", flush=True)
    sites = {"sample": sample / "site"}
    if demo_count > 0:
        started = time.monotonic()
        demo = work / "demo"
        _run("demo", "--count", str(demo_count), str(demo), cwd=work)
        if (REPO / "node_modules").is_dir():  # as a portal that ran `npm ci`: its web font, like the sample
            (demo / "node_modules").symlink_to(REPO / "node_modules", target_is_directory=True)
        _run("build", "--root", str(demo), cwd=demo)
        print(f"demo {demo_count} hồ sơ: dựng xong sau {time.monotonic() - started:.0f} giây", flush=True)
        sites["demo"] = demo / "site"
    return sites


def shoot(sites: dict[str, Path], out: Path, kinds: tuple[str, ...] = KINDS) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            for name, folder in sites.items():
                targets = {k: t for k, t in pick(folder).items() if k in kinds}
                with serve(folder) as base:
                    for viewport, options in VIEWPORTS.items():
                        context = browser.new_context(**options)
                        page = context.new_page()  # one tab per size, navigated page to page (browserkit.tab)
                        for kind, target in targets.items():
                            open_page(page, base, target)
                            path = out / f"{name}-{kind}-{viewport}.png"
                            page.screenshot(path=str(path), full_page=True, animations="disabled")
                            written.append(path)
                            print(f"{path}  ←  /{target.path}", flush=True)
                        context.close()
        finally:
            browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=REPO / "site-screenshots",
                        help="thư mục ghi ảnh (mặc định: site-screenshots/ trong kho)")
    parser.add_argument("--demo-count", type=int, default=1200, help="số hồ sơ của bản demo (0: không dựng demo)")
    parser.add_argument("--site", type=Path, help="chụp một trang đã dựng sẵn (thư mục site) thay vì dựng mẫu và demo")
    parser.add_argument("--kinds", default=",".join(KINDS), help="loại trang cần chụp, cách nhau bằng dấu phẩy "
                        "(mặc định: tất cả: %(default)s)")
    args = parser.parse_args()
    kinds = tuple(k.strip() for k in args.kinds.split(","))
    if unknown := set(kinds) - set(KINDS):
        sys.exit(f"Loại trang không có: {', '.join(sorted(unknown))}. Có: {', '.join(KINDS)}.")
    if not Path(CHROMIUM).exists():
        sys.exit(f"Không thấy {CHROMIUM}: cài Chromium của Debian (apt-get install chromium).")
    if args.site:
        if not (args.site / "index.html").is_file():
            sys.exit(f"{args.site} không phải thư mục trang đã dựng (thiếu index.html).")
        written = shoot({"site": args.site}, args.out, kinds)
    else:
        with tempfile.TemporaryDirectory(prefix="guongsang-anh-") as tmp:
            written = shoot(build_sites(Path(tmp), args.demo_count), args.out, kinds)
    print(f"Đã ghi {len(written)} ảnh vào {args.out}")


if __name__ == "__main__":
    main()
