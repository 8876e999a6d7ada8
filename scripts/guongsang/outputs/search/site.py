"""One build's search: documents go in as pages are rendered; the Pagefind bundle is written at the end."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from guongsang.core.catalog import Catalog
from guongsang.core.validate import Exemplar
from guongsang.outputs.portal.pages import PortalOptions, profile_url, src_uri
from guongsang.outputs.search.documents import page_document, profile_document
from guongsang.outputs.search.indexer import BUNDLE, IndexStats, SearchError, SearchIndexer

# Pages for editors (the "Cho cán bộ" area: contributor guide, the web editor) are never public
# search results, whatever the site's navigation says. A fixed prefix of the page's URL, not a setting:
# an editors' page put elsewhere is a reader's page.
EDITORS = ("can-bo/", "admin/")


def for_editors(url: str) -> bool:
    """Whether a page at ``url`` (site-relative, "can-bo/huong-dan/") is for editors only."""
    return url.lstrip("/").startswith(EDITORS) or url.strip("/") in {e.rstrip("/") for e in EDITORS}


class SiteSearch:
    def __init__(self, catalog: Catalog, options: PortalOptions, photos: dict[str, dict[str, Any]],
                 story_words: int = 0, staging_in: Path | None = None) -> None:
        """``staging_in``: where the documents wait for Pagefind (SearchIndexer)."""
        self.catalog = catalog
        self.story_words = max(0, story_words)
        self.options = options
        self.photos = photos
        self.indexer = SearchIndexer(staging_in)
        self._early = False  # profiles staged and handed to Pagefind before rendering

    def check_paths(self, taken: Iterable[str]) -> None:
        """The bundle's folder must not hold any other output (the writer never overwrites)."""
        clash = sorted(uri for uri in taken if uri == BUNDLE or uri.startswith(BUNDLE + "/"))
        if clash:
            self.close()
            raise SearchError(f"Thư mục {BUNDLE}/ dành cho chỉ mục tìm kiếm nhưng đã có tệp khác: {clash[0]}. "
                              "Hãy đổi tên tệp đó trong content/.")

    def start_early(self, site_dir: Path) -> None:
        """Without story words a profile's document needs no rendered page: stage them all now and let
        Pagefind index them while the pages render (the other core). Content pages join at the end."""
        if self.story_words == 0:
            for ex in self.catalog.published:
                self.indexer.add(profile_document(self.catalog, self.options, ex, "", self.photos.get(ex.slug), 0))
            self.indexer.start_early(site_dir)
            self._early = True

    def profile(self, ex: Exemplar, article_html: str) -> None:
        if self._early:
            return  # staged by start_early
        self.indexer.add(profile_document(self.catalog, self.options, ex, article_html, self.photos.get(ex.slug),
                                          self.story_words))

    def page(self, url: str, title: str, content_html: str) -> None:
        if for_editors(url):
            return
        self.indexer.add(page_document(url, title, content_html))

    def start(self, site_dir: Path) -> None:
        """Finish indexing and write the bundle in the background: Pagefind is another process, so
        the build can write its feeds on the other core meanwhile. :meth:`finish` waits for it."""
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pagefind")
        self._job: Future[IndexStats] = self._pool.submit(self.indexer.write, site_dir)

    def finish(self) -> str:
        """Wait for :meth:`start`'s indexing; returns the line the build reports (raises SearchError)."""
        try:
            stats = self._job.result()
        finally:
            self._pool.shutdown()
        return self.line(stats)

    def defer(self) -> None:
        """The preview (incremental.py): profiles without story words are staged after the build, by
        :meth:`stage_kept` (search/later.py); profiles with story words still come through :meth:`profile`."""
        self._later = self._early = self.story_words == 0
        if self._later:
            self.indexer.all_late()  # content pages, added while rendering, join the kept profile documents

    def stage_kept(self, folder: Path, kept: dict[str, str], keys: Mapping[str, str],
                   cancelled: Callable[[], bool]) -> dict[str, str] | None:
        """The preview's profile documents (those :meth:`defer` left) in ``folder``, kept between its builds:
        written again only where the key of the profile's page changed (``kept``: URL → the key of the
        document there; ``keys``: src_uri → page key, which covers all a document shows), removed where a
        profile went; all of them again when keeping them would list them in another order than a clean build
        makes them (:func:`keeps_order`). Returns the new URL → key, or None if cancelled midway."""
        if not getattr(self, "_later", False):
            return kept
        order = list(self.catalog.published)
        urls = [profile_url(self.options, ex.slug) for ex in order]
        if not keeps_order(list(kept), urls):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            kept = {}
        now: dict[str, str] = {}
        for ex, url in zip(order, urls, strict=True):
            if cancelled():
                return None
            now[url] = key = keys[src_uri(url)]
            path = folder / url / "index.html"
            if kept.get(url) != key or not path.is_file():
                doc = profile_document(self.catalog, self.options, ex, "", self.photos.get(ex.slug), 0)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(doc.html, encoding="utf-8")
        for url in kept.keys() - now.keys():
            (folder / url / "index.html").unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                (folder / url).rmdir()
        self.indexer.stage_from(folder, len(now))
        return now

    def line(self, stats: IndexStats) -> str:
        scope = ("tên, tóm tắt, thông tin; không gồm bài viết" if self.story_words == 0 else
                 f"tên, tóm tắt, thông tin và tối đa {self.story_words} từ đầu mỗi bài viết")
        beside = (" (bản xem thử: sau khi trang đã hiện)" if getattr(self, "_later", False) else
                  " (song song với việc dựng trang)" if self._early else "")
        return (f"Tìm kiếm: lập chỉ mục {stats.pages} trang ({scope}) trong {_decimal(stats.seconds)} s{beside} "
                f"({stats.files} tệp, {_decimal(stats.bytes / 1_000_000)} MB trong {BUNDLE}/).")

    def close(self) -> None:
        self.indexer.close()


def keeps_order(kept: list[str], urls: list[str]) -> bool:
    """Whether the folder of ``kept`` documents (URLs in the order their files were made), with those not in
    ``urls`` removed and the new ones added at the end, lists them in the order of ``urls``. Pagefind numbers
    pages in the order the file system lists them, and some file systems (tmpfs, btrfs) list a folder in the
    order its entries were made: a clean build makes them in the catalog's order, so the preview's index
    matches a clean build's only if its folder does too. An added profile, or one whose place in the catalog
    changed, makes them all be written again (rare: editing a profile keeps its file)."""
    present = set(urls)
    survivors = [url for url in kept if url in present]
    known = set(kept)
    return survivors + [url for url in urls if url not in known] == urls


def _decimal(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")  # Vietnamese decimal comma


__all__ = ["SearchError", "SiteSearch", "keeps_order"]
