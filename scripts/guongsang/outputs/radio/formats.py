"""A bulletin as bytes: plain UTF-8 text, or a Word document (stations edit and print in Word).

The Word document uses Times New Roman 14 pt, the face and size of Vietnamese administrative documents
(Nghị định 30/2020/NĐ-CP), which has every Vietnamese letter on the machines stations use. Both show
the title, the date, the total reading time and each item's heading with its time; what is read aloud is
only the opening, the items' paragraphs and the closing.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from datetime import date, datetime, time

from guongsang.outputs.radio.bulletin import Bulletin, duration

FONT = "Times New Roman"
SIZE = 14  # points


def _day(made: date) -> str:
    return f"Ngày {made.day:02d}/{made.month:02d}/{made.year}"


def header_lines(bulletin: Bulletin) -> list[str]:
    """Title, then what the bulletin covers, the date, the speed and the total time: written, not read."""
    lines = [bulletin.title]
    lines += [part for part in (bulletin.section, bulletin.period) if part]
    lines.append(f"{_day(bulletin.made)} · Thời lượng đọc: {duration(bulletin.seconds)} "
                 f"(tốc độ {bulletin.settings.speed} âm tiết/phút)")
    return lines


def to_text(bulletin: Bulletin) -> bytes:
    out = [*header_lines(bulletin), "", bulletin.opening, ""]
    for item in bulletin.items:
        out += [f"{item.heading} ({duration(item.seconds)})", "", *[p + "\n" for p in item.paragraphs]]
    out += [bulletin.closing, ""]
    return unicodedata.normalize("NFC", "\n".join(out)).encode("utf-8")


def to_docx(bulletin: Bulletin) -> bytes:
    import docx  # imported when used: `guongsang check` and builds without bulletins never pay for it
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    for name in ("Normal", "Title", "Heading 1", "Heading 2"):
        style = document.styles[name]
        style.font.name = FONT
        style.font.size = Pt(SIZE if name == "Normal" else SIZE + 2)
        style.font.color.rgb = RGBColor(0, 0, 0)  # printed and read from paper: no theme blue
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attribute), FONT)
    properties = document.core_properties
    properties.title, properties.language = bulletin.title, "vi-VN"
    properties.author = properties.last_modified_by = bulletin.settings.station or "Guongsang"
    stamp = datetime.combine(bulletin.made, time(0))  # not the clock: the same bulletin, the same bytes
    properties.created = properties.modified = stamp
    properties.revision = 1
    head = header_lines(bulletin)
    document.add_heading(_nfc(head[0]), level=0).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in head[1:]:
        document.add_paragraph(_nfc(line)).alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(_nfc(bulletin.opening))
    for item in bulletin.items:
        document.add_heading(_nfc(f"{item.heading} ({duration(item.seconds)})"), level=1)
        for paragraph in item.paragraphs:
            document.add_paragraph(_nfc(paragraph)).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    document.add_paragraph(_nfc(bulletin.closing))
    out = io.BytesIO()
    document.save(out)
    return _fixed_zip(out.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The package again with every member dated 1980-01-01: a build's bytes depend on content alone."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type, fixed.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def _nfc(text: str) -> str:
    """NFC, and no character Word's XML refuses (controls were cleaned already; this is the guard)."""
    return "".join(ch for ch in unicodedata.normalize("NFC", text) if ch in "\t\n" or ch >= " ")
