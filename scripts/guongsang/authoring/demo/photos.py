"""Synthetic portrait-like photos made with Pillow alone (nothing downloaded).

A soft sky-to-ground gradient, flat scenery (hills, trees, houses, sun) and a
head-and-shoulders silhouette in colours derived from the seed, in a flat
illustration style. Everything is drawn straight at full size (no blur, no
rescaling, which would cost more than the rest together): about 2 ms for
640×800 and 4 ms for 900×1200 on one core, plus the JPEG encoding.
"""

from __future__ import annotations

import colorsys
import random
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

QUALITY = 82

Colour = tuple[int, int, int]

_SKIES: list[tuple[Colour, Colour]] = [
    ((126, 178, 226), (222, 236, 246)),  # clear day
    ((250, 196, 150), (255, 236, 214)),  # late afternoon
    ((176, 196, 214), (232, 236, 240)),  # overcast
    ((150, 200, 190), (226, 244, 236)),  # misty valley
    ((196, 180, 226), (244, 232, 244)),  # dusk
    ((236, 236, 228), (250, 250, 246)),  # studio-like paper
]
_GROUNDS: list[Colour] = [(92, 140, 72), (120, 150, 80), (150, 120, 88), (110, 120, 128), (70, 110, 60), (170, 150, 110)]
_SKIN: list[Colour] = [(236, 196, 164), (226, 178, 140), (204, 152, 116), (186, 134, 100), (240, 204, 176)]
_HAIR: list[Colour] = [(28, 24, 22), (44, 34, 30), (64, 50, 40), (20, 20, 24), (36, 28, 26), (60, 44, 36), (120, 118, 116)]


def _hsv(h: float, s: float, v: float) -> Colour:
    r, g, b = colorsys.hsv_to_rgb(h % 1.0, s, v)
    return (int(r * 255), int(g * 255), int(b * 255))


def _shade(c: Colour, k: float) -> Colour:
    return (min(255, int(c[0] * k)), min(255, int(c[1] * k)), min(255, int(c[2] * k)))


@lru_cache(maxsize=8)
def _ramp(height: int) -> Image.Image:
    """A 1-pixel-wide grey ramp, black at the top and white at the bottom."""
    return Image.linear_gradient("L").resize((1, height), Image.Resampling.BILINEAR)


def _gradient(size: tuple[int, int], top: Colour, bottom: Colour) -> Image.Image:
    """A vertical gradient from ``top`` to ``bottom``: a coloured ramp stretched sideways."""
    return ImageOps.colorize(_ramp(size[1]), top, bottom).resize(size, Image.Resampling.NEAREST)


