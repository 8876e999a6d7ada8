"""Publish profile photos without their metadata: re-encoded, upright, sRGB, at most 1024 px wide.

Work is cached by a hash of the source bytes and the parameters, so a rebuild re-encodes nothing
that did not change. (The full derivative pipeline with srcset and share cards builds on this.)
"""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

MAX_WIDTH = 1024
QUALITY = 82
VERSION = "1"  # bump when the encoding changes, so cached files are redone


@dataclass(frozen=True, slots=True)
class Published:
    path: Path  # in the cache
    width: int
    height: int


def _encode(source: Path, target: Path) -> tuple[int, int]:
    with Image.open(source) as img:
        img = ImageOps.exif_transpose(img)  # phones store "rotate 90°" in EXIF; apply it
        if img.mode in ("RGBA", "LA", "PA", "P") and (img.mode != "P" or "transparency" in img.info):
            rgba = img.convert("RGBA")
            img = Image.new("RGB", rgba.size, "white")  # transparent areas become white, as check warns
            img.paste(rgba, mask=rgba.getchannel("A"))
        img = img.convert("RGB")
        if img.width > MAX_WIDTH:
            img = img.resize((MAX_WIDTH, round(img.height * MAX_WIDTH / img.width)), Image.Resampling.LANCZOS)
        tmp = target.with_suffix(".tmp")
        img.save(tmp, "JPEG", quality=QUALITY, optimize=True, progressive=True)  # no exif= → none written
        tmp.replace(target)
        return img.size


def publish_all(sources: dict[str, Path], cache_dir: Path) -> dict[str, Published]:
    """key → published JPEG (cached); runs on every core, Pillow releases the GIL while encoding."""
    cache_dir.mkdir(parents=True, exist_ok=True)

    def one(item: tuple[str, Path]) -> tuple[str, Published]:
        key, source = item
        digest = hashlib.sha256(source.read_bytes() + f"|{MAX_WIDTH}|{QUALITY}|{VERSION}".encode()).hexdigest()[:24]
        target = cache_dir / f"{digest}.jpg"
        if target.exists():
            with Image.open(target) as img:
                return key, Published(target, *img.size)
        return key, Published(target, *_encode(source, target))

    with ThreadPoolExecutor() as pool:
        return dict(pool.map(one, sources.items()))
