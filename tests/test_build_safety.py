"""Build safety (issue 17, items 1, 2 and 11): a build never destroys the project, the site it makes is
readable by a web server's unprivileged worker, and faults leave no leftovers and no gap.

Over 300 lines because the tests share one module-scoped built site (`public_project`) and the reader
process; split in two files, the suite would build that site twice.

Everything runs for real: `guongsang build` and `mkdocs build` subprocesses, Debian's nginx with its
workers as www-data, a reader process polling the site while it is swapped.
"""

from __future__ import annotations

import fcntl
import http.client
import os
import re
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import copy_project, run_guongsang, snapshot, write

MARKER = ".guongsang-site"

# A reader, as a web server's worker is: opens the site's index.html over and over until told to stop.
READER = r"""
import os, sys
path, stop = sys.argv[1], sys.argv[2]
reads = misses = 0
seen = set()
print("ready", flush=True)
while not os.path.exists(stop):
    try:
        with open(path, "rb") as fh:
            seen.add(fh.read(200))
        reads += 1
    except FileNotFoundError:
        misses += 1
print(reads, misses, len(seen), flush=True)
"""


class Reader:
    def __init__(self, page: Path, work: Path) -> None:
        self.stop = work / "dung-doc"
        self.process = subprocess.Popen([sys.executable, "-c", READER, str(page), str(self.stop)],
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None and self.process.stdout.readline() == "ready\n"

    def finish(self) -> tuple[int, int, int]:
        """(reads, misses, distinct contents seen)."""
        self.stop.touch()
        out, _ = self.process.communicate(timeout=60)
        reads, misses, seen = (int(x) for x in out.split())
        return reads, misses, seen


def _project(where: Path) -> Path:
    """The sample project with what a real checkout also holds: .git, the cache, .guongsang."""
    project = copy_project(where)
    write(project, ".git/HEAD", "ref: refs/heads/main\n")
    write(project, ".cache/guongsang/giu.txt", "bộ nhớ đệm")
    write(project, ".guongsang/zalo-da-dang.json", "{}")
    return project


def _umask_022() -> None:
    os.umask(0o022)


# --- item 1: the build refuses folders that hold the sources, and folders it did not build ---------------

UNSAFE = [".", "..", "exemplars", "exemplars/2024", "content", "theme", "theme/moi", ".git", ".cache",
          ".cache/guongsang/images", ".guongsang"]


def test_build_refuses_every_site_folder_that_overlaps_the_sources(tmp_path: Path) -> None:
    project = _project(tmp_path / "a" / "b" / "du-an")  # ".." stays inside tmp_path
    before = snapshot(tmp_path)
    for site in UNSAFE:
        result = run_guongsang("build", "--site-dir", site, cwd=project)
        assert result.returncode == 1, (site, result.stderr)
        assert "GS902" in result.stderr and "không có gì bị xoá" in result.stderr, (site, result.stderr)
        assert "Traceback" not in result.stderr
        assert snapshot(tmp_path) == before, site
        assert not [p for p in project.parent.iterdir() if p.name.startswith(".")], site  # no temporary made
    for site in ("exemplars", "."):  # the same from mkdocs.yml's site_dir
        config = project / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8") + f"site_dir: '{site}'\n", encoding="utf-8")
        result = run_guongsang("build", cwd=project)
        assert result.returncode == 1 and "GS902" in result.stderr, (site, result.stderr)
        config.write_text(config.read_text(encoding="utf-8").replace(f"site_dir: '{site}'\n", ""), encoding="utf-8")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("site", ["exemplars", ".git", "theme/partials", ".cache"])
def test_plain_mkdocs_build_refuses_a_site_dir_in_the_sources(tmp_path: Path, site: str) -> None:
    project = _project(tmp_path / "du-an")
    write(project, "theme/partials/giu.html", "<p>giữ</p>")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + f"site_dir: '{site}'\n", encoding="utf-8")
    before = snapshot(project)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=project, capture_output=True, text=True)
    assert result.returncode != 0 and "GS902" in result.stderr, result.stderr
    assert snapshot(project) == before


