"""The portal reads as an agency's: the agency block in mkdocs.yml, `check`'s warnings when its details
are missing, the emblem and names in the header, the footer with the agency's details, the "Theo dõi"
page and the editors' area kept out of the readers' menu.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import check_json, copy_project, run_guongsang

AGENCY_LINE = "      agency:"
MISSING = {"GS602": "agency.name", "GS603": "agency.parent", "GS604": "agency.responsible",
           "GS605": "agency.address", "GS606": "agency.phone", "GS607": "agency.email"}
FOOTER_FACTS = ["Sở Nội vụ tỉnh Sơn Hà", "Ủy ban nhân dân tỉnh Sơn Hà", "Ông Trần Minh Đức",
                "Số 8 đường Hùng Vương, phường Sơn Hà, tỉnh Sơn Hà", "0209 3856 123", "guongsang@snv.sonha.example",
                "Quyết định số 123/QĐ-UBND"]


def _without_agency(project: Path) -> Path:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert AGENCY_LINE in text
    config.write_text(re.sub(r"      agency:.*?\n(?=      \w)", "", text, count=1, flags=re.S), encoding="utf-8")
    return config


def _line_of(config: Path, needle: str) -> int:
    return next(i for i, line in enumerate(config.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def _footer(html: str) -> str:
    return html[html.index('<footer class="md-footer'):html.index("</footer>")]


def test_check_warns_for_each_missing_agency_detail_with_file_and_line(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    config = _without_agency(project)
    code, problems = check_json(project)
    assert code == 0  # warnings only
    found = {p["code"]: p for p in problems if str(p["code"]).startswith("GS6")}
    assert set(found) == set(MISSING)
    line = _line_of(config, "  - guongsang:")
    for code_, field in MISSING.items():
        p = found[code_]
        assert (p["severity"], p["file"], p["line"], p["field"]) == ("warning", "mkdocs.yml", line, field)
        assert "mkdocs.yml" in str(p["message"]) and field in str(p["message"]) and "agency:" in str(p["hint"])
    text = run_guongsang("check", cwd=project)
    assert text.returncode == 0, text.stderr
    assert f"mkdocs.yml:{line}: cảnh báo GS604 agency.responsible: mkdocs.yml chưa khai báo người chịu trách nhiệm" in text.stdout


def test_check_names_the_line_of_a_partial_agency_block(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"        email: .*\n", "", text.replace("        phone:", "        phone_number:")),
                      encoding="utf-8")
    code, problems = check_json(project)
    by_code = {p["code"]: p for p in problems if str(p["code"]).startswith("GS6")}
    assert code == 1 and set(by_code) == {"GS606", "GS607", "GS609"}  # the unknown key is an error
    assert by_code["GS609"]["line"] == _line_of(config, "phone_number:")
    assert "phone" in str(by_code["GS609"]["hint"])
    assert by_code["GS607"]["line"] == _line_of(config, AGENCY_LINE)


@pytest.mark.parametrize(("name", "data"), [
    ("bieu-trung.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ("bieu-trung.png", b"<html><script>alert(1)</script></html>"),
    ("bieu-trung.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 40),
])
def test_an_emblem_that_is_not_a_png_jpeg_or_webp_by_its_bytes_is_refused(tmp_path: Path, name: str, data: bytes) -> None:
    project = copy_project(tmp_path / "du-an")
    (project / "theme" / "bieu-trung" / name).write_bytes(data)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("theme/bieu-trung/son-ha.png", f"theme/bieu-trung/{name}"),
                      encoding="utf-8")
    code, problems = check_json(project)
    bad = [p for p in problems if p["code"] == "GS608"]
    assert code == 1 and len(bad) == 1 and bad[0]["line"] == _line_of(config, "logo: theme/bieu-trung/")
    build = run_guongsang("build", cwd=project)
    assert build.returncode != 0 and "Traceback" not in build.stderr
    assert "agency" in build.stderr and not (project / "site").exists()


def test_the_sample_declares_a_complete_agency(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    assert not [p for p in check_json(project)[1] if str(p["code"]).startswith("GS6")]


def test_a_portal_without_agency_still_builds_with_its_site_name_in_the_footer(tmp_path: Path, browser: Any) -> None:
    from browserkit import serve

    project = copy_project(tmp_path / "du-an")
    _without_agency(project)
    shutil.rmtree(project / "exemplars" / "2024")  # fewer profiles: a faster build
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    footer = _footer((project / "site" / "index.html").read_text(encoding="utf-8"))
    assert "Gương điển hình tiên tiến tỉnh Sơn Hà" in footer and "Cơ quan chủ quản" not in footer
    assert "gs-brand__emblem" not in (project / "site" / "index.html").read_text(encoding="utf-8")
    # no short name: the whole site name wraps onto whole lines at 390 px, nothing clipped
    from browserkit import own_page

    with serve(project / "site") as url, own_page(browser, viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                                  is_mobile=True) as page:
        page.goto(url)
        title = page.evaluate("""() => { const e = document.querySelector('.gs-brand__site'), s = getComputedStyle(e);
          return {text: e.innerText, sw: e.scrollWidth, cw: e.clientWidth, h: e.getBoundingClientRect().height,
                  line: parseFloat(s.lineHeight), overflow: s.textOverflow, right: e.getBoundingClientRect().right}; }""")
    assert title["text"].split() == ["Gương", "điển", "hình", "tiên", "tiến", "tỉnh", "Sơn", "Hà"]
    assert title["sw"] <= title["cw"] + 1 and title["overflow"] != "ellipsis" and title["right"] <= 390, title
    assert title["h"] >= 1.5 * title["line"], title  # two lines, broken between words


@pytest.mark.parametrize("page", ["index.html", "linh-vuc/y-te/index.html", "gioi-thieu/index.html", "404.html"])
def test_the_footer_carries_the_agency_details_and_no_material_credit(sample_site: Path, page: str) -> None:
    html = (sample_site / page).read_text(encoding="utf-8")
    footer = _footer(html)
    for fact in FOOTER_FACTS:
        assert fact in footer, fact
    assert "Cơ quan chủ quản" in footer and "Chịu trách nhiệm nội dung" in footer
    assert 'href="tel:02093856123"' in footer and 'href="mailto:guongsang@snv.sonha.example"' in footer
    assert "Made with" not in html and "Material for MkDocs" not in html
    assert re.search(r'<a href="[./]*can-bo/">', footer)  # the editors' area: from the footer
    assert re.search(r'<a href="[./]*theo-doi/">', footer)


def test_the_emblem_is_published_as_a_re_encoded_png(sample_site: Path) -> None:
    from PIL import Image

    with Image.open(sample_site / "assets" / "guongsang" / "bieu-trung.png") as img:
        assert img.format == "PNG" and img.height == 128
    html = (sample_site / "index.html").read_text(encoding="utf-8")
    assert 'class="gs-brand__emblem" src="assets/guongsang/bieu-trung.png"' in html


def test_editors_pages_are_out_of_the_tabs_and_the_old_address_redirects(sample_site: Path) -> None:
    html = (sample_site / "index.html").read_text(encoding="utf-8")
    tabs = html[html.index('<nav class="md-tabs"'):html.index("</nav>", html.index('<nav class="md-tabs"'))]
    nav = html[html.index('md-nav--primary'):html.index('<footer')]
    assert "can-bo" not in tabs and "huong-dan-dong-gop" not in tabs and "can-bo" not in nav
    assert (sample_site / "can-bo" / "huong-dan-dong-gop" / "index.html").is_file()
    old = (sample_site / "huong-dan-dong-gop" / "index.html").read_text(encoding="utf-8")
    assert 'http-equiv="refresh" content="0; url=../can-bo/huong-dan-dong-gop/"' in old


def test_the_follow_page_lists_the_feed_addresses_and_the_channels(sample_site: Path) -> None:
    html = (sample_site / "theo-doi" / "index.html").read_text(encoding="utf-8")
    for name in ("rss.xml", "atom.xml", "feed.json"):
        assert f"<code>https://guongsang.example/{name}</code>" in html
        assert (sample_site / name).is_file()
    assert "https://guongsang.example/linh-vuc/y-te/rss.xml" in html and (sample_site / "linh-vuc/y-te/rss.xml").is_file()
    assert 'href="https://zalo.me/sonha.example"' in html and 'href="https://www.facebook.com/sonha.example"' in html
    assert "nguồn tin" in html


@pytest.mark.parametrize(("page", "label"), [("index.html", "Theo dõi tin mới"),
                                             ("linh-vuc/y-te/index.html", "Theo dõi chuyên mục này")])
def test_follow_links_are_one_vietnamese_link_and_head_keeps_the_feeds(sample_site: Path, page: str, label: str) -> None:
    html = (sample_site / page).read_text(encoding="utf-8")
    body = html[html.index("<body"):]
    assert re.search(rf'<a class="gs-feeds__link" href="[./]*theo-doi/">{label}</a>', body)
    assert "JSON Feed" not in body and ">RSS<" not in body and ">Atom<" not in body
    assert html.count('rel="alternate" type="application/rss+xml"') >= 1


# --- In Chromium, at a phone's size -------------------------------------------------------------------

@pytest.fixture(scope="module")
def phone(browser: Any, base_url: str) -> Any:
    from browserkit import own_page

    with own_page(browser, viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                  has_touch=True) as page:
        yield page


@pytest.mark.parametrize("path", ["", "linh-vuc/y-te/", "gioi-thieu/"])
def test_the_header_shows_the_emblem_and_whole_words_at_390px(phone: Any, base_url: str, path: str) -> None:
    phone.goto(base_url + path)
    brand = phone.evaluate("""() => {
      const out = [];
      for (const el of document.querySelectorAll('.gs-brand, .gs-brand__text, .gs-brand__text > span')) {
        const s = getComputedStyle(el), r = el.getBoundingClientRect();
        if (s.display === 'none') continue;
        out.push({cls: el.className, text: el.textContent.trim(), sw: el.scrollWidth, cw: el.clientWidth,
                  overflow: s.textOverflow, right: r.right, fontSize: parseFloat(s.fontSize)});
      }
      const img = document.querySelector('.md-header .gs-brand__emblem'), r = img.getBoundingClientRect();
      return {out, img: {complete: img.complete, natural: img.naturalWidth, w: r.width, h: r.height, left: r.left,
                         top: r.top}, vw: innerWidth};
    }""")
    assert brand["img"]["complete"] and brand["img"]["natural"] > 0 and brand["img"]["w"] >= 32
    assert 0 <= brand["img"]["left"] < brand["vw"] and brand["img"]["top"] >= 0
    shown = [b["text"] for b in brand["out"] if "gs-brand__site" in b["cls"] or "gs-brand__agency" in b["cls"]]
    assert shown == ["Sở Nội vụ tỉnh Sơn Hà", "Gương sáng Sơn Hà"]
    for b in brand["out"]:
        assert b["sw"] <= b["cw"] + 1, b  # nothing clipped
        assert b["overflow"] != "ellipsis", b
        assert b["right"] <= brand["vw"], b
        assert b["fontSize"] >= 12, b


def test_footer_links_are_tap_targets_of_44px_at_390px(phone: Any, base_url: str) -> None:
    phone.goto(base_url + "linh-vuc/y-te/")
    sizes = phone.evaluate("""() => [...document.querySelectorAll('.gs-footer a')].map(a => {
      const r = a.getBoundingClientRect(); return [a.textContent.trim(), r.width, r.height]; })""")
    assert len(sizes) >= 12
    small = [s for s in sizes if s[1] < 44 or s[2] < 44]
    assert not small, small
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390


def test_the_drawer_shows_the_site_name_on_whole_lines_below_the_emblem(phone: Any, base_url: str) -> None:
    phone.goto(base_url + "linh-vuc/y-te/")
    phone.click(".md-header label[for=__drawer]")
    title = phone.evaluate("""() => { const t = document.querySelector('.md-nav--primary > .md-nav__title'),
        img = t.querySelector('img'), s = getComputedStyle(t), range = document.createRange();
      range.selectNodeContents(t); const rects = [...range.getClientRects()].filter(r => r.width > 0);
      const text = [...t.childNodes].filter(n => n.nodeType === 3 && n.textContent.trim());
      const tr = document.createRange(); tr.selectNodeContents(text[0]);
      return {sw: t.scrollWidth, cw: t.clientWidth, overflow: s.textOverflow, textTop: tr.getBoundingClientRect().top,
              imgBottom: img.getBoundingClientRect().bottom, text: text[0].textContent.trim(), n: rects.length}; }""")
    assert title["text"] == "Gương điển hình tiên tiến tỉnh Sơn Hà"
    assert title["sw"] <= title["cw"] + 1 and title["overflow"] != "ellipsis", title
    assert title["imgBottom"] <= title["textTop"], title
