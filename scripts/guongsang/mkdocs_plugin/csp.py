"""Pages fit for a strict Content-Security-Policy: Material's inline scripts moved into files, and the
policy itself in every page for hosts that send no headers.

Material writes small scripts into every page: one in the head sets up ``__md_scope`` and the
localStorage helpers (its text differs only by the page's base URL), one after the content opens a
tab named in the URL fragment, others come with the palette toggle, the consent form or an
announcement. A policy of ``script-src 'self'`` (deploy/nginx) blocks inline code, so each distinct
script text becomes ``assets/guongsang/inline-<hash>.js``, loaded in the same place by a plain
``<script src>``: it still runs synchronously and in order, before Material's bundle. A site of any
size gets a handful of these files (one per page depth, plus one per other script).

Only scripts that the theme's templates write are moved (Material's, ours, and the site's own
overrides in theme/, all trusted like Material): they are recognised by patterns made from those
templates at start-up, so a Material upgrade is followed without a change here. An inline script
from anywhere else (raw HTML in a content page) stays inline, and the policy blocks it.

deploy/nginx sends the policy as a header. GitHub Pages and GitLab Pages (ci/) cannot send headers,
so each page also carries it in ``<meta http-equiv>`` (plugin option ``csp_meta``), minus the two
directives that do not belong there: ``frame-ancestors`` (ignored in a meta element) and
``upgrade-insecure-requests`` (it would break a portal served over plain HTTP on an intranet).
Both policies apply where both are present; they allow the same things.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.utils import get_relative_url, is_error_template

FOLDER = "assets/guongsang"
META_POLICY = ("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; "
               "img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; media-src 'self'; "
               "form-action 'self'; base-uri 'none'")
_CHARSET = '<meta charset="utf-8">'
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
_JINJA_OUTPUT = re.compile(r"\{\{.*?\}\}", re.S)


def theme_scripts(theme_dirs: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern matching every inline script the theme's templates write, Jinja output as a wildcard."""
    bodies = set()
    for source in sorted(p for d in theme_dirs for p in Path(d).rglob("*.html")):
        for body in _SCRIPT.findall(source.read_text(encoding="utf-8")):
            if "{%" not in body:  # template logic inside a script: not a fixed shape, left alone
                bodies.add(body)
    if not bodies:
        return None
    choices = ("".join(_piece(part, i) for i, part in enumerate(_JINJA_OUTPUT.split(body)))
               for body in sorted(bodies))
    return re.compile("<script>((?:" + ")|(?:".join(choices) + "))</script>", re.S)


def _piece(literal: str, index: int) -> str:
    # a Jinja expression renders to an attribute-safe value (a URL, a path): no quote, no tag
    return (r'[^"<]*?' if index else "") + re.escape(literal)


class CspPages:
    """Moves the theme's inline scripts out of each page (the files are written after the build) and
    puts ``policy``, if any, at the top of its head, before anything it governs."""

    def __init__(self, pattern: re.Pattern[str] | None, policy: str | None = None) -> None:
        self.pattern = pattern
        self.meta = f'{_CHARSET}\n<meta http-equiv="Content-Security-Policy" content="{policy}">' if policy else None
        self.files: dict[str, str] = {}  # site path -> script text

    def page(self, html: str, url: str) -> str:
        return self.fit(html, get_relative_url(".", url) + "/")

    def template(self, html: str, name: str, site_url: str) -> str:
        # as MkDocs links an error page: from the server's root, since it is shown at any address
        root = urlsplit(site_url or "/").path if is_error_template(name) else get_relative_url(".", name)
        return self.fit(html, root.rstrip("/") + "/")

    def fit(self, html: str, root: str) -> str:
        """``root``: the way from the page to the site's root, e.g. ``../../`` or ``/``."""
        if self.meta:
            html = html.replace(_CHARSET, self.meta, 1)
        if self.pattern is None or "<script>" not in html:
            return html
        return self.pattern.sub(lambda m: f'<script src="{root}{self._file(m.group(1))}"></script>', html)

    def _file(self, body: str) -> str:
        name = f"{FOLDER}/inline-{hashlib.sha256(body.encode()).hexdigest()[:10]}.js"
        self.files[name] = body
        return name

    def write(self, site_dir: Path) -> None:
        for name, body in self.files.items():
            path = site_dir / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(body + "\n", encoding="utf-8")
