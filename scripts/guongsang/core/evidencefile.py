"""Evidence files (minh chứng): which are accepted, decided by their bytes, and the name each is published under.

Accepted: PDF, JPEG, PNG and WebP — what a council attaches (a scanned decision, a certificate, a
photo of a product). The file name says nothing: a ``.pdf`` holding HTML, or an ``.svg``/``.html``/
``.js`` of any name, would run script from the site's own origin, which the Content-Security-Policy
trusts. So the type comes from the first bytes (and for images a real parse by Pillow), and the
published name's extension comes from that type, never from the contributor's name.

Office documents (.docx, .xlsx…) are not accepted: they carry the author's name, revision history
and comments, and can carry macros; the office exports them to PDF ("Lưu dưới dạng PDF") instead.
Images are re-encoded like photos (portal/attachments.py), so their EXIF and GPS data are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from guongsang.core import imagecheck
from guongsang.core.problems import CODES, Severity
from guongsang.core.text import slugify

PREFIX = "minh-chung-"  # no generated file in a profile's folder starts with this: names cannot collide with them
PDF_TAIL = 2048  # "%%EOF" must appear near the end of a complete PDF


@dataclass(frozen=True, slots=True)
class Kind:
    name: str  # shown to contributors
    ext: str  # published extension
    image: bool  # re-encoded (metadata dropped) rather than copied


KINDS = {"pdf": Kind("PDF", "pdf", False), "jpeg": Kind("JPEG", "jpg", True), "png": Kind("PNG", "png", True),
         "webp": Kind("WebP", "webp", True)}


def sniff(path: Path) -> Kind | None:
    """The accepted type these bytes are, or None."""
    with path.open("rb") as fh:
        head = fh.read(16)
    if head.startswith(b"%PDF-"):
        return KINDS["pdf"]
    if head.startswith(b"\xff\xd8\xff"):
        return KINDS["jpeg"]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return KINDS["png"]
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return KINDS["webp"]
    return None


def inspect(path: Path, max_pixels: int) -> tuple[Kind | None, list[imagecheck.Finding]]:
    """The file's accepted type and what is wrong with it (an error when its type is refused)."""
    name = path.name
    try:
        kind = sniff(path)
    except OSError as exc:
        return None, [imagecheck.Finding("GS303", f"Không đọc được tệp «{name}» ({exc.__class__.__name__}).",
                                         "Chép lại tệp gốc vào kho.")]
    if kind is None:
        return None, [imagecheck.Finding(
            "GS315", f"Tệp minh chứng «{name}» không phải PDF, JPEG, PNG hay WebP (xét theo nội dung tệp, không theo tên).",
            "Xuất văn bản ra PDF (Word, Excel: Tệp → Lưu dưới dạng → PDF), ảnh chụp ra JPEG; "
            "tệp Office, HTML, SVG, mã chạy được không được đăng.")]
    if not kind.image:
        return kind, _pdf_findings(path)
    # every error a photo would get (broken, unsupported, too many pixels, text/ICC bombs); not a photo's warnings
    findings = [f for f in imagecheck.inspect(path, max_pixels) if CODES[f.code].severity is Severity.ERROR]
    return kind, findings


def _pdf_findings(path: Path) -> list[imagecheck.Finding]:
    with path.open("rb") as fh:
        fh.seek(0, 2)
        fh.seek(max(0, fh.tell() - PDF_TAIL))
        tail = fh.read()
    if b"%%EOF" not in tail:
        return [imagecheck.Finding("GS316", f"Tệp PDF «{path.name}» bị hỏng hoặc bị cắt cụt (không có dấu kết thúc %%EOF).",
                                   "Xuất lại tệp PDF từ văn bản gốc rồi chép vào kho.")]
    return []


def published_name(value: str, kind: Kind) -> str:
    """``Quyết định 12.PDF.exe`` (a PDF) → ``minh-chung-quyet-dinh-12-pdf.pdf``: a slug, with the detected type's extension."""
    stem = value.replace("\\", "/").rsplit("/", 1)[-1]
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    return f"{PREFIX}{slugify(stem)[:80].strip('-') or 'tep'}.{kind.ext}"
