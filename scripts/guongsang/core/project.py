"""A content project on disk, and the read-everything-then-validate pass over it."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from guongsang.core import across, clock, load, repofiles, settings, vocab
from guongsang.core.checkcache import CheckCache, Result, no_cyclic_gc, run_key
from guongsang.core.imagecheck import MAX_PIXELS
from guongsang.core.problems import Problem, problem, sort_key
from guongsang.core.vocab import Vocabularies

if TYPE_CHECKING:  # validate.py loads pydantic and the model: only when some profile must be validated
    from guongsang.core.validate import Context, Exemplar

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
    cache_dir: Path | None = None  # where `check` keeps per-file results (core/checkcache.py); None: keep none

    @classmethod
    def at(cls, root: Path) -> Project:
        """The project at ``root``, with the guongsang settings of its mkdocs.yml (as the build reads them)."""
        root = root.resolve()
        found = settings.read(root)
        return cls(root, root / EXEMPLARS_DIRNAME, found.max_pixels, found.problems, root / found.cache_dir)

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
    """Today in Vietnam, or the day `--as-of` names (core/clock.py)."""
    return clock.today()


def check_project(project: Project, *, today: date | None = None, only: list[Path] | None = None,
                  workers: int = 1, parallel_from: int = PARALLEL_FROM, exemplars: bool = True) -> CheckResult:
    """Read and validate every vocabulary and profile; report every problem, raise none.

    ``only`` limits the *reported* profile problems to files under those paths;
    every profile is still read, because slugs must be unique across all of them.
    ``workers=2`` validates half of a large project (``parallel_from`` files or more) in a forked process;
    the result is the same, in the same order. Only a single-threaded caller (the command line) may ask
    for it: forking a process that runs threads (MkDocs' live reload) can deadlock the child.
    With ``project.cache_dir``, a profile whose result was kept (core/checkcache.py) is not checked again;
    ``exemplars=False`` (`guongsang check`) leaves ``CheckResult.exemplars`` empty, so such a profile is
    not even parsed.
    """
    vocabs = vocab.load_all(project.root, project.exemplars_dir)
    today = today or today_in_vietnam()
    problems: list[Problem] = [*project.config_problems, *vocabs.problems]
    unreadable: list[tuple[Path, str]] = []
    paths = load.profile_paths(project.exemplars_dir, unreadable)
    cache = None
    if project.cache_dir is not None:
        key = run_key(project.root, project.exemplars_dir, vocabs, today, project.max_pixels)
        with no_cyclic_gc():
            cache = CheckCache(project.cache_dir, key, project.root, project.exemplars_dir)
    results, valid = _results(project, paths, vocabs, today, cache, workers, parallel_from, exemplars)
    with no_cyclic_gc():
        for result in results:
            problems.extend(result.problems)
        problems.extend(across.check([r.facts for r in results if r.facts is not None]))
    problems.extend(problem("GS009", load.relative(folder, project.root), 1, None,
                            f"Không đọc được thư mục: {reason}; các hồ sơ trong đó chưa được kiểm tra.",
                            "Cấp quyền đọc thư mục cho người chạy lệnh (chmod a+rx), hoặc chuyển nó ra khỏi exemplars/.")
                    for folder, reason in unreadable)
    if only is not None:
        wanted = [load.relative(p, project.root).rstrip("/") for p in only]
        vocab_files = {v.source for v in vocabs.by_name.values()} | {settings.CONFIG_NAME, *vocabs.abbreviations.sources}
        problems = [
            p for p in problems
            if p.file in vocab_files or any(p.file == w or p.file.startswith(w + "/") or w in ("", ".") for w in wanted)
        ]
    problems.sort(key=sort_key)
    return CheckResult(valid, vocabs, len(paths), problems)


def _results(project: Project, paths: list[str], vocabs: Vocabularies, today: date, cache: CheckCache | None,
             workers: int, parallel_from: int, exemplars: bool) -> tuple[list[Result], list[Exemplar]]:
    """Each profile's own result, in ``paths`` order (kept ones from the cache), and the valid exemplars when asked."""
    raws: list[bytes | None] = [None] * len(paths)
    results: list[Result | None] = [None] * len(paths)
    rels = _relative(paths, project.root)
    with no_cyclic_gc():
        for i, path in enumerate(paths if cache is not None else ()):
            # the exemplars are made from the bytes: read them, and use the kept result only if they match it
            results[i], raws[i] = cache.get(rels[i], path, read=exemplars)  # type: ignore[union-attr]
            if raws[i] is None and results[i] is None:
                with contextlib.suppress(OSError):  # unreadable: validated below, which says why
                    raws[i] = load.read_bytes(path)
    todo = [i for i, r in enumerate(results) if r is None]
    if not todo and not exemplars:
        if cache is not None:
            cache.save()
        return results, []  # type: ignore[return-value]
    from guongsang.core.validate import Context, revalidate  # loads the model (pydantic): only now

    ctx = Context(project.root, vocabs, today, project.max_pixels, project.exemplars_dir)
    fresh = _validate_all([(Path(paths[i]), raws[i]) for i in todo], ctx, workers, parallel_from)
    found: dict[int, Exemplar] = {}
    for i, (result, ex) in zip(todo, fresh, strict=True):
        results[i] = result
        if ex is not None:
            found[i] = ex
        if cache is not None and raws[i] is not None:
            cache.put(rels[i], paths[i], raws[i], result)  # type: ignore[arg-type]
    if cache is not None:
        cache.save()
    valid: list[Exemplar] = []
    if exemplars:
        made = _MODELS.get(cache.key) if cache is not None else None  # the last build's, in this process
        kept: dict[str, tuple[bytes, Exemplar]] = {}
        for i, result in enumerate(results):
            if i in found:
                valid.append(found[i])
            elif result is not None and result.facts is not None:  # kept: valid before, the model only
                raw = raws[i]
                same = made.get(rels[i]) if made is not None else None
                if same is not None and same[0] == raw:
                    ex = same[1]
                else:
                    rec = load.from_bytes(raw, Path(paths[i]), result.facts.source)  # type: ignore[arg-type]
                    ex = revalidate(rec, ctx, result.facts.slug)
                kept[rels[i]] = (raw, ex)  # type: ignore[assignment]
                valid.append(ex)
        if cache is not None:
            _MODELS.clear()
            _MODELS[cache.key] = kept
    return results, valid  # type: ignore[return-value]


# The preview builds again in the same process after every save: the exemplars made from unchanged
# bytes under the same run key (vocabularies, today, settings) are the last build's, not parsed again.
_MODELS: dict[str, dict[str, tuple[bytes, Exemplar]]] = {}


def _relative(paths: list[str], root: Path) -> list[str]:
    """:func:`load.relative` of each path, by cutting the root's text off where it is there (pathlib's
    relative_to, 10,000 times, matters for a check after one edit)."""
    prefix = str(root) + os.sep
    return [p[len(prefix):].replace(os.sep, "/") if p.startswith(prefix) else load.relative(Path(p), root)
            for p in paths]


def _validate(items: list[tuple[Path, bytes | None]], ctx: Context) -> list[tuple[Result, Exemplar | None]]:
    from guongsang.core.validate import facts, validate_record

    out: list[tuple[Result, Exemplar | None]] = []
    for path, raw in items:
        rec = load.read(path, ctx.root) if raw is None else load.from_bytes(raw, path, load.relative(path, ctx.root))
        looked_at: list[Path] = []
        with repofiles.recording(looked_at):
            ex = validate_record(rec, ctx)
        out.append((Result(rec.problems, None if ex is None else facts(ex), [str(p) for p in looked_at]), ex))
    return out


def _validate_all(items: list[tuple[Path, bytes | None]], ctx: Context, workers: int,
                  parallel_from: int) -> list[tuple[Result, Exemplar | None]]:
    """Every profile validated, in ``items`` order; the second half in a forked process when asked and worth it."""
    if workers < 2 or len(items) < max(2, parallel_from):
        return _validate(items, ctx)
    import multiprocessing  # only here: a check after one edit never forks
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    if "fork" not in multiprocessing.get_all_start_methods():
        return _validate(items, ctx)

    half = len(items) // 2
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        later = pool.submit(_validate, items[half:], ctx)
        first = _validate(items[:half], ctx)
        try:
            rest = later.result()
        except BrokenProcessPool:  # the child was killed (memory): do its half here
            rest = _validate(items[half:], ctx)
    return first + rest
