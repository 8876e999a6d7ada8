"""Cold image work on every core: a fork-based process pool over the jobs the cache misses.

Share-card layout and drawing hold the GIL, so threads do not use a second core; forked processes
do. The task (a closure over the build's jobs) is handed to the workers by inheritance: it is set
in a module global just before the fork, so nothing but job keys and small results crosses a pipe.
Results come back in the order of the keys, so the caller's bookkeeping (the cache manifest) is the
same as on the serial path.

- ``workers`` defaults to the cores this process may run on (``os.sched_getaffinity``), or
  ``GUONGSANG_IMAGE_WORKERS``; 1 worker runs every job here, in this thread (the serial path).
- Workers ignore Ctrl-C: the parent alone is interrupted, cancels what has not started, waits for
  the jobs under way (a few tens of milliseconds) and returns, so no worker is left behind. A worker
  is killed when the parent dies, even by SIGKILL (Linux ``PR_SET_PDEATHSIG``).
- A worker that dies (out of memory, killed) loses no work: its unfinished jobs run here.
- A task's exception is returned as its result, as the serial path returns it; one that cannot
  cross a pipe is replaced by a ``RuntimeError`` carrying its class name and message.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from guongsang.core.children import die_with_parent

WORKERS_ENV = "GUONGSANG_IMAGE_WORKERS"
CHUNK = 4  # jobs per hand-over: a card takes 10-30 ms, so a pipe round trip per job would not pay
POOL_FROM = 8  # fewer missing jobs than this run here: forking costs more than it saves

T = TypeVar("T")
_task: Callable[[str], object] | None = None  # the parent's task, inherited by forked workers


def default_workers() -> int:
    """``GUONGSANG_IMAGE_WORKERS`` if set to a positive integer, else the cores this process may use."""
    value = os.environ.get(WORKERS_ENV, "").strip()
    if value.isdigit() and int(value) > 0:
        return int(value)
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def processes_for(jobs: int, workers: int) -> int:
    """How many processes :func:`run_all` uses for this many jobs: 1 means here, serially."""
    if workers < 2 or jobs < POOL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return min(workers, -(-jobs // CHUNK))


def run_all(task: Callable[[str], T], keys: Sequence[str], workers: int) -> list[T]:
    """``[task(k) for k in keys]``, spread over ``workers`` forked processes when that pays."""
    processes = processes_for(len(keys), workers)
    if processes == 1:
        return [task(k) for k in keys]
    global _task
    chunks = [list(keys[i:i + CHUNK]) for i in range(0, len(keys), CHUNK)]
    done: dict[int, list[T]] = {}
    _task = task  # the workers are forked at the first submit and inherit it
    pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork"),
                               initializer=_worker_start, initargs=(os.getpid(),))
    try:
        futures: list[Future[list[T]]] = [pool.submit(_run_chunk, chunk) for chunk in chunks]
        try:
            for i, future in enumerate(futures):
                done[i] = future.result()
        except BrokenProcessPool:  # a worker died (out of memory, killed): what it did not finish runs here
            wait(futures)
            for i, future in enumerate(futures):
                if i not in done and future.exception() is None:
                    done[i] = future.result()
            for i, chunk in enumerate(chunks):
                if i not in done:
                    done[i] = [task(k) for k in chunk]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # on Ctrl-C: jobs under way finish, the rest never start
        _task = None
    return [result for i in range(len(chunks)) for result in done[i]]


def _worker_start(parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent decides
    setup = die_with_parent(parent)
    if setup is not None:
        setup()
    elif os.getppid() != parent:  # the parent died before the pool started this worker
        os._exit(1)


def _run_chunk(keys: list[str]) -> list[Any]:
    assert _task is not None, "run_all sets the task before it forks"
    return [_portable(_task(key)) for key in keys]


def _portable(result: object) -> object:
    if not isinstance(result, BaseException):
        return result
    try:
        pickle.loads(pickle.dumps(result))
    except Exception:
        return RuntimeError(f"{result.__class__.__name__}: {result}")
    return result
