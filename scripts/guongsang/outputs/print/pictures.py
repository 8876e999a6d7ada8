"""Photos prepared for print: from the original in exemplars/, upright, RGB, no metadata, sized for the page.

A print shop wants 200–300 dots per inch; a phone photo is larger than that at booklet size and a
portrait crop is wanted for the booklet's and the poster's frames. Each job is cached by the photo's
bytes and the target size (outputs/images/cache.py, in ``<cache_dir>/print/``), encoded on every core.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from guongsang.outputs.images.cache import ImageCache, job_key
from guongsang.outputs.images.photos import Encoded, open_upright

PRINT_VERSION = "1"  # bump when the preparation below changes: every print copy is made again
DPI = 250
JPEG_QUALITY = 88
MM_PER_INCH = 25.4


@dataclass(frozen=True, slots=True)
class Frame:
    """A place on the page, in millimetres; ``crop``: fill it exactly (cut toward the top, where faces
    are), else fit the photo inside it."""

    width_mm: float
    height_mm: float
    crop: bool = True

    def pixels(self) -> tuple[int, int]:
        return round(self.width_mm / MM_PER_INCH * DPI), round(self.height_mm / MM_PER_INCH * DPI)


def _prepare(source: Path, frame: Frame) -> Callable[[], Mapping[str, Encoded]]:
    def produce() -> Mapping[str, Encoded]:
        w, h = frame.pixels()
        img = open_upright(source, (w, h))
        if frame.crop:
            # the largest box of the frame's shape inside the photo; shrunk to the frame, never enlarged
            cw, ch = (round(img.height * w / h), img.height) if img.width * h > w * img.height \
                else (img.width, round(img.width * h / w))
            size = (w, h) if cw >= w else (max(1, cw), max(1, ch))
            img = ImageOps.fit(img, size, Image.Resampling.LANCZOS, centering=(0.5, 0.3))
        else:
            img.thumbnail((w, h), Image.Resampling.LANCZOS)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=True, dpi=(DPI, DPI))
        return {"print": Encoded(buf.getvalue(), img.width, img.height, "jpg")}

    return produce


def prepare(cache: ImageCache, wanted: Mapping[Hashable, tuple[Path, Frame]]) -> dict[Hashable, Path]:
    """name → (original, frame) in; name → the prepared JPEG in the cache out. Raises JobsFailed."""
    keys = {name: job_key("print", PRINT_VERSION, cache.digest(src), frame.pixels(), frame.crop, DPI, JPEG_QUALITY)
            for name, (src, frame) in wanted.items()}
    done = cache.run({keys[name]: _prepare(src, frame) for name, (src, frame) in wanted.items()})
    return {name: done[key]["print"].path for name, key in keys.items()}
