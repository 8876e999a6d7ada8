"""Files the portal publishes besides its pages: photos, evidence files, redirects. No MkDocs here.

Each is a neutral :class:`OutputFile` (a path in the site and either text or a source file); the
renderer turns them into its own file objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guongsang.catalog import Catalog
from guongsang.portal.pages import PortalOptions, profile_url
from guongsang.portal.photos import Published
from guongsang.portal.redirects import redirect_html

PHOTO_NAME = "anh.jpg"


@dataclass(frozen=True, slots=True)
class OutputFile:
    uri: str  # path in the site, "/" separators
    content: str | None = None
    source: Path | None = None


def photo_sources(catalog: Catalog) -> dict[str, Path]:
    """slug → the photo file of every published profile that has one."""
    return {ex.slug: (ex.path.parent / ex.profile.photo).resolve() for ex in catalog.published if ex.profile.photo}


def plan_files(catalog: Catalog, options: PortalOptions, photos: dict[str, Published]) -> tuple[list[OutputFile], dict[str, dict[str, Any]]]:
    """The files to publish, and slug → {url, width, height} of each published photo for the views."""
    files: list[OutputFile] = []
    photo_views: dict[str, dict[str, Any]] = {}
    for slug, image in photos.items():
        url = f"{profile_url(options, slug)}{PHOTO_NAME}"
        files.append(OutputFile(url, source=image.path))
        photo_views[slug] = {"url": url, "width": image.width, "height": image.height}
    for ex in catalog.published:
        for evidence in ex.profile.evidence:
            if evidence.file:
                source = (ex.path.parent / evidence.file).resolve()
                files.append(OutputFile(f"{profile_url(options, ex.slug)}{source.name}", source=source))
        for alias in ex.profile.aliases:
            uri, html = redirect_html(options, alias, ex.slug)
            files.append(OutputFile(uri, content=html))
    return files, photo_views
