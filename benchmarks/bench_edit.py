"""The edit loop, side by side: save one profile in a running preview server, time until the change is served.

    python benchmarks/bench_edit.py --n 1000 --edits 5
    python benchmarks/bench_edit.py --n 30 --edits 2 --json /tmp/edit.json
    python benchmarks/bench_edit.py --n 10000 --edits 3 --cache-from /tmp/d10k/.cache/guongsang

`guongsang demo --count N` (seed 0) writes the profiles; the same Markdown becomes the Hugo project
and the plain mkdocs-material project of benchmarks/bench_peers.py (plain gets its own copy of the
profiles, so an edit for one tool never wakes another tool's watcher). `guongsang serve`,
`hugo server` and `mkdocs serve` of the plain project each run on a free port. A save is atomic, as
git and most editors do it: the new text goes to a file outside the watched folders, then os.replace()
puts it in place; the clock starts when the replace returns. Every watched URL is then fetched over
HTTP every 20 ms until it shows the change (MkDocs holds a request while it rebuilds: the answer then
comes when the new site is ready). Rounds alternate the tools so that a slow minute of a shared
machine hits all of them. Every wait is bounded (--limit); a wait that runs out is a timeout.

Events: edit (a marker in the title, the summary and the body of the newest profile: its page, the
first page of its section, the home page and the section's RSS feed), add (a new profile dated today:
its page and the section's first page) and delete (that new profile removed: its page answers 404 and
the section's first page no longer shows it). A tool measures only what it has: plain mkdocs-material
has no sections, home listing or feeds.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import yaml

import bench_peers
from edit_servers import ENV, Profile, Site, settle, start, stop, wait_for

TOOLS = ("ours", "hugo", "plain")
LABELS = {"ours": "Guongsang (guongsang serve)", "hugo": "Hugo (hugo server)", "plain": "plain mkdocs-material (mkdocs serve)"}
CELLS = ("page", "section", "home", "feed", "add", "delete")


def split(path: Path) -> Profile:
    text = path.read_text(encoding="utf-8")
    match = bench_peers._FRONT.match(text)
    assert match, path
    return path, yaml.safe_load(match[1]), text[match.end():]


def save(path: Path, meta: dict, body: str, spool: Path) -> float:
    """Write the file as an editor saving atomically would; the time the new text is in place."""
    tmp = spool / path.name
    tmp.write_text(f"---\n{yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10**6)}---\n{body}",
                   encoding="utf-8")
    os.replace(tmp, path)
    return time.perf_counter()


def marked(profile: Profile, marker: str) -> tuple[dict, str]:
    _, meta, body = profile
    meta = {**meta, "title": f"{marker} {meta['title']}"[:200],
            "summary": f"{marker} {meta['summary']}"[:300]}
    return meta, f"{body.rstrip()}\n\nĐoạn sửa {marker}.\n"


def newest(demo: Path) -> Path:
    """The newest published profile (our order: date, then slug): on the home page and every section's first page."""
    today = date.today().isoformat()
    found: list[tuple[str, str, Path]] = []
    for path in (demo / "exemplars").rglob("*.md"):
        if any(p.startswith(("_", ".")) for p in path.relative_to(demo / "exemplars").parts):
            continue
        _, meta, _ = split(path)
        when = str(meta["date"])[:10]
        if not (meta.get("draft") or meta.get("withdrawn") or meta.get("slug") or when > today):
            found.append((when, path.stem, path))
    assert found, "no published profile"
    top = max(when for when, _, _ in found)
    return min((stem, path) for when, stem, path in found if when == top)[1]


