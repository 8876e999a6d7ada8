"""The portal, built for real from the sample content with `guongsang build` and `mkdocs build`.

What should be published is worked out here from the profiles' own front matter, read with
python-frontmatter, not with Guongsang's code; then the built site is compared against it.
"""

from __future__ import annotations

import json
import re
import resource
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from conftest import (
    TODAY,
    _published_on,
    copy_project,
    run_guongsang,
    sample_profiles,
    set_plugin_options,
    snapshot,
    valid_profile,
    write,
)

PAGE_SIZE = 24
PROFILE_LINK = re.compile(r'href="[^"]*guong-dien-hinh/([a-z0-9-]+)/"')
@pytest.fixture(scope="module")
def site(sample_site: Path) -> Path:
    return sample_site


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_published_profile_has_its_page(site: Path) -> None:
    profiles = sample_profiles()
    assert sum(published for _, published, _ in profiles) >= len(profiles) - 5 >= 35
    for slug, published, meta in profiles:
        page = site / "guong-dien-hinh" / slug / "index.html"
        assert page.is_file() == published, slug
        if published:
            html = page.read_text(encoding="utf-8")
            assert f"<h1>{meta['title']}</h1>" in html


def test_no_draft_or_future_profile_leaks_anywhere(site: Path) -> None:
    hidden = [(slug, meta) for slug, published, meta in sample_profiles() if not published]
    assert any(m.get("draft") for _, m in hidden), "the sample should have drafts"
    assert any(_published_on(m["date"]) > TODAY for _, m in hidden), "the sample should have a future profile"
    texts = [p.read_text(encoding="utf-8") for p in html_pages(site)]
    texts.append((site / "sitemap.xml").read_text(encoding="utf-8"))
    for slug, meta in hidden:
        assert not (site / "guong-dien-hinh" / slug).exists()
        for text in texts:
            assert f"guong-dien-hinh/{slug}/" not in text
            assert str(meta["title"]) not in text


def test_every_facet_value_has_a_section(site: Path) -> None:
    from guongsang.core.text import slugify

    published = [meta for _, ok, meta in sample_profiles() if ok]
    expected = set()
    for meta in published:
        expected |= {f"linh-vuc/{meta['sector']}", f"don-vi/{meta['unit']}", f"cap-khen-thuong/{meta['award_level']}",
                     f"nam/{meta['year']}", f"loai/{meta['kind']}"}
        if meta.get("campaign"):
            expected.add(f"phong-trao/{meta['campaign']}")
        expected |= {f"the/{slugify(str(t))}" for t in meta.get("tags") or []}
    expected.add("don-vi/tinh-son-ha")  # the parent unit lists its descendants
    for section in sorted(expected):
        assert (site / section / "index.html").is_file(), section
    for facet in ("linh-vuc", "don-vi", "cap-khen-thuong", "nam", "loai", "phong-trao", "the"):
        assert (site / facet / "index.html").is_file()


def test_parent_unit_lists_descendants_with_pagination(site: Path) -> None:
    published = sum(ok for _, ok, _ in sample_profiles())
    first = (site / "don-vi" / "tinh-son-ha" / "index.html").read_text(encoding="utf-8")
    assert f"{published} gương điển hình" in first
    second = site / "don-vi" / "tinh-son-ha" / "trang" / "2" / "index.html"
    assert second.is_file()
    links = set(PROFILE_LINK.findall(first)) | set(PROFILE_LINK.findall(second.read_text(encoding="utf-8")))
    assert len(links) == published
    assert 'rel="next"' in first and "trang/2/" in first


def test_no_page_carries_more_than_a_page_of_profile_links(site: Path) -> None:
    for page in html_pages(site):
        links = set(PROFILE_LINK.findall(page.read_text(encoding="utf-8")))
        assert len(links) <= PAGE_SIZE, page


def test_sections_are_newest_first(site: Path) -> None:
    dates = {slug: _published_on(meta["date"]) for slug, ok, meta in sample_profiles() if ok}
    html = (site / "don-vi" / "tinh-son-ha" / "index.html").read_text(encoding="utf-8")
    order = list(dict.fromkeys(PROFILE_LINK.findall(html)))
    assert [dates[s] for s in order] == sorted((dates[s] for s in order), reverse=True)


