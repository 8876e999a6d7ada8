"""Photo derivatives: upright, sRGB, stripped of every piece of metadata, in WebP and JPEG at several widths.

A phone photo carries its orientation, camera, time and often the GPS position of someone's home
in EXIF/XMP. Nothing of it is published: each derivative is a new image made from the pixels alone.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms, ImageOps

WIDTHS = (320, 640, 1024)
JPEG_QUALITY = 82
WEBP_QUALITY = 78
PARAMS = {"widths": WIDTHS, "jpeg": JPEG_QUALITY, "webp": WEBP_QUALITY}
_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
_ROTATED = {5, 6, 7, 8}  # EXIF orientations that swap width and height


@dataclass(frozen=True, slots=True)
class Encoded:
    data: bytes
    width: int
    height: int
    ext: str  # "jpg" | "webp"


def open_upright(source: Path, at_least: tuple[int, int] | None = None) -> Image.Image:
    """The photo's pixels, upright and in sRGB, without transparency or metadata.

    ``at_least`` lets a JPEG decode at a reduced scale (1/2, 1/4, 1/8) that is still at least
    that size: a 12-megapixel photo made into a 640-pixel card decodes several times faster.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # `check` enforces the limit
        img = Image.open(source)
        icc = img.info.get("icc_profile")
        if at_least and img.format == "JPEG":
            w, h = at_least
            if img.getexif().get(0x0112) in _ROTATED:
                w, h = h, w
            img.draft("RGB" if img.mode != "CMYK" else "CMYK", (w, h))
        img.load()
    ImageOps.exif_transpose(img, in_place=True)  # phones store "rotate 90°" in EXIF; apply it to the pixels
    img = _to_rgb(img, icc)
    clean = Image.new("RGB", img.size)
    clean.paste(img)  # a fresh image: no info, no EXIF, XMP, comment or ICC profile carried over
    return clean


def _to_rgb(img: Image.Image, icc: bytes | None) -> Image.Image:
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):  # 16-bit greyscale: scale to 8 bits, not clip
        img = img.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if img.mode == "P":
        img = img.convert("RGBA" if "transparency" in img.info else "RGB")
    if img.mode in ("RGBA", "LA", "RGBa", "La"):
        rgba = img.convert("RGBA")
        img = Image.new("RGB", rgba.size, "white")  # transparent areas become white, as `check` warns
        img.paste(rgba, mask=rgba.getchannel("A"))
    if icc and img.mode in ("RGB", "CMYK", "L"):
        try:
            source_profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            converted = ImageCms.profileToProfile(img, source_profile, _SRGB, outputMode="RGB")
            if converted is not None:
                return converted
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            pass  # a broken or mismatched profile: fall back to the plain conversion
    return img if img.mode == "RGB" else img.convert("RGB")  # the caller copies the pixels anyway


def widths_for(width: int) -> list[int]:
    """The derivative widths for a photo this wide: never larger than the photo itself."""
    out = [w for w in WIDTHS if w < width]
    out.append(min(width, WIDTHS[-1]))
    return sorted(set(out))


def derivatives(source: Path) -> dict[str, Encoded]:
    """``"<width>-jpg"`` / ``"<width>-webp"`` → encoded bytes, for every width of :func:`widths_for`."""
    img = open_upright(source, (WIDTHS[-1], 1))
    out: dict[str, Encoded] = {}
    current = img
    for width in sorted(widths_for(img.width), reverse=True):  # each from the previous: cheaper, same result
        size = (width, max(1, round(img.height * width / img.width)))
        if current.size != size:
            current = current.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        out[f"{width}-jpg"] = Encoded(_save(current, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True),
                                      *size, "jpg")
        out[f"{width}-webp"] = Encoded(_save(current, "WEBP", quality=WEBP_QUALITY, method=4), *size, "webp")
    return out


def _save(img: Image.Image, fmt: str, **params: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **params)  # no exif=, icc_profile= or xmp= given: none is written
    return buf.getvalue()
