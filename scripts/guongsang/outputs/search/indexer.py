"""Run Pagefind (its Python API and the binary that `pagefind[extended]` installs) over our documents.

Documents are staged as files in a private folder (inside the site being built; the preview's in the system's
temporary folder) and handed to Pagefind by folder
(``add_directory``): the Python API answers one request per 0.1 s, so adding 10,000
documents one by one would take over 15 minutes, while a folder takes seconds. The bundle is written into the site being built; a failure raises
:class:`SearchError` with a Vietnamese message, and the build stops before anything is swapped in.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from guongsang.outputs.search.documents import SearchDocument

BUNDLE = "pagefind"  # folder of the site that holds the index and pagefind.js
STAGING_PREFIX = "guongsang-tim-kiem-"  # not hidden: `mkdocs build` removes a killed build's (utils.clean_directory)
LANGUAGE = "vi"
# Pagefind writes ready-made UIs too; the portal has its own (Vietnamese, our result layout).
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


class SearchError(Exception):
    """Indexing failed; the message is for the person running the build."""


@dataclass(frozen=True, slots=True)
class IndexStats:
    pages: int
    files: int
    bytes: int
    seconds: float


class SearchIndexer:
    """Collects documents during a build and indexes them with Pagefind.

    Either all at once at the end (:meth:`write`), or in two phases: :meth:`start_early` hands the
    documents staged so far (the profiles, known before any page is rendered) to Pagefind in a
    background thread, so the Pagefind process indexes them on the other core while MkDocs
    renders; :meth:`write` then adds what was staged since (content pages) and writes the bundle.
    """

    def __init__(self, staging_in: Path | None = None) -> None:
        """``staging_in``: the folder the staged documents go in (the site being built, so that a build killed
        before it could clean up leaves nothing outside what the build owns: `guongsang build` removes its
        unfinished site, and `mkdocs build` empties the site folder of all but hidden names); else the
        system's temporary folder."""
        if staging_in is not None:
            staging_in.mkdir(parents=True, exist_ok=True)
        self._staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=staging_in))
        self._early: Path | None = None  # documents staged elsewhere (the preview's, kept between builds)
        self._early_count = 0
        self._urls: set[str] = set()
        self._phase = "early"  # subfolder new documents go to
        self._thread: threading.Thread | None = None
        self._late_ready = threading.Event()
        self._abort = False
        self._result: tuple[int, float] | BaseException | None = None

    def add(self, doc: SearchDocument) -> None:
        if doc.url in self._urls:
            raise SearchError(f"Hai trang tìm kiếm cùng địa chỉ: {doc.url}")
        self._urls.add(doc.url)
        path = self._staging / self._phase / doc.url / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(doc.html, encoding="utf-8")

    def all_late(self) -> None:
        """Documents added from now on are the late ones: the early ones come from :meth:`stage_from`."""
        self._phase = "late"

    def stage_from(self, folder: Path, count: int) -> None:
        """Index the ``count`` documents already in ``folder`` as the early ones (search/later.py keeps them
        between the preview's builds, written again only where a profile changed)."""
        self._early, self._early_count = folder, count

    def start_early(self, site_dir: Path, bundle: str = BUNDLE) -> None:
        """Start indexing what is staged so far; later documents join at :meth:`write`. ``bundle``: the
        folder written (the preview writes another and swaps it in: search/later.py)."""
        self._phase = "late"
        self._thread = threading.Thread(target=self._run, args=(site_dir / bundle,), name="pagefind", daemon=True)
        self._thread.start()

    def _run(self, out: Path) -> None:
        try:
            early = self._early or self._staging / "early"
            self._result = asyncio.run(_index(self._staging, early, out, self._late_ready, lambda: self._abort))
        except BaseException as exc:  # handed to the build's thread by write()
            self._result = exc

    def write(self, site_dir: Path, bundle: str = BUNDLE) -> IndexStats:
        """Index every document added and write the bundle to ``site_dir/pagefind``; then clean up."""
        out = site_dir / bundle
        if self._thread is None:
            self.start_early(site_dir, bundle)
        self._late_ready.set()
        try:
            assert self._thread is not None
            self._thread.join()
            result = self._result
            if isinstance(result, FileNotFoundError):
                where = f" ({result.filename})" if result.filename else ""
                raise SearchError(f"Không tìm thấy chương trình Pagefind{where} để lập chỉ mục tìm kiếm. "
                                  "Hãy cài lại Guongsang (pip install -e .), gói pagefind[extended] mang theo chương trình này.")
            if isinstance(result, BaseException):  # the service reports its own failures as plain exceptions
                raise SearchError(f"Pagefind không lập được chỉ mục tìm kiếm: {result}")
        finally:
            self.close()
        pages, seconds = result if isinstance(result, tuple) else (0, 0.0)
        if pages != len(self._urls) + self._early_count:
            raise SearchError(f"Pagefind chỉ lập chỉ mục {pages} trong {len(self._urls) + self._early_count} trang.")
        for name in UNUSED:
            (out / name).unlink(missing_ok=True)
        files = [f for f in out.rglob("*") if f.is_file()]
        return IndexStats(pages, len(files), sum(f.stat().st_size for f in files), seconds)

    @property
    def cancelled(self) -> bool:
        return self._abort

    def cancel(self) -> None:
        """Ask a running index to stop at its next step, without waiting (a newer preview build's index replaces it)."""
        self._abort = True
        self._late_ready.set()

    def close(self) -> None:
        """Stop a running index without writing it (a failed build), and remove the staged documents."""
        if self._thread is not None and self._thread.is_alive():
            self._abort = True
            self._late_ready.set()
            self._thread.join()
        shutil.rmtree(self._staging, ignore_errors=True)


