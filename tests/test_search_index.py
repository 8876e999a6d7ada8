"""The search index of the built sample portal, read back from Pagefind's own files.

What should be indexed is worked out from the profiles' front matter (python-frontmatter) and
the content folder; what is indexed is read from the bundle's fragments (gzip + JSON).
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from urllib.parse import urljoin

import cbor2
import frontmatter
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO, copy_project, run_guongsang, sample_profiles, set_plugin_options, write
from guongsang.core.text import fold
from guongsang.outputs.search.documents import page_document
from guongsang.outputs.search.fold import MARK, from_index_form, to_index_form
from guongsang.outputs.search.site import keeps_order

SIGNATURE = b"pagefind_dcd"


def fragments(site: Path) -> list[dict[str, object]]:
    out = []
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(SIGNATURE), path
        out.append(json.loads(data[len(SIGNATURE):]))
    return out


def published() -> dict[str, dict[str, object]]:
    return {slug: meta for slug, ok, meta in sample_profiles() if ok}


def content_urls() -> set[str]:
    """The readers' content pages: content/*.md but the home page, and the package's Theo dõi page.
    Editors' pages (content/can-bo/) are never indexed."""
    return {f"/{p.stem}/" for p in (REPO / "content").glob("*.md") if p.stem != "index"} | {"/theo-doi/"}