def test_pages_are_vietnamese_and_self_contained(site: Path) -> None:
    for page in html_pages(site):
        html = page.read_text(encoding="utf-8")
        if "http-equiv=\"refresh\"" in html:
            continue  # redirect stubs
        assert '<html lang="vi"' in html, page
        assert "fonts.googleapis" not in html and "cdn.jsdelivr" not in html
        for src in re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="(https?://[^"]+)"', html):
            assert src.startswith("https://guongsang.example/"), (page, src)


def test_profile_page_shows_its_facts(site: Path) -> None:
    slug, meta = next((s, m) for s, ok, m in sample_profiles() if ok and m.get("photo") and m.get("decision") and m.get("evidence"))
    html = (site / "guong-dien-hinh" / slug / "index.html").read_text(encoding="utf-8")
    assert str(meta["decision"]) in html
    assert f'href="../../linh-vuc/{meta["sector"]}/"' in html
    assert f'href="../../don-vi/{meta["unit"]}/"' in html and 'href="../../don-vi/tinh-son-ha/"' in html
    assert re.search(rf'<picture><source type="image/webp" srcset="\.\./\.\./guong-dien-hinh/{slug}/anh-[0-9a-f]{{10}}-320\.webp 320w', html)
    assert re.search(rf'<img class="gs-profile__photo" src="\.\./\.\./guong-dien-hinh/{slug}/anh-[0-9a-f]{{10}}-\d+\.jpg"', html)
    assert "Chia sẻ" in html and "facebook.com/sharer" in html
    assert "Điển hình cùng đơn vị, lĩnh vực" in html
    for ev in meta["evidence"]:
        assert ev["url"] in html


def test_profile_page_is_small(site: Path) -> None:
    sizes = [p.stat().st_size for p in (site / "guong-dien-hinh").glob("*/index.html")]
    assert sum(sizes) / len(sizes) < 60_000


def test_sitemap_lists_profiles_and_sections(site: Path) -> None:
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    for slug, ok, _ in sample_profiles():
        assert (f"https://guongsang.example/guong-dien-hinh/{slug}/" in sitemap) == ok
    assert "https://guongsang.example/linh-vuc/y-te/" in sitemap


# Every front-matter key a profile may have, written here (not read from the model under test): a key the
# model drops or the guide's table leaves out fails.
PROFILE_KEYS = ("title", "kind", "unit", "sector", "award_level", "year", "date", "summary", "award", "decision",
                "campaign", "tags", "photo", "photo_alt", "evidence", "author", "draft", "featured", "consent",
                "withdrawn", "slug", "aliases")


def test_contributor_guide_field_table_comes_from_the_model(site: Path) -> None:
    html = (site / "can-bo" / "huong-dan-dong-gop" / "index.html").read_text(encoding="utf-8")
    table = html[html.index("<table"):html.index("</table>")]
    assert re.findall(r"<td><code>([a-z_]+)</code>", table) == list(PROFILE_KEYS)
    assert "guongsang:bang-truong" not in html


def test_aliases_redirect_and_mkdocs_build_works_too(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    path = next((project / "exemplars").glob("2024/*.md"))
    text = path.read_text(encoding="utf-8").replace("\n---\n", "\naliases: [ten-cu-cua-ho-so]\n---\n", 1)
    path.write_text(text, encoding="utf-8")
    result = run_guongsang("build", cwd=project)  # via our command
    assert result.returncode == 0, result.stderr
    stub = (project / "site" / "guong-dien-hinh" / "ten-cu-cua-ho-so" / "index.html").read_text(encoding="utf-8")
    assert f'url=../{path.stem}/"' in stub and 'rel="canonical"' in stub

    plain = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / "mk")], cwd=project,
                           capture_output=True, text=True)
    assert plain.returncode == 0, plain.stderr
    ours = {p.relative_to(project / "site") for p in (project / "site").rglob("index.html")}
    theirs = {p.relative_to(tmp_path / "mk") for p in (tmp_path / "mk").rglob("index.html")}
    assert ours == theirs
    # README: plain `mkdocs build` makes the search index too, the same pages as `guongsang build`
    entries = [json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
               for site in (project / "site", tmp_path / "mk")]
    assert entries[1]["languages"]["vi"]["page_count"] == entries[0]["languages"]["vi"]["page_count"] >= 35
    assert (tmp_path / "mk" / "pagefind" / "pagefind.js").is_file()
    assert sorted(p.name for p in (tmp_path / "mk" / "pagefind" / "fragment").iterdir()) == sorted(
        p.name for p in (project / "site" / "pagefind" / "fragment").iterdir())


