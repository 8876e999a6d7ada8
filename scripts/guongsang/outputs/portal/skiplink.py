"""The skip link ("Đến nội dung chính") lands at the start of the page's content, on every page.

Material points its skip link at the first heading of the page's table of contents. On a page
whose H1 comes from a template (profiles, sections) that heading is the first H2 of the body, so
a keyboard or screen-reader user skips past the person's name; on a page without headings there
is no skip link at all. Here every page's link points at the content's ``<article>`` itself, which
starts with the page's name (or, on a profile, the breadcrumbs just before it).
"""

from __future__ import annotations

import re

TARGET = "__noi-dung"  # Material's own ids start with "__"; heading slugs never do
TEXT = "Đến nội dung chính"  # as "action.skip" in templates/partials/languages/vi.html
_SKIP = re.compile(r'<div data-md-component="skip">\s*(?:<a href="[^"<>]*" class="md-skip">[^<]*</a>\s*)?</div>')
_ARTICLE = '<article class="md-content__inner md-typeset">'


def retarget(html: str) -> str:
    """``html`` with its skip link aimed at the content's start (unchanged when either is missing)."""
    if _ARTICLE not in html:
        return html
    html, found = _SKIP.subn(f'<div data-md-component="skip"><a href="#{TARGET}" class="md-skip">{TEXT}</a></div>',
                             html, count=1)
    return html.replace(_ARTICLE, f'<article class="md-content__inner md-typeset" id="{TARGET}">', 1) if found else html
