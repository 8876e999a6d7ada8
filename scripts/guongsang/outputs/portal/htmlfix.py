"""Three spots where Material's markup fails the Nu Html Checker, mended in the finished page.

- Its hidden toggles (drawer, search) are checkboxes with ``autocomplete="off"``, an attribute HTML
  allows only on text-like inputs (Material sets it so Firefox does not restore an open drawer).
- On a page outside the navigation, its table of contents keeps ``<label for="__toc">`` although the
  ``__toc`` checkbox is not rendered: a label must point at a control.
- Section labels of a nested navigation carry ``tabindex=""``, which is not a number.

Its skip link is re-aimed here too (portal/skiplink.py): the same pass over every finished page.
"""

from __future__ import annotations

import re

from guongsang.outputs.portal import skiplink

_TOGGLE_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*type="checkbox"[^>]*?) autocomplete="off"')
_TOC_LABEL = '<label class="md-nav__title" for="__toc">'


def mend(html: str) -> str:
    html = _TOGGLE_AUTOCOMPLETE.sub(r"\1", html)
    if _TOC_LABEL in html and 'id="__toc"' not in html:
        html = html.replace(_TOC_LABEL, '<label class="md-nav__title">')
    return skiplink.retarget(html.replace(' tabindex=""', ""))
