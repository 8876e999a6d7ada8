"""A digest of what each generated page is made from, so the preview renders again only the pages
whose digest changed (mkdocs_plugin/incremental.py). No MkDocs here.

A page's key covers its view (views.py) as its template receives it, what a shared link to it shows,
and for a profile the Markdown of its story and the images that story shows. Cards inside a view are
replaced by a digest of the card's data, so a key costs no template rendering. What every page
shares (mkdocs.yml, the templates and theme, the vocabularies, today's date) is not in a page's key:
the preview's site key (incremental.py) covers it, and a change to it rebuilds everything.

A key may change when the page would not (a related profile's card changed but its position did not):
then the page is rendered again for nothing. It must never stay the same when the page would change;
tests/test_identical_output.py holds it to that.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields
from typing import Any

from guongsang.core.catalog import Catalog
from guongsang.outputs.portal.pages import PageSpec, PortalOptions, profile_url, src_uri
from guongsang.outputs.portal.views import Views

KEYED = ("profile", "section")  # pages that are many; the few others are always rendered again


def digest(value: object) -> str:
    """A digest of plain data (dicts, lists, tuples, strings, numbers, None; anything else by its repr).
    marshal's format 2 writes equal values as equal bytes (later formats share repeated objects)."""
    try:
        data = marshal.dumps(value, 2)
    except ValueError:  # a value marshal does not write (a date, a dataclass)
        data = repr(value).encode("utf-8")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def profile_src(options: PortalOptions, slug: str) -> str:
    return src_uri(profile_url(options, slug))


def _plain(record: Any) -> tuple[Any, ...]:
    """A dataclass's fields as a tuple, for marshal (dataclasses.astuple deep-copies every dict inside)."""
    return tuple(getattr(record, f.name) for f in fields(record))


class _CardDigest:
    """Stands in for the card template: a card's HTML is a function of its data and the page's base."""

    def render(self, *, card: Mapping[str, Any], base_url: str) -> str:
        return digest((card, base_url)) + "|"


class PageKeys:
    """Keys of the profile and section pages of one build."""

    def __init__(self, catalog: Catalog, options: PortalOptions, photos: dict[str, dict[str, Any]],
                 share_cards: dict[str, dict[str, Any]], feeds: bool, evidence: dict[str, list[str]],
                 markdown: Callable[[PageSpec], str], pictures: Mapping[str, Any],
                 site: tuple[str, str, str]) -> None:
        self.options = options
        self.views = Views(catalog, options, photos, share_cards, feeds=feeds, evidence=evidence)
        self.views.card_template = _CardDigest()
        self.markdown = markdown
        self.pictures = pictures
        self.site_url, self.site_name, self.site_description = site

    def key(self, spec: PageSpec) -> str:
        url = spec.src_uri.removesuffix("index.md")
        share = self.views.share(spec, spec.title, url, self.site_description, self.site_name)
        if spec.kind == "profile":
            view = self.views.profile(spec.ref, self.site_url, "")
            extra: object = (self.markdown(spec), self.pictures.get(spec.ref))
        elif spec.kind == "section":
            view, extra = self.views.section(spec), None
        else:
            raise ValueError(f"no key for a {spec.kind} page")
        return digest((_plain(spec), view, _plain(share), extra))

    def keys(self, specs: Iterable[PageSpec]) -> dict[str, str]:
        """src_uri → key of every keyed page among ``specs``."""
        return {spec.src_uri: self.key(spec) for spec in specs if spec.kind in KEYED}

