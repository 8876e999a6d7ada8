"""Preview servers for benchmarks/bench_edit.py: start one on a free port, poll its URLs, stop it and its children.

A Site is one running server (`guongsang serve`, `hugo server`, `mkdocs serve`) and where its project
keeps, and its server serves, the profile the benchmark edits.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"}
POLL = 0.02  # seconds between two rounds of requests
Profile = tuple[Path, dict, str]  # file, front matter, body
Check = tuple[str, Callable[[int, str], bool]]  # URL path, predicate on (status, body)


@dataclass
class Site:
    """One running preview server and where it keeps and serves the edited profile."""

    tool: str
    cmd: list[str]
    cwd: Path
    folder: Path  # where a new profile file goes
    file: Path  # the edited profile
    urls: dict[str, str]  # page / section / home / feed → path on the server
    page_of: Callable[[str], str]  # slug → page path of a new profile in that folder
    base: str = ""
    proc: subprocess.Popen | None = None
    started: float = 0.0
    original: Profile | None = None  # the edited profile as it was: every edit starts from it
    samples: dict[str, list[float | None]] = field(default_factory=dict)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, limit: float) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=max(limit, 0.5)) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""
    except (OSError, http.client.HTTPException):  # not up yet, or cut off by a restart
        return 0, ""


def start(site: Site, limit: float, tmp: Path) -> None:
    """Start the server in its own session on a free port; wait until it serves the profile; drop the URLs
    that do not list it (then that cell is not measured for this tool)."""
    port = free_port()
    cmd = [c.replace("{addr}", f"127.0.0.1:{port}").replace("{port}", str(port)) for c in site.cmd]
    site.base = f"http://127.0.0.1:{port}/"
    began = time.perf_counter()
    site.proc = subprocess.Popen(cmd, cwd=site.cwd, env={**ENV, "TMPDIR": str(tmp)}, start_new_session=True,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while time.perf_counter() - began < limit:
        if site.proc.poll() is not None:
            sys.exit(f"{site.tool}: the server stopped (exit {site.proc.returncode}): {' '.join(cmd)} in {site.cwd}")
        if fetch(site.base + site.urls["page"], 5)[0] == 200:
            site.started = time.perf_counter() - began
            break
        time.sleep(0.2)
    else:
        sys.exit(f"{site.tool}: not serving {site.base} after {limit:.0f} s")
    for cell, path in list(site.urls.items()):  # keep only what lists the profile; visiting also warms every server
        status, body = fetch(site.base + path, limit)
        if status != 200 or (cell != "page" and site.urls["page"] not in body):
            print(f"  {site.tool}: {cell} {path} does not list the profile: not measured", flush=True)
            del site.urls[cell]
    print(f"  {site.tool}: serving {site.base} after {site.started:.1f} s", flush=True)


def stop(site: Site) -> None:
    """Stop the server and everything it started, politely first."""
    if site.proc is None or site.proc.poll() is not None:
        return
    # Ctrl-C first: `mkdocs serve` removes its temporary site only then
    for sig, wait in ((signal.SIGINT, 15), (signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        try:
            os.killpg(site.proc.pid, sig)  # the whole session: MkDocs and Hugo children too
            site.proc.wait(timeout=wait)
            break
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue
    with contextlib.suppress(ProcessLookupError):
        os.killpg(site.proc.pid, signal.SIGKILL)  # a child that outlived the server (a Pagefind run, say)


def wait_for(site: Site, t0: float, checks: dict[str, Check], limit: float,
             grace: float | None = None) -> dict[str, float | None]:
    """Seconds from t0 until each check (URL path, predicate on status and body) first holds; None on timeout.
    With grace, the others get only that long once one check holds."""
    done: dict[str, float | None] = {}
    while len(done) < len(checks):
        if grace is not None and done:
            limit = min(limit, min(done.values()) + grace)  # type: ignore[type-var]
        for name, (path, ok) in checks.items():
            left = t0 + limit - time.perf_counter()
            if name in done or left <= 0:
                continue
            status, body = fetch(site.base + path, left)
            if ok(status, body):
                done[name] = time.perf_counter() - t0
        if time.perf_counter() - t0 >= limit:
            return {name: done.get(name) for name in checks}
        time.sleep(POLL)
    return done


def settle(sites: dict[str, Site]) -> None:
    """Let a watcher that fired twice finish its extra rebuild before the next tool's turn."""
    time.sleep(1.0)
    for site in sites.values():
        fetch(site.base + site.urls["page"], 120)
