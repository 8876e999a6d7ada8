"""The image cache: each job's outputs are stored under a hash of all of its inputs, in a manifest.

A job's key covers the source bytes, the parameters, the font and the code version, so a rebuild
with nothing changed encodes nothing. Source files are hashed once and remembered by size and
modification time. Missing work runs on every core in forked workers (pool.py): each writes its
job's files, the parent alone records them, in job order, so the manifest is the same as a serial
run's. Files are written to a temporary name and renamed, and are never rewritten in place, so a
file once published stays valid.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guongsang.outputs.images.photos import Encoded
from guongsang.outputs.images.pool import default_workers, processes_for, run_all

CODE_VERSION = "4"  # bump when an encoder or a card design changes: every cached output is redone
MANIFEST = "manifest.json"
_TEMPORARY = re.compile(r"\..+\.(\d+)\.\d+\.tmp")  # _write_new's name: .<target>.<pid>.<thread>.tmp

Producer = Callable[[], Mapping[str, Encoded]]


@dataclass(frozen=True, slots=True)
class Output:
    path: Path  # in the cache
    width: int
    height: int
    size: int  # bytes
    ext: str


@dataclass(slots=True)
class Stats:
    encoded: int = 0  # jobs run in this build
    reused: int = 0  # jobs served from the cache
    files: int = 0  # files written
    processes: int = 1  # the most processes that encoded at once in this build


class JobsFailed(Exception):
    """Some jobs raised; every other job ran and is cached. ``failures``: key → the exception."""

    def __init__(self, failures: dict[str, Exception]) -> None:
        super().__init__(f"{len(failures)} image jobs failed")
        self.failures = failures


def job_key(*parts: Any) -> str:
    """A stable key from JSON-able inputs (plus the code version)."""
    text = json.dumps([CODE_VERSION, *parts], ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


class ImageCache:
    def __init__(self, folder: Path, workers: int | None = None) -> None:
        self.folder = folder
        self.workers = workers or default_workers()  # 1: every job in this thread, one after another
        self.stats = Stats()
        manifest = self._read_manifest()
        self._sources: dict[str, list[Any]] = manifest.get("sources", {})
        self._jobs: dict[str, dict[str, list[Any]]] = manifest.get("jobs", {})
        self._used_sources: dict[str, list[Any]] = {}
        self._used_jobs: dict[str, dict[str, list[Any]]] = {}

    def _read_manifest(self) -> dict[str, Any]:
        try:
            data = json.loads((self.folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # no cache yet, or a damaged one: start over
        return data if isinstance(data, dict) and data.get("version") == CODE_VERSION else {}

    def digest(self, path: Path) -> str:
        """sha256 of a source file's bytes, remembered by (size, mtime) so an unchanged file is not read."""
        key = str(path)
        st = path.stat()
        known = self._used_sources.get(key) or self._sources.get(key)  # a photo shown on several cards: read once
        if known and known[0] == st.st_size and known[1] == st.st_mtime_ns:
            self._used_sources[key] = known
            return str(known[2])
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        self._used_sources[key] = [st.st_size, st.st_mtime_ns, digest]
        return digest

    def run(self, jobs: Mapping[str, Producer]) -> dict[str, dict[str, Output]]:
        """key → {variant → output}; runs only the jobs whose outputs are not all in the cache."""
        self.folder.mkdir(parents=True, exist_ok=True)
        results: dict[str, dict[str, Output]] = {}
        missing: list[str] = []
        for key in jobs:
            cached = self._cached(key)
            if cached is None:
                missing.append(key)
            else:
                results[key] = cached
        self.stats.reused += len(results)
        failures: dict[str, Exception] = {}
        self.stats.processes = max(self.stats.processes, processes_for(len(missing), self.workers))
        outcomes = run_all(lambda k: self._attempt(k, jobs[k]), missing, self.workers)
        for key, outcome in zip(missing, outcomes, strict=True):  # in job order, whichever worker ran it
            if isinstance(outcome, Exception):
                failures[key] = outcome
                continue
            self._used_jobs[key] = outcome
            results[key] = self._outputs(outcome)
            self.stats.files += len(outcome)
        self.stats.encoded += len(missing) - len(failures)
        if failures:
            raise JobsFailed(failures)
        return results

    def _attempt(self, key: str, producer: Producer) -> dict[str, list[Any]] | Exception:
        try:
            return self._produce(key, producer)
        except Exception as exc:  # reported together once every job has run
            return exc

    def _outputs(self, record: Mapping[str, list[Any]]) -> dict[str, Output]:
        return {variant: Output(self.folder / name, w, h, size, ext) for variant, (name, w, h, size, ext) in record.items()}

    def _cached(self, key: str) -> dict[str, Output] | None:
        record = self._used_jobs.get(key) or self._jobs.get(key)
        if record is None:
            return None
        outputs = self._outputs(record)
        if not all(o.path.is_file() for o in outputs.values()):
            return None  # someone cleaned the folder: redo
        self._used_jobs[key] = record
        return outputs

    def _produce(self, key: str, producer: Producer) -> dict[str, list[Any]]:
        """Run one job and write its files (in a worker, or here); its manifest record."""
        record: dict[str, list[Any]] = {}
        for variant, enc in producer().items():
            name = f"{key}-{variant}.{enc.ext}"
            _write_new(self.folder / name, enc.data)
            record[variant] = [name, enc.width, enc.height, len(enc.data), enc.ext]
        return record

    def save(self, prune: bool = True, keep_unused: bool = False) -> None:
        """Write the manifest of what this build used; with ``prune``, delete cached files nobody uses now.
        ``keep_unused`` (without ``prune``): the manifest keeps the earlier records too (`guongsang print`:
        one booklet's photos stay known while another is printed)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        sources, jobs = self._used_sources, self._used_jobs
        if keep_unused and not prune:
            sources, jobs = {**self._sources, **sources}, {**self._jobs, **jobs}
        data = {"version": CODE_VERSION, "sources": sources, "jobs": jobs}
        _write_new(self.folder / MANIFEST, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())
        if prune:
            keep = {rec[0] for job in self._used_jobs.values() for rec in job.values()} | {MANIFEST}
            for entry in os.scandir(self.folder):
                if entry.is_file() and entry.name not in keep and not entry.name.startswith("."):
                    os.unlink(entry.path)
                elif (m := _TEMPORARY.fullmatch(entry.name)) and not _running(int(m.group(1))):
                    os.unlink(entry.path)  # left by a build that was killed while it wrote


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _write_new(target: Path, data: bytes) -> None:
    """Write ``target`` through a temporary file and a rename; on a disk error (full disk, quota) the
    temporary file is removed and the error names ``target``."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(target)) from exc
