"""The site folder a build replaces. No click, no MkDocs here.

- which folders a build refuses: any that is, contains or lies inside the project's sources;
- the marker file that says "Guongsang built this folder": an unmarked non-empty folder is never replaced;
- permissions: a fresh folder gets what `mkdir` would give it (0777 & ~umask), not mkdtemp's 0700;
- the swap: an atomic exchange of two folders (Linux renameat2), so the site path never goes missing;
- leftovers of builds that were killed: removed, but only folders and logs that are provably ours.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import functools
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

MARKER = ".guongsang-site"  # a dotfile: MkDocs' clean keeps it, and nginx denies dotfiles
MARKER_TEXT = ("guongsang-site 1\n"
               "Thư mục này do Guongsang dựng; lần dựng sau sẽ thay toàn bộ thư mục. Đừng lưu gì khác ở đây.\n")
STALE_UNMARKED_AGE = 3600  # seconds: an unmarked temporary this old cannot belong to a live build
_TEMP_SUFFIX = r"[a-z0-9_]{8}"  # what tempfile.mkdtemp appends to its prefix
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class SiteRefused(Exception):
    """A site folder the build must not use; the message (Vietnamese) starts with its code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code


def sources(root: Path, named: Iterable[tuple[str, str | Path | None]]) -> list[tuple[str, Path]]:
    """(label, folder) of what a build must never touch: the given folders (relative to ``root``) and
    the project's fixed ones (.git, .cache, .guongsang, content, exemplars, theme)."""
    fixed = [(".git", ".git"), (".cache", ".cache"), (".guongsang", ".guongsang"), ("content", "content"),
             ("exemplars", "exemplars"), ("theme", "theme")]
    out = []
    for label, rel in [*named, *fixed]:
        if rel:
            out.append((label, (root / rel).resolve()))
    return out


def refuse_unsafe(target: Path, root: Path, folders: Iterable[tuple[str, Path]]) -> None:
    """Refuse a site folder that is or contains the project root, or overlaps a source folder."""
    target, root = target.resolve(), root.resolve()
    if target == root or target in root.parents:
        raise SiteRefused("GS902", f"Thư mục site {target} là thư mục dự án (nơi có mkdocs.yml) hoặc chứa nó; "
                          "dựng vào đó sẽ xoá cả dự án. Hãy chọn một thư mục riêng, ví dụ site/ trong dự án.")
    for label, folder in folders:
        if target == folder or target in folder.parents or folder in target.parents:
            raise SiteRefused("GS902", f"Thư mục site {target} trùng, chứa hoặc nằm trong thư mục nguồn {label} "
                              f"({folder}); dựng vào đó sẽ xoá mã nguồn. Hãy chọn một thư mục riêng, ví dụ site/.")


def is_ours(folder: Path, *, legacy: bool = True) -> bool:
    """A folder Guongsang built: its marker file, or (sites built before the marker, when ``legacy``) an MkDocs site."""
    marker = folder / MARKER
    try:
        if marker.is_file() and not marker.is_symlink():
            with marker.open("rb") as fh:
                return fh.read(len("guongsang-site ")) == b"guongsang-site "
    except OSError:
        return False
    return legacy and _built_before_marker(folder)


def _built_before_marker(folder: Path) -> bool:
    # What MkDocs (and so every Guongsang build before the marker existed) leaves at a site's top:
    # index.html with MkDocs' generator tag, 404.html and sitemap.xml; and nothing of a project.
    if any(os.path.lexists(folder / name) for name in ("mkdocs.yml", ".git", "exemplars", "content", "docs")):
        return False
    if not all((folder / name).is_file() for name in ("index.html", "404.html", "sitemap.xml")):
        return False
    try:
        with (folder / "index.html").open("rb") as fh:
            head = fh.read(65536)
    except OSError:
        return False
    return b'<meta name="generator" content="mkdocs-' in head


def refuse_foreign(target: Path, root: Path) -> None:
    """Refuse to replace anything but a missing folder, an empty one, or a site Guongsang built.

    A site built before the marker existed is recognised only inside the project (its own ``site/``, which
    MkDocs replaces on every build anyway): elsewhere (``/var/www/html``) only the marker counts, since such a
    folder may hold another site and the agency's own files beside it."""
    if not os.path.lexists(target):
        return
    if not target.is_dir():
        raise SiteRefused("GS903", f"{target} đã có và không phải là thư mục: bản dựng không thay nó. "
                          "Hãy chọn đường dẫn khác cho thư mục site.")
    try:
        empty = not any(os.scandir(target))
    except OSError:
        empty = False
    if not empty and not is_ours(target, legacy=root.resolve() in target.resolve().parents):
        raise SiteRefused("GS903", f"Thư mục {target} không trống và không do Guongsang dựng (không có tệp đánh dấu "
                          f"{MARKER}): bản dựng không xoá nó. Hãy chọn một thư mục mới hoặc trống, hoặc tự xoá "
                          "thư mục này nếu chắc chắn không cần.")


