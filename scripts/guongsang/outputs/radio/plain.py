"""A profile's Markdown story as plain paragraphs for the ear: no markup, links as their words, no
images, code, tables or raw HTML; headings not read (a lone "Hành trình." is no sentence); the evidence
section ("Minh chứng") left out, since papers are for readers of the portal, not for listeners."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown

SKIPPED = {"script", "style", "pre", "code", "table", "img", "svg", "iframe", "object", "template"}
BLOCKS = {"p", "li", "blockquote", "div", "br", "dd", "dt"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
LEFT_OUT = {"minh chứng", "minh chứng khen thưởng", "tài liệu tham khảo", "nguồn"}
MAX_BODY = 200_000  # characters: the body check refuses far less; a bound on the cost all the same


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.skip = 0  # depth inside SKIPPED elements
        self.heading: list[str] | None = None
        self.left_out = False  # inside a section that is not read

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        self.current = []
        if text and not self.left_out:
            self.paragraphs.append(text if text[-1] in ".!?…:;" else text + ".")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED and tag not in ("img", "br"):
            self.skip += 1
        elif tag in HEADINGS:
            self._flush()
            self.heading = []
        elif tag in BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED and tag not in ("img", "br"):
            self.skip = max(0, self.skip - 1)
        elif tag in HEADINGS and self.heading is not None:
            self.left_out = " ".join("".join(self.heading).split()).lower().rstrip(":") in LEFT_OUT
            self.heading = None
        elif tag in BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        (self.heading if self.heading is not None else self.current).append(data)


def paragraphs(body: str) -> list[str]:
    """The story's paragraphs as plain text, in order."""
    html = markdown.Markdown(extensions=["tables"]).convert(body[:MAX_BODY])
    parser = _Text()
    parser.feed(html)
    parser.close()
    parser._flush()
    return parser.paragraphs
