"""Synthetic portrait-like photos made with Pillow alone (nothing downloaded)."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

_SKY = [(214, 234, 248), (250, 229, 211), (232, 245, 233), (237, 231, 246), (255, 243, 205)]
_GROUND = [(76, 125, 74), (140, 110, 80), (96, 125, 139), (121, 85, 72), (56, 142, 60)]
_CLOTHES = [(25, 118, 210), (198, 40, 40), (46, 125, 50), (255, 255, 255), (69, 90, 100), (123, 31, 162)]
_SKIN = [(241, 194, 160), (224, 172, 135), (198, 145, 110), (232, 184, 150)]
_HAIR = [(30, 24, 20), (45, 35, 30), (70, 55, 45), (20, 20, 20)]


def make_photo(path: Path, seed: int, size: tuple[int, int] = (900, 1200), quality: int = 82) -> None:
    """Write a deterministic head-and-shoulders JPEG for ``seed`` at ``path``."""
    rng = random.Random(seed)
    w, h = size
    img = Image.new("RGB", size, rng.choice(_SKY))
    draw = ImageDraw.Draw(img)
    top, bottom = rng.choice(_SKY), rng.choice(_GROUND)
    horizon = int(h * rng.uniform(0.55, 0.7))
    for y in range(0, horizon, 4):  # soft sky gradient in bands
        t = y / horizon
        colour = tuple(int(top[i] * (1 - t) + 255 * t * 0.3 + top[i] * t * 0.7) for i in range(3))
        draw.rectangle((0, y, w, y + 4), fill=colour)
    for _ in range(rng.randint(2, 4)):  # hills or buildings behind the person
        x = rng.randint(-w // 4, w)
        r = rng.randint(w // 5, w // 2)
        draw.ellipse((x - r, horizon - r // 2, x + r, horizon + r), fill=tuple(max(0, c - rng.randint(0, 30)) for c in bottom))
    draw.rectangle((0, horizon, w, h), fill=bottom)
    img = img.filter(ImageFilter.GaussianBlur(radius=max(2, w // 150)))  # depth of field
    draw = ImageDraw.Draw(img)
    cx = w // 2 + rng.randint(-w // 10, w // 10)
    head_w, head_h = int(w * 0.26), int(w * 0.33)
    head_top = int(h * rng.uniform(0.2, 0.28))
    clothes = rng.choice(_CLOTHES)
    draw.rounded_rectangle(
        (cx - int(w * 0.36), head_top + int(head_h * 1.05), cx + int(w * 0.36), h + 40), radius=w // 6, fill=clothes
    )
    draw.rectangle((cx - head_w // 5, head_top + head_h - 10, cx + head_w // 5, head_top + int(head_h * 1.15)), fill=rng.choice(_SKIN))
    draw.ellipse((cx - head_w // 2, head_top, cx + head_w // 2, head_top + head_h), fill=rng.choice(_SKIN))
    hair = rng.choice(_HAIR)
    draw.chord((cx - head_w // 2 - 4, head_top - 8, cx + head_w // 2 + 4, head_top + int(head_h * 0.7)), 180, 360, fill=hair)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "JPEG", quality=quality, optimize=True)
