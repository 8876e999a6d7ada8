"""One evidence section per profile.

The generated list of evidence (front matter ``evidence:``) and a body's own ``## Minh chứng``
section (which ``guongsang new`` wrote into profiles until issue 18, and editors still write) become
one section: the heading once, the linked documents first, then the body's own words. A body without
that heading keeps its text in place and the section follows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guongsang.core.text import loose_key

HEADING = "Minh chứng"
# the article HTML is ours (Markdown through the sanitizer): headings are closed and carry no nested h2
_H2 = re.compile(r"<h2\b[^>]*>(?P<text>[^<]*(?:<(?!/h2>)[^<]*)*)</h2>")
_TAGS = re.compile(r"<[^>]*>")
_ID = re.compile(r'\bid="(?P<id>[^"]*)"')


@dataclass(frozen=True, slots=True)
class Body:
    before: str  # the article up to the body's own evidence heading (all of it when there is none)
    evidence: str  # what the body writes under that heading, up to its next h2
    after: str  # the rest of the article
    heading_id: str  # the id the one evidence heading carries (the body's own, so its links keep working)


def split(html: str) -> Body:
    """Cut the article around its first h2 whose text is "Minh chứng" (any case, tone placement or colon)."""
    want = loose_key(HEADING)
    headings = list(_H2.finditer(html))
    for i, match in enumerate(headings):
        if loose_key(_TAGS.sub("", match.group("text")).rstrip(": ")) != want:
            continue
        end = headings[i + 1].start() if i + 1 < len(headings) else len(html)
        own_id = _ID.search(match.group(0))
        return Body(html[:match.start()], html[match.end():end], html[end:],
                    own_id.group("id") if own_id else "gs-minh-chung")
    return Body(html, "", "", "gs-minh-chung")
