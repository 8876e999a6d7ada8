"""What `check` says about a profile photo, from its header alone (no full decode: stays fast at 10,000).

Errors: unreadable, corrupt or truncated, a format we do not publish, more pixels than the limit
(a "decompression bomb"). Warnings: things the image pipeline fixes but the office should know
(CMYK, 16-bit, transparency, animation, too small).
"""

from __future__ import annotations

import struct
import warnings
import zlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, PngImagePlugin, UnidentifiedImageError

MAX_PIXELS = 50_000_000  # 50 MP; a phone photo is 12–50 MP, a scan bomb is far more
MIN_SIDE = 400  # a side shorter than this looks blurred on a phone screen
FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "GIF": "GIF"}


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    message: str
    hint: str | None = None


def _truncated_jpeg(path: Path) -> bool:
    # A complete JPEG ends with the EOI marker FF D9 (a few padding bytes may follow).
    with path.open("rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - 64))
        return b"\xff\xd9" not in fh.read()


def inspect(path: Path, max_pixels: int = MAX_PIXELS) -> list[Finding]:
    name = path.name
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            saved, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None  # we judge the size ourselves
            try:
                img = Image.open(path)
            finally:
                Image.MAX_IMAGE_PIXELS = saved
    except UnidentifiedImageError:
        return [Finding("GS304", f"Tệp «{name}» không phải ảnh JPEG, PNG, WebP hoặc GIF (hoặc đã hỏng).",
                        "Xuất lại ảnh ở dạng JPEG (ảnh chụp từ iPhone dạng HEIC cũng cần chuyển sang JPEG).")]
    except OSError as exc:
        return [Finding("GS303", f"Không đọc được ảnh «{name}» ({exc.__class__.__name__}).", "Chép lại ảnh gốc vào kho.")]
    except ValueError as exc:
        if "Decompressed" in str(exc):  # Pillow's own bound on a PNG text or ICC chunk that inflates hugely
            return [_inflates(name)]
        return [Finding("GS303", f"Ảnh «{name}» bị hỏng (ValueError).", "Chép lại ảnh gốc vào kho.")]
    except Exception as exc:  # whatever else a crafted header makes a decoder raise: a broken image
        return [Finding("GS303", f"Ảnh «{name}» bị hỏng ({exc.__class__.__name__}).", "Chép lại ảnh gốc vào kho.")]
    with img:
        if img.format not in FORMATS:
            return [Finding("GS304", f"Ảnh «{name}» ở định dạng {img.format}, không được hỗ trợ.",
                            "Xuất lại ảnh ở dạng JPEG hoặc PNG.")]
        width, height = img.size
        if width * height > max_pixels:
            return [Finding("GS305", f"Ảnh «{name}» có {width}×{height} = {width * height / 1e6:.0f} triệu điểm ảnh, vượt giới hạn {max_pixels / 1e6:.0f} triệu.",
                            "Thu nhỏ ảnh (cạnh dài khoảng 2.000–4.000 điểm ảnh là đủ).")]
        broken = _broken(img, path)
        if broken:
            return [broken]
        return _warnings(img, name)


def _inflates(name: str) -> Finding:
    return Finding("GS319", f"Ảnh «{name}» có phần văn bản hoặc hồ sơ màu (ICC) giải nén ra quá lớn "
                            f"(hơn {PngImagePlugin.MAX_TEXT_CHUNK // 1_000_000} MB một phần, "
                            f"{PngImagePlugin.MAX_TEXT_MEMORY // 1_000_000} MB tất cả).",
                   "Mở ảnh bằng một trình sửa ảnh rồi lưu lại (hoặc xuất ra JPEG): phần thừa sẽ bị bỏ.")


_PNG_COMPRESSED = {b"zTXt": 1, b"iTXt": 1, b"iCCP": 1}  # chunk types whose data is (or may be) zlib


def _png_inflates(path: Path) -> bool:
    """Whether a zTXt, iTXt or iCCP chunk, anywhere in the file (also after the pixels, where opening
    does not look), inflates past Pillow's limits: walks chunk headers and inflates only those, bounded."""
    total = 0
    with path.open("rb") as fh:
        fh.seek(8)
        while header := fh.read(8):
            if len(header) < 8:
                return False
            length, kind = struct.unpack(">I4s", header)
            if kind not in _PNG_COMPRESSED:
                fh.seek(length + 4, 1)
                if kind == b"IEND":
                    return False
                continue
            data = fh.read(length)
            fh.seek(4, 1)
            keyword_end = data.find(b"\0")
            if kind == b"iTXt":  # keyword, compression flag, method, language, translated keyword
                if data[keyword_end + 1:keyword_end + 2] != b"\1":
                    total += length
                    continue
                rest = data.split(b"\0", 3)
                payload = rest[3] if len(rest) == 4 else b""
                payload = payload[payload.find(b"\0") + 1:] if b"\0" in payload else b""
            else:
                payload = data[keyword_end + 2:]
            inflater = zlib.decompressobj()
            try:
                size = len(inflater.decompress(payload, PngImagePlugin.MAX_TEXT_CHUNK + 1))
            except zlib.error:
                continue  # a damaged chunk: Pillow's verify() reports it
            total += size if kind != b"iCCP" else 0
            if size > PngImagePlugin.MAX_TEXT_CHUNK or total > PngImagePlugin.MAX_TEXT_MEMORY:
                return True
    return False


def _broken(img: Image.Image, path: Path) -> Finding | None:
    if img.format == "JPEG" and _truncated_jpeg(path):
        return Finding("GS303", f"Ảnh «{path.name}» bị cắt cụt (tệp không đầy đủ).", "Chép lại ảnh gốc vào kho.")
    if img.format == "PNG" and _png_inflates(path):
        return _inflates(path.name)
    if img.format == "PNG":
        try:
            with Image.open(path) as again:
                again.verify()  # checks chunk CRCs and the end chunk without decoding pixels
        except Exception:
            return Finding("GS303", f"Ảnh «{path.name}» bị hỏng.", "Chép lại ảnh gốc vào kho.")
    return None


def _warnings(img: Image.Image, name: str) -> list[Finding]:
    out = []
    if img.mode == "CMYK":
        out.append(Finding("GS306", f"Ảnh «{name}» dùng hệ màu CMYK (ảnh dùng để in); màu sẽ được đổi sang sRGB và có thể lệch.",
                           "Nếu có, dùng bản ảnh RGB."))
    if img.mode in ("I;16", "I;16B", "I;16L", "I", "F") or (img.info.get("bits", 8) > 8):
        out.append(Finding("GS307", f"Ảnh «{name}» có 16 bit mỗi kênh màu; sẽ được chuyển về 8 bit.", None))
    if img.mode in ("RGBA", "LA", "PA") or "transparency" in img.info:
        out.append(Finding("GS308", f"Ảnh «{name}» có vùng trong suốt; nền sẽ được tô trắng.", None))
    if getattr(img, "is_animated", False):
        out.append(Finding("GS309", f"Ảnh «{name}» là ảnh động; chỉ khung hình đầu tiên được dùng.", None))
    if min(img.size) < MIN_SIDE:
        out.append(Finding("GS310", f"Ảnh «{name}» chỉ có {img.width}×{img.height} điểm ảnh; sẽ bị mờ trên màn hình.",
                           f"Dùng ảnh có cả hai cạnh từ {MIN_SIDE} điểm ảnh trở lên."))
    return out
