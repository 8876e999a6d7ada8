"""Article HTML for feeds: cleaned to an allowlist, links made absolute; and the same article as a
sequence of plain-text paragraphs and images (the Zalo article body).

Feed readers show ``content_html`` as it is, so nothing that could run or load from elsewhere
survives: scripts, styles, frames, forms, event attributes and ``javascript:`` links are dropped.
"""

from __future__ import annotations

import re
from html import escape
from urllib.parse import urljoin, urlsplit

from lxml import etree, html

KEEP = {"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "strong", "em", "b", "i", "u", "s",
        "sub", "sup", "a", "img", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td", "br", "hr",
        "code", "pre", "dl", "dt", "dd", "abbr", "mark", "small", "span", "div"}
DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "form", "noscript", "template", "svg", "math",
                     "button", "input", "select", "textarea", "audio", "video", "canvas"}
ATTRS = {"a": {"href", "title"}, "img": {"src", "alt", "width", "height"}, "abbr": {"title"},
         "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan", "scope"}, "ol": {"start"}}
SAFE_SCHEMES = {"http", "https", "mailto", "tel", ""}
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "dt", "dd", "tr"}
INLINE = {"strong", "em", "b", "i", "u", "s", "sub", "sup", "a", "code", "abbr", "mark", "small", "span", "br"}
SPACES = re.compile(r"\s+")


def as_html(text: str) -> str:
    """Plain ``text`` as HTML that shows exactly that text (quotes stay: they are special only in attributes)."""
    return escape(text, quote=False)


def clean(fragment: str, base: str) -> str:
    """``fragment`` reduced to the allowlist, with every link and image URL absolute against ``base``."""
    if not fragment.strip():
        return ""
    root = html.fragment_fromstring(fragment, create_parent="div")
    for el in list(root.iter()):
        if el is root:
            continue
        if not isinstance(el.tag, str):  # comments, processing instructions
            el.drop_tree()
            continue
        tag = el.tag.lower()
        if tag in DROP_WITH_CONTENT:
            el.drop_tree()
            continue
        if tag not in KEEP:
            el.drop_tag()  # keep the text, lose the element
            continue
        allowed = ATTRS.get(tag, set())
        for name in list(el.attrib):
            if name not in allowed:
                del el.attrib[name]
        for name in ("href", "src"):
            value = el.get(name)
            if value is None:
                continue
            absolute = urljoin(base, value.strip())
            if urlsplit(absolute).scheme not in SAFE_SCHEMES:
                del el.attrib[name]
            else:
                el.set(name, absolute)
        if tag == "img" and not el.get("src"):
            el.drop_tree()
    inner = (root.text or "") + "".join(etree.tostring(child, encoding="unicode", method="html") for child in root)
    return inner.strip()


def paragraphs(cleaned: str) -> list[dict[str, str]]:
    """Reading-order blocks: ``{"type": "text", "content"}`` for each paragraph-like element (plain text,
    no markup), ``{"type": "image", "url"}`` for each image."""
    if not cleaned:
        return []
    root = html.fragment_fromstring(cleaned, create_parent="div")
    out: list[dict[str, str]] = []
    _walk(root, out)
    return out


def _walk(el: html.HtmlElement, out: list[dict[str, str]]) -> None:
    run = [el.text or ""]  # inline text between blocks becomes one paragraph

    def flush() -> None:
        text = SPACES.sub(" ", "".join(run)).strip()
        if text:
            out.append({"type": "text", "content": text})
        run.clear()

    for child in el:
        if not isinstance(child.tag, str):
            continue
        tag = child.tag.lower()
        if tag in INLINE and not child.xpath(".//img"):
            run.append(child.text_content() + (child.tail or ""))
            continue
        flush()
        if tag == "img":
            out.append({"type": "image", "url": child.get("src", "")})
        elif tag in BLOCKS and not child.xpath(".//*[self::p or self::li or self::img or self::tr]"):
            text = _text(child, tag)
            if text:
                out.append({"type": "text", "content": text})
        else:
            _walk(child, out)
        run.append(child.tail or "")
    flush()


def _text(el: html.HtmlElement, tag: str) -> str:
    if tag == "tr":
        cells = [SPACES.sub(" ", c.text_content()).strip() for c in el if isinstance(c.tag, str)]
        return " · ".join(c for c in cells if c)
    text = SPACES.sub(" ", el.text_content()).strip()
    if tag == "li" and text:
        parent = el.getparent()
        if parent is not None and parent.tag == "ol":
            return f"{list(parent).index(el) + int(parent.get('start', '1'))}. {text}"
        return f"• {text}"
    return text