def mark(folder: Path) -> None:
    """Write the marker that lets a later build replace ``folder``."""
    (folder / MARKER).write_text(MARKER_TEXT, encoding="utf-8")


def umask() -> int:
    """The process's umask, read without changing it where Linux tells it."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current


@functools.cache
def file_mode() -> int:
    """The mode a new file gets in this process (0644 under the usual umask 022)."""
    return 0o666 & ~umask()


def make_fresh(target: Path) -> tuple[Path, int]:
    """A new empty folder beside ``target``, with a normal folder's mode, marked and locked.

    The lock (flock on the folder, held until the returned descriptor is closed) tells a later
    build that this one is still running; the kernel drops it when the process dies.
    """
    fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}-moi-", dir=target.parent))
    fd = -1
    try:
        os.chmod(fresh, 0o777 & ~umask())  # mkdtemp makes 0700: a web server's worker could read nothing
        fd = os.open(fresh, os.O_RDONLY)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        mark(fresh)
    except OSError:
        if fd >= 0:
            os.close(fd)
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    return fresh, fd


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where that is not available."""
    func = getattr(_libc(), "renameat2", None)
    if func is None:
        return False
    if func(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL):  # an old kernel, or a file system without exchange
        return False
    raise OSError(err, os.strerror(err), str(a), None, str(b))


@functools.cache
def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def swap(fresh: Path, target: Path) -> None:
    """Put ``fresh`` at ``target``; the old site (if any) ends at ``fresh``'s path and is removed.

    With an exchange, a reader opening files under ``target`` finds the old or the new site, never
    nothing. Without one (not Linux), the old folder is renamed aside first: a short gap.
    On any OSError the old site is left (or put back) at ``target``.
    """
    if not os.path.lexists(target):
        os.rename(fresh, target)
        return
    if exchange(fresh, target):
        shutil.rmtree(fresh, ignore_errors=True)
        return
    aside = fresh.with_name(fresh.name.replace("-moi-", "-cu-"))
    os.rename(target, aside)
    try:
        os.rename(fresh, target)
    except OSError:
        os.rename(aside, target)
        raise
    shutil.rmtree(aside, ignore_errors=True)


def remove_leftovers(target: Path) -> list[Path]:
    """Remove what killed builds left beside ``target``; returns what was removed.

    Only names this module makes (.<site>-moi-XXXXXXXX, its .log, .<site>-cu-XXXXXXXX, and the older
    .<site>-cu), and of those only folders no live build holds (flock) that carry the marker (or look
    like a built site, or are over an hour old), and logs whose folder is gone.
    """
    parent, name = target.parent, re.escape(target.name)
    temp = re.compile(rf"\.{name}-(moi|cu)-{_TEMP_SUFFIX}")
    log = re.compile(rf"\.{name}-moi-{_TEMP_SUFFIX}\.log")
    removed: list[Path] = []
    try:
        entries = sorted(os.scandir(parent), key=lambda e: e.name)
    except OSError:
        return removed
    for entry in entries:
        path = Path(entry.path)
        if (temp.fullmatch(entry.name) or entry.name == f".{target.name}-cu") and _stale_folder(path):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    for entry in entries:
        path = Path(entry.path)
        if log.fullmatch(entry.name) and entry.is_file(follow_symlinks=False) \
                and not os.path.lexists(path.with_suffix("")):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _stale_folder(path: Path) -> bool:
    if path.is_symlink() or not path.is_dir():
        return False
    owner = path.with_name(path.name.replace("-cu-", "-moi-"))  # an aside folder belongs to its build's folder
    if _locked(path) or (owner != path and _locked(owner)):
        return False
    try:
        old = time.time() - path.stat().st_mtime > STALE_UNMARKED_AGE
    except OSError:
        return False
    return old or is_ours(path)


def _locked(path: Path) -> bool:
    """Whether a live build holds ``path`` (a missing path is not held)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # also drops our own lock
    return False
