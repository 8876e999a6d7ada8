"""Run Pagefind (its Python API and the binary that `pagefind[extended]` installs) over our documents.

Documents are staged as files in a private temporary folder and handed to Pagefind in one
``add_directory`` call: the Python API answers one request per 0.1 s, so adding 10,000
documents one by one would take over 15 minutes, while one directory takes seconds and lets
the binary use every core. The bundle is written into the site being built; a failure raises
:class:`SearchError` with a Vietnamese message, and the build stops before anything is swapped in.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from guongsang.search.documents import SearchDocument

BUNDLE = "pagefind"  # folder of the site that holds the index and pagefind.js
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
    """Collects documents during a build, then indexes them all at once."""

    def __init__(self) -> None:
        self._staging = Path(tempfile.mkdtemp(prefix="guongsang-tim-kiem-"))
        self._urls: set[str] = set()

    def add(self, doc: SearchDocument) -> None:
        if doc.url in self._urls:
            raise SearchError(f"Hai trang tìm kiếm cùng địa chỉ: {doc.url}")
        self._urls.add(doc.url)
        path = self._staging / doc.url / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(doc.html, encoding="utf-8")

    def write(self, site_dir: Path) -> IndexStats:
        """Index every document added and write the bundle to ``site_dir/pagefind``; then clean up."""
        out = site_dir / BUNDLE
        start = time.perf_counter()
        try:
            pages = asyncio.run(_index(self._staging, out))
        except FileNotFoundError as exc:
            where = f" ({exc.filename})" if exc.filename else ""
            raise SearchError(f"Không tìm thấy chương trình Pagefind{where} để lập chỉ mục tìm kiếm. "
                              "Hãy cài lại Guongsang (pip install -e .), gói pagefind[extended] mang theo chương trình này.") from None
        except Exception as exc:  # the service reports its own failures as plain exceptions
            raise SearchError(f"Pagefind không lập được chỉ mục tìm kiếm: {exc}") from None
        finally:
            self.close()
        if pages != len(self._urls):
            raise SearchError(f"Pagefind chỉ lập chỉ mục {pages} trong {len(self._urls)} trang.")
        for name in UNUSED:
            (out / name).unlink(missing_ok=True)
        files = [f for f in out.rglob("*") if f.is_file()]
        return IndexStats(pages, len(files), sum(f.stat().st_size for f in files), time.perf_counter() - start)

    def close(self) -> None:
        shutil.rmtree(self._staging, ignore_errors=True)


async def _index(staging: Path, out: Path) -> int:
    from pagefind.index import IndexConfig, PagefindIndex  # imported here: only builds with search need it

    config = IndexConfig(force_language=LANGUAGE, output_path=str(out))
    async with PagefindIndex(config=config) as index:  # leaving the block writes the bundle to `out`
        result = await index.add_directory(str(staging))
    return int(result["page_count"])
