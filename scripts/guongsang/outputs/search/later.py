"""The preview's search index, made after each build in a thread, so a saved profile shows without
waiting for Pagefind (17 s at 10,000 profiles, on the other core).

The profiles' documents are kept in a folder between builds and written again only where a profile's
page key changed (at 10,000 profiles, staging them all again held the interpreter for seconds after
every save). Each build's index is written into a folder of its own (a dot name, never an output) and swapped in
for ``pagefind/`` when complete, so the preview always has a whole bundle. A newer build's index asks
the older ones to stop, and an older one that still finishes after a newer one was swapped in is
thrown away: the bundle in place is always that of the newest build whose index is complete.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from guongsang.outputs.search.indexer import BUNDLE, SearchError
from guongsang.outputs.search.site import SiteSearch

SWAP = threading.Lock()  # held while a bundle is swapped in, and by a build that empties the site folder
_numbers = itertools.count(1)
_jobs: list[tuple[int, threading.Thread, SiteSearch]] = []
_swapped = 0  # number of the job whose bundle is in place
_STAGING = threading.Lock()  # one job at a time writes the kept documents
_docs: dict[str, object] = {}  # the kept profile documents: "folder", "context" (site key), "kept" (URL → key)


def start(search: SiteSearch, site_dir: Path, report: Callable[[str], None], keys: Mapping[str, str],
          context: str) -> None:
    """Index ``search``'s documents and swap the bundle in, in a thread; ``report`` gets the line or the error.
    ``keys``: the build's page keys, ``context`` its site key: a profile's document is written again only
    when its page's key changed (SiteSearch.stage_kept)."""
    number = next(_numbers)
    for _, _, older in _jobs:
        older.indexer.cancel()
    folder = f".{BUNDLE}-{number}"

    def cancelled() -> bool:
        return search.indexer.cancelled

    def run() -> None:
        global _swapped
        try:
            with _STAGING:
                if _docs.get("context") != context:
                    _reset_docs()
                _docs["context"] = None  # until the folder holds what "kept" says
                kept = search.stage_kept(_docs_folder(), _docs.setdefault("kept", {}), keys, cancelled)
                if kept is None:
                    return
                _docs.update(context=context, kept=kept)
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


def _docs_folder() -> Path:
    if _docs.get("folder") is None:
        _docs["folder"] = Path(tempfile.mkdtemp(prefix="guongsang-tim-kiem-xem-thu-"))
    return _docs["folder"]  # type: ignore[return-value]


def _reset_docs() -> None:
    folder = _docs.get("folder")
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)  # type: ignore[arg-type]
    _docs.clear()


def settle() -> None:
    """Wait for every index under way (a test compares the folder after this)."""
    for _, thread, _ in list(_jobs):
        thread.join()


def stop() -> None:
    """Ask every index under way to stop, wait for each to clean up, and remove the kept documents
    (the preview is closing)."""
    for _, _, search in list(_jobs):
        search.indexer.cancel()
    settle()
    with _STAGING:
        _reset_docs()
