"""Files the portal publishes besides its pages and images: redirects and "đã gỡ" pages. No MkDocs here.

Each is a neutral :class:`OutputFile` (a path in the site and either text or a source file); the
renderer turns them into its own file objects. Photos are never published as they are: only their
derivatives (portal/imagery.py) are; evidence files and images in bodies: portal/attachments.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from guongsang.core.catalog import Catalog
from guongsang.outputs.portal.pages import PortalOptions
from guongsang.outputs.portal.redirects import redirect_html, withdrawn_html


@dataclass(frozen=True, slots=True)
class OutputFile:
    uri: str  # path in the site, "/" separators
    content: str | bytes | None = None
    source: Path | None = None
    linkable: bool = False  # a file the renderer may hard-link instead of copying (never rewritten in place)


def plan_files(catalog: Catalog, options: PortalOptions) -> list[OutputFile]:
    """A redirect page for every old slug, a "đã gỡ" page for every withdrawn profile (at its URL and its old ones)."""
    files: list[OutputFile] = []
    for ex in catalog.published:
        for alias in ex.profile.aliases:
            uri, html = redirect_html(options, alias, ex.slug)
            files.append(OutputFile(uri, content=html))
    for ex in catalog.withdrawn:
        for slug in (ex.slug, *ex.profile.aliases):
            uri, html = withdrawn_html(options, slug)
            files.append(OutputFile(uri, content=html))
    return files
