"""`check`'s per-file results kept on disk, so a check after one edit validates one file.

JSON files, ``<cache_dir>/check/results-NN.json`` (cache_dir: the plugin's option, `.cache/guongsang`).
It holds a *run key* and, per profile (by its path relative to the project root), the digest of the
profile's bytes, its problems, the facts the checks across profiles need, and the files it points to
(photo, evidence, images in the body) with their ``lstat`` fingerprints.

A kept result is used only when all of these are as they were:

- the run key: this format, the code of ``guongsang.core``, Python, pydantic, PyYAML and Pillow, the
  project's folders, the vocabularies as loaded, ``max_pixels`` and today's date (validation
  compares dates with today);
- the profile's bytes (BLAKE2b);
- every file it points to: type, size, times, inode of each path component (a missing one: its
  folder's listing, which the "did you mean" reads).

The cache never changes a result, only how fast it comes: a file changed during the run (a
fingerprint newer than the run's start) is not kept; a cache file that cannot be read, does not
parse, has another key or is not the very file this code wrote (its device and inode are written in
it, so a file copied, restored or checked out of git — which could claim anything — is ignored) is
treated as empty; writing is atomic (a temporary file renamed) and skipped when the folder cannot be
written (read-only project, full disk). Deleting the folder is always safe.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import importlib.util
import json
import os
import stat
import sys
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from guongsang.core import load
from guongsang.core.across import Facts
from guongsang.core.problems import CODES, Problem, Severity
from guongsang.core.vocab import Vocabularies

FORMAT = 1
FOLDER = "check"
NAME = "results-{:02d}.json"
SHARDS = 32
RECENT_NS = 2_000_000_000  # a fingerprint this close to the run's start may still be changing: not kept
LIBRARIES = ("pydantic", "pydantic_core", "yaml", "PIL")
CORE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class Result:
    """One profile's own result: its problems, its facts when it is valid, the files it points to."""

    problems: list[Problem]
    facts: Facts | None
    looked_at: list[str]  # absolute paths; only for fresh results (a kept one was already checked)


@contextlib.contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Inside, no cyclic garbage collection: kept results are tens of thousands of small acyclic objects,
    and the collector walking them again and again cost more than the checks across profiles."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def digest(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


