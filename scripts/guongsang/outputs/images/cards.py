"""Share cards: the 1200×630 JPEG that Zalo and Facebook show for a link (og:image).

Two designs on one grid: a profile (photo cropped toward the top centre, where faces are; or the
person's initials, or the site's emblem when there is no photo) and a section (up to three member
photos, the section's name and count). Site name, logo and colours come from configuration.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

from guongsang.outputs.images import fonts
from guongsang.outputs.images.layout import Block, fit
from guongsang.outputs.images.photos import open_upright

WIDTH, HEIGHT = 1200, 630
PANEL = 460  # the picture panel on the left
TEXT_X, TEXT_W = PANEL + 56, WIDTH - PANEL - 56 - 56
MAX_BYTES = 300_000
Colour = tuple[int, int, int]
BACKGROUND, FOREGROUND, ACCENT = "#8b1a1a", "#ffffff", "#f6c945"  # defaults: deep red, white, gold


@dataclass(frozen=True, slots=True)
class CardStyle:
    site_name: str
    background: str = BACKGROUND
    foreground: str = FOREGROUND
    accent: str = ACCENT
    logo: Path | None = None

    def problem(self) -> str | None:
        """Vietnamese message for a colour that is not ``#rrggbb`` or a logo that is not a readable image."""
        for name, label in (("background", "màu nền"), ("foreground", "màu chữ"), ("accent", "màu nhấn")):
            if not re.fullmatch(r"#[0-9a-fA-F]{6}", str(getattr(self, name))):
                return f"share_card.{name} ({label}) phải ở dạng #rrggbb, ví dụ #a31515, không phải «{getattr(self, name)}»."
        if self.logo is not None:
            try:
                with Image.open(self.logo) as img:
                    img.load()
            except FileNotFoundError:
                return f"Không tìm thấy tệp biểu trưng share_card.logo: {self.logo}."
            except Exception:
                return f"Tệp biểu trưng share_card.logo không phải ảnh đọc được: {self.logo}."
        return None

    def rgb(self, name: str) -> Colour:
        value = getattr(self, name).lstrip("#")
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


@dataclass(frozen=True, slots=True)
class CardText:
    kicker: str  # small line above the title, e.g. "GƯƠNG ĐIỂN HÌNH TIÊN TIẾN · 2024"
    title: str  # the person's or section's name
    lines: tuple[str, ...] = ()  # award, unit / count
    photos: tuple[Path, ...] = field(default=())  # 0 to 3
    initials: str | None = None  # shown when there is no photo; None → the emblem
    header: bool = True  # the site's logo and name at the top (not on the site's own card)