class _Aborted(Exception):
    """The build failed while Pagefind was indexing: leave the block without writing the bundle."""


async def _index(staging: Path, early: Path, out: Path, late_ready: threading.Event,
                 aborted: Callable[[], bool]) -> tuple[int, float]:
    """Pages indexed, and the seconds Pagefind worked (not counting the wait for the late documents)."""
    from pagefind.index import IndexConfig, PagefindIndex  # imported here: only builds with search need it

    config = IndexConfig(force_language=LANGUAGE, output_path=str(out))
    pages = 0
    start = time.perf_counter()
    try:
        async with PagefindIndex(config=config) as index:
            if early.is_dir():
                pages += int((await index.add_directory(str(early)))["page_count"])
            busy = time.perf_counter() - start
            await asyncio.get_running_loop().run_in_executor(None, late_ready.wait)
            if aborted():
                raise _Aborted
            start = time.perf_counter()
            if (staging / "late").is_dir():
                pages += int((await index.add_directory(str(staging / "late")))["page_count"])
            # Pagefind's service answers "written" before its files are: leaving the block stops the
            # service, and a wasm file was seen left empty. Write here, wait for the files, then leave
            # without the block's own second write.
            await index.write_files()
            await asyncio.get_running_loop().run_in_executor(None, settled, out)
            raise _Written
    except _Written:
        pass
    return pages, busy + time.perf_counter() - start


class _Written(Exception):
    """The bundle is written and settled: leave the block without writing it again."""


def settled(bundle: Path, wait: float = 10.0) -> None:
    """Wait, up to ``wait`` seconds, until two looks 0.1 s apart see the same files with the same
    sizes, none of them empty, and the entry reads as JSON."""
    deadline = time.monotonic() + wait
    before = None
    while time.monotonic() < deadline:
        try:
            now = sorted((str(p), p.stat().st_size) for p in bundle.rglob("*") if p.is_file())
            json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            now = None
        if now is not None and now == before and all(size for _, size in now):
            return
        before = now
        time.sleep(0.1)
