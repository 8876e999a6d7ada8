"""Cold image work on both cores (issue 20, item 4): forked workers make the same bytes and the same
manifest as one process, report a broken photo the same way, leave no process or temporary file
behind when interrupted or killed, and a warm rebuild still encodes nothing."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SAMPLE_IMAGE_WORKERS, SAMPLE_OUTPUT, copy_project, run_guongsang, sample_project
from guongsang.outputs.images.pool import WORKERS_ENV, run_all
from test_build_safety import _alive, _descendants
from test_image_check import _broken_inside

CACHE = Path(".cache") / "guongsang" / "images"
IMAGE_NAME = re.compile(r"^(anh-|hinh-|chia-se-|minh-chung-)")


def _build(project: Path, workers: int, monkeypatch: pytest.MonkeyPatch) -> subprocess.CompletedProcess[str]:
    monkeypatch.setenv(WORKERS_ENV, str(workers))
    return run_guongsang("build", cwd=project)


def _images(project: Path) -> dict[str, bytes]:
    """Every image the site publishes and every file of the image cache (manifest included), by path. The
    manifest remembers its sources by absolute path: the project's own folder is written as «<dự án>»."""
    site = project / "site"
    found = {f"site/{p.relative_to(site)}": p.read_bytes() for p in site.rglob("*") if IMAGE_NAME.match(p.name)}
    found.update({f"cache/{p.name}": p.read_bytes() for p in (project / CACHE).iterdir()})
    found["cache/manifest.json"] = found["cache/manifest.json"].replace(str(project.resolve()).encode(), "<dự án>".encode())
    return found


@pytest.fixture(scope="module")
def cold_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[int, tuple[dict[str, bytes], str]]]:
    """The sample project built with a cold image cache by 1 worker here, and by 2 in the run's shared build
    (conftest.SAMPLE_IMAGE_WORKERS): (this project, workers → (its images and cache files, the build's output))."""
    shared = sample_project()
    out = {SAMPLE_IMAGE_WORKERS: (_images(shared), (shared.parent / SAMPLE_OUTPUT).read_text(encoding="utf-8"))}
    project = copy_project(tmp_path_factory.mktemp("pool") / "du-an", warm_images=False)
    with pytest.MonkeyPatch.context() as monkeypatch:
        result = _build(project, 1, monkeypatch)
    assert result.returncode == 0, result.stderr
    out[1] = (_images(project), result.stdout + result.stderr)
    return project, out


def test_parallel_and_serial_cold_builds_make_the_same_images_and_manifest(
        cold_builds: tuple[Path, dict[int, tuple[dict[str, bytes], str]]]) -> None:
    (serial, one), (parallel, two) = cold_builds[1][1], cold_builds[1][SAMPLE_IMAGE_WORKERS]
    assert "trên 2 tiến trình song song" in two and "tiến trình" not in one, two  # the pool did run
    assert len([n for n in serial if n.startswith("site/")]) >= 100 and "cache/manifest.json" in serial
    assert sorted(serial) == sorted(parallel)
    assert [n for n in serial if serial[n] != parallel[n]] == []
    assert not [n for n in parallel if n.endswith(".tmp")]