def test_index_holds_every_profile_and_content_page_and_nothing_else(sample_site: Path) -> None:
    urls = [f["url"] for f in fragments(sample_site)]
    assert len(urls) == len(set(urls))
    assert set(urls) == {f"/guong-dien-hinh/{slug}/" for slug in published()} | content_urls()
    entry = json.loads((sample_site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["vi"]["page_count"] == len(urls)
    # listings, pagination, facet indexes, the home page, 404 and redirects are never results
    assert not any(re.match(r"/(linh-vuc|don-vi|nam|loai|cap-khen-thuong|phong-trao|the|tim-kiem)/", u) for u in urls)


def test_profile_carries_its_filters_and_result_metadata(sample_site: Path) -> None:
    meta = published()["dang-thi-huong"]
    units = {t["id"]: t for t in yaml.safe_load((REPO / "exemplars" / "_vocab" / "units.yml").read_text(encoding="utf-8"))}
    chain, unit = [], str(meta["unit"])
    while unit:
        chain.append(unit)
        unit = units[unit].get("parent")
    doc = next(f for f in fragments(sample_site) if f["url"] == "/guong-dien-hinh/dang-thi-huong/")
    filters = doc["filters"]
    assert filters["sector"] == [meta["sector"]]
    assert filters["kind"] == [meta["kind"]]
    assert filters["award_level"] == [meta["award_level"]]
    assert filters["year"] == [str(meta["year"])]
    assert sorted(filters["unit"]) == sorted(chain) and len(chain) >= 2  # a parent unit finds its communes
    (thumb,) = filters["thumb"]
    assert thumb.startswith("guong-dien-hinh/dang-thi-huong/") and (sample_site / thumb).is_file()
    assert from_index_form(doc["meta"]["title"]) == "Đặng Thị Hường"
    shown = {k: from_index_form(v) for k, v in doc["meta"].items()}  # what the result shows, apart
    assert shown["unit"] == units[str(meta["unit"])]["name"]
    assert shown["award"].startswith("Bằng khen của Thủ tướng")
    assert shown["summary"] == story_of("dang-thi-huong")[0]
    assert "line" not in filters and "type" not in filters


def story_of(slug: str) -> tuple[str, str]:
    """(summary, story) of a sample profile, read with python-frontmatter."""
    post = frontmatter.load(next((REPO / "exemplars").rglob(f"{slug}.md")))
    return str(post.metadata["summary"]), post.content


def test_every_d_is_stored_foldable_and_nothing_else_changes(sample_site: Path) -> None:
    docs = fragments(sample_site)
    text = " ".join(str(d["content"]) + json.dumps(d["meta"], ensure_ascii=False) for d in docs)
    assert "đ" not in text and "Đ" not in text
    assert text.count("d" + MARK) + text.count("D" + MARK) > 100
    doc = next(d for d in docs if d["url"] == "/guong-dien-hinh/dang-thi-huong/")
    summary, story = story_of("dang-thi-huong")
    indexed = from_index_form(str(doc["content"]))
    assert summary in indexed
    # by default the story is not indexed (search_story_words: 0)
    assert story.strip().split("\n")[0].split(".")[0] not in indexed


def test_stories_are_indexed_on_request(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    set_plugin_options(project, "search_story_words: 12")
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "12 từ đầu mỗi bài viết" in result.stderr
    doc = next(d for d in fragments(project / "site") if d["url"] == "/guong-dien-hinh/dang-thi-huong/")
    words = story_of("dang-thi-huong")[1].split()
    indexed = from_index_form(str(doc["content"]))
    assert " ".join(words[:12]) in indexed and " ".join(words[:13]) not in indexed


def index_forms(site: Path) -> set[str]:
    """Every word form stored in the bundle's index chunks.

    A chunk is CBOR: a list of [folded key, places of the key as written, [[other form, places]…]].
    """
    forms: set[str] = set()
    for path in (site / "pagefind" / "index").glob("*.pf_index"):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(SIGNATURE), path
        for key, places, variants in cbor2.loads(data[len(SIGNATURE):])[0]:
            if places:
                forms.add(key)
            forms.update(form for form, _ in variants)
    return forms


def test_words_with_d_are_indexed_once_and_whole(sample_site: Path) -> None:
    forms = index_forms(sample_site)
    marked = {f for f in forms if MARK in f}
    assert "d" + MARK + "ua" in marked and "d" + MARK + "ặng" in marked
    written = {w for d in fragments(sample_site) for w in re.findall(rf"[\w{MARK}]+", str(d["content"]).lower())}
    # a mark that Pagefind does not count as part of a word would make it store "dặng" (and the
    # part "ặng") beside "dͅặng": every đ-word twice
    doubled = {f for f in marked if f.replace(MARK, "") in forms and f.replace(MARK, "") not in written}
    assert doubled == set()


def test_no_lunr_index_and_a_search_box_on_every_page(sample_site: Path) -> None:
    assert not (sample_site / "search").exists()
    pages = [p for p in sample_site.rglob("*.html") if not {"pagefind", "admin"} & set(p.parts)]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html:
            continue  # redirect stubs
        action = re.search(r'<form class="gs-header-search" role="search" action="([^"]*)"', html)
        here = "http://127.0.0.1/" + page.relative_to(sample_site).as_posix()
        assert action and urljoin(here, action[1]) == "http://127.0.0.1/tim-kiem/", (page, action)
        assert "search_index.json" not in html and 'data-md-component="search"' not in html
    search = (sample_site / "tim-kiem" / "index.html").read_text(encoding="utf-8")
    for param in ("linh-vuc", "don-vi", "cap-khen-thuong", "nam", "loai"):
        assert f'name="{param}"' in search
    assert "guongsang-search.js" in search


def test_only_the_search_runtime_of_pagefind_is_published(sample_site: Path) -> None:
    names = {p.name for p in (sample_site / "pagefind").iterdir()}
    assert {"pagefind.js", "pagefind-entry.json", "fragment", "index", "filter"} <= names
    assert not any(n.startswith(("pagefind-ui", "pagefind-modular-ui", "pagefind-component-ui")) for n in names)


def test_material_search_is_off_and_search_can_be_turned_off(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("plugins:\n  - guongsang:\n", "plugins:\n  - search\n  - guongsang:\n      search: false\n")
    assert "search: false" in text
    config.write_text(text, encoding="utf-8")
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    assert not (site / "search").exists() and not (site / "pagefind").exists() and not (site / "tim-kiem").exists()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "gs-header-search" not in home and 'data-md-component="search"' not in home


def test_a_file_in_the_bundle_folder_stops_the_build_and_keeps_the_old_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    old = write(project, "site/index.html", "trang cũ")
    write(project, "site/.guongsang-site", "guongsang-site 1\n")  # a site built before
    write(project, "content/pagefind/ghi-chu.md", "# Ghi chú\n")
    result = run_guongsang("build", cwd=project)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "pagefind/" in result.stderr and "chỉ mục tìm kiếm" in result.stderr
    assert old.read_text(encoding="utf-8") == "trang cũ"


def test_a_missing_pagefind_binary_stops_the_build_in_vietnamese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_project(tmp_path / "du-an")
    old = write(project, "site/index.html", "trang cũ")
    write(project, "site/.guongsang-site", "guongsang-site 1\n")  # a site built before
    temp = tmp_path / "tam"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))  # where the documents are staged
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "khong-co" / "pagefind"))  # read by the pagefind package
    result = run_guongsang("build", cwd=project)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "Pagefind" in result.stderr and "chỉ mục tìm kiếm" in result.stderr
    assert old.read_text(encoding="utf-8") == "trang cũ"
    assert list(temp.iterdir()) == []  # staged documents removed


