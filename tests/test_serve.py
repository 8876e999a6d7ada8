"""`guongsang serve`: the preview rebuilds when a profile changes; drafts only with --drafts."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from conftest import copy_project

DRAFT = "guong-dien-hinh/hoang-thi-thanh-tam/"  # a draft in the sample
PROFILE = "exemplars/2024/cao-van-khiem.md"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, ""
    except OSError:
        return 0, ""


def _wait_for(url: str, predicate: object, limit: float = 120) -> tuple[int, str]:
    deadline = time.monotonic() + limit  # generous: this waits for an event, it does not time it
    while time.monotonic() < deadline:
        status, body = _get(url)
        if predicate(status, body):  # type: ignore[operator]
            return status, body
        time.sleep(0.5)
    raise AssertionError(f"{url} never became ready")


@contextmanager
def serving(project: Path, *flags: str, stop: int = signal.SIGTERM) -> Iterator[str]:
    """The preview served on a free port; stopped with ``stop`` (SIGTERM: a service manager; SIGHUP: the
    terminal window closed), which must leave nothing behind."""
    port = _free_port()
    tmp = project.parent / "tmp"  # where MkDocs puts its preview site
    tmp.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "guongsang", "serve", "-a", f"127.0.0.1:{port}", *flags],
                            cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "NO_COLOR": "1", "TMPDIR": str(tmp)})
    try:
        yield f"http://127.0.0.1:{port}/"
        assert list(tmp.iterdir()), "the preview site lives in TMPDIR while serving"
    finally:
        proc.send_signal(stop)
        proc.wait(timeout=30)
    with socket.socket() as probe:  # stopping `guongsang serve` stops the server: nothing left listening
        assert probe.connect_ex(("127.0.0.1", port)) != 0
    assert list(tmp.iterdir()) == [], "stopping removes the preview site"


def test_serve_rebuilds_when_a_profile_changes_and_hides_drafts(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    with serving(project) as base:
        url = base + "guong-dien-hinh/cao-van-khiem/"
        _wait_for(url, lambda s, b: s == 200 and "<h1>Cao Văn Khiêm</h1>" in b)
        assert _get(base + DRAFT)[0] == 404
        body = _get(url)[1]  # the preview's live reload is an inline script: no CSP in a preview
        assert "livereload" in body and "Content-Security-Policy" not in body
        path = project / PROFILE
        path.write_text(path.read_text(encoding="utf-8").replace("title: Cao Văn Khiêm", "title: Cao Văn Khiêm (đã sửa)"), encoding="utf-8")
        _wait_for(url, lambda s, b: "<h1>Cao Văn Khiêm (đã sửa)</h1>" in b)


def test_serve_with_drafts_shows_them(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    with serving(project, "--drafts", stop=signal.SIGHUP) as base:
        _wait_for(base + DRAFT, lambda s, b: s == 200 and "Hoàng Thị Thanh Tâm" in b)
