"""Every value that reaches an HTML attribute is escaped by the template engine (issue 17, item 3).

A static audit of our templates (the MkDocs Jinja environment does not autoescape), and a real build
of profiles whose every text field tries to leave its attribute, opened in Chromium.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from browserkit import own_page, serve
from conftest import REPO, run_guongsang, valid_profile, write
from test_evidence_build import small_project

TEMPLATES = sorted((REPO / "scripts" / "guongsang" / "templates").rglob("*.html")) + sorted((REPO / "theme").rglob("*.html"))
ATTRIBUTE = re.compile(r'\s[\w:-]+="([^"]*\{\{[^"]*)"')
EXPRESSION = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}")
MACROS_THAT_ESCAPE = ("srcset(",)  # defined in gs/partials/picture.html, each of its values escaped


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_every_value_in_an_attribute_is_escaped(template: Path) -> None:
    text = template.read_text(encoding="utf-8")
    unescaped = [expr for value in ATTRIBUTE.findall(text) for expr in EXPRESSION.findall(value)
                 if not re.search(r"\|\s*e$", expr) and not expr.startswith(MACROS_THAT_ESCAPE)]
    assert unescaped == []


def test_the_audit_sees_attributes() -> None:
    """The audit would catch the evidence link as it was (``href="{{ e.url … }}"``)."""
    old = '<li><a href="{{ e.url if e.url.startswith(\'http\') else base_url ~ \'/\' ~ e.url }}">'
    assert [EXPRESSION.findall(v) for v in ATTRIBUTE.findall(old)] == [["e.url if e.url.startswith('http') else base_url ~ '/' ~ e.url"]]


BREAK = "\" onmouseover=\"alert(1)\" x='<b>"


def test_hostile_text_in_every_field_stays_text_in_chromium(tmp_path: Path, browser: Any) -> None:
    root = small_project(tmp_path / "du-an")
    folder = root / "exemplars" / "2024"
    folder.mkdir()
    Image.new("RGB", (800, 1000), "white").save(folder / "anh.jpg")
    quoted = BREAK.replace("'", "''")
    extra = (f"photo: anh.jpg\nphoto_alt: '{quoted}'\nconsent: true\ndecision: '{quoted}'\nauthor: 'A{quoted[:40]}'\n"
             f"tags: ['{quoted}']\nevidence:\n  - title: '{quoted}'\n    url: https://vanban.example.vn/qd?a=1&b=2\n")
    write(root, "exemplars/2024/hoa.md", valid_profile(f"Hoa {BREAK[:30]}", extra).replace(
        f"title: Hoa {BREAK[:30]}", f"title: 'Hoa {BREAK[:30].replace(chr(39), chr(39) * 2)}'"))
    result = run_guongsang("build", cwd=root)
    assert result.returncode == 0, result.stderr
    with serve(root / "site") as base, own_page(browser) as page:  # its own page: its dialogs
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for path in ("guong-dien-hinh/hoa/", "", f"the/{'-'.join(re.findall('[a-z0-9]+', BREAK.lower()))}/"):
            page.goto(base + path)
            handlers = page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(el =>
                el.getAttributeNames().filter(n => n.startsWith('on') || n === "x'").map(n => el.tagName + ' ' + n))""")
            assert handlers == [], path
            page.hover("main")
        alt = page.goto(base + "guong-dien-hinh/hoa/") and page.get_attribute(".gs-profile__photo", "alt")
        assert alt == BREAK
    assert dialogs == []
