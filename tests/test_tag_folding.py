"""Tag spellings that differ only in case, marks or hyphens are one section: one page, one name (the
most frequent spelling), one link per profile, one sitemap entry, one feed; a real build read back."""

from __future__ import annotations

import re
from pathlib import Path

import feedparser
import pytest

from conftest import REPO, copy_project, run_guongsang, sample_profiles

SPELLINGS = {0: "[Việt Nam, VIỆT NAM, khuyến học]", 1: "[viet-nam]", 2: "[Việt Nam]"}  # "Việt Nam" twice


def _published_files() -> list[tuple[str, Path]]:
    slugs = {slug for slug, ok, meta in sample_profiles() if ok and not meta.get("slug")}
    files = sorted(p for p in (REPO / "exemplars").rglob("*.md") if p.stem in slugs and "_vocab" not in p.parts)
    return [(p.stem, p.relative_to(REPO)) for p in files[:3]]


@pytest.fixture(scope="module")
def folded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    project = copy_project(tmp_path_factory.mktemp("the") / "du-an")
    slugs = []
    for i, (slug, rel) in enumerate(_published_files()):
        path = project / rel
        text = path.read_text(encoding="utf-8")
        text, count = re.subn(r"(?m)^tags: .*$", f"tags: {SPELLINGS[i]}", text)
        if not count:
            text = text.replace("\n---", f"\ntags: {SPELLINGS[i]}\n---", 1)
        path.write_text(text, encoding="utf-8")
        slugs.append(slug)
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site", slugs


def test_one_section_named_by_the_most_frequent_spelling(folded: tuple[Path, list[str]]) -> None:
    site, slugs = folded
    tag_pages = sorted(p.parent.name for p in (site / "the").glob("*/index.html"))
    assert "viet-nam" in tag_pages and not [t for t in tag_pages if t.startswith("viet-nam") and t != "viet-nam"]
    page = (site / "the" / "viet-nam" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<h1[^>]*>[^<]*Việt Nam", page), re.findall(r"<h1.*?</h1>", page, re.S)
    assert "VIỆT NAM" not in page and ">viet-nam<" not in page
    listed = [page.count(f'href="../../guong-dien-hinh/{s}/"') or page.count(f"guong-dien-hinh/{s}/") for s in slugs]
    assert listed[0] == listed[1] == listed[2] > 0, listed  # the profile with two spellings is listed once


def test_a_profile_links_its_folded_tag_once(folded: tuple[Path, list[str]]) -> None:
    site, slugs = folded
    page = (site / "guong-dien-hinh" / slugs[0] / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a [^>]*href="[^"]*the/viet-nam/"[^>]*>\s*([^<]*?)\s*</a>', page)
    assert links == ["Việt Nam"], links


def test_the_sitemap_and_the_section_feed_agree(folded: tuple[Path, list[str]]) -> None:
    site, _ = folded
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap.count("/the/viet-nam/<") == 1 and "/the/viet-nam-" not in sitemap
    feed = feedparser.parse((site / "the" / "viet-nam" / "rss.xml").read_bytes())
    assert len(feed.entries) == 3 and len({e.link for e in feed.entries}) == 3
    assert "Việt Nam" in feed.feed.title and "VIỆT NAM" not in feed.feed.title, feed.feed.title
