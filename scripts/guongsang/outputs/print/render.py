"""Booklets and posters to PDF: photos prepared, the view filled, the template rendered, WeasyPrint run
through :class:`fetcher.FolderFetcher`, the file written whole (a temporary name, then a rename).

WeasyPrint needs Pango from the system: importing it raises OSError when Pango is missing, which the
command line reports (:data:`PANGO_MISSING`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2

import guongsang
from guongsang.core import repofiles
from guongsang.core.model import TZ
from guongsang.outputs.images.cache import ImageCache
from guongsang.outputs.images.fonts import FONT_DIR
from guongsang.outputs.outfile import write_whole
from guongsang.outputs.print import pictures, story, view
from guongsang.outputs.print.pictures import Frame
from guongsang.outputs.print.selection import Selection
from guongsang.outputs.published import Published

TEMPLATES = Path(guongsang.__file__).parent / "templates"
# page width and height; the booklet's margins, type sizes (pt) and frames (mm)
PAGES = {"A3": (297, 420), "A4": (210, 297), "A5": (148, 210)}
BOOKLET = {
    "A4": {"top": 22, "outer": 20, "bottom": 22, "inner": 24, "body": 11, "small": 8.5, "photo_w": 58, "photo_h": 76,
           "qr": 26},
    "A5": {"top": 16, "outer": 14, "bottom": 17, "inner": 17, "body": 9.5, "small": 7.5, "photo_w": 40, "photo_h": 52,
           "qr": 22},
}
POSTER_SCALE = {"A4": 1.0, "A3": 297 / 210}
POSTER_PHOTO = (150, 92)  # mm on A4 (view.POSTER_PHOTO counts its margin)


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    pages: int
    exemplars: int


def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True)


def _cache_folder(pub: Published) -> Path:
    if pub.project.cache_dir is not None:
        return pub.project.cache_dir / "print"
    return Path(tempfile.gettempdir()) / f"guongsang-print-{os.getuid()}"


def _logo(pub: Published, folder: Path) -> str | None:
    """The agency's emblem (already re-encoded to PNG by core/agency.py) as a file in the print cache."""
    logo = pub.agency.logo
    if logo is None:
        return None
    path = folder / f"bieu-trung-{hashlib.sha256(logo.png).hexdigest()[:20]}.png"
    if not path.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        write_whole(path, logo.png)
    return path.as_uri()


def _pictures(pub: Published, chosen: Selection, photo: Frame, text_width: float | None,
              folder: Path) -> view.Pictures:
    wanted: dict[tuple[str, str], tuple[Path, Frame]] = {}  # ("photo", slug) | ("story", original path)
    for ex in chosen.exemplars:
        if ex.profile.photo:  # as on the portal: a published profile's photo (consent is `check`'s error GS118)
            wanted["photo", ex.slug] = (repofiles.target_of(ex.path, ex.profile.photo), photo)
        if text_width is not None:
            for path in story.local_images(ex, pub.project.exemplars_dir):
                wanted["story", str(path)] = (path, Frame(text_width, text_width * 0.75, crop=False))
    cache = ImageCache(folder)
    made = pictures.prepare(cache, wanted)
    cache.save(prune=False, keep_unused=True)  # another booklet's photos stay cached and known
    return view.Pictures({name: path.as_uri() for (kind, name), path in made.items() if kind == "photo"},
                         {Path(name): path.as_uri() for (kind, name), path in made.items() if kind == "story"})


def booklet(pub: Published, chosen: Selection, size: str, bleed: bool, output: Path) -> Written:
    d: dict[str, Any] = dict(BOOKLET[size])
    d["page_w"], d["page_h"] = PAGES[size]
    folder = _cache_folder(pub)
    pics = _pictures(pub, chosen, Frame(d["photo_w"], d["photo_h"]), d["page_w"] - d["inner"] - d["outer"], folder)
    data = view.booklet(pub, chosen, pics, _logo(pub, folder), datetime.now(TZ), size, bleed)
    html = _environment().get_template("print/booklet.html").render(b=data, d=d, fonts=_fonts())
    return Written(output, _write_pdf(html, pub, folder, output), len(chosen.exemplars))


def poster(pub: Published, chosen: Selection, size: str, output: Path) -> Written:
    s = POSTER_SCALE[size]
    d = {"page_w": PAGES[size][0], "page_h": PAGES[size][1], "photo_w": POSTER_PHOTO[0] * s, "photo_h": POSTER_PHOTO[1] * s}
    folder = _cache_folder(pub)
    pics = _pictures(pub, chosen, Frame(d["photo_w"], d["photo_h"]), None, folder)
    data = view.poster(pub, chosen, pics, _logo(pub, folder), size)
    html = _environment().get_template("print/poster.html").render(p=data, d=d, s=s, fonts=_fonts())
    return Written(output, _write_pdf(html, pub, folder, output), len(chosen.exemplars))


def _fonts() -> Any:
    from markupsafe import Markup

    from guongsang.outputs.print.fetcher import font_faces

    return Markup(font_faces())  # our own rules: file URLs of the installed font


def _write_pdf(html: str, pub: Published, folder: Path, output: Path) -> int:
    from guongsang.outputs.print.fetcher import FolderFetcher
    from guongsang.outputs.print.weasy import HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # a refused image is left out, quietly
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    fetcher = FolderFetcher([pub.project.exemplars_dir, folder, FONT_DIR])
    document = HTML(string=html, base_url=folder.as_uri() + "/", url_fetcher=fetcher).render()
    data = document.write_pdf()
    write_whole(output, data)
    return len(document.pages)
