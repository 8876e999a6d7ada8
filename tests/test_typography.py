"""Typographic quotes (“ ” ‘ ’) in what readers see: Markdown bodies and front-matter text (issue 18, item 11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from conftest import copy_project, run_guongsang, write
from guongsang.outputs.portal.typography import curly

PROFILE = """\
---
title: Tổ hợp tác "Rau sạch Tân Hòa"
kind: tap-the
unit: xa-tan-hoa
sector: nong-nghiep-nong-thon-moi
award_level: bo-nganh-tinh
year: 2024
date: 2025-01-15
summary: Tổ hợp tác theo phương châm "ba cùng" và 'tự lực', liên kết 35 hộ.
---

Chị Hoa nói: "Làm giàu không khó" -- và đã làm được... Mô hình 'một cửa' của xã.

Lệnh mẫu `git commit -m "x"` giữ nguyên dấu, và [văn bản](https://example.org/it's) cũng thế.

```
key: "value"
```
"""


@pytest.mark.parametrize(("text", "expected"), [
    ('Mô hình "Tổ dân phố xanh" của xã', "Mô hình “Tổ dân phố xanh” của xã"),
    ('"Làm giàu" ("ba cùng")', "“Làm giàu” (“ba cùng”)"),
    ("phương châm 'tự lực', it's", "phương châm ‘tự lực’, it’s"),
    ('"Một" – "hai"', "“Một” – “hai”"),
    ("không có dấu nháy", "không có dấu nháy"),
    ("", ""),
])
def test_curly(text: str, expected: str) -> None:
    assert curly(text) == expected


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("nhay") / "du-an")
    write(project, "exemplars/2025/to-hop-tac-rau-sach.md", PROFILE)
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_profile_body_and_front_matter_get_typographic_quotes(site: Path) -> None:
    doc = lxml_html.fromstring((site / "guong-dien-hinh" / "to-hop-tac-rau-sach" / "index.html").read_bytes())
    assert doc.xpath("string(//h1)").strip() == "Tổ hợp tác “Rau sạch Tân Hòa”"
    assert doc.xpath("string(//title)").startswith("Tổ hợp tác “Rau sạch Tân Hòa”")
    assert doc.xpath("string(//*[@class='gs-summary'])") == "Tổ hợp tác theo phương châm “ba cùng” và ‘tự lực’, liên kết 35 hộ."
    body = doc.xpath("//*[@class='gs-body']")[0]
    assert "Chị Hoa nói: “Làm giàu không khó” – và đã làm được… Mô hình ‘một cửa’ của xã." in body.text_content()
    # code and URLs are literal
    assert [c.text for c in body.iter("code")] == ['git commit -m "x"', 'key: "value"\n']
    assert body.xpath("string(.//a/@href)") in ("https://example.org/it's", "https://example.org/it%27s")


def test_cards_show_typographic_quotes(site: Path) -> None:
    doc = lxml_html.fromstring((site / "linh-vuc" / "nong-nghiep-nong-thon-moi" / "index.html").read_bytes())
    text = doc.text_content()
    assert "Tổ hợp tác “Rau sạch Tân Hòa”" in text and "phương châm “ba cùng” và ‘tự lực’" in text
    assert 'phương châm "ba cùng"' not in text