def test_build_never_replaces_a_folder_it_did_not_build(tmp_path: Path) -> None:
    project = _project(tmp_path / "du-an")
    write(project, "tai-lieu/bao-cao.docx", b"PK\x03\x04 not ours")
    write(project, "mot-tep", "không phải thư mục")
    before = snapshot(project)
    result = run_guongsang("build", "--site-dir", "tai-lieu", cwd=project)
    assert result.returncode == 1 and "GS903" in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert "Hãy chọn một thư mục mới hoặc trống, hoặc tự xoá" in result.stderr
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "site_dir: mot-tep\n", encoding="utf-8")
    result = run_guongsang("build", cwd=project)  # (--site-dir refuses a file itself)
    assert result.returncode == 1 and "GS903" in result.stderr and "không phải là thư mục" in result.stderr, result.stderr
    config.write_text(config.read_text(encoding="utf-8").replace("site_dir: mot-tep\n", ""), encoding="utf-8")
    config.write_text(config.read_text(encoding="utf-8") + "site_dir: tai-lieu\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=project, capture_output=True, text=True)
    assert result.returncode != 0 and "GS903" in result.stderr, result.stderr
    config.write_text(config.read_text(encoding="utf-8").replace("site_dir: tai-lieu\n", ""), encoding="utf-8")
    assert snapshot(project) == before


def test_an_unmarked_mkdocs_site_outside_the_project_is_not_replaced(tmp_path: Path) -> None:
    """Another MkDocs site in /var/www/html, with the agency's own files beside it: only the marker counts there."""
    project = _project(tmp_path / "du-an")
    www = tmp_path / "www" / "html"
    write(www, "index.html", '<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.7.0">')
    write(www, "404.html", "404")
    write(www, "sitemap.xml", "<urlset/>")
    write(www, "tai-lieu/cong-van.pdf", b"%PDF-1.4 of the agency")
    before = snapshot(www)
    result = run_guongsang("build", "--site-dir", str(www), cwd=project)
    assert result.returncode == 1 and "GS903" in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert snapshot(www) == before


def test_refusal_rules_on_paths(tmp_path: Path) -> None:
    """The rules themselves, on a table of paths (sitedir.py is plain Python: no MkDocs, no click)."""
    from guongsang.outputs import sitedir

    root = tmp_path / "du-an"
    (root / "exemplars").mkdir(parents=True)
    folders = sitedir.sources(root, [("docs_dir", "noi-dung"), ("custom_dir", None)])
    for bad in (root, tmp_path, root / "exemplars", root / "exemplars" / "x", root / "noi-dung" / "site",
                root / ".git" / "site", root / ".cache", root / "theme"):
        with pytest.raises(sitedir.SiteRefused):
            sitedir.refuse_unsafe(bad, root, folders)
    for good in (root / "site", root / "build" / "site", tmp_path / "site", root / ".site2"):
        sitedir.refuse_unsafe(good, root, folders)
    link = root / "lien-ket"
    link.symlink_to(root / "exemplars")
    with pytest.raises(sitedir.SiteRefused):  # a symbolic link is judged by where it leads
        sitedir.refuse_unsafe(link / "site", root, folders)


# --- item 2: a web server's unprivileged worker can read the site --------------------------------------

@pytest.fixture(scope="module")
def public_project() -> Iterator[Path]:
    """The sample project built once, in a folder others may enter (pytest's temp folder is 0700)."""
    where = Path(tempfile.mkdtemp(prefix="guongsang-build-safety-"))
    os.chmod(where, 0o755)
    try:
        project = _project(where / "du-an")
        result = run_guongsang("build", cwd=project, preexec_fn=_umask_022)
        assert result.returncode == 0, result.stderr
        yield project
    finally:
        shutil.rmtree(where, ignore_errors=True)


def _modes(site: Path) -> tuple[set[str], set[str]]:
    dirs = {oct(site.stat().st_mode & 0o7777)} | {oct(p.stat().st_mode & 0o7777) for p in site.rglob("*") if p.is_dir()}
    files = {oct(p.stat().st_mode & 0o7777) for p in site.rglob("*") if p.is_file()}
    return dirs, files


def test_site_folders_are_0755_and_files_0644(public_project: Path) -> None:
    site = public_project / "site"
    assert _modes(site) == ({"0o755"}, {"0o644"})
    assert (site / MARKER).read_text(encoding="utf-8").startswith("guongsang-site 1\n")


def test_a_stricter_umask_is_honoured(tmp_path: Path) -> None:
    project = _project(tmp_path / "du-an")

    def umask_027() -> None:
        os.umask(0o027)

    result = run_guongsang("build", cwd=project, preexec_fn=umask_027)
    assert result.returncode == 0, result.stderr
    assert _modes(project / "site") == ({"0o750"}, {"0o640"})


def _get(base: str, path: str) -> int:
    host, port = base.split("//")[1].rstrip("/").split(":")
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE  # the test's own certificate
    conn = http.client.HTTPSConnection(host, int(port), context=context, timeout=10)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def test_nginx_workers_running_as_www_data_serve_the_built_site(public_project: Path, tmp_path: Path) -> None:
    from nginxkit import nginx, require_nginx

    if os.geteuid() != 0:
        pytest.skip("nginx can switch its workers to www-data only when started as root")
    site = public_project / "site"
    photo = next(site.glob("guong-dien-hinh/*/anh-*-640.jpg")).relative_to(site).as_posix()
    css = next(site.glob("assets/stylesheets/main.*.min.css")).relative_to(site).as_posix()
    page = next(site.glob("guong-dien-hinh/*/index.html")).parent.relative_to(site).as_posix()
    with nginx(require_nginx(), site, tmp_path, user="www-data") as served:
        for path in ("/", f"/{page}/", f"/{css}", f"/{photo}"):
            assert _get(served.https, path) == 200, path


# --- item 11: leftovers, the child process, disk errors, the swap -------------------------------------

def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has died (its new parent has not reaped it yet)


def _build_held_mid_way(project: Path, started: Path, output: int) -> tuple[subprocess.Popen[str], set[int]]:
    """A real `guongsang build`, held in the middle (images done, Pagefind started) by an MkDocs hook
    (mkdocs.yml `hooks:`) for as long as the test needs: a child that outlives its parent is then seen
    still sleeping, not mistaken for one that finished. Returns the process and its descendants."""
    write(project, "giu_lai.py", f"import pathlib, time\n\ndef on_nav(nav, config, files):\n"
                                 f"    pathlib.Path({str(started)!r}).touch()\n    time.sleep(120)\n")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "hooks:\n  - giu_lai.py\n", encoding="utf-8")
    temporary = started.with_name("tam")  # the build's TMPDIR: the tests see it left empty
    temporary.mkdir()
    parent = subprocess.Popen([sys.executable, "-m", "guongsang", "build"], cwd=project, stdout=output,
                              stderr=output, text=True, env={**os.environ, "TMPDIR": str(temporary)})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not started.exists():
        time.sleep(0.05)
    assert started.exists(), "the build never reached on_nav"
    children = _descendants(parent.pid)
    assert children
    return parent, children


