"""WeasyPrint, imported in one place and without its side effect on every Pillow user in the process.

`weasyprint/images.py` sets ``PIL.ImageFile.LOAD_TRUNCATED_IMAGES = True`` when it is imported: from then
on Pillow quietly fills a damaged photo with grey instead of refusing it, for `check` and the image
pipeline too. Our checks must refuse a truncated photo (GS303), and WeasyPrint is only ever given the
print copies we re-encoded, so the flag is put back as it was. Importing this module loads Pango (an
OSError when it is not installed).
"""

from __future__ import annotations

from PIL import ImageFile

_BEFORE = ImageFile.LOAD_TRUNCATED_IMAGES

from weasyprint import HTML  # noqa: E402
from weasyprint.urls import URLFetcher, URLFetcherResponse  # noqa: E402

ImageFile.LOAD_TRUNCATED_IMAGES = _BEFORE

__all__ = ["HTML", "URLFetcher", "URLFetcherResponse"]