def test_bad_profile_stops_the_build_and_keeps_the_old_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an", built=True)
    before = snapshot(project / "site")
    write(project, "exemplars/2025/loi.md", valid_profile("Hồ sơ lỗi").replace("sector: nong-nghiep-nong-thon-moi", "sector: y te"))
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 1
    assert "exemplars/2025/loi.md:5: lỗi GS201 sector" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
    assert snapshot(project / "site") == before
    assert not [p for p in project.iterdir() if p.name.startswith(".site-")]


def broken_png(width: int = 600, height: int = 600) -> bytes:
    """A PNG whose chunks and checksums are sound but whose pixel data is not a zlib stream: it passes
    `check` (which reads headers and checksums, not pixels) and fails only when the build decodes it."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"\x78\x9c" + bytes(range(7, 250))) + chunk(b"IEND", b"")


def test_a_failure_late_in_the_build_keeps_the_old_site(tmp_path: Path) -> None:
    """Past validation, the build can still fail: a photo that only breaks when decoded, or a disk error
    in the middle of writing. Either way: a Vietnamese message, exit 1, the old site byte for byte."""
    project = copy_project(tmp_path / "du-an", built=True)
    before = snapshot(project / "site")
    profile = project / "exemplars" / "2024" / "cao-van-khiem.md"
    original = profile.read_text(encoding="utf-8")

    write(project, "exemplars/2024/cao-van-khiem-hong.png", broken_png())
    profile.write_text(original.replace("photo: cao-van-khiem.jpg", "photo: cao-van-khiem-hong.png"), encoding="utf-8")
    assert run_guongsang("check", cwd=project).returncode == 0  # nothing wrong that check can see
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "exemplars/2024/cao-van-khiem.md" in result.stderr and "ảnh không xử lý được" in result.stderr
    assert snapshot(project / "site") == before
    profile.write_text(original, encoding="utf-8")

    # a quota of 100 kB per file (RLIMIT_FSIZE, inherited by MkDocs): writing a larger file fails with
    # EFBIG, as a full disk fails with ENOSPC; the first such file is a copy of Material's bundle
    def small_quota() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))

    result = run_guongsang("build", cwd=project, preexec_fn=small_quota)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "Lỗi ổ đĩa khi dựng trang" in result.stderr and "tệp vượt quá kích thước tối đa" in result.stderr
    assert "Dựng trang thất bại; thư mục site cũ được giữ nguyên." in result.stderr
    assert snapshot(project / "site") == before
    assert not [p for p in project.iterdir() if p.name.startswith(".site-")]  # no half-written folder left


def test_a_site_folder_that_cannot_be_written_is_reported_in_vietnamese(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    result = run_guongsang("build", "--site-dir", "/proc/guongsang-site", cwd=project)  # /proc refuses new folders
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Không tạo được thư mục để dựng trang" in result.stderr and "không tồn tại hoặc không tạo được" in result.stderr


def test_mkdocs_build_stops_before_touching_the_site(tmp_path: Path) -> None:

    project = copy_project(tmp_path / "du-an")
    write(project, "site/giu-nguyen.txt", "trang cũ")
    write(project, "site/.guongsang-site", "guongsang-site 1\n")  # a site built before: MkDocs may replace it
    write(project, "exemplars/2025/loi.md", valid_profile("Hồ sơ lỗi").replace("year: 2024", "year: hai"))
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 1
    assert "GS103" in result.stderr and "Traceback" not in result.stderr
    assert (project / "site" / "giu-nguyen.txt").read_text(encoding="utf-8") == "trang cũ"


def test_reused_navigation_is_identical_to_rendering_every_page(site: Path, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    set_plugin_options(project, "reuse_blocks: false")
    assert run_guongsang("build", cwd=project).returncode == 0
    fresh = project / "site"
    pages = sorted(p.relative_to(fresh) for p in fresh.rglob("*.html"))
    assert pages == sorted(p.relative_to(site) for p in site.rglob("*.html"))
    for rel in pages:
        assert (site / rel).read_bytes() == (fresh / rel).read_bytes(), rel