def render(text: CardText, style: CardStyle) -> bytes:
    card = Image.new("RGB", (WIDTH, HEIGHT), style.rgb("background"))
    _panel(card, text, style)
    draw = ImageDraw.Draw(card)
    fg, accent = style.rgb("foreground"), style.rgb("accent")
    if text.header:
        _header(card, draw, style)
    blocks = [
        (fit(text.kicker, fonts.SEMIBOLD, range(24, 17, -2), TEXT_W, 2), accent, 14),
        (fit(text.title, fonts.BOLD, range(72, 39, -4), TEXT_W, 3), fg, 18),
    ]
    for i, line in enumerate(text.lines):
        blocks.append((fit(line, fonts.SEMIBOLD if i == 0 else fonts.REGULAR, range(32, 21, -2), TEXT_W, 2),
                       accent if i == 0 else _mix(fg, style.rgb("background"), 0.12), 10))
    total = sum(b.height + gap for b, _, gap in blocks)
    y = max(120, 120 + (HEIGHT - 60 - 120 - total) // 2)
    for block, colour, gap in blocks:
        y = _draw_block(draw, block, TEXT_X, y, colour) + gap
    draw.rectangle((0, HEIGHT - 12, WIDTH, HEIGHT), fill=accent)
    return _encode(card)


def _draw_block(draw: ImageDraw.ImageDraw, block: Block, x: int, y: int, colour: Colour) -> int:
    for line in block.lines:
        draw.text((x, y), line, font=block.face, fill=colour)
        y += block.line_height
    return y


def _header(card: Image.Image, draw: ImageDraw.ImageDraw, style: CardStyle) -> None:
    x = TEXT_X
    if style.logo is not None:
        logo = _logo(style.logo, 56)
        card.paste(logo, (x, 40), logo)
        x += logo.width + 16
    block = fit(style.site_name, fonts.SEMIBOLD, range(26, 19, -2), WIDTH - 56 - x, 2)
    top = 40 + max(0, (56 - block.height) // 2)
    _draw_block(draw, block, x, top, _mix(style.rgb("foreground"), style.rgb("background"), 0.15))


def _panel(card: Image.Image, text: CardText, style: CardStyle) -> None:
    photos = [open_upright(p, (PANEL, HEIGHT)) for p in text.photos[:3]]
    boxes = {1: [(0, 0, PANEL, HEIGHT)], 2: [(0, 0, PANEL, 315), (0, 315, PANEL, HEIGHT)],
             3: [(0, 0, PANEL, 315), (0, 315, PANEL // 2, HEIGHT), (PANEL // 2, 315, PANEL, HEIGHT)]}
    if photos:
        for photo, (x0, y0, x1, y1) in zip(photos, boxes[len(photos)], strict=True):
            fitted = _cover(photo, (x1 - x0, y1 - y0))
            card.paste(fitted, (x0, y0))
        if len(photos) > 1:  # thin separators in the background colour
            ImageDraw.Draw(card).line((0, 315, PANEL, 315), fill=style.rgb("background"), width=4)
            if len(photos) == 3:
                ImageDraw.Draw(card).line((PANEL // 2, 315, PANEL // 2, HEIGHT), fill=style.rgb("background"), width=4)
        return
    dark = _mix(style.rgb("background"), (0, 0, 0), 0.25)
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, PANEL, HEIGHT), fill=dark)
    cx, cy, r = PANEL // 2, HEIGHT // 2, 150
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=style.rgb("accent"))
    if text.initials:
        block = fit(text.initials, fonts.BOLD, range(140, 59, -10), 2 * r - 60, 1)
        draw.text((cx, cy), block.lines[0], font=block.face, fill=dark, anchor="mm")
    elif style.logo is not None:
        logo = _logo(style.logo, 200)
        card.paste(logo, (cx - logo.width // 2, cy - logo.height // 2), logo)
    else:
        draw.polygon(_star(cx, cy, 110), fill=dark)


def _cover(photo: Image.Image, size: tuple[int, int]) -> Image.Image:
    """The photo cropped to the box's proportions toward the top centre (faces), then resized to it."""
    w, h = size
    scale = max(w / photo.width, h / photo.height)
    cw, ch = w / scale, h / scale  # the crop, in photo pixels
    left = max(0.0, (photo.width - cw) * 0.5)  # max(): float rounding must not push the box outside
    top = max(0.0, (photo.height - ch) * 0.25)
    cw, ch = min(cw, photo.width - left), min(ch, photo.height - top)
    return photo.resize(size, Image.Resampling.LANCZOS, box=(left, top, left + cw, top + ch), reducing_gap=2.0)


def _logo(path: Path, height: int) -> Image.Image:
    with Image.open(path) as img:
        logo = img.convert("RGBA")
    width = max(1, round(logo.width * height / logo.height))
    return logo.resize((min(width, height * 3), height), Image.Resampling.LANCZOS)


def _star(cx: int, cy: int, r: float) -> list[tuple[float, float]]:
    import math

    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.382
        angle = math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy - radius * math.sin(angle)))
    return points


def _mix(a: Colour, b: Colour, t: float) -> Colour:
    r, g, bl = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return r, g, bl


def _encode(card: Image.Image) -> bytes:
    for quality in (86, 80, 72, 64, 56):
        buf = io.BytesIO()
        card.save(buf, "JPEG", quality=quality, optimize=True, progressive=True)
        if buf.tell() <= MAX_BYTES:
            break
    return buf.getvalue()
