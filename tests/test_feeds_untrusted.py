"""Front-matter and vocabulary text in the feeds: what a contributor types is what a reader sees.

A site is built for real with markup in a profile's title, summary, author and tags, in a unit's
and a campaign's name, in the site's name and description, and as literal text in the story.
Every feed is then read back twice, with lxml (the XML as written) and with feedparser (as a feed
reader sees it). Each text value is either declared plain text (Atom's ``type="text"``, JSON
Feed's ``title``/``summary``, Zalo's title, author and description) or escaped HTML (everything
in RSS 2.0, which cannot declare a type; HTML content; Zalo's body text); parsed that way, it
must hold no element or attribute of the payload and show the payload's characters exactly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import feedparser
import pytest
import yaml
from lxml import etree, html

from conftest import copy_project, run_guongsang, write
from feedkit import json_validator, xml_feed_problems

TITLE = "<img src=x onerror=alert(1)> & <b>Hoa</b></p><script>alert(2)</script>"
SUMMARY = "<img src=x onerror=alert(3)> Chị Hoa & 35 hộ trồng rau </description><b>hữu cơ</b>."
AUTHOR = "<img src=x onerror=alert(4)>&<i>Tổ</i>"
TAG = "<b onmouseover=alert(5)>rau</b>"
UNIT = "Xã <img src=x onerror=alert(6)> & <b>Tân Hòa</b>"
CAMPAIGN = "Phong trào <script>alert(7)</script> & <u>rau sạch</u>"
SITE_NAME = "Cổng <img src=x onerror=alert(8)> & <b>mẫu</b>"
SITE_DESCRIPTION = "Mô tả <img src=x onerror=alert(9)> & <i>nghiêng</i>"
IN_CODE = "<img src=x onerror=alert(10)>"  # written in a code span of the story
AS_ENTITIES = "<script>alert(11)</script> & chữ thường"  # written as HTML entities in the story
SLUG = "hoa-rau-sach"
SITE = "https://guongsang.example/"
NS = {"atom": "http://www.w3.org/2005/Atom", "dc": "http://purl.org/dc/elements/1.1/",
      "content": "http://purl.org/rss/1.0/modules/content/"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("nguon-tin-doc-hai") / "du-an")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").splitlines(keepends=True)
    text = [f"site_name: {json.dumps(SITE_NAME, ensure_ascii=False)}\n" if line.startswith("site_name:") else
            f"site_description: {json.dumps(SITE_DESCRIPTION, ensure_ascii=False)}\n"
            if line.startswith("site_description:") else line for line in text]
    config.write_text("".join(text), encoding="utf-8")
    units = project / "exemplars/_vocab/units.yml"
    units.write_text(units.read_text(encoding="utf-8") + yaml.safe_dump(
        [{"id": "xa-doc-hai", "name": UNIT, "parent": "tinh-son-ha", "type": "xa"}], allow_unicode=True), encoding="utf-8")
    campaigns = project / "exemplars/_vocab/campaigns.yml"
    campaigns.write_text(campaigns.read_text(encoding="utf-8") + yaml.safe_dump(
        [{"id": "phong-trao-doc-hai", "name": CAMPAIGN}], allow_unicode=True), encoding="utf-8")
    meta = {"title": TITLE, "kind": "ca-nhan", "unit": "xa-doc-hai", "sector": "nong-nghiep-nong-thon-moi",
            "award_level": "bo-nganh-tinh", "year": 2024, "date": "2025-01-15", "summary": SUMMARY,
            "author": AUTHOR, "tags": [TAG, "rau sạch"], "campaign": "phong-trao-doc-hai"}
    body = (f"Đoạn có chữ `{IN_CODE}` trong mã.\n\n"
            "Đoạn có thực thể &lt;script&gt;alert(11)&lt;/script&gt; &amp; chữ thường.\n")
    write(project, f"exemplars/2025/{SLUG}.md", "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n\n" + body)
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def _elements(fragment: str) -> list[str]:
    """Tags and attributes (``img``, ``img@onerror``) of ``fragment`` read as HTML."""
    root = html.fragment_fromstring(fragment, create_parent="div")
    return [f"{el.tag}@{name}" if name else str(el.tag)
            for el in root.iterdescendants() for name in ("", *el.attrib)]


def shown(value: str, kind: str) -> str:
    """What a reader shows for ``value`` of ``kind`` ("text" or "html"); a text field's HTML has no elements."""
    if kind == "text":
        return value
    assert _elements(value) == [], value
    return html.fragment_fromstring(value, create_parent="div").text_content()


