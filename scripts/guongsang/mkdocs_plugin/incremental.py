"""The preview's rebuilds: only what changed is rendered and written again (`guongsang serve`).

`guongsang serve` (preview.py) runs every build after the first as MkDocs' dirty build: MkDocs then
leaves the site folder in place, and reads and renders again only pages whose file says it was
modified. Here each profile and section page says so by its key (outputs/portal/pagekeys.py): the
key of what it is made from, compared with the key it had when the preview last wrote it. Every
other page (the home page, the facet indexes, content pages; a few dozen) is always rendered again.

The **site key** covers what every page shares: mkdocs.yml, every file of the content folder, of the
theme's folders (Material's, ours, the site's overrides), of the vocabularies, the package's assets,
the drafts switch and today's date. When it changes, or the last build failed, or there was none, the
build is full: the site folder is emptied first and every page rendered, exactly as a first build.

Feeds are written again only for places whose entries' keys changed; files the last build wrote and
this one does not (a deleted profile's page and feeds, a section that emptied) are removed. Profiles
not rendered again keep the article HTML they had, for the feeds. `guongsang build` never comes here:
it always builds a new folder from scratch. tests/test_identical_output.py holds the preview's
folder after each of a sequence of edits to the folder a clean build makes.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.utils import clean_directory

from guongsang.core.project import today_in_vietnam
from guongsang.core.validate import Exemplar
from guongsang.mkdocs_plugin.theme import ASSETS
from guongsang.outputs.portal.pagekeys import PageKeys, digest
from guongsang.outputs.portal.pages import PageSpec, PortalOptions
from guongsang.outputs.search import later
from guongsang.outputs.search.site import SiteSearch


@dataclass
class Memory:
    """What the preview's last successful build wrote, for the next one to compare with."""

    site_dir: str
    site_key: str
    page_keys: dict[str, str] = field(default_factory=dict)  # src_uri → key
    feed_keys: dict[str, str] = field(default_factory=dict)  # feed place URL → key
    articles: dict[str, str] = field(default_factory=dict)  # slug → article HTML
    outputs: set[str] = field(default_factory=set)  # dest URIs of the files and feeds it wrote


def _tree(folder: Path) -> list[tuple[str, int, int]]:
    out = []
    for path, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            try:
                st = os.stat(os.path.join(path, name))
            except OSError:
                continue
            out.append((os.path.join(path, name), st.st_size, st.st_mtime_ns))
    return out


def site_key(config: MkDocsConfig, vocab_dir: Path, extra: Iterable[object]) -> str:
    """The key of everything every page shares (see the module's text); ``extra``: the plugin's own
    switches that are not in mkdocs.yml (the drafts switch)."""
    config_file = Path(config.config_file_path)
    folders = [Path(config.docs_dir), vocab_dir, ASSETS, *(Path(d) for d in config.theme.dirs)]
    # an installed theme (Material, thousands of icons) cannot change under a running preview: its path is enough
    trees = [str(f) if "site-packages" in f.parts else _tree(f) for f in folders]
    return digest((config_file.read_bytes(), trees, today_in_vietnam().isoformat(), tuple(extra)))


class Rebuild:
    """One build of the preview: full, or against the memory of the last one."""

    def __init__(self, previous: Memory | None, site_dir: str, key: str, options: PortalOptions) -> None:
        self.options = options
        same = previous is not None and previous.site_dir == site_dir and previous.site_key == key
        self.previous = previous if same else None
        self.memory = Memory(site_dir, key)

    @property
    def full(self) -> bool:
        return self.previous is None

    def prepare(self, config: MkDocsConfig) -> None:
        """Before MkDocs writes anything: a full build starts from an empty folder (its dot files stay:
        the marker, the problem page, the search bundles being written by search/later.py)."""
        if self.full:
            with later.SWAP:  # not while an index of the last build swaps its bundle in
                clean_directory(config.site_dir)

    def mark(self, files: Files, page_keys: PageKeys, specs: Iterable[PageSpec]) -> None:
        """Tell MkDocs which of ``specs`` and the other pages to render again (``again``: how many of the
        keyed pages will be)."""
        keys = page_keys.keys(specs)
        self.memory.page_keys, self.entry_keys = keys, page_keys.entry_keys
        old = {} if self.previous is None else self.previous.page_keys
        again = 0
        for file in files.documentation_pages():
            key = keys.get(file.src_uri)
            if key is None:
                file.is_modified = _always  # type: ignore[method-assign]
                continue
            fresh = key != old.get(file.src_uri) or not os.path.isfile(file.abs_dest_path)
            file.is_modified = _always if fresh else _never  # type: ignore[method-assign]
            again += fresh
        self.again = again

    def report(self) -> str:
        """The preview's line about what this build renders again."""
        if self.full:
            return f"Bản xem thử: dựng toàn bộ {len(self.memory.page_keys)} trang hồ sơ và chuyên mục."
        return (f"Bản xem thử: dựng lại {self.again} trong {len(self.memory.page_keys)} trang hồ sơ và chuyên mục "
                "(các trang khác không đổi).")

    def articles(self, rendered: Mapping[str, str], published: Mapping[str, Exemplar],
                 search: SiteSearch | None) -> dict[str, str]:
        """slug → article HTML of every published profile: rendered now, or kept from the last build (and
        handed to the search, which had only the rendered ones)."""
        kept = {} if self.previous is None else self.previous.articles
        out = {slug: rendered[slug] if slug in rendered else kept.get(slug, "") for slug in published}
        for slug in (s for s in out if s not in rendered and search is not None):
            search.profile(published[slug], out[slug])  # type: ignore[union-attr]
        self.memory.articles = out
        return out

    def feed_fresh(self, place: str, members: Iterable[Exemplar], uris: Iterable[str]) -> bool:
        """Whether the feeds of ``place`` must be written again: the keys of its profiles' entries
        (pagekeys.PageKeys._entry_key) changed, or one of its files is gone. The place's own name and the
        site's are in the site key."""
        key = digest((place, [self.entry_keys[ex.slug] for ex in members]))
        self.memory.feed_keys[place] = key
        if self.previous is None or self.previous.feed_keys.get(place) != key:
            return True
        return not all((Path(self.memory.site_dir) / uri).is_file() for uri in uris)

    def finish(self, site_dir: Path, outputs: set[str]) -> Memory:
        """Remove what the last build wrote and this one did not; the memory for the next build."""
        if self.previous is not None:
            for uri in sorted(self.previous.outputs - outputs):
                path = site_dir / uri
                path.unlink(missing_ok=True)
                _prune_empty(path.parent, site_dir)
        self.memory.outputs = outputs
        return self.memory


def _prune_empty(folder: Path, top: Path) -> None:
    while folder != top and top in folder.parents:
        try:
            folder.rmdir()
        except OSError:  # not empty
            return
        folder = folder.parent


def _always() -> bool:
    return True


def _never() -> bool:
    return False