def prepare(n: int, work: Path, tools: tuple[str, ...], cache_from: Path | None = None) -> dict[str, Site]:
    demo = work / "demo"
    subprocess.run([sys.executable, "-m", "guongsang", "demo", "--count", str(n), str(demo)], cwd=work, env=ENV,
                   check=True, stdout=subprocess.DEVNULL)
    if cache_from is not None:  # the image cache of an earlier demo of the same size (same seed, same photos)
        shutil.copytree(cache_from / "images", demo / ".cache" / "guongsang" / "images", copy_function=os.link)
    node_modules = Path(__file__).resolve().parents[1] / "node_modules"
    if node_modules.is_dir():
        (demo / "node_modules").symlink_to(node_modules)
    target = newest(demo)
    rel, slug = target.relative_to(demo / "exemplars"), target.stem
    sector = split(target)[1]["sector"]
    sites = {}
    if "ours" in tools:
        section = f"linh-vuc/{sector}/"
        sites["ours"] = Site("ours", [sys.executable, "-m", "guongsang", "serve", "-a", "{addr}"], demo, target.parent,
                             target, {"page": f"guong-dien-hinh/{slug}/", "section": section, "home": "",
                                      "feed": f"{section}rss.xml"}, lambda s: f"guong-dien-hinh/{s}/")
    if "hugo" in tools:
        peer = bench_peers.hugo(demo, work / "hugo", bench_peers.read_profiles(demo), bench_peers.names(demo))
        folder = work / "hugo" / "content" / "guong-dien-hinh"
        sites["hugo"] = Site("hugo", [peer.cmd[0], "server", "--bind", "127.0.0.1", "--port", "{port}"], peer.cwd,
                             folder, folder / f"{slug}.md", {"page": f"guong-dien-hinh/{slug}/", "section":
                             "guong-dien-hinh/", "home": "", "feed": "guong-dien-hinh/index.xml"},
                             lambda s: f"guong-dien-hinh/{s}/")
    if "plain" in tools:
        source = work / "plain-src"  # its own copy: editing ours must not rebuild plain too
        shutil.copytree(demo / "exemplars", source / "exemplars", symlinks=True)
        peer = bench_peers.plain(source, work / "plain")
        top = source / "exemplars"
        sites["plain"] = Site("plain", [sys.executable, "-m", "mkdocs", "serve", "-a", "{addr}"], peer.cwd,
                              top / rel.parent, top / rel, {"page": f"{rel.with_suffix('').as_posix()}/"},
                              lambda s: f"{rel.parent.as_posix()}/{s}/")
    return sites



def edit_round(site: Site, marker: str, spool: Path, limit: float) -> None:
    t0 = save(site.file, *marked(site.original, marker), spool)
    has = lambda s, b: s == 200 and marker in b  # noqa: E731
    got = wait_for(site, t0, {cell: (path, has) for cell, path in site.urls.items()}, limit)
    for cell, seconds in got.items():
        site.samples.setdefault(cell, []).append(seconds)


def add_delete_round(site: Site, marker: str, spool: Path, limit: float) -> None:
    slug = f"gsmoi-{marker.lower()}"
    meta, body = marked(site.original, marker)
    meta = {**meta, "date": date.today(), "slug": slug} if site.tool == "hugo" else {**meta, "date": date.today()}
    path, page = site.folder / f"{slug}.md", site.page_of(slug)  # type: ignore[operator]
    lists = site.urls.get("section")
    t0 = save(path, meta, body, spool)
    checks = {"page": (page, lambda s, b: s == 200 and marker in b)}
    if lists is not None:
        checks["section"] = (lists, lambda s, b: s == 200 and marker in b)
    got = wait_for(site, t0, checks, limit)
    site.samples.setdefault("add", []).append(None if None in got.values() else max(got.values()))  # type: ignore[type-var]
    settle({site.tool: site})
    path.unlink()
    t0 = time.perf_counter()
    checks = {"page": (page, lambda s, b: s == 404)}
    if lists is not None:
        checks["section"] = (lists, lambda s, b: s == 200 and marker not in b)
    # Hugo's server goes on serving a deleted page (from disk or memory) until it restarts: once the
    # section shows the deletion, the page gets 10 s more, not the whole limit.
    got = wait_for(site, t0, checks, limit, grace=10.0 if lists is not None else None)
    site.samples.setdefault("delete", []).append(None if None in got.values() else max(got.values()))  # type: ignore[type-var]
    for part, seconds in got.items():
        site.samples.setdefault(f"delete_{part}", []).append(seconds)


def summary(samples: list[float | None]) -> dict[str, object]:
    ok = [s for s in samples if s is not None]
    stats = {"median": statistics.median(ok), "min": min(ok), "max": max(ok)} if ok else {"median": None}
    return {**stats, "samples": samples, "timeouts": len(samples) - len(ok)}


