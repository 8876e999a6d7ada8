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
from guongsang.core.validate import Exemplar
from guongsang.outputs.portal.feedplan import CATEGORY_FACETS
from guongsang.outputs.portal.pages import PageSpec, PortalOptions, profile_url
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


def _plain(record: Any) -> tuple[Any, ...]:
    """A dataclass's fields as a tuple, for marshal (dataclasses.astuple deep-copies every dict inside)."""
    return tuple(getattr(record, f.name) for f in fields(record))


class _CardDigest:
    """Stands in for the card template: a card's HTML is a function of its data and the page's base."""

    def render(self, *, card: Mapping[str, Any], base_url: str) -> str:
        return digest((card, base_url)) + "|"


class PageKeys:
    """Keys of the profile and section pages of one build.

    ``context``: the key of everything the pages share (the preview's site key). Within one context, a
    profile page's key is kept from the last call and reused while what its view is made from is the
    same: the same exemplar object (core/project.py keeps the exemplar of unchanged bytes), the same
    related exemplars, and equal photos, share card, evidence, Markdown and images. Everything else a
    profile page shows comes from the vocabularies and settings, which are in the context.
    """

    def __init__(self, catalog: Catalog, options: PortalOptions, photos: dict[str, dict[str, Any]],
                 share_cards: dict[str, dict[str, Any]], feeds: bool, evidence: dict[str, list[str]],
                 markdown: Callable[[PageSpec], str], pictures: Mapping[str, Any],
                 site: tuple[str, str, str], context: str = "") -> None:
        self.options, self.catalog, self.photos = options, catalog, photos
        self.share_cards, self.evidence = share_cards, evidence
        self.views = Views(catalog, options, photos, share_cards, feeds=feeds, evidence=evidence)
        self.views.card_template = _CardDigest()
        self.markdown = markdown
        self.pictures = pictures
        self.site_url, self.site_name, self.site_description = site
        self.context = digest((context, site, _plain(options), feeds))
        kept = _KEPT if _KEPT.get("context") == self.context else {}
        self.kept: dict[str, tuple[tuple[Any, ...], str, str]] = kept.get("profiles", {})  # type: ignore[assignment]
        self.entry_keys: dict[str, str] = {}  # slug → key of its feed entry, made by keys()

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

    def _profile_key(self, spec: PageSpec, made: dict[str, tuple[tuple[Any, ...], str, str]]) -> str:
        ex = self.views.by_slug[spec.ref]
        related = self.catalog.related(ex, self.options.related)
        inputs = (ex, related, [self.photos.get(x.slug) for x in (ex, *related)], self.share_cards.get(profile_url(
                  self.options, ex.slug)), self.evidence.get(ex.slug), self.markdown(spec), self.pictures.get(ex.slug))
        kept = self.kept.get(spec.src_uri)
        if kept is not None and _same(kept[0], inputs):
            key, entry = kept[1], kept[2]
        else:
            key, entry = self.key(spec), self._entry_key(spec, ex)
        made[spec.src_uri] = (inputs, key, entry)
        self.entry_keys[ex.slug] = entry
        return key

    def _entry_key(self, spec: PageSpec, ex: Exemplar) -> str:
        """What a profile's feed entry shows (feedplan.FeedPlan._entry): less than its page (no related
        cards), so a profile rendered again for its neighbours' sake writes no feed again."""
        categories = [v.url for facet in CATEGORY_FACETS for v in self.catalog.values_of(ex, facet)]
        return digest((self.views.card(ex), ex.title, ex.profile.summary, ex.date.isoformat(), ex.profile.author,
                       ex.profile.unit, categories, self.markdown(spec),
                       self.pictures.get(ex.slug), self.share_cards.get(profile_url(self.options, ex.slug))))

    def keys(self, specs: Iterable[PageSpec]) -> dict[str, str]:
        """src_uri → key of every keyed page among ``specs``."""
        made: dict[str, tuple[tuple[Any, ...], str, str]] = {}
        out = {spec.src_uri: self._profile_key(spec, made) if spec.kind == "profile" else self.key(spec)
               for spec in specs if spec.kind in KEYED}
        _KEPT.clear()
        _KEPT.update({"context": self.context, "profiles": made})
        return out


def _same(old: tuple[Any, ...], new: tuple[Any, ...]) -> bool:
    ex, related, *rest = old
    return (ex is new[0] and len(related) == len(new[1]) and all(a is b for a, b in zip(related, new[1], strict=True))
            and rest == list(new[2:]))


# The last call's profile keys and what each was made from (held, so an exemplar object kept here is
# never freed and its identity never reused): the preview builds again in the same process.
_KEPT: dict[str, object] = {}