def test_a_warm_rebuild_with_workers_encodes_nothing(cold_builds: tuple[Path, dict[int, tuple[dict[str, bytes], str]]],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    project = cold_builds[0]
    before = _images(project)
    again = _build(project, 2, monkeypatch)
    assert again.returncode == 0, again.stderr
    assert "không mã hoá lại gì" in again.stderr and "tiến trình" not in again.stderr, again.stderr
    assert _images(project) == before


def _problem_lines(stderr: str) -> list[str]:
    return [line.strip() for line in stderr.splitlines() if "GS303" in line or "không giải mã được" in line]


def test_a_broken_photo_is_reported_the_same_with_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reports = {}
    for workers in (1, 2):
        project = copy_project(tmp_path / f"w{workers}" / "du-an", warm_images=False)  # the pool at work
        profile = project / "exemplars" / "2024" / "cao-van-khiem.md"
        line = next(i for i, text in enumerate(profile.read_text(encoding="utf-8").splitlines(), 1) if text.startswith("photo: "))
        _broken_inside(profile.parent / profile.read_text(encoding="utf-8").splitlines()[line - 1][7:].strip())
        result = _build(project, workers, monkeypatch)
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        assert f"exemplars/2024/cao-van-khiem.md:{line}" in result.stderr and "GS303" in result.stderr, result.stderr
        assert not (project / "site").exists()
        assert not [p.name for p in (project / CACHE).iterdir() if p.name.endswith(".tmp")]
        reports[workers] = _problem_lines(result.stderr)
    assert reports[1] and reports[1] == reports[2]


def test_a_worker_that_dies_loses_no_job() -> None:
    parent = os.getpid()

    def task(key: str) -> tuple[str, bool]:
        if key == "k13" and os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer would
        return key, os.getpid() == parent

    results = run_all(task, [f"k{i}" for i in range(40)], 2)
    assert [key for key, _ in results] == [f"k{i}" for i in range(40)]
    assert dict(results)["k13"] is True  # done here, after the worker died
    assert not all(here for _, here in results)  # the others ran in workers


SLOW_JOBS = """
import sys, time
from pathlib import Path
from guongsang.outputs.images.cache import ImageCache
from guongsang.outputs.images.photos import Encoded

def slow(i):
    def produce():
        time.sleep(0.3)
        return {"card": Encoded(bytes(200_000) + str(i).encode(), 1200, 630, "jpg")}
    return produce

cache = ImageCache(Path(sys.argv[1]), workers=2)
print("started", flush=True)
cache.run({f"k{i:03}": slow(i) for i in range(200)})
"""


def _as_a_shell_starts_it() -> None:
    """Ctrl-C handled and not blocked, as a terminal's shell starts a command: the test runner's worker process
    may have inherited SIGINT ignored or blocked (both survive exec), and the command would never see it."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("how", ["ctrl-c", "kill"])
def test_an_interrupted_or_killed_build_leaves_no_worker(tmp_path: Path, how: str) -> None:
    folder = tmp_path / "images"
    proc = subprocess.Popen([sys.executable, "-c", SLOW_JOBS, str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, preexec_fn=_as_a_shell_starts_it)
    assert proc.stdout is not None and proc.stdout.readline() == "started\n"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(folder.glob("k*.jpg"))) < 4:
        time.sleep(0.05)
    workers = _descendants(proc.pid)
    assert len(workers) >= 2, "the jobs did not run in worker processes"
    if how == "ctrl-c":
        os.killpg(proc.pid, signal.SIGINT)  # a terminal sends Ctrl-C to the whole process group
    else:
        proc.kill()
    # Generous for a loaded machine (two xdist workers, Chromium, builds on both cores): uninterrupted, the
    # 200 jobs take 30 s on two workers, and `< 200` below tells a stop from a finish.
    proc.wait(timeout=60)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.05)
    assert not [pid for pid in workers if _alive(pid)]
    runner = (signal.getsignal(signal.SIGINT), signal.pthread_sigmask(signal.SIG_BLOCK, set()))
    assert len(list(folder.glob("k*.jpg"))) < 200, runner  # it stopped early, it did not finish the work first
    if how == "ctrl-c":
        assert "KeyboardInterrupt" in (proc.stderr.read() if proc.stderr else "")
        assert not list(folder.glob(".*.tmp"))


def test_temporaries_of_a_killed_build_are_removed_by_the_next(
        cold_builds: tuple[Path, dict[int, tuple[dict[str, bytes], str]]], monkeypatch: pytest.MonkeyPatch) -> None:
    project = cold_builds[0]
    cache = project / CACHE
    orphan = cache / ".0123abcd-card.jpg.999999999.140000.tmp"  # no process has that id
    live = cache / f".0123abcd-card.jpg.{os.getpid()}.140000.tmp"  # a build still writing: left alone
    orphan.write_bytes(b"half")
    live.write_bytes(b"half")
    result = _build(project, 1, monkeypatch)
    assert result.returncode == 0, result.stderr
    assert not orphan.exists() and live.exists()
    live.unlink()
