"""Decap CMS (what /admin/ ships) against Sveltia CMS, measured on what issue 22 asks (prints figures).

    python benchmarks/bench_editor.py [--site site/]   # a site built by `guongsang build` (the sample)

For each CMS: a fresh `npm install` of its package alone into a temporary folder (time, size of
node_modules, packages), the JavaScript the browser downloads to open the editor on an existing
profile, and in Debian's Chromium at 390×844 and 1366×900: English words left on screen (the list of
tests/test_editor_browser.py), whether every field and the save button fit the phone's width,
whether an existing profile opens, and the requests to other hosts (all blocked, as the portal's
policy does: nothing may come from a third-party host). Both run the trial backend (test-repo):
Decap seeded with the sample's profiles by guongsang (admin/trial-repo.js); Sveltia's test-repo keeps
its files in the browser's private file system, seeded here with the same profiles before it starts.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browserkit import CHROMIUM, FLAGS, serve  # noqa: E402
from test_editor_browser import ENGLISH  # noqa: E402

PACKAGES = {"Decap CMS": "decap-cms@3.16.3", "Sveltia CMS": "@sveltia/cms@0.221.1"}
EXISTING = {"Decap CMS": "#/collections/guong-dien-hinh/entries/2024/dang-thi-huong",
            "Sveltia CMS": "#/collections/guong-dien-hinh/entries/2024/dang-thi-huong"}


def npm_install(spec: str, where: Path) -> dict[str, object]:
    where.mkdir(parents=True)
    (where / "package.json").write_text('{"private": true}', encoding="utf-8")
    start = time.monotonic()
    done = subprocess.run(["npm", "install", "--ignore-scripts", "--no-audit", "--no-fund", spec], cwd=where,
                          capture_output=True, text=True, check=True)
    seconds = time.monotonic() - start
    size = sum(p.stat().st_size for p in (where / "node_modules").rglob("*") if p.is_file() and not p.is_symlink())
    lock = json.loads((where / "package-lock.json").read_text(encoding="utf-8"))
    return {"seconds": seconds, "bytes": size, "packages": len([k for k in lock["packages"] if k]),
            "warnings": sum("npm warn" in line for line in done.stderr.splitlines())}


def sveltia_site(site: Path, dist: Path, dest: Path) -> Path:
    """The built site with /admin/ running Sveltia on the same generated config.yml."""
    shutil.copytree(site, dest, symlinks=True)
    admin = dest / "admin"
    for p in admin.iterdir():
        if p.name not in ("config.yml", "index.html", "trial-repo.js"):
            p.unlink()
    shutil.copy(dist / "sveltia-cms.js", admin)
    shutil.copytree(dist / "chunks", admin / "chunks", ignore=shutil.ignore_patterns("*.map"))
    (admin / "index.html").write_text(
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link href="config.yml" type="text/yaml" rel="cms-config-url"></head>'
        '<body><script src="sveltia-cms.js"></script></body></html>', encoding="utf-8")
    return dest


SEED_OPFS = """async files => {
  const root = await navigator.storage.getDirectory();
  const top = await root.getDirectoryHandle('sveltia-cms-test', {create: true});
  for (const [path, text] of Object.entries(files)) {
    let dir = top; const parts = path.split('/');
    for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, {create: true});
    const w = await (await dir.getFileHandle(parts.at(-1), {create: true})).createWritable();
    await w.write(text); await w.close();
  }
}"""

REACH = """() => {
  const save = [...document.querySelectorAll('button')].find(b => /^(Lưu|Save)$/.test(b.innerText.trim()));
  const fields = [...document.querySelectorAll('label, [role=group] > [id]')].filter(e => e.getClientRects().length);
  const off = fields.concat(save ? [save] : []).filter(e => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > innerWidth; });
  return {save: !!save && save.getBoundingClientRect().right <= innerWidth && save.getBoundingClientRect().left >= 0,
          fields: fields.length, off: off.length, width: document.documentElement.scrollWidth};
}"""


def local_only(url: str, foreign: list[str]) -> object:
    """A route handler: requests to the served site go through, any other is noted and aborted."""
    def route(r: object) -> None:
        u = r.request.url  # type: ignore[attr-defined]
        if u.startswith(url) or u.startswith(("blob:", "data:")):
            r.continue_()  # type: ignore[attr-defined]
        else:
            foreign.append(u)
            r.abort()  # type: ignore[attr-defined]
    return route


def probe(name: str, site: Path, seed: dict[str, str]) -> dict[str, object]:
    from playwright.sync_api import sync_playwright

    out: dict[str, object] = {}
    with serve(site) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        for width, height in ((390, 844), (1366, 900)):
            context = browser.new_context(viewport={"width": width, "height": height}, locale="vi-VN")
            page = context.new_page()
            foreign: list[str] = []
            scripts: set[str] = set()

            page.route("**/*", local_only(url, foreign))
            page.on("response", lambda resp, scripts=scripts: scripts.add(resp.url)
                    if resp.url.split("?")[0].endswith((".js", ".mjs")) and resp.ok else None)
            if name == "Sveltia CMS":
                page.goto(url + "404.html", wait_until="commit")
                page.evaluate(SEED_OPFS, seed)
            page.goto(url + "admin/", wait_until="commit")
            page.wait_for_timeout(3000)
            login = page.get_by_role("button", name=ENGLISH_OR_VI_LOGIN)
            if login.count():
                login.first.click()
                page.wait_for_timeout(3000)
            words = set()
            for text in page.evaluate("() => [document.body.innerText]"):
                words |= {m.group(0) for m in ENGLISH.finditer(text)}
            page.goto(url + "admin/" + EXISTING[name], wait_until="commit")
            page.wait_for_timeout(5000)
            opened = page.get_by_text("Đặng Thị Hường").count() > 0 or page.locator("input").evaluate_all(
                "es => es.some(e => e.value === 'Đặng Thị Hường')")
            for text in page.evaluate("() => [document.body.innerText]"):
                words |= {m.group(0) for m in ENGLISH.finditer(text)}
            reach = page.evaluate(REACH)
            ligatures = sorted(set(re.findall(r"\b[a-z]+_[a-z_]+\b", page.evaluate("document.body.innerText"))))
            page.screenshot(path=str(Path(tempfile.gettempdir()) / f"bench-editor-{name.split()[0].lower()}-{width}.png"))
            out[width] = {"english": sorted(words), "icons_as_text": ligatures, "opened": bool(opened), "reach": reach,
                          "foreign": sorted({u.split("?")[0] for u in foreign}),
                          "js_bytes": sum((site / u[len(url):].split("?")[0]).stat().st_size for u in scripts)}
            context.close()
        browser.close()
    return out


ENGLISH_OR_VI_LOGIN = re.compile("Đăng nhập|Sign In|Log ?in|Work with Test", re.I)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    args = parser.parse_args()
    site = args.site.resolve()
    seed = {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8") for p in (ROOT / "exemplars").glob("*/*.md")}
    with tempfile.TemporaryDirectory(prefix="bench-editor-") as tmp:
        installs = {name: npm_install(spec, Path(tmp) / name.split()[0]) for name, spec in PACKAGES.items()}
        sites = {"Decap CMS": site,
                 "Sveltia CMS": sveltia_site(site, Path(tmp) / "Sveltia" / "node_modules/@sveltia/cms/dist", Path(tmp) / "sv")}
        results = {name: probe(name, sites[name], seed) for name in PACKAGES}
    print("npm cache warm; machine shared with other work: times are indicative.\n")
    for name, spec in PACKAGES.items():
        i, r = installs[name], results[name]
        print(f"{name} ({spec})")
        print(f"  npm install: {i['seconds']:.1f} s, node_modules {i['bytes'] / 1e6:.0f} MB, "
              f"{i['packages']} packages, {i['warnings']} warning lines")
        for width in (390, 1366):
            w = r[width]
            print(f"  {width} px: JS downloaded {w['js_bytes'] / 1e6:.2f} MB; existing profile opened: {w['opened']}; "
                  f"page width {w['reach']['width']} px, save button on screen: {w['reach']['save']}, "
                  f"fields off-screen {w['reach']['off']}/{w['reach']['fields']}")
            print(f"    English words left: {', '.join(w['english']) or 'none'}; "
                  f"icon names shown as text: {', '.join(w['icons_as_text'][:5]) or 'none'}")
            print(f"    requests to other hosts (blocked): {len(w['foreign'])}: {', '.join(w['foreign'][:6])}")


if __name__ == "__main__":
    main()
