"""Files the portal publishes besides its pages and images: evidence files, redirects. No MkDocs here.

Each is a neutral :class:`OutputFile` (a path in the site and either text or a source file); the
renderer turns them into its own file objects. Photos are never published as they are: only their
derivatives (portal/imagery.py) are.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from guongsang.catalog import Catalog
from guongsang.portal.pages import PortalOptions, profile_url
from guongsang.portal.redirects import redirect_html, withdrawn_html


@dataclass(frozen=True, slots=True)
class OutputFile:
    uri: str  # path in the site, "/" separators
    content: str | None = None
    source: Path | None = None
    linkable: bool = False  # a file the renderer may hard-link instead of copying (never rewritten in place)


def plan_files(catalog: Catalog, options: PortalOptions) -> list[OutputFile]:
    """Evidence files next to their profile, a redirect page for every old slug, a "đã gỡ" page for
    every withdrawn profile (at its URL and its old ones)."""
    files: list[OutputFile] = []
    for ex in catalog.published:
        for evidence in ex.profile.evidence:
            if evidence.file:
                source = (ex.path.parent / evidence.file).resolve()
                files.append(OutputFile(f"{profile_url(options, ex.slug)}{source.name}", source=source))
        for alias in ex.profile.aliases:
            uri, html = redirect_html(options, alias, ex.slug)
            files.append(OutputFile(uri, content=html))
    for ex in catalog.withdrawn:
        for slug in (ex.slug, *ex.profile.aliases):
            uri, html = withdrawn_html(options, slug)
            files.append(OutputFile(uri, content=html))
    return files