@settings(deadline=None)  # a slow first call (imports, a busy worker) is not a failure
@given(st.text())
def test_index_form_is_reversible_and_foldable(text: str) -> None:
    text = text.replace(MARK, "")
    stored = to_index_form(text)
    assert "đ" not in stored and "Đ" not in stored
    assert from_index_form(stored) == text
    assert fold(stored) == fold(text)  # NFD + dropping marks, as Pagefind does, gives the folded text


@pytest.mark.parametrize("content", [
    "<p>Giới thiệu chung.</p>",
    "<h1 id=\"gioi-thieu\">Giới thiệu</h1><p>Giới thiệu chung.</p>",
    "<h1>Giới thiệu</h1><script>alert('x')</script><p onclick=\"x()\">Giới thiệu chung.</p>",
])
def test_content_page_document_has_one_heading_and_no_script(content: str) -> None:
    doc = page_document("gioi-thieu/", "Giới thiệu", content)
    assert doc.html.count("<h1") == 1 and doc.html.count("Giới thiệu chung.") == 1
    assert 'data-pagefind-meta="title:Giới thiệu"' in doc.html
    assert "script" not in doc.html and "onclick" not in doc.html


def test_metadata_with_quotes_and_commas_stays_one_value() -> None:
    doc = page_document("x/", 'Quy chế "thi đua", khen thưởng', "<p>Nội dung.</p>")
    assert 'data-pagefind-meta="title:Quy chế &quot;thi d\u0345ua&quot;, khen thưởng"' in doc.html


@pytest.mark.parametrize(("kept", "urls", "keeps"), [
    (["a/", "b/", "c/"], ["a/", "b/", "c/"], True),  # edits only: every file stays where it was made
    (["a/", "b/", "c/"], ["a/", "c/"], True),  # a profile went
    (["a/", "b/"], ["a/", "b/", "c/"], True),  # one added last in the catalog: made last
    (["a/", "c/"], ["a/", "b/", "c/"], False),  # one added in the middle: made last, listed last on tmpfs
    (["a/", "b/", "c/"], ["b/", "a/", "c/"], False),  # a profile moved in the catalog (its date changed)
    (["a/", "b/"], ["a/", "c/"], True),  # one went, one came at the end
    ([], ["a/", "b/"], True),  # the first build: all made in the catalog's order
])
def test_the_previews_kept_documents_are_written_again_when_their_order_would_differ(
        kept: list[str], urls: list[str], keeps: bool) -> None:
    """Pagefind numbers pages in the order the file system lists them; tmpfs lists them in the order they were
    made. The preview's kept documents are all written again, in the catalog's order, when keeping them would
    leave them in another order than a clean build makes them (tests/test_identical_output.py on tmpfs)."""
    assert keeps_order(kept, urls) is keeps
