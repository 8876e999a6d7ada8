"""Template blocks shared by many generated pages, rendered once per build.

The key says what the block's HTML depends on (for the navigation: the page's first URL
segment and depth). With ``enabled=False`` nothing is kept, so every page renders everything:
a test builds both ways and compares the pages byte for byte.
"""

from __future__ import annotations


def nav_key(url: str) -> str:
    """Relative links from ``a/b/c/`` to top-level pages depend on ``a`` and the depth only."""
    parts = [p for p in url.split("/") if p]
    return f"{parts[0] if parts else ''}/{len(parts)}"


class BlockCache:
    def __init__(self, *, enabled: bool = True) -> None:
        self.enabled = enabled
        self._html: dict[tuple[str, str], str] = {}

    def get(self, block: str, key: str) -> str | None:
        return self._html.get((block, key))

    def put(self, block: str, key: str, html: str) -> str:
        if self.enabled:
            self._html[(block, key)] = str(html)
        return str(html)
