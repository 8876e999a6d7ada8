"""Evidence files and the images inside profile bodies, as the portal publishes them. No MkDocs here.

- An evidence PDF is copied; an evidence image is re-encoded from its pixels alone (no EXIF, GPS,
  XMP or comment survives), under ``minh-chung-<name>.<type>`` where the type comes from its bytes.
- An image in the body becomes photo-like derivatives (``hinh-<key>-<width>.jpg|webp``) next to the
  page; the body's Markdown is rewritten to point at them before it is rendered, and every ``<img>``
  in the rendered, sanitised HTML that does not point at one of them is dropped (so a page, feed or
  Zalo article never loads a missing file or anything from another host).

`check` (filecheck.py) applies the same rules first, so nothing here fails on content it passed,
except pixels that cannot be decoded (`check` reads image headers only), reported as GS303 with
file and line.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from guongsang.core import bodyimages, evidencefile, repofiles
from guongsang.core.catalog import Catalog
from guongsang.core.problems import problem
from guongsang.core.validate import Exemplar
from guongsang.outputs.images import photos
from guongsang.outputs.images.cache import ImageCache, JobsFailed, Output, job_key
from guongsang.outputs.images.photos import Encoded
from guongsang.outputs.portal.imagery import ImageError, derive, raise_disk_error
from guongsang.outputs.portal.outputs import OutputFile
from guongsang.outputs.portal.pages import PortalOptions, profile_url

EVIDENCE_MAX_SIDE = 2400  # a scanned A4 decision stays readable; a 50 MP original is not published as is
EVIDENCE_PARAMS = {"side": EVIDENCE_MAX_SIDE, "jpeg": 88, "webp": 85}
_SAVE: dict[str, tuple[str, dict[str, Any]]] = {
    "jpg": ("JPEG", {"quality": 88, "optimize": True, "progressive": True}),
    "png": ("PNG", {"optimize": True}),
    "webp": ("WEBP", {"quality": 85, "method": 4}),
}
SIZES = "(max-width: 48em) 92vw, 46rem"
_IMG_TAG = re.compile(r"<img\b[^>]*>", re.I)  # sanitised HTML: a ">" inside a value is written &gt;
_ATTR = re.compile(r'\s([a-z-]+)="([^"]*)"')


@dataclass(slots=True)
class Attachments:
    files: list[OutputFile] = field(default_factory=list)
    markdown: dict[str, str] = field(default_factory=dict)  # slug → body pointing at the derivatives
    pictures: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # slug → derivative name → view
    evidence: dict[str, list[str]] = field(default_factory=dict)  # slug → each evidence's URL (site path or http)


@dataclass(frozen=True, slots=True)
class _Job:
    ex: Exemplar
    line: int
    field: str | None
    what: str


def publish_attachments(catalog: Catalog, options: PortalOptions, cache: ImageCache) -> Attachments:
    out = Attachments()
    jobs: dict[str, Callable[[], Mapping[str, Encoded]]] = {}
    owners: dict[str, _Job] = {}
    evidence_jobs: list[tuple[str, str]] = []  # (job key, site path)
    body_jobs: list[tuple[Exemplar, dict[int, tuple[int, str]], dict[int, str]]] = []
    copied: set[str] = set()
    for ex in catalog.published:
        base = profile_url(options, ex.slug)
        links: list[str] = []
        for i, item in enumerate(ex.profile.evidence):
            if item.url is not None or item.file is None:
                links.append(item.url or "")
                continue
            source = repofiles.target_of(ex.path, item.file)
            kind = evidencefile.sniff(source)
            if kind is None:  # check refused it; only a file changed since then gets here
                raise ImageError([problem("GS315", ex.source, ex.line("evidence"), f"evidence[{i + 1}].file",
                                          f"Tệp minh chứng «{item.file}» không phải PDF, JPEG, PNG hay WebP.", None)])
            uri = f"{base}{evidencefile.published_name(item.file, kind)}"
            links.append(uri)
            if not kind.image:
                if uri not in copied:  # the same file named twice is published once
                    copied.add(uri)
                    out.files.append(OutputFile(uri, source=source))
                continue
            key = job_key("evidence", cache.digest(source), kind.ext, EVIDENCE_PARAMS)
            jobs[key] = _reencode(source, kind.ext)
            owners[key] = _Job(ex, ex.line("evidence"), f"evidence[{i + 1}].file", item.file)
            evidence_jobs.append((key, uri))
        out.evidence[ex.slug] = links
        spans: dict[int, tuple[int, str]] = {}
        keys: dict[int, str] = {}
        for image in bodyimages.find(ex.body):
            if bodyimages.is_remote(image.target):
                continue  # check refused it; the HTML pass drops it
            source = repofiles.target_of(ex.path, bodyimages.path_of(image.target))
            key = job_key("photo", cache.digest(source), photos.PARAMS)
            jobs[key] = derive(source)
            owners.setdefault(key, _Job(ex, ex.body_line + image.line - 1, None, image.target))
            keys[image.start] = key
            spans[image.start] = (image.end, "")
        if keys:
            body_jobs.append((ex, spans, keys))
    try:
        done = cache.run(jobs)
    except JobsFailed as failed:
        raise_disk_error(failed)  # a full disk is no broken image
        raise ImageError([_problem(owners[k], exc) for k, exc in failed.failures.items()]) from None
    published: set[str] = set()
    for key, uri in evidence_jobs:
        if uri not in published:
            published.add(uri)
            out.files.append(OutputFile(uri, source=done[key]["file"].path, linkable=True))
    for ex, spans, keys in body_jobs:
        pictures = out.pictures.setdefault(ex.slug, {})
        for start, key in keys.items():
            view = _picture(profile_url(options, ex.slug), key, done[key], out.files, published)
            pictures[view["name"]] = view
            spans[start] = (spans[start][0], view["name"] if ex.body[start] not in "\"'" else f'"{view["name"]}"')
        out.markdown[ex.slug] = bodyimages.rewrite(ex.body, spans)
    return out


def finish_html(fragment: str, pictures: Mapping[str, Mapping[str, Any]]) -> str:
    """Sanitised article HTML with each prepared image given its sizes and srcset, and any other ``<img>`` dropped."""
    if "<img" not in fragment:
        return fragment

    def one(m: re.Match[str]) -> str:
        attrs = {name: html.unescape(value) for name, value in _ATTR.findall(m.group(0))}
        view = pictures.get(attrs.get("src", ""))
        if view is None:
            return ""
        srcset = ", ".join(f"{s['name']} {s['w']}w" for s in view["jpg"])
        return (f'<img class="gs-hinh" src="{view["name"]}" srcset="{srcset}" sizes="{SIZES}" width="{view["width"]}" '
                f'height="{view["height"]}" alt="{html.escape(attrs.get("alt", ""))}" loading="lazy" decoding="async">')

    return _IMG_TAG.sub(one, fragment)


def _picture(base: str, key: str, outputs: Mapping[str, Output], files: list[OutputFile], published: set[str]) -> dict[str, Any]:
    jpgs = []
    for variant, output in sorted(outputs.items(), key=lambda item: item[1].width):
        if output.ext != "jpg":  # the story's <img> has a JPEG srcset only: a WebP copy would be published unused
            continue
        name = f"hinh-{key[:10]}-{variant.replace('-', '.')}"
        if base + name not in published:
            published.add(base + name)
            files.append(OutputFile(base + name, source=output.path, linkable=True))
        jpgs.append({"name": name, "w": output.width, "h": output.height})
    main = next((s for s in jpgs if s["w"] >= 640), jpgs[-1])
    return {"name": main["name"], "width": main["w"], "height": main["h"], "jpg": jpgs}


def _reencode(source: Path, ext: str) -> Callable[[], Mapping[str, Encoded]]:
    def produce() -> Mapping[str, Encoded]:
        img = photos.open_upright(source)  # pixels only: no EXIF, GPS, XMP, comment or ICC carried over
        img.thumbnail((EVIDENCE_MAX_SIDE, EVIDENCE_MAX_SIDE), Image.Resampling.LANCZOS)
        fmt, params = _SAVE[ext]
        buf = io.BytesIO()
        img.save(buf, fmt, **params)
        return {"file": Encoded(buf.getvalue(), img.width, img.height, ext)}

    return produce


def _problem(job: _Job, exc: Exception) -> Any:
    return problem("GS303", job.ex.source, job.line, job.field,
                   f"Ảnh «{job.what}» bị hỏng: đọc được phần đầu tệp nhưng không giải mã được điểm ảnh "
                   f"({exc.__class__.__name__}: {exc}).", "Chép lại ảnh gốc vào kho, hoặc xuất lại ảnh ở dạng JPEG.")
