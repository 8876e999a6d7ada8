"""A profile's story as the portal renders it, for print: the same Markdown extensions and the same
allow-list (core/sanitize.py), then every ``<img>`` pointed at a print copy of a file in exemplars/ or
dropped (a remote or outside address is never given to WeasyPrint)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

import markdown

from guongsang.core import bodyimages, repofiles, sanitize
from guongsang.core.validate import Exemplar
from guongsang.outputs.portal.typography import markdown_config

_IMG_TAG = re.compile(r"<img\b[^>]*>", re.I)  # sanitised HTML: a ">" inside a value is written &gt;
_ATTR = re.compile(r'\s([a-z-]+)="([^"]*)"')
_HEADING = re.compile(r"<(/?)h([1-6])\b")


def _renderer() -> markdown.Markdown:
    extensions: list[object] = ["toc", "tables", "fenced_code"]  # what MkDocs always loads
    configs: dict[str, dict[str, object]] = {}
    markdown_config(extensions, configs)  # the portal's typographic quotes
    return markdown.Markdown(extensions=extensions, extension_configs=configs)  # type: ignore[arg-type]


def local_images(ex: Exemplar, exemplars_dir: Path) -> list[Path]:
    """The files in exemplars/ the story's Markdown shows (remote ones are never printed)."""
    found = []
    for image in bodyimages.find(ex.body):
        if not bodyimages.is_remote(image.target):
            path = repofiles.target_of(ex.path, bodyimages.path_of(image.target))
            if path.is_file() and path.resolve().is_relative_to(exemplars_dir.resolve()):
                found.append(path)
    return found


def render(ex: Exemplar, picture: Callable[[Path], str | None]) -> str:
    """Sanitised HTML of the story; ``picture(original)`` → the print copy's file URL, or None to drop it.
    Headings move down two levels: the exemplar's name is the page's heading."""
    fragment = sanitize.clean(_renderer().convert(ex.body))
    fragment = _HEADING.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + 2)}", fragment)
    if "<img" not in fragment:
        return fragment

    def one(m: re.Match[str]) -> str:
        attrs = {name: html.unescape(value) for name, value in _ATTR.findall(m.group(0))}
        src = attrs.get("src", "")
        if not src or bodyimages.is_remote(src):
            return ""
        url = picture(repofiles.target_of(ex.path, bodyimages.path_of(src)))
        return "" if url is None else f'<img class="hinh" src="{html.escape(url)}" alt="{html.escape(attrs.get("alt", ""))}">'

    return _IMG_TAG.sub(one, fragment)
