"""No English or jargon a reader sees or a screen reader speaks, on every page type (issue 18, item 9).

Each page is opened in Chromium; its text is collected as a reader meets it (every text node of the
body, hidden controls included: the back-to-top button is hidden until one scrolls) and as a screen
reader speaks it (aria-label, aria-labelledby and aria-describedby targets, title, alt, placeholder,
the value of buttons, the page's <title>). Code (<pre>, <code>) is literal and left out. Each word
is checked against a short list of English UI words and technical jargon. Vietnamese syllables
without marks that are also English words (an, to, in, no, do, long, ban, sang…) are not on the
list, so Vietnamese text never trips it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from browserkit import require_chromium, serve
from conftest import copy_project, run_guongsang, set_plugin_options
from readerpages import pages

require_chromium()

_ENGLISH_WORDS = """
about address all and are archive author authors back breadcrumb breadcrumbs button by categories category
clear click clipboard close comments contact content contents copied copy copyright created dark date
document documents edit error filter filters first follow footer for found from go header here home icon
image initializing is language last latest light link links loading made main matching menu mode more
navigation newest next not of open or page pages photo picture powered previous privacy read related
reserved reset result results rights search select settings share sidebar skip source start submit
subscribe table tab tabs tag tags theme this toggle top type updated version view was with you your
"""
_JARGON_WORDS = """
api atom cms decap feed feeds github gitlab gitea json markdown material mkdocs npm oauth pagefind rss
sitemap url xml yaml
"""
ENGLISH = set(_ENGLISH_WORDS.split())
JARGON = set(_JARGON_WORDS.split())
# Names a reader needs to recognise, as they are written: the services a profile is shared to and
# followed on, and RSS, the word feed readers show (the issue names these three).
ALLOWED = {"zalo", "facebook", "rss"}
WORD = re.compile(r"[^\W\d_]+")

COLLECT = """() => {
  const out = [["<title>", document.title]];
  const skip = "script, style, noscript, template, pre, code, kbd, samp, svg";
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !parent.closest(skip) && node.data.trim()) out.push(["văn bản", node.data]);
  }
  for (const attr of ["aria-label", "title", "alt", "placeholder", "aria-roledescription", "aria-valuetext"]) {
    for (const el of document.body.querySelectorAll(`[${attr}]`)) out.push([attr, el.getAttribute(attr)]);
  }
  for (const attr of ["aria-labelledby", "aria-describedby"]) {
    for (const el of document.body.querySelectorAll(`[${attr}]`)) {
      for (const id of el.getAttribute(attr).split(/\\s+/)) {
        const target = id && document.getElementById(id);
        if (target) out.push([attr, target.textContent]);
      }
    }
  }
  for (const el of document.body.querySelectorAll("input[type=button], input[type=submit], input[type=reset], button[value]")) {
    out.push(["value", el.value]);
  }
  return out;
}"""


def english_words(texts: list[list[str]]) -> list[str]:
    """``where: «word» in «text»`` for each English or jargon word, once per (where, word)."""
    flagged: dict[tuple[str, str], str] = {}
    for where, text in texts:
        for word in WORD.findall(text or ""):
            key = word.lower()
            if (key in ENGLISH or key in JARGON) and key not in ALLOWED:
                flagged.setdefault((where, key), " ".join(text.split())[:90])
    return [f"{where}: «{word}» in «{text}»" for (where, word), text in flagged.items()]


def read_pages(browser: Any, site: Path, paths: list[tuple[str, str]]) -> dict[str, list[str]]:
    from browserkit import serve

    found: dict[str, list[str]] = {}
    with serve(site) as base:
        page = browser.new_page(viewport={"width": 390, "height": 844})
        try:
            for name, path in paths:
                page.goto(base + path)
                if path.startswith("tim-kiem/"):
                    page.wait_for_selector(".gs-result")  # the results, in the page's text
                words = english_words(page.evaluate(COLLECT))
                if words:
                    found[f"{name} (/{path})"] = words
        finally:
            page.close()
    return found


def report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{page}:\n  " + "\n  ".join(words) for page, words in found.items())


def test_the_word_list_flags_english_and_spares_vietnamese() -> None:
    """The checker itself: it must fail on the strings the issue found, and pass plain Vietnamese."""
    assert english_words([["aria-label", "Tabs"]]) and english_words([["văn bản", "Back to top"]])
    assert english_words([["văn bản", "Made with Material for MkDocs"]])
    assert english_words([["văn bản", "RSS · Atom · JSON Feed"]]) == [
        "văn bản: «atom» in «RSS · Atom · JSON Feed»", "văn bản: «json» in «RSS · Atom · JSON Feed»",
        "văn bản: «feed» in «RSS · Atom · JSON Feed»"]
    vietnamese = ("Bình an, to lớn, in ấn, no đủ, do đó, Long An, ban chỉ đạo, sang năm, con em, mô hình, "
                  "chia sẻ qua Zalo, Facebook; Đến nội dung chính; Lên đầu trang; Chuyên mục; Tìm kiếm")
    assert english_words([["văn bản", vietnamese]]) == []


def test_sample_pages_speak_vietnamese(browser: Any, sample_site: Path) -> None:
    paths, missing = pages(sample_site)
    if missing:
        print("Chưa có (bỏ qua):", ", ".join(missing))
    found = read_pages(browser, sample_site, paths)
    assert not found, "English or jargon on the sample site:\n" + report(found)


def test_demo_pages_speak_vietnamese(browser: Any, demo_site: Path) -> None:
    site = demo_site
    paths, _ = pages(site, demo=True)
    found = read_pages(browser, site, paths)
    assert not found, "English or jargon on the demo site:\n" + report(found)


SKIP_TARGET = """() => {
  const link = document.querySelector(".md-skip");
  if (!link) return {link: null};
  const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  const h1 = document.querySelector("h1");
  const first = target && target.querySelector("h1, h2, h3, h4, h5, h6");
  return {link: link.textContent.trim(), target: !!target, h1: h1 && h1.textContent.trim(),
          holdsH1: !!(target && h1 && (target === h1 || target.contains(h1))),
          firstHeading: first && first.tagName, focused: document.activeElement === link};
}"""


LANDED = """() => {
  const target = document.getElementById(location.hash.slice(1));
  return {header: document.querySelector(".md-header").getBoundingClientRect().bottom,
          target: target.getBoundingClientRect().top, h1Bottom: document.querySelector("h1").getBoundingClientRect().bottom,
          height: innerHeight};
}"""


def test_skip_link_lands_on_the_page_name(browser: Any, sample_site: Path, base_url: str) -> None:
    """On every page type the first Tab reaches a Vietnamese skip link whose target starts at (or holds) the H1."""
    paths, _ = pages(sample_site)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    wrong = []
    try:
        for name, path in paths:
            page.goto(base_url + path)
            page.keyboard.press("Tab")
            seen = page.evaluate(SKIP_TARGET)
            if not (seen["link"] and seen["focused"] and seen["holdsH1"] and seen["firstHeading"] == "H1"):
                wrong.append(f"{name} (/{path}): {seen}")
                continue
            page.keyboard.press("Enter")  # the reader lands with the start of the content in view, under the header
            box = page.evaluate(LANDED)
            if not (box["header"] <= box["target"] + 1 and box["h1Bottom"] <= box["height"]):
                wrong.append(f"{name} (/{path}): after the skip link {box}")
    finally:
        page.close()
    assert not wrong, "skip link missing or landing past the page's name:\n" + "\n".join(wrong)


def test_material_strings_say_what_they_do(browser: Any, tmp_path: Path) -> None:
    """The back-to-top button names the top of the page (Material's vi says "back to the table of contents").

    The button needs Material's script and the navigation.top feature, both off in the sample: a copy
    turns them on."""
    project = copy_project(tmp_path / "du-an")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "    - navigation.tabs\n" in text
    config.write_text(text.replace("    - navigation.tabs\n", "    - navigation.tabs\n    - navigation.top\n"),
                      encoding="utf-8")
    set_plugin_options(project, "material_js: true")
    assert run_guongsang("build", cwd=project).returncode == 0
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    try:
        with serve(project / "site") as url:
            page.goto(url + "gioi-thieu/")
            top = page.locator(".md-top").text_content() or ""
            tabs = page.locator("nav.md-tabs").get_attribute("aria-label")
    finally:
        page.close()
    assert "đầu trang" in top.lower() and "mục lục" not in top.lower(), top
    assert tabs == "Chuyên mục", tabs
