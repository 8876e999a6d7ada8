"""A content project on disk, and the read-everything-then-validate pass over it."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from guongsang.core import load, settings, vocab
from guongsang.core.imagecheck import MAX_PIXELS
from guongsang.core.model import TZ
from guongsang.core.problems import Problem, problem, sort_key
from guongsang.core.validate import Context, Exemplar, check_across, validate_record
from guongsang.core.vocab import Vocabularies

EXEMPLARS_DIRNAME = "exemplars"
# Below this many profiles a second process costs more than it saves (start-up, sending results back).
PARALLEL_FROM = 2000


class ProjectNotFound(Exception):
    """No folder with ``exemplars/`` at or above the starting point."""


@dataclass(frozen=True, slots=True)
class Project:
    root: Path
    exemplars_dir: Path
    max_pixels: int = MAX_PIXELS  # photos with more pixels are refused (decompression bombs)
    config_problems: tuple[Problem, ...] = ()  # bad guongsang settings in mkdocs.yml

    @classmethod
    def at(cls, root: Path) -> Project:
        """The project at ``root``, with the guongsang settings of its mkdocs.yml (as the build reads them)."""
        root = root.resolve()
        found = settings.read(root)
        return cls(root, root / EXEMPLARS_DIRNAME, found.max_pixels, found.problems)

    @classmethod
    def find(cls, start: Path | None = None) -> Project:
        """The nearest folder at or above ``start`` that has an ``exemplars/`` folder."""
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / EXEMPLARS_DIRNAME).is_dir():
                return cls.at(folder)
        raise ProjectNotFound(str(here))


@dataclass(slots=True)
class CheckResult:
    exemplars: list[Exemplar]
    vocabs: Vocabularies
    files: int
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]


def today_in_vietnam() -> date:
    return datetime.now(TZ).date()


def check_project(project: Project, *, today: date | None = None, only: list[Path] | None = None,
                  workers: int = 1, parallel_from: int = PARALLEL_FROM) -> CheckResult:
    """Read and validate every vocabulary and profile; report every problem, raise none.

    ``only`` limits the *reported* profile problems to files under those paths;
    every profile is still read, because slugs must be unique across all of them.
    ``workers=2`` validates half of a large project (``parallel_from`` files or more) in a forked process;
    the result is the same, in the same order. Only a single-threaded caller (the command line) may ask
    for it: forking a process that runs threads (MkDocs' live reload) can deadlock the child.
    """
    vocabs = vocab.load_all(project.root, project.exemplars_dir)
    ctx = Context(project.root, vocabs, today or today_in_vietnam(), project.max_pixels, project.exemplars_dir)
    problems: list[Problem] = [*project.config_problems, *vocabs.problems]
    unreadable: list[tuple[Path, str]] = []
    paths = list(load.iter_profile_files(project.exemplars_dir, unreadable))
    files = len(paths)
    found, exemplars = _validate_all(paths, ctx, workers, parallel_from)
    problems.extend(found)
    problems.extend(check_across(exemplars))
    problems.extend(problem("GS009", load.relative(folder, project.root), 1, None,
                            f"Không đọc được thư mục: {reason}; các hồ sơ trong đó chưa được kiểm tra.",
                            "Cấp quyền đọc thư mục cho người chạy lệnh (chmod a+rx), hoặc chuyển nó ra khỏi exemplars/.")
                    for folder, reason in unreadable)
    if only is not None:
        wanted = [load.relative(p, project.root).rstrip("/") for p in only]
        vocab_files = {v.source for v in vocabs.by_name.values()} | {settings.CONFIG_NAME}
        problems = [
            p for p in problems
            if p.file in vocab_files or any(p.file == w or p.file.startswith(w + "/") or w in ("", ".") for w in wanted)
        ]
    problems.sort(key=sort_key)
    return CheckResult(exemplars, vocabs, files, problems)


def _validate(paths: list[Path], ctx: Context) -> tuple[list[Problem], list[Exemplar]]:
    problems: list[Problem] = []
    exemplars: list[Exemplar] = []
    for path in paths:
        rec = load.read(path, ctx.root)
        ex = validate_record(rec, ctx)
        problems.extend(rec.problems)
        if ex is not None:
            exemplars.append(ex)
    return problems, exemplars


def _validate_all(paths: list[Path], ctx: Context, workers: int, parallel_from: int) -> tuple[list[Problem], list[Exemplar]]:
    """Every profile validated, in ``paths`` order; the second half in a forked process when asked and worth it."""
    if workers < 2 or len(paths) < max(2, parallel_from) or "fork" not in multiprocessing.get_all_start_methods():
        return _validate(paths, ctx)
    half = len(paths) // 2
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        later = pool.submit(_validate, paths[half:], ctx)
        problems, exemplars = _validate(paths[:half], ctx)
        try:
            more_problems, more_exemplars = later.result()
        except BrokenProcessPool:  # the child was killed (memory): do its half here
            more_problems, more_exemplars = _validate(paths[half:], ctx)
    return problems + more_problems, exemplars + more_exemplars