def test_killed_build_takes_mkdocs_with_it_and_the_next_build_cleans_up(tmp_path: Path) -> None:
    project = _project(tmp_path / "du-an")
    config = project / "mkdocs.yml"
    parent, children = _build_held_mid_way(project, tmp_path / "dang-dung", subprocess.DEVNULL)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(pid) for pid in children):
        time.sleep(0.05)
    assert not [pid for pid in children if _alive(pid)], "the MkDocs child outlived `guongsang build`"
    left = [p.name for p in project.iterdir() if p.name.startswith(".site-moi-")]
    assert left, "the killed build left nothing to clean up (was it killed too early?)"
    assert list((tmp_path / "tam").iterdir()) == []  # the search documents waited in the unfinished site

    # decoys the next build must leave alone: names not of our pattern, an unmarked young folder, a live build's
    decoys = [write(project, ".site-moi-khac/giu.txt", "x").parent, write(project, "site-moi-abcdefgh/giu.txt", "x").parent,
              write(project, ".site-moi-zzzzzzzz/giu.txt", "không đánh dấu").parent,
              write(project, ".site-moi-khongco12.log.bak", "x"), write(project, ".trang-moi-abcdefgh/giu.txt", "x").parent]
    live = write(project, ".site-moi-dangdung/.guongsang-site", "guongsang-site 1\n").parent  # 8 characters, like mkdtemp's
    # what older versions and the fallback swap leave: the old site renamed aside, not marked / marked
    legacy = project / ".site-cu"
    for name, text in (("index.html", '<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.7.0">'),
                       ("404.html", "404"), ("sitemap.xml", "<urlset/>")):
        write(legacy, name, text)
    write(project, ".site-cu-abcdefgh/.guongsang-site", "guongsang-site 1\n")
    fd = os.open(live, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    config.write_text(config.read_text(encoding="utf-8").replace("hooks:\n  - giu_lai.py\n", ""), encoding="utf-8")
    try:
        write(project, ".site-moi-dangdung.log", "nhật ký của bản dựng đang chạy")
        write(project, ".site-moi-mat12345.log", "nhật ký mồ côi")
        result = run_guongsang("build", cwd=project)
    finally:
        os.close(fd)
    assert result.returncode == 0, result.stderr
    names = {p.name for p in project.iterdir()}
    assert not [n for n in left if n in names] and ".site-moi-mat12345.log" not in names
    assert ".site-cu" not in names and ".site-cu-abcdefgh" not in names
    assert all(p.exists() for p in decoys) and live.exists() and ".site-moi-dangdung.log" in names
    kept = {live.name, ".site-moi-zzzzzzzz"}
    assert not [n for n in names if re.fullmatch(r"\.site-(moi|cu)-[a-z0-9_]{8}", n) and n not in kept]


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP], ids=["service-manager", "terminal-closed"])
def test_a_stopped_build_stops_mkdocs_and_cleans_up(tmp_path: Path, stop: int) -> None:
    """SIGTERM (a service manager's stop) or SIGHUP (the terminal window closed): the child is stopped, the
    temporaries removed, the old site kept."""
    project = _project(tmp_path / "du-an")
    write(project, "site/.guongsang-site", "guongsang-site 1\n")
    write(project, "site/index.html", "trang cũ")
    parent, children = _build_held_mid_way(project, tmp_path / "dang-dung", subprocess.PIPE)
    parent.send_signal(stop)
    _, err = parent.communicate(timeout=30)
    assert parent.returncode == 130 and "Đã dừng việc dựng trang" in err and "Traceback" not in err, err
    assert not [pid for pid in children if _alive(pid)]
    assert not [p.name for p in project.iterdir() if p.name.startswith(".site")]
    assert list((tmp_path / "tam").iterdir()) == []  # nothing left in the temporary folder either
    assert (project / "site" / "index.html").read_text(encoding="utf-8") == "trang cũ"