def content_ok(fragment: str) -> str:
    """The text of an article's HTML, after checking that no payload became an element."""
    found = _elements(fragment)
    assert not [x for x in found if x.split("@")[0] in ("img", "script", "b", "i", "u") or "@on" in x], found
    return html.fragment_fromstring(fragment, create_parent="div").text_content()


def _feeds(site: Path, name: str) -> list[Path]:
    paths = sorted(site.rglob(name))
    assert len(paths) > 60
    return paths


def _named_everywhere(titles: list[str], descriptions: list[str]) -> None:
    """The sections of the hostile unit, campaign and tag name them in their feed's title and description."""
    for name in (UNIT, CAMPAIGN, TAG):
        assert [t for t in titles if name in t] and [d for d in descriptions if name in d], name


def test_rss_text_is_escaped_html_as_lxml_reads_it(site: Path) -> None:
    seen, titles, descriptions = 0, [], []
    for path in _feeds(site, "rss.xml"):
        channel = etree.parse(path).getroot().find("channel")
        titles.append(shown(channel.findtext("title"), "html"))
        descriptions.append(shown(channel.findtext("description"), "html"))
        assert SITE_NAME in titles[-1]
        if path.parent == site:
            assert descriptions[-1] == SITE_DESCRIPTION
        for item in channel.iter("item"):
            texts = [shown(item.findtext(tag, namespaces=NS), "html") for tag in ("title", "description", "dc:creator")]
            labels = [shown(c.text, "html") for c in item.iter("category")]
            body = content_ok(item.findtext("content:encoded", namespaces=NS))
            if item.findtext("link").endswith(f"/{SLUG}/"):
                seen += 1
                assert texts == [TITLE, SUMMARY, AUTHOR]
                assert f"Đơn vị: {UNIT}" in labels
                assert IN_CODE in body and AS_ENTITIES in body
    assert seen >= 5  # root, sector, unit, year, campaign, tags…
    _named_everywhere(titles, descriptions)


def test_atom_text_is_declared_plain_and_content_html_as_lxml_reads_it(site: Path) -> None:
    seen, titles, descriptions = 0, [], []
    for path in _feeds(site, "atom.xml"):
        feed = etree.parse(path).getroot()
        for el in feed.iter(*(f"{{{NS['atom']}}}{tag}" for tag in ("title", "subtitle", "summary"))):
            assert el.get("type", "text") == "text", (path, el.tag)  # declared (or by default) plain text
        titles.append(feed.findtext("atom:title", namespaces=NS))
        descriptions.append(feed.findtext("atom:subtitle", namespaces=NS))
        assert SITE_NAME in titles[-1]
        if path.parent == site:
            assert descriptions[-1] == SITE_DESCRIPTION
        for entry in feed.iterfind("atom:entry", NS):
            content = entry.find("atom:content", NS)
            assert content.get("type") == "html"
            body = content_ok(content.text)
            if entry.findtext("atom:id", namespaces=NS).endswith(f"/{SLUG}/"):
                seen += 1
                assert [entry.findtext(p, namespaces=NS) for p in ("atom:title", "atom:summary", "atom:author/atom:name")] \
                    == [TITLE, SUMMARY, AUTHOR]
                assert f"Đơn vị: {UNIT}" in [c.get("label") for c in entry.iterfind("atom:category", NS)]
                assert IN_CODE in body and AS_ENTITIES in body
    assert seen >= 5
    _named_everywhere(titles, descriptions)


