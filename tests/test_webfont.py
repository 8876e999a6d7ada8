"""The self-hosted typeface, Be Vietnam Pro: every Vietnamese letter drawn by it (issue 18, item 11).

Chromium reports, through the DevTools protocol (CSS.getPlatformFontsForNode), which fonts actually
drew an element's text: that is the reader's view, whatever fonts the machine has. The system's own
fonts here cover Vietnamese too, so "no fallback" is checked as "only Be Vietnam Pro drew it".
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from browserkit import require_chromium
from conftest import copy_project, run_guongsang

require_chromium()

VOWELS = "aăâeêioôơuưy"
TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền, sắc, hỏi, ngã, nặng
LOWER = "".join(sorted({*"ăâêôơưđ", *(unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES)}))
LETTERS = LOWER + LOWER.upper()  # the 134 letters of Vietnamese beyond plain ASCII
FAMILY = "Be Vietnam Pro"


def fonts_drawing(page: Any, selector: str) -> dict[str, set[str]]:
    """Text of up to six elements matching ``selector`` → the font families Chromium drew it with."""
    client = page.context.new_cdp_session(page)
    client.send("DOM.enable")
    client.send("CSS.enable")
    root = client.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    found: dict[str, set[str]] = {}
    for node in client.send("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"][:6]:
        fonts = client.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        html = client.send("DOM.getOuterHTML", {"nodeId": node})["outerHTML"][:80]
        found[html] = {f["familyName"] for f in fonts}
    client.detach()
    return found


def test_the_letter_list_is_complete() -> None:
    assert len(LETTERS) == 134 and len(set(LETTERS)) == 134


@pytest.fixture(scope="module")
def reader(browser: Any, base_url: str) -> Any:
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.requests = []
    page.on("request", lambda r: page.requests.append((r.url, r.resource_type)))
    yield page
    page.close()


@pytest.mark.parametrize("path", ["", "guong-dien-hinh/cao-van-khiem/", "linh-vuc/", "gioi-thieu/"])
def test_every_letter_on_the_page_is_drawn_by_be_vietnam_pro(reader: Any, base_url: str, path: str) -> None:
    reader.requests.clear()
    reader.goto(base_url + path)
    reader.evaluate("document.fonts.ready.then(() => true)")
    drawn = {}
    for selector in ("h1", "article p", "article li", ".md-tabs__link", ".md-header__topic"):
        drawn |= fonts_drawing(reader, selector)
    assert drawn, path
    others = {html: fonts for html, fonts in drawn.items() if fonts and fonts != {FAMILY}}
    assert not others, others
    fonts = [urlsplit(url) for url, kind in reader.requests if kind == "font"]
    assert fonts, "the page's text needs the web font"
    host = urlsplit(base_url).netloc
    assert all(u.netloc == host and u.path.startswith("/assets/guongsang/fonts/") and u.path.endswith(".woff2")
               for u in fonts), fonts


def test_all_134_vietnamese_letters_in_regular_and_bold(reader: Any, base_url: str) -> None:
    reader.goto(base_url)
    reader.evaluate("""(text) => {
      for (const weight of ["400", "700"]) {
        const p = document.createElement("p");
        p.className = "gs-test-letters"; p.style.fontWeight = weight; p.textContent = text;
        document.querySelector("article").append(p);
      }
    }""", LETTERS)
    loaded = reader.evaluate("""async (text) => {
      const faces = [...await document.fonts.load('16px "Be Vietnam Pro"', text),
                     ...await document.fonts.load('bold 16px "Be Vietnam Pro"', text)];
      await document.fonts.ready;
      return {faces: faces.map(f => f.weight + " " + f.status + " " + f.unicodeRange.slice(0, 12)),
              check: document.fonts.check('16px "Be Vietnam Pro"', text) && document.fonts.check('bold 16px "Be Vietnam Pro"', text)};
    }""", LETTERS)
    assert loaded["check"], loaded
    assert len(loaded["faces"]) == 4 and all(" loaded " in f for f in loaded["faces"]), loaded  # 2 subsets, asked twice
    drawn = fonts_drawing(reader, ".gs-test-letters")
    assert len(drawn) == 2 and all(fonts == {FAMILY} for fonts in drawn.values()), drawn


def test_an_ascii_only_text_does_not_fetch_the_vietnamese_subset(browser: Any, base_url: str) -> None:
    """unicode-range at work: a page whose text needs no Vietnamese letter loads the Latin file only."""
    page = browser.new_page()
    ascii_page = ('<!doctype html><html lang="vi"><title>x</title>'
                  '<link rel="stylesheet" href="/assets/guongsang/be-vietnam-pro.css">'
                  '<p style="font-family: \'Be Vietnam Pro\'">Tan Hoa 2025</p></html>')
    page.route(base_url + "chi-ascii.html", lambda route: route.fulfill(body=ascii_page, content_type="text/html"))
    try:
        page.goto(base_url + "chi-ascii.html")  # same origin as the fonts
        faces = page.evaluate("""async () => { await document.fonts.ready;
          return [...document.fonts].filter(f => f.family.includes("Be Vietnam Pro") && f.status === "loaded")
                                    .map(f => f.unicodeRange.startsWith("U+0-FF") || f.unicodeRange.startsWith("U+0000") ? "latin" : "other"); }""")
    finally:
        page.close()
    assert faces and set(faces) == {"latin"}, faces


def test_without_npm_packages_the_build_uses_system_fonts_and_says_so(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    (project / "node_modules").unlink(missing_ok=True)
    shutil.rmtree(project / "node_modules", ignore_errors=True)
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")  # the web editor (Decap) needs npm too: off
    head, _, rest = text.partition("      editor:")
    (project / "mkdocs.yml").write_text(head + "nav:" + rest.partition("\nnav:")[2], encoding="utf-8")
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert output.count(f"Chưa có phông chữ {FAMILY}") == 1, output
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "be-vietnam-pro" not in home and not (project / "site" / "assets" / "guongsang" / "fonts").exists()