def test_a_full_disk_during_image_work_is_a_disk_error_and_leaves_no_temporary(tmp_path: Path) -> None:
    project = _project(tmp_path / "du-an")

    def small_quota() -> None:  # a file larger than 20 kB fails with EFBIG, as a full disk fails with ENOSPC
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    result = run_guongsang("build", cwd=project, preexec_fn=small_quota)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "Lỗi ổ đĩa khi dựng trang" in result.stderr and "tệp vượt quá kích thước tối đa" in result.stderr
    assert "GS303" not in result.stderr and "bị hỏng" not in result.stderr
    cache = project / ".cache" / "guongsang" / "images"
    assert cache.is_dir() and not [p.name for p in cache.iterdir() if p.name.endswith(".tmp")]
    assert not (project / "site").exists()


def test_200_swaps_under_a_reader_never_miss_the_site(tmp_path: Path) -> None:
    from guongsang.outputs import sitedir

    target = tmp_path / "site"
    target.mkdir()
    (target / "index.html").write_text("phiên bản đầu", encoding="utf-8")
    sitedir.mark(target)
    reader = Reader(target / "index.html", tmp_path)
    try:
        for version in range(200):
            fresh, lock = sitedir.make_fresh(target)
            (fresh / "index.html").write_text(f"phiên bản {version}", encoding="utf-8")
            (fresh / "assets").mkdir()
            (fresh / "assets" / "a.css").write_text("a{}" * version, encoding="utf-8")
            sitedir.swap(fresh, target)
            os.close(lock)
            assert not fresh.exists()
    finally:
        reads, misses, seen = reader.finish()
    assert misses == 0, f"{misses} misses in {reads} reads"
    assert reads > 0 and seen >= 2  # it did read, and during the swaps
    assert (target / "index.html").read_text(encoding="utf-8") == "phiên bản 199"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site")] == []


def test_a_rebuild_under_a_reader_never_misses_the_site(public_project: Path, tmp_path: Path) -> None:
    """A real rebuild of a site built before the marker existed (no marker, an MkDocs site): replaced."""
    site = public_project / "site"
    (site / MARKER).unlink()
    reader = Reader(site / "index.html", tmp_path)
    try:
        result = run_guongsang("build", cwd=public_project, preexec_fn=_umask_022)
    finally:
        reads, misses, _ = reader.finish()
    assert result.returncode == 0, result.stderr
    assert misses == 0 and reads > 0, f"{misses} misses in {reads} reads"
    assert (site / MARKER).is_file()
    assert not [p.name for p in public_project.iterdir() if p.name.startswith(".site")]