def run_key(root: Path, exemplars: Path, vocabs: Vocabularies, today: date, max_pixels: int) -> str:
    """Everything but the profile and the files it points to that a per-file result depends on."""
    h = hashlib.blake2b(digest_size=20)
    for part in (FORMAT, sys.version, str(root), str(exemplars), today.isoformat(), max_pixels, repr(vocabs.by_name),
                 repr(sorted(vocabs.abbreviations.table.items()))):
        h.update(repr(part).encode("utf-8", "surrogatepass") + b"\0")
    for path in sorted(CORE_DIR.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for name in LIBRARIES:  # an upgrade rewrites the package's files: new size or mtime
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        st = os.stat(origin) if origin else None
        h.update(repr((name, origin, st and (st.st_size, st.st_mtime_ns))).encode() + b"\0")
    return h.hexdigest()


def fingerprint(target: str, exemplars: str) -> list[Any]:
    """What :func:`repofiles.locate` sees of ``target`` (a path below ``exemplars``): the ``lstat`` of each
    path component (links never followed), up to a missing one ("missing" and its folder's ``stat``, for the
    listing the "did you mean" reads) or a refused one."""
    out: list[Any] = []
    here = exemplars
    parts = target[len(exemplars) + 1:].split(os.sep)
    for i, part in enumerate(parts):
        parent, here = here, here + os.sep + part
        try:
            st = os.lstat(here)
            # a folder on the way: only what it is; its times change whenever a file beside is saved
            # (an editor or `sed -i` writes a new file and renames it), and that changes no lookup
            out.append([st.st_mode, 0, 0, 0, st.st_ino, st.st_dev] if i < len(parts) - 1 and stat.S_ISDIR(st.st_mode)
                       else _stat(st))
        except PermissionError:
            return [*out, "denied"]
        except (OSError, ValueError):
            try:
                return [*out, "missing", _stat(os.stat(parent))]
            except OSError:
                return [*out, "missing"]
        if stat.S_ISLNK(out[-1][0]):
            break
    return out


def _stat(st: os.stat_result) -> list[int]:
    return [st.st_mode, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]


class CheckCache:
    """The kept results of one project for one run key; ``get`` and ``put`` by profile, ``save`` once.

    Results are spread over SHARDS files by a checksum of the profile's path, so saving after one edit
    rewrites one small file, not all of them."""

    def __init__(self, folder: Path, key: str, root: Path, exemplars: Path) -> None:
        self.folder = folder / FOLDER
        self.key, self.root, self.exemplars = key, str(root), str(exemplars)
        self.started_ns = time.time_ns()
        self.old: dict[str, Any] = {}
        self.old_counts = [0] * SHARDS
        for shard in range(SHARDS):
            files = self._load(self.folder / NAME.format(shard))
            self.old.update(files)
            self.old_counts[shard] = len(files)
        self.new: list[dict[str, Any]] = [{} for _ in range(SHARDS)]
        self.dirty: set[int] = set()

    def _load(self, path: Path) -> dict[str, Any]:
        try:
            with path.open("rb") as fh:
                st = os.fstat(fh.fileno())
                data = json.loads(fh.read())
        except (OSError, ValueError):  # missing, unreadable, not JSON (UnicodeDecodeError is a ValueError)
            return {}
        if (not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != self.key
                or data.get("self") != [st.st_dev, st.st_ino] or not isinstance(data.get("files"), dict)):
            return {}
        return data["files"]

    def get(self, rel: str, path: str, read: bool = False) -> tuple[Result | None, bytes | None]:
        """The kept result of the profile ``rel`` at ``path`` if nothing it depends on changed, and its bytes
        when they were read: always with ``read``, else only when its ``lstat`` is not the one kept with the
        result (as git's index does)."""
        entry, raw = self.old.get(rel), None
        try:
            st = _stat(os.lstat(path))
            if read or not (isinstance(entry, list) and len(entry) == 5 and entry[4] == st):
                raw = load.read_bytes(path)
                if not isinstance(entry, list) or entry[0] != digest(raw):
                    return None, raw
                if len(entry) != 5 or entry[4] != st:  # the same bytes with new times (touch, checkout)
                    entry = [*entry[:4], self._settled(st)]
                    self.dirty.add(_shard(rel))
            looked_at = [self.root + os.sep + str(p) for p, _ in entry[3]]
            if any(fingerprint(at, self.exemplars) != kept for at, (_, kept) in zip(looked_at, entry[3], strict=True)):
                return None, raw
            result = Result([_problem(p) for p in entry[1]], None if entry[2] is None else _facts(entry[2]), [])
        except OSError:  # unreadable now: validation says why
            return None, None
        except (TypeError, ValueError, KeyError, IndexError, AttributeError):  # a damaged entry is a miss
            return None, raw
        self.new[_shard(rel)][rel] = entry
        return result, raw

    def put(self, rel: str, path: str, raw: bytes, result: Result) -> None:
        """Keep ``result`` unless a file it depends on changed since the run started."""
        self.dirty.add(_shard(rel))
        prints = [(at, fingerprint(at, self.exemplars)) for at in result.looked_at]
        if any(not self._settled(x) for _, p in prints for x in p if isinstance(x, list)):
            return
        try:
            st = self._settled(_stat(os.lstat(path)))
        except OSError:
            return
        f = result.facts
        facts = None if f is None else [f.slug, f.source, f.slug_line, f.aliases_line, f.title_line, list(f.aliases),
                                        f.title, f.title_key, f.year, f.award]
        self.new[_shard(rel)][rel] = [digest(raw), [_row(p) for p in result.problems], facts,
                         [[at[len(self.root) + 1:], p] for at, p in prints], st]

    def _settled(self, st: list[int]) -> list[int] | None:
        """``st`` when its file last changed well before this run started (so it cannot change again unseen
        within the file system's time resolution); None otherwise (the bytes are read next time)."""
        return st if max(st[2], st[3]) < self.started_ns - RECENT_NS else None

    def save(self) -> None:
        """Write the shards this run changed, each atomically, with only this run's profiles (a deleted
        profile's entry goes); never raise."""
        for shard in range(SHARDS):
            if shard in self.dirty or len(self.new[shard]) != self.old_counts[shard]:  # no put: new ⊆ old
                self._write(self.folder / NAME.format(shard), self.new[shard])

    def _write(self, path: Path, files: dict[str, Any]) -> None:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            with os.fdopen(fd, "wb") as fh:
                st = os.fstat(fh.fileno())
                data = {"format": FORMAT, "key": self.key, "self": [st.st_dev, st.st_ino], "files": files}
                fh.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass"))
            os.replace(tmp, path)
        except (OSError, ValueError):  # read-only project, full disk, a name the file system refuses
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)


def _shard(rel: str) -> int:
    return zlib.crc32(rel.encode("utf-8", "surrogatepass")) % SHARDS


def _row(p: Problem) -> list[Any]:
    return [p.code, str(p.severity), p.file, p.line, p.field, p.message, p.hint]


def _problem(row: list[Any]) -> Problem:
    code, severity, file, line, field, message, hint = row
    if not (code in CODES and isinstance(file, str) and type(line) is int and isinstance(message, str)
            and isinstance(field, str | None) and isinstance(hint, str | None)):
        raise ValueError(row)
    return Problem(code, Severity(severity), file, line, field, message, hint)


def _facts(row: list[Any]) -> Facts:
    slug, source, slug_line, aliases_line, title_line, aliases, title, title_key, year, award = row
    if not (all(isinstance(x, str) for x in (slug, source, title, title_key, award, *aliases))
            and all(type(x) is int for x in (slug_line, aliases_line, title_line, year))):
        raise ValueError(row)
    return Facts(slug, source, slug_line, aliases_line, title_line, tuple(aliases), title, title_key, year, award)
