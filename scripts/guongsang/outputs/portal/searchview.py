"""The search page's view: its filters, with every value that has profiles, prepared from the catalog.

The options are rendered into the page (names in full, units as an indented tree), so the
browser only asks Pagefind for results and, when a filter is in use, for current counts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from guongsang.core.catalog import Catalog, FacetValue
from guongsang.outputs.search.documents import FILTERS

INDENT = "\u00a0\u00a0\u00a0"  # no-break spaces: a visible indent that screen readers pass over


def search_view(catalog: Catalog) -> dict[str, Any]:
    return {"filters": [
        {"key": f.key, "label": f.label, "param": f.slug,
         "options": [_option(v, depth) for v, depth in _ordered(catalog, f.key)]}
        for f in FILTERS if catalog.sections[f.key]
    ]}


def _option(value: FacetValue, depth: int) -> dict[str, Any]:
    return {"id": value.id, "label": INDENT * depth + value.name, "count": len(value.members)}


def _ordered(catalog: Catalog, facet_key: str) -> Iterator[tuple[FacetValue, int]]:
    if facet_key != "unit":
        yield from ((v, 0) for v in catalog.sections[facet_key])
        return
    for unit_id, depth in catalog.vocabs.unit_tree():  # a unit with profiles has its parents' sections too
        if (value := catalog.section("unit", unit_id)) is not None:
            yield value, depth
