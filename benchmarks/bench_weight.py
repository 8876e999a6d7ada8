"""Page weight of a first visit: the bytes a reader's phone downloads for the home page and a profile.

    python benchmarks/bench_weight.py                   # the sample portal, built in a temporary folder
    python benchmarks/bench_weight.py --demo 1200       # a `guongsang demo --count 1200` portal
    python benchmarks/bench_weight.py --site path/site  # a site already built

The site is served by Debian's nginx with this repository's deploy/nginx/guongsang.conf, as the
tests run it (tests/nginxkit.py: same gzip settings, HTTPS, HTTP/2). Each page is opened in Debian's
Chromium in a fresh browser context (an empty cache) at a phone's size, and every response is
counted from the DevTools Network domain: `Network.loadingFinished.encodedDataLength`, the bytes
received for it (compressed body and headers), after the network has been idle.

Excluded, and listed apart: exemplar photos, i.e. JPEG/WebP/AVIF responses whose file name is a
photo derivative the build writes (`anh-<hash>-<width>.jpg|webp|avif`: profile photos, card
thumbnails, story images) or a share card (`chia-se-<hash>.jpg`). Everything else counts: HTML,
CSS, scripts, fonts, icons, logos, search files, sitemap and feed requests, 404 responses.

Budgets (issue 18): home ≤ 150 KB, a profile ≤ 120 KB, 1 KB = 1,000 bytes. Exits 1 when a page is
over its budget. Needs the test extra (Playwright), Chromium, nginx and openssl.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "tests"), str(REPO / "tests" / "visual")]

from sitepages import VIEWPORTS, pick  # noqa: E402

from browserkit import CHROMIUM, FLAGS  # noqa: E402
from conftest import copy_project, run_guongsang  # noqa: E402
from nginxkit import nginx  # noqa: E402

BUDGETS_KB = {"home": 150, "profile": 120}  # issue 18, item 13 (first visit, gzip, photos excluded)
PHOTO = re.compile(r"/(anh-[0-9a-f]{10}-[0-9]+\.(jpe?g|webp|avif)|chia-se-[0-9a-f]{10}\.jpe?g)$")
PHOTO_TYPES = ("image/jpeg", "image/webp", "image/avif")


def is_photo(url: str, mime: str) -> bool:
    return mime in PHOTO_TYPES and bool(PHOTO.search(url.split("?", 1)[0]))


def load(browser: Any, url: str) -> list[dict[str, Any]]:
    """Every response of one page load with an empty cache: url, type, status, bytes received."""
    context = browser.new_context(**VIEWPORTS["phone"], ignore_https_errors=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    seen: dict[str, dict[str, Any]] = {}
    cdp.on("Network.responseReceived", lambda e: seen.setdefault(e["requestId"], {}).update(
        url=e["response"]["url"], mime=e["response"]["mimeType"], status=e["response"]["status"], kind=e["type"]))
    cdp.on("Network.loadingFinished", lambda e: seen.setdefault(e["requestId"], {}).update(bytes=e["encodedDataLength"]))
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    context.close()
    # data: URLs (Material's icons inside its stylesheet) cost nothing on the network
    return [r for r in seen.values() if "bytes" in r and r.get("url", "").startswith("http")]


def table(label: str, base: str, path: str, responses: list[dict[str, Any]], budget_kb: int) -> tuple[str, float]:
    counted = [r for r in responses if not is_photo(r["url"], r["mime"])]
    photos = [r for r in responses if is_photo(r["url"], r["mime"])]
    total = sum(r["bytes"] for r in counted) / 1000
    rows = [f"\n{label}: /{path}", f"  {'bytes':>9}  {'type':<10} {'status':>6}  resource"]
    for r in sorted(counted, key=lambda r: -r["bytes"]):
        rows.append(f"  {r['bytes']:>9,}  {r['kind']:<10} {r['status']:>6}  {r['url'].removeprefix(base) or '/'}")
    verdict = "ok" if total <= budget_kb else "OVER BUDGET"
    rows.append(f"  total {total:.1f} KB in {len(counted)} responses (budget {budget_kb} KB): {verdict}")
    rows.append(f"  photos excluded: {len(photos)} responses, {sum(r['bytes'] for r in photos) / 1000:.1f} KB")
    return "\n".join(rows), total


def measure(site: Path, work: Path, budgets: dict[str, int]) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    targets = pick(site)
    pages = {"home": targets["home"].path}
    for kind in ("profile-photo", "profile-nophoto"):
        if kind in targets:
            pages[kind] = targets[kind].path
    nginx_bin = shutil.which("nginx") or "/usr/sbin/nginx"
    results: dict[str, Any] = {}
    with nginx(nginx_bin, site, work / "nginx") as served, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            for name, path in pages.items():
                budget = budgets["home" if name == "home" else "profile"]
                text, total = table(name, served.https, path, load(browser, served.https + path), budget)
                print(text, flush=True)
                results[name] = {"path": path, "kb": round(total, 1), "budget_kb": budget}
        finally:
            browser.close()
    return results


def build(work: Path, demo: int) -> Path:
    if demo:
        root = work / "demo"
        steps = [("demo", "--count", str(demo), str(root)), ("build", "--root", str(root))]
    else:
        root = copy_project(work / "mau")
        steps = [("build",)]
    for args in steps:
        result = run_guongsang(*args, cwd=root if root.exists() else work)
        if result.returncode != 0:
            sys.exit(f"guongsang {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return root / "site"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, help="a built site folder (default: build the sample)")
    parser.add_argument("--demo", type=int, default=0, help="build a demo with this many profiles instead")
    parser.add_argument("--json", type=Path, help="also write the totals here")
    parser.add_argument("--home-budget", type=int, default=BUDGETS_KB["home"], help="KB (default %(default)s)")
    parser.add_argument("--profile-budget", type=int, default=BUDGETS_KB["profile"], help="KB (default %(default)s)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="guongsang-weight-") as tmp:
        work = Path(tmp)
        # nginx's workers (root's or www-data) must read the site: a private temporary folder is not enough
        work.chmod(0o755)
        site = args.site.resolve() if args.site else build(work, args.demo)
        results = measure(site, work, {"home": args.home_budget, "profile": args.profile_budget})
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    over = [name for name, r in results.items() if r["kb"] > r["budget_kb"]]
    if over:
        sys.exit(f"over budget: {', '.join(over)}")


if __name__ == "__main__":
    main()
