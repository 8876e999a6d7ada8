"""The preview's search index, made after each build in a thread, so a saved profile shows without
waiting for Pagefind (17 s at 10,000 profiles, on the other core).

Each build's index is written into a folder of its own (a dot name, never an output) and swapped in
for ``pagefind/`` when complete, so the preview always has a whole bundle. A newer build's index asks
the older ones to stop, and an older one that still finishes after a newer one was swapped in is
thrown away: the bundle in place is always that of the newest build whose index is complete.
"""

from __future__ import annotations

import itertools
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

from guongsang.outputs.search.indexer import BUNDLE, SearchError
from guongsang.outputs.search.site import SiteSearch

SWAP = threading.Lock()  # held while a bundle is swapped in, and by a build that empties the site folder
_numbers = itertools.count(1)
_jobs: list[tuple[int, threading.Thread, SiteSearch]] = []
_swapped = 0  # number of the job whose bundle is in place


def start(search: SiteSearch, site_dir: Path, report: Callable[[str], None]) -> None:
    """Index ``search``'s documents and swap the bundle in, in a thread; ``report`` gets the line or the error."""
    number = next(_numbers)
    for _, _, older in _jobs:
        older.indexer.cancel()
    folder = f".{BUNDLE}-{number}"

    def cancelled() -> bool:
        return search.indexer.cancelled

    def run() -> None:
        global _swapped
        try:
            search.stage_deferred(cancelled)
            if cancelled():
                return
            line = search.line(search.indexer.write(site_dir, folder))
            with SWAP:
                if number < _swapped:
                    return
                old = site_dir / BUNDLE
                trash = site_dir / f".{BUNDLE}-old-{number}"
                if old.exists():
                    old.rename(trash)
                (site_dir / folder).rename(old)
                _swapped = number
            shutil.rmtree(trash, ignore_errors=True)
            report(line)
        except (SearchError, OSError) as exc:
            if not cancelled():
                report(f"Tìm kiếm của bản xem thử chưa cập nhật được: {exc}")
        finally:
            search.close()
            shutil.rmtree(site_dir / folder, ignore_errors=True)

    thread = threading.Thread(target=run, name=f"pagefind-preview-{number}", daemon=True)
    _jobs[:] = [job for job in _jobs if job[1].is_alive()]
    _jobs.append((number, thread, search))
    thread.start()


def settle() -> None:
    """Wait for every index under way (a test compares the folder after this)."""
    for _, thread, _ in list(_jobs):
        thread.join()


def stop() -> None:
    """Ask every index under way to stop, and wait for each to clean up (the preview is closing)."""
    for _, _, search in list(_jobs):
        search.indexer.cancel()
    settle()
