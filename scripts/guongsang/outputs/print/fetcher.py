"""The only door through which WeasyPrint reads a file, and the fonts it is given.

Every value in a booklet comes from contributors; a story may name ``http://…`` or ``file:///etc/passwd``.
WeasyPrint asks its URL fetcher for every stylesheet, image and font; ours answers only ``file:`` URLs
of regular files under the folders it was given (the project's exemplars/, the print cache, the
package's fonts) and refuses everything else, so nothing is fetched from the network or read from
elsewhere on the disk. The font is Source Sans Pro from the `font-source-sans-pro` package (installed
with Guongsang, every Vietnamese letter), embedded and subset by WeasyPrint: no system font is used.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from guongsang.outputs.images.fonts import FONT_DIR
from guongsang.outputs.print.weasy import URLFetcher, URLFetcherResponse

FAMILY = "Guongsang Sans"
# (file, weight, style): the faces the templates use
FACES = (("SourceSansPro-Regular.ttf", 400, "normal"), ("SourceSansPro-It.ttf", 400, "italic"),
         ("SourceSansPro-Semibold.ttf", 600, "normal"), ("SourceSansPro-Bold.ttf", 700, "normal"),
         ("SourceSansPro-BoldIt.ttf", 700, "italic"))


class Refused(ValueError):
    """A URL outside the allowed folders (WeasyPrint logs it and leaves the image out)."""


def font_faces() -> str:
    """@font-face rules for the faces in :data:`FACES` that are installed, by file URL."""
    rules = []
    for name, weight, style in FACES:
        path = FONT_DIR / name
        if path.is_file():
            rules.append(f'@font-face {{ font-family: "{FAMILY}"; src: url("{path.as_uri()}"); '
                         f"font-weight: {weight}; font-style: {style}; }}")
    return "\n".join(rules)


class FolderFetcher(URLFetcher):
    """Serves regular files under ``folders`` by ``file:`` URL; refuses every other URL."""

    def __init__(self, folders: list[Path]) -> None:
        super().__init__(allowed_protocols=["file"], allow_redirects=False)
        self.folders = [f.resolve() for f in folders]
        self.refused: list[str] = []

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            self.refused.append(url)
            raise Refused(f"not served: {url}")
        path = Path(unquote(parts.path)).resolve()
        if not path.is_file() or not any(path.is_relative_to(folder) for folder in self.folders):
            self.refused.append(url)
            raise Refused(f"not served: {url}")
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": kind})
