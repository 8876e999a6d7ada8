"""Feeds for the site root and every section, built for real and read back with real parsers:
feedparser for RSS and Atom, RELAX NG grammars for Atom (RFC 4287) and RSS 2.0 with Media RSS
(lxml), JSON Schemas for JSON Feed 1.1 and the Zalo article payloads, and the W3C Feed Validator's
rules that a grammar cannot say (tests/feedkit.py)."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from pathlib import Path

import feedparser
import pytest
from lxml import etree

from conftest import REPO, copy_project, run_guongsang, sample_profiles, set_plugin_options
from feedkit import json_validator, relax_ng, xml_feed_problems

FEEDS = ("rss.xml", "atom.xml", "feed.json", "zalo.json")
SITE = "https://guongsang.example/"
SECTION_FOLDERS = ("linh-vuc", "don-vi", "cap-khen-thuong", "nam", "loai", "phong-trao", "the")
VN = timedelta(hours=7)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    """The sample project built twice (the run's shared build, then again in a copy of it): (site, feed bytes
    after the 1st build, after the 2nd)."""
    project = copy_project(tmp_path_factory.mktemp("feeds") / "du-an", built=True)
    site = project / "site"
    feeds = lambda: {p.relative_to(site).as_posix(): p.read_bytes() for name in FEEDS for p in site.rglob(name)}  # noqa: E731
    first = feeds()
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    return site, first, feeds()


def _places(site: Path) -> list[Path]:
    """The root and every section folder (first listing page), found from the built pages themselves."""
    sections = [p.parent for folder in SECTION_FOLDERS for p in (site / folder).glob("*/index.html")]
    return [site, *sorted(sections)]


def _profiles_listed(place: Path) -> int:
    return len(set(re.findall(r'class="gs-card__link" href="[^"]*guong-dien-hinh/([a-z0-9-]+)/"',
                              (place / "index.html").read_text(encoding="utf-8"))))


@pytest.fixture(scope="module")
def atom_schema() -> etree.RelaxNG:
    return relax_ng("atom.rng")


def test_every_place_has_its_four_feeds_linked(built: tuple[Path, dict[str, bytes], dict[str, bytes]]) -> None:
    site, first, _ = built
    places = _places(site)
    assert len(places) >= 60
    expected = {(p.relative_to(site) / name).as_posix() for p in places for name in FEEDS}
    assert set(first) == expected  # each place has all four, and nothing else publishes feeds
    for place in places:
        html = (place / "index.html").read_text(encoding="utf-8")
        base = "/" + ("" if place == site else place.relative_to(site).as_posix() + "/")
        for name, mime in (("rss.xml", "application/rss+xml"), ("atom.xml", "application/atom+xml"),
                           ("feed.json", "application/feed+json")):
            assert re.search(rf'<link rel="alternate" type="{re.escape(mime)}" title="[^"]+" href="{re.escape(base + name)}">', html)
        # the visible way to follow: one Vietnamese link to the "Theo dõi" page (the addresses stay in <head>)
        assert re.search(r'<p class="gs-feeds"><a class="gs-feeds__link" href="[./]*theo-doi/">Theo dõi', html), place
    profile = next((site / "guong-dien-hinh").glob("*/index.html")).read_text(encoding="utf-8")
    assert 'type="application/rss+xml" title="Gương điển hình tiên tiến tỉnh Sơn Hà (RSS)" href="/rss.xml"' in profile


def test_rss_and_atom_parse_cleanly_and_match_the_sections(
        built: tuple[Path, dict[str, bytes], dict[str, bytes]], atom_schema: etree.RelaxNG) -> None:
    site, first, _ = built
    for place in _places(site):
        rel = "" if place == site else place.relative_to(site).as_posix() + "/"
        listed = _profiles_listed(place)
        for name in ("rss.xml", "atom.xml"):
            feed = feedparser.parse(first[rel + name])
            assert not feed.bozo, (rel + name, feed.get("bozo_exception"))
            assert feed.feed.link == SITE + rel and feed.feed.language == "vi"
            if rel:  # a section's first page lists up to 24 newest; its feed the same newest, up to 50
                assert len(feed.entries) >= listed and len(feed.entries) <= 50
            for entry in feed.entries:
                assert entry.id == entry.link and entry.link.startswith(SITE + "guong-dien-hinh/")
                assert entry.published_parsed and entry.title and entry.summary
                assert entry.get("author")
                labels = [t.get("label") or t.term for t in entry.tags]
                assert any(x.startswith("Lĩnh vực: ") for x in labels) and any(x.startswith("Năm: ") for x in labels)
                assert entry.media_content[0]["url"].endswith(".jpg") and entry.media_content[0]["width"] == "1200"
                content = entry.content[0].value
                assert "<p>" in content and 'href="../' not in content and "<script" not in content
                if name == "rss.xml":
                    assert entry.enclosures[0]["type"] == "image/jpeg" and int(entry.enclosures[0]["length"]) > 0
            dates = [datetime(*e.published_parsed[:6]) for e in feed.entries]
            assert dates == sorted(dates, reverse=True)  # newest first
        document = etree.fromstring(first[rel + "atom.xml"])
        assert atom_schema.validate(document), (rel, atom_schema.error_log)


# section folder → the front-matter field its sections are named by (units and tags have their own rules)
FIELD_OF = {"linh-vuc": "sector", "cap-khen-thuong": "award_level", "nam": "year", "loai": "kind",
            "phong-trao": "campaign"}


def test_each_section_feed_holds_exactly_that_sections_profiles(
        built: tuple[Path, dict[str, bytes], dict[str, bytes]]) -> None:
    """Read from the sample's own files, not from the catalog under test: every published profile whose
    field names the section, and no other (the sample's sections are all under the 50 a feed holds)."""
    site, first, _ = built
    profiles = [(slug, meta) for slug, published, meta in sample_profiles() if published and not meta.get("withdrawn")]
    checked = 0
    for folder, field in FIELD_OF.items():
        for place in sorted((site / folder).glob("*/index.html")):
            value = place.parent.name
            expected = {slug for slug, meta in profiles if str(meta.get(field)) == value}
            assert 0 < len(expected) <= 50, (folder, value)
            for name in ("rss.xml", "atom.xml"):
                feed = feedparser.parse(first[f"{folder}/{value}/{name}"])
                got = {e.link.removeprefix(SITE + "guong-dien-hinh/").strip("/") for e in feed.entries}
                assert got == expected, (folder, value, name)
            entries = json.loads(first[f"{folder}/{value}/feed.json"])["items"]
            assert {i["url"].removeprefix(SITE + "guong-dien-hinh/").strip("/") for i in entries} == expected
            checked += 1
    assert checked >= 20


def test_rss_and_atom_follow_the_grammars_and_the_feed_validator_rules(
        built: tuple[Path, dict[str, bytes], dict[str, bytes]]) -> None:
    """RSS 2.0 + Media RSS and Atom grammars, no one-child media:group, self links that match (W3C Feed Validator)."""
    _, first, _ = built
    checked = 0
    for path, data in first.items():
        if path.endswith(("rss.xml", "atom.xml")):
            assert xml_feed_problems(data, SITE + path) == [], path
            checked += 1
    assert checked >= 120
    rss = etree.fromstring(first["rss.xml"])
    item = next(i for i in rss.iter("item") if i.find("enclosure") is not None)  # the share card: one image, no group
    media = [child.tag.split("}")[1] for child in item if child.tag.startswith("{http://search.yahoo.com/mrss/}")]
    assert media == ["content", "thumbnail"]


def test_feed_dates_carry_the_vietnam_zone(built: tuple[Path, dict[str, bytes], dict[str, bytes]]) -> None:
    _, first, _ = built
    atom = first["atom.xml"].decode()
    assert re.search(r"<published>\d{4}-\d\d-\d\dT[\d:]+\+07:00</published>", atom)
    rss = first["rss.xml"].decode()
    assert re.search(r"<pubDate>\w{3}, \d\d \w{3} \d{4} [\d:]+ \+0700</pubDate>", rss)
    newest = max(re.findall(r"<updated>([^<]+)</updated>", atom))
    assert f"<updated>{newest}</updated>" in atom.split("<entry>")[0]  # the feed's own date is its newest entry's


def test_json_feed_and_zalo_payloads_match_their_schemas(built: tuple[Path, dict[str, bytes], dict[str, bytes]]) -> None:
    _, first, _ = built
    jsonfeed, zalo = json_validator("jsonfeed-1.1.schema.json"), json_validator("zalo-articles.schema.json")
    for path, data in first.items():
        if path.endswith("feed.json"):
            feed = json.loads(data)
            errors = list(jsonfeed.iter_errors(feed))
            assert not errors, (path, errors[:3])
            assert all(item["image"].endswith(".jpg") and item["date_published"].endswith("+07:00") for item in feed["items"])
        elif path.endswith("zalo.json"):
            payload = json.loads(data)
            errors = list(zalo.iter_errors(payload))
            assert not errors, (path, [e.message for e in errors[:3]])
            rss = feedparser.parse(first[path.replace("zalo.json", "rss.xml")])
            assert [a["tracking_link"] for a in payload["articles"]] == [e.link for e in rss.entries]


def test_zalo_article_reads_in_order_without_markup(built: tuple[Path, dict[str, bytes], dict[str, bytes]]) -> None:
    site, first, _ = built
    articles = json.loads(first["zalo.json"])["articles"]
    with_photo = next(a for a in articles if a["body"][0]["type"] == "image")
    assert re.search(r"/anh-[0-9a-f]{10}-\d+\.jpg$", with_photo["body"][0]["url"])
    assert (site / with_photo["body"][0]["url"].removeprefix(SITE)).is_file()
    assert (site / with_photo["cover"]["photo_url"].removeprefix(SITE)).stat().st_size <= 1_000_000
    slug = with_photo["tracking_link"].rstrip("/").rsplit("/", 1)[1]
    source = next(p for p in (REPO / "exemplars").rglob(f"{slug}.md"))
    body = source.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    paragraphs = [block["content"] for block in with_photo["body"] if block["type"] == "text"]
    first_para = next(line for line in body.splitlines() if line.strip() and not line.startswith(("#", "-", "*")))
    assert paragraphs[0] == re.sub(r"\*\*|\*|`", "", first_para).strip()
    heading = next(line[3:].strip() for line in body.splitlines() if line.startswith("## "))
    assert heading in paragraphs and paragraphs.index(heading) > 0
    bullet = next(line[2:].strip() for line in body.splitlines() if line.startswith("- "))
    assert "• " + re.sub(r"\*\*|\*|`", "", bullet) in paragraphs


def test_two_builds_give_identical_feeds(built: tuple[Path, dict[str, bytes], dict[str, bytes]]) -> None:
    _, first, second = built
    assert first.keys() == second.keys()
    changed = [path for path in first if first[path] != second[path]]
    assert changed == []


def test_feed_items_are_limited_and_configurable(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    set_plugin_options(project, "feed_items: 3")
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "Nguồn tin: " in result.stderr
    for name in ("rss.xml", "atom.xml"):
        assert len(feedparser.parse((project / "site" / name).read_bytes()).entries) == 3
    assert len(json.loads((project / "site" / "feed.json").read_text(encoding="utf-8"))["items"]) == 3
    assert len(json.loads((project / "site" / "zalo.json").read_text(encoding="utf-8"))["articles"]) == 3


def test_without_site_url_there_are_no_feeds_and_no_links_to_them(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    config = project / "mkdocs.yml"
    config.write_text(re.sub(r"^site_url: .*\n", "", config.read_text(encoding="utf-8"), flags=re.M), encoding="utf-8")
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "Chưa khai báo site_url" in result.stderr
    site = project / "site"
    assert not [p for name in FEEDS for p in site.rglob(name)]
    for page in (site / "index.html", next((site / "linh-vuc").glob("*/index.html"))):
        html = page.read_text(encoding="utf-8")
        assert 'rel="alternate" type="application/rss+xml"' not in html and 'class="gs-feeds"' not in html


@pytest.mark.parametrize(("url", "feed", "expected"), [
    ("rss.xml", b'<rss version="2.0"><channel><link>https://x.vn/</link><description>d</description></channel></rss>',
     "Expecting an element title"),
    ("rss.xml", b'<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title>'
                b'<link>https://x.vn/</link><description>d</description><item><title>a</title>'
                b'<pubDate>2024-03-15</pubDate></item></channel></rss>', "pubDate"),
    ("atom.xml", b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>2024-03-15T00:00:00Z</updated>'
                 b'<author><name>a</name></author></feed>', "Expecting an element id"),
])
def test_the_grammars_refuse_what_their_specifications_refuse(url: str, feed: bytes, expected: str) -> None:
    """The RSS and Atom grammars (tests/schemas/*.rng) are not empty promises: a channel without a title, an
    RFC 3339 date where RSS wants RFC 822, an Atom feed without an id are each refused, by name."""
    problems = xml_feed_problems(feed, "https://x.vn/" + url)
    assert any(expected in p for p in problems), problems
