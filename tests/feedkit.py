"""Feed validity for tests, with real parsers: the grammars and schemas in tests/schemas (RFC 4287's
RELAX NG for Atom, an RSS 2.0 + Media RSS grammar, JSON Schemas for JSON Feed 1.1 and zalo.json),
and the W3C Feed Validator's rules that a grammar cannot say.

The grammars are written in RELAX NG's compact syntax (``*.rnc``); lxml reads the XML form (``*.rng``)
that tests/schemas/convert.py makes from them (it says why rnc2rng is not installed).

CI cannot fetch the W3C Feed Validator, so what it enforced on our feeds is written here:

- a ``media:group`` holds alternatives: two ``media:content`` or more (MediaGroupWithoutAlternatives);
- the ``atom:link rel="self"`` of a feed is the address it is published at (SelfDoesntMatchLocation).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema
from lxml import etree

SCHEMAS = Path(__file__).parent / "schemas"
MEDIA = "http://search.yahoo.com/mrss/"
ATOM = "http://www.w3.org/2005/Atom"
GRAMMARS = {"rss.xml": "rss-2.0.rng", "atom.xml": "atom.rng"}


@cache
def relax_ng(name: str) -> etree.RelaxNG:
    """The grammar ``tests/schemas/<name>`` (the XML form of the ``.rnc`` beside it), loaded by lxml."""
    return etree.RelaxNG(etree.parse(str(SCHEMAS / name)))


@cache
def json_validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def xml_feed_problems(data: bytes, url: str) -> list[str]:
    """What is wrong with the RSS or Atom feed ``data`` published at ``url`` (empty: nothing)."""
    root = etree.fromstring(data)
    grammar = relax_ng(GRAMMARS[url.rsplit("/", 1)[1]])
    found = [f"{e.line}: {e.message}" for e in grammar.error_log] if not grammar.validate(root) else []
    for group in root.iter(f"{{{MEDIA}}}group"):
        if len(group.findall(f"{{{MEDIA}}}content")) < 2:
            found.append(f"{group.sourceline}: media:group with fewer than 2 media:content")
    selves = [link.get("href") for link in root.iter(f"{{{ATOM}}}link")
              if link.get("rel") == "self" and link.getparent() in (root, root.find("channel"))]
    if selves != [url]:
        found.append(f"self link {selves} is not the feed's address {url}")
    return found
