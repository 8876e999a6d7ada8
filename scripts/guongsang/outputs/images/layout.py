"""Text that fits a box: wrap at word boundaries, shrink the font step by step, never clip a glyph."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

from guongsang.outputs.images.fonts import font


@dataclass(frozen=True, slots=True)
class Block:
    lines: list[str]
    face: ImageFont.FreeTypeFont
    line_height: int

    @property
    def height(self) -> int:
        return self.line_height * len(self.lines)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy word wrap; a word wider than the box is broken between letters."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if face.getlength(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while face.getlength(word) > width:  # a very long word (or URL): cut it where it fills the line
            cut = max(1, max(i for i in range(1, len(word) + 1) if face.getlength(word[:i]) <= width or i == 1))
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


@lru_cache(maxsize=1024)  # the site's name, the kickers and section lines repeat on thousands of cards
def fit(text: str, path: Path, sizes: range, width: int, max_lines: int, spacing: float = 1.18) -> Block:
    """The largest size in ``sizes`` (descending) at which ``text`` wraps into ``max_lines``.

    The block returned may be shared with other callers: read it, never change it.

    At the smallest size the text may take more lines rather than lose words; only past twice
    ``max_lines`` is the rest replaced by "…" (a 300-character name, not a real one).
    """
    size = sizes.start
    for size in sizes:
        face = font(path, size)
        lines = wrap(text, face, width)
        if len(lines) <= max_lines:
            return Block(lines, face, round(size * spacing))
    face = font(path, size)
    lines = wrap(text, face, width)
    limit = max_lines * 2
    if len(lines) > limit:
        lines = lines[:limit]
        last = lines[-1]
        while last and face.getlength(last + " …") > width:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        lines[-1] = f"{last} …".strip()
    return Block(lines, face, round(size * spacing))