def table(result: dict) -> str:
    tools: dict[str, dict[str, dict]] = result["tools"]
    hugo = tools.get("hugo", {})
    rows = ["| tool | serving after | " + " | ".join(CELLS) + " |", "|---|---|" + "---|" * len(CELLS)]
    for tool, cells in tools.items():
        out = [LABELS[tool], f"{result['started'][tool]:.1f} s"]
        for cell in CELLS:
            c = cells.get(cell)
            if c is None:
                out.append("—")
                continue
            if c["median"] is None:
                shown = cells.get("delete_section", {}).get("median") if cell == "delete" else None
                out.append(f"page never 404 ({c['timeouts']}/{len(c['samples'])}); section {shown:.2f} s"
                           if shown is not None and cells["delete_page"]["median"] is None else f"timeout ×{c['timeouts']}")
                continue
            text = f"**{c['median']:.2f} s** ({c['min']:.2f}–{c['max']:.2f})"
            if c["timeouts"]:
                text += f", {c['timeouts']} timeouts"
            base = hugo.get(cell, {}).get("median")
            out.append(text + (f" {c['median'] / base:.1f}× Hugo" if base and tool != "hugo" else ""))
        rows.append("| " + " | ".join(out) + " |")
    return "\n".join(rows)


def run(n: int, edits: int, tools: tuple[str, ...], limit: float, work: Path, cache_from: Path | None = None) -> dict:
    sites = prepare(n, work, tools, cache_from)
    spool, tmp = work / "spool", work / "tmp"
    spool.mkdir()
    tmp.mkdir()
    try:
        for site in sites.values():
            start(site, max(limit, n * 0.1), tmp)
            site.original = split(site.file)
        order, load = list(sites.values()), []
        for r in range(edits):
            turn = order[r % len(order):] + order[:r % len(order)]  # who goes first changes every round
            for site in turn:
                edit_round(site, f"GSMARK{site.tool.upper()}{r}E", spool, limit)
                settle(sites)
            for site in turn:
                add_delete_round(site, f"GSMARK{site.tool.upper()}{r}N", spool, limit)
                settle(sites)
            load.append(os.getloadavg()[0])  # how shared the machine was: others' work slows every tool
            print(f"  round {r + 1} (load {load[-1]:.1f}): " + "; ".join(f"{s.tool} " + " ".join(
                f"{c} {v[-1]:.2f}" if v[-1] is not None else f"{c} timeout" for c, v in s.samples.items() if c in CELLS)
                for s in order), flush=True)
    finally:
        for site in sites.values():
            stop(site)
    return {"n": n, "edits": edits, "limit_s": limit, "date": date.today().isoformat(),
            "machine": f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}",
            "started": {s.tool: s.started for s in sites.values()}, "load_avg_1min": load,
            "tools": {s.tool: {c: summary(v) for c, v in s.samples.items()} for s in sites.values()}}


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000, help="profiles in the demo")
    parser.add_argument("--edits", type=int, default=5, help="rounds: each is an edit, an add and a delete per tool")
    parser.add_argument("--tools", default=",".join(TOOLS), help=f"comma-separated subset of {','.join(TOOLS)}")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds to wait for one change before a timeout")
    parser.add_argument("--json", type=Path, help="also write the figures here (JSON)")
    parser.add_argument("--cache-from", type=Path, help="a .cache/guongsang folder of an earlier demo of the same "
                        "size: its image cache is linked in, so ours does not start with 10,000 cold photos")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary folder)")
    args = parser.parse_args()
    tools = tuple(t for t in TOOLS if t in args.tools.split(","))
    # Ctrl-C and SIGTERM stop the run, and run() then stops the servers. Set even if SIGINT came in ignored
    # (a background job): the servers, started after this, then get Ctrl-C as a Ctrl-C and clean up.
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        if args.keep:
            shutil.rmtree(args.keep, ignore_errors=True)
            args.keep.mkdir(parents=True)
            result = run(args.n, args.edits, tools, args.limit, args.keep, args.cache_from)
        else:
            with tempfile.TemporaryDirectory(prefix=f"guongsang-edit-{args.n}-") as tmp:
                result = run(args.n, args.edits, tools, args.limit, Path(tmp), args.cache_from)
    except KeyboardInterrupt:
        sys.exit("interrupted: every server was stopped")
    load = ", ".join(f"{x:.1f}" for x in result["load_avg_1min"])
    print(f"\nN = {args.n:,} profiles, {args.edits} rounds, {result['date']}, {result['machine']}, load after each "
          f"round {load}; "
          f"seconds from the save to the change being served, median (min–max)\n")
    print(table(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
