"""The share-card font: Source Sans Pro from the `font-source-sans-pro` PyPI package.

It is installed with Guongsang (never downloaded at build time, never taken from the host
system) and covers every Vietnamese letter. :func:`missing_glyphs` finds characters a font
would draw as its missing-glyph box (.notdef).
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import font_source_sans_pro
from PIL import Image, ImageFont

FONT_DIR = Path(font_source_sans_pro.font_directory)
BOLD = FONT_DIR / "SourceSansPro-Bold.ttf"
SEMIBOLD = FONT_DIR / "SourceSansPro-Semibold.ttf"
REGULAR = FONT_DIR / "SourceSansPro-Regular.ttf"
NOT_A_CHARACTER = "\uffff"  # a Unicode noncharacter: no font maps it, so it draws .notdef


@cache
def font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


@cache
def fingerprint() -> str:
    """A hash of the font files in use: a new font version re-renders every card."""
    digest = hashlib.sha256()
    for path in (BOLD, SEMIBOLD, REGULAR):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _mask(face: ImageFont.FreeTypeFont, text: str) -> tuple[tuple[int, int], bytes]:
    mask = face.getmask(text)
    return mask.size, Image.Image()._new(mask).tobytes()


def missing_glyphs(path: Path, text: str, size: int = 48) -> list[str]:
    """The characters of ``text`` that the font draws exactly like its .notdef glyph."""
    face = font(path, size)
    notdef = _mask(face, NOT_A_CHARACTER)
    seen: list[str] = []
    for char in dict.fromkeys(text):
        if not char.isspace() and _mask(face, char) == notdef:
            seen.append(char)
    return seen