def _scenery(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    w, h = size
    top, bottom = rng.choice(_SKIES)
    img = _gradient(size, top, bottom)
    draw = ImageDraw.Draw(img)
    horizon = int(h * rng.uniform(0.52, 0.68))
    if rng.random() < 0.5:  # sun or moon, low in the sky
        r = rng.randint(w // 14, w // 8)
        x, y = rng.randint(0, w), rng.randint(h // 8, horizon - r)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=_shade(bottom, 1.06))
    ground = rng.choice(_GROUNDS)
    for _ in range(rng.randint(2, 4)):  # far hills, lighter than the ground
        x, r = rng.randint(-w // 4, w + w // 4), rng.randint(w // 4, w // 2)
        draw.ellipse((x - r, horizon - r // rng.randint(2, 4), x + r, horizon + r), fill=_shade(ground, rng.uniform(1.1, 1.35)))
    draw.rectangle((0, horizon, w, h), fill=ground)
    for _ in range(rng.randint(0, 3)):  # houses with a roof
        x, bw = rng.randint(0, w), rng.randint(w // 12, w // 6)
        bh = rng.randint(bw // 2, bw)
        wall = _hsv(rng.random(), 0.15, rng.uniform(0.8, 0.95))
        draw.rectangle((x, horizon - bh, x + bw, horizon + 2), fill=wall)
        draw.polygon([(x - 3, horizon - bh), (x + bw // 2, horizon - bh - bw // 3), (x + bw + 3, horizon - bh)],
                     fill=_hsv(rng.uniform(0.0, 0.08), 0.6, 0.6))
    for _ in range(rng.randint(1, 5)):  # trees
        x, r = rng.randint(0, w), rng.randint(w // 20, w // 9)
        y = horizon + rng.randint(-r // 2, r)
        draw.rectangle((x - r // 6, y, x + r // 6, y + 2 * r), fill=(90, 70, 50))
        draw.ellipse((x - r, y - 2 * r, x + r, y + r // 2), fill=_shade(ground, rng.uniform(0.6, 0.85)))
    return img


def _person(img: Image.Image, rng: random.Random) -> None:
    """Head and shoulders: a rounded trapezoid for the body, an ellipse for the head."""
    w, h = img.size
    draw = ImageDraw.Draw(img)
    cx = w // 2 + rng.randint(-w // 12, w // 12)
    head_w = int(w * rng.uniform(0.23, 0.28))
    head_h = int(head_w * rng.uniform(1.2, 1.32))
    head_top = int(h * rng.uniform(0.17, 0.25))
    chin = head_top + head_h
    skin, hair = rng.choice(_SKIN), rng.choice(_HAIR)
    clothes = _hsv(rng.random(), rng.uniform(0.25, 0.85), rng.uniform(0.35, 0.9))
    if rng.random() < 0.2:
        clothes = (245, 245, 242)  # white shirt or áo dài
    shoulder_y = chin + int(head_h * 0.28)
    top_half, bottom_half = int(w * rng.uniform(0.27, 0.33)), int(w * rng.uniform(0.42, 0.5))
    radius = int(w * 0.09)
    draw.rectangle((cx - head_w // 5, chin - head_h // 6, cx + head_w // 5, shoulder_y + radius), fill=_shade(skin, 0.9))
    draw.rounded_rectangle((cx - top_half, shoulder_y, cx + top_half, shoulder_y + 3 * radius), radius=radius, fill=clothes)
    draw.polygon([(cx - top_half, shoulder_y + radius), (cx + top_half, shoulder_y + radius),
                  (cx + bottom_half, h), (cx - bottom_half, h)], fill=clothes)
    collar = head_w // 4
    draw.polygon([(cx - collar, shoulder_y), (cx + collar, shoulder_y), (cx, shoulder_y + int(collar * 1.6))],
                 fill=_shade(skin, 0.9) if rng.random() < 0.6 else _shade(clothes, 1.25))
    if rng.random() < 0.35:  # a badge or scarf in a second colour
        accent = _hsv(rng.choice([0.0, 0.02, 0.6, 0.13]), 0.8, 0.85)
        bx, by = cx + top_half // 2, shoulder_y + 2 * radius
        draw.ellipse((bx - radius // 3, by - radius // 3, bx + radius // 3, by + radius // 3), fill=accent)
    long_hair = rng.random() < 0.5
    pad = max(2, head_w // 16)
    draw.ellipse((cx - head_w // 2 - pad, head_top - pad, cx + head_w // 2 + pad, head_top + int(head_h * 0.8)), fill=hair)
    if long_hair:  # hair down to the shoulders on both sides, behind the face
        draw.rounded_rectangle((cx - head_w // 2 - pad, head_top + head_h // 3, cx + head_w // 2 + pad, shoulder_y + radius),
                               radius=head_w // 6, fill=hair)
    draw.ellipse((cx - head_w // 2, head_top + pad, cx + head_w // 2, chin), fill=skin)
    fringe = int(head_h * rng.uniform(0.45, 0.6))  # the chord's flat edge is the hairline
    draw.chord((cx - head_w // 2, head_top - pad, cx + head_w // 2, head_top + fringe), 180, 360, fill=hair)


def render_photo(seed: int, size: tuple[int, int] = (900, 1200)) -> Image.Image:
    """The image for ``seed`` (deterministic), without writing it."""
    rng = random.Random(seed)
    img = _scenery(rng, size)
    _person(img, rng)
    return img


def make_photo(path: Path, seed: int, size: tuple[int, int] = (900, 1200), quality: int = QUALITY) -> None:
    """Write the deterministic head-and-shoulders JPEG for ``seed`` at ``path`` (no EXIF, no metadata)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    render_photo(seed, size).save(path, "JPEG", quality=quality)