def _fp_shown(detail: Any) -> str:
    """What a feedparser-based reader shows for a text construct: plain text as is, HTML rendered."""
    assert detail.type in ("text/plain", "text/html"), detail
    return shown(detail.value, "text" if detail.type == "text/plain" else "html")


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml"])
def test_feedparser_shows_every_value_literally(site: Path, name: str) -> None:
    seen, titles, descriptions = 0, [], []
    for path in _feeds(site, name):
        feed = feedparser.parse(path.read_bytes())
        assert not feed.bozo, feed.get("bozo_exception")
        titles.append(_fp_shown(feed.feed.title_detail))
        descriptions.append(_fp_shown(feed.feed.subtitle_detail))
        assert SITE_NAME in titles[-1]
        if path.parent == site:
            assert descriptions[-1] == SITE_DESCRIPTION
        for entry in feed.entries:
            body = content_ok(entry.content[0].value)
            author = entry.author_detail.name if name == "atom.xml" else entry.author
            texts = [_fp_shown(entry.title_detail), _fp_shown(entry.summary_detail),
                     shown(author, "text" if name == "atom.xml" else "html")]
            labels = [t.label if name == "atom.xml" else shown(t.term, "html") for t in entry.tags]
            if entry.link.endswith(f"/{SLUG}/"):
                seen += 1
                assert texts == [TITLE, SUMMARY, AUTHOR]
                assert f"Đơn vị: {UNIT}" in labels
                assert IN_CODE in body and AS_ENTITIES in body
    assert seen >= 5
    _named_everywhere(titles, descriptions)


def test_json_feed_keeps_plain_text_plain_and_content_html_safe(site: Path) -> None:
    seen, titles, descriptions = 0, [], []
    for path in _feeds(site, "feed.json"):
        feed = json.loads(path.read_text(encoding="utf-8"))
        titles.append(feed["title"])
        descriptions.append(feed["description"])
        assert SITE_NAME in feed["title"] and feed["authors"] == [{"name": SITE_NAME}]
        for item in feed["items"]:
            assert "content_text" not in item  # one body, declared HTML
            body = content_ok(item["content_html"])
            if item["url"].endswith(f"/{SLUG}/"):
                seen += 1
                assert [item["title"], item["summary"], item["authors"][0]["name"]] == [TITLE, SUMMARY, AUTHOR]
                assert f"Đơn vị: {UNIT}" in item["tags"]
                assert IN_CODE in body and AS_ENTITIES in body
    assert seen >= 5
    _named_everywhere(titles, descriptions)


def test_zalo_body_text_is_escaped_and_its_plain_fields_are_the_text(site: Path) -> None:
    seen = 0
    for path in _feeds(site, "zalo.json"):
        for article in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            paragraphs = [shown(b["content"], "html") for b in article["body"] if b["type"] == "text"]
            if article["tracking_link"].endswith(f"/{SLUG}/"):
                seen += 1
                assert [article["title"], article["description"], article["author"]] == [TITLE, SUMMARY, AUTHOR]
                assert paragraphs == [f"Đoạn có chữ {IN_CODE} trong mã.", f"Đoạn có thực thể {AS_ENTITIES}."]
    assert seen >= 5


def test_every_feed_stays_valid(site: Path) -> None:
    """Hostile text changes no feed's structure: grammars, the Feed Validator's rules, JSON Schemas."""
    schemas = {"feed.json": json_validator("jsonfeed-1.1.schema.json"), "zalo.json": json_validator("zalo-articles.schema.json")}
    for name in ("rss.xml", "atom.xml", "feed.json", "zalo.json"):
        for path in _feeds(site, name):
            if name in schemas:
                errors = [e.message for e in schemas[name].iter_errors(json.loads(path.read_text(encoding="utf-8")))]
                assert errors == [], (path, errors[:3])
            else:
                assert xml_feed_problems(path.read_bytes(), SITE + path.relative_to(site).as_posix()) == [], path
