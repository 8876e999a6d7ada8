"""The profile page as a reader meets it, measured in Chromium: one evidence section, a share bar near
the top and at the end with equal tap targets, a clean copied link, a dark H1."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html

from conftest import REPO, run_guongsang, sample_profiles
from test_new import FLAGS

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
PROFILE = "guong-dien-hinh/cao-van-khiem/"  # its body has its own "## Minh chứng" and front-matter evidence


def _published() -> list[str]:
    return [slug for slug, ok, _ in sample_profiles() if ok]


def _headings(doc: Any, text: str) -> list[Any]:
    return [h for h in doc.xpath("//article//*[self::h1 or self::h2 or self::h3 or self::h4]")
            if h.text_content().strip().rstrip(":") == text]


def test_every_sample_profile_shows_one_evidence_section(sample_site: Path) -> None:
    slugs = _published()
    assert len(slugs) >= 30
    bodies_with_heading = 0
    for slug in slugs:
        doc = lxml_html.fromstring((sample_site / "guong-dien-hinh" / slug / "index.html").read_bytes())
        found = _headings(doc, "Minh chứng")
        assert len(found) <= 1, slug
        evidence = doc.xpath("//section[contains(@class,'gs-evidence')]")
        assert len(evidence) == len(found), slug
        if found:
            assert evidence[0].get("aria-labelledby") == found[0].get("id"), slug
        source = next((REPO / "exemplars").rglob(f"{slug}.md")).read_text(encoding="utf-8")
        bodies_with_heading += "\n## Minh chứng" in source
    assert bodies_with_heading >= 20  # the merge is exercised, not only profiles without the heading


def test_body_evidence_joins_the_generated_list_under_one_heading(sample_site: Path) -> None:
    doc = lxml_html.fromstring((sample_site / PROFILE / "index.html").read_bytes())
    (section,) = doc.xpath("//section[contains(@class,'gs-evidence')]")
    items = [li.text_content().strip() for li in section.xpath(".//li")]
    assert items[0].startswith("Quyết định số 2156/QĐ-UBND")  # the linked documents first
    assert "Báo cáo đánh giá hiệu quả của Chi cục Thủy lợi sau hai vụ sản xuất." in items  # then the body's own
    assert section.xpath(".//h2")[0].get("id") == "minh-chung"  # the table of contents' link still lands


def test_new_profiles_carry_no_evidence_heading(project: Path) -> None:
    result = run_guongsang("new", *FLAGS, cwd=project)
    assert result.returncode == 0, result.stderr
    text = (project / "exemplars" / "2024" / "dang-thi-huong.md").read_text(encoding="utf-8")
    assert "## Thành tích nổi bật" in text and "Minh chứng" not in text


def _boxes(page: Any, selector: str) -> list[dict[str, float]]:
    return page.eval_on_selector_all(selector, "els => els.map(e => { const r = e.getBoundingClientRect();"
                                               " return {x: r.x, y: r.y, w: r.width, h: r.height}; })")


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_share_bar_twice_with_equal_tap_targets(base_url: str, browser: Any, size: str) -> None:
    from browserkit import goto, tab

    page = tab(browser, **(PHONE if size == "phone" else {"viewport": {"width": 1366, "height": 900}}))  # reads only
    goto(page, base_url + PROFILE)
    bars = page.locator(".gs-share")
    assert bars.count() == 2
    labels = bars.evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")
    ids = page.eval_on_selector_all("[id]", "els => els.map(e => e.id)")
    assert len(set(labels)) == 2 and len(ids) == len(set(ids))
    statuses = page.eval_on_selector_all(".gs-share [role=status]", "els => els.map(e => e.id)")
    assert len(statuses) == 2 and all(statuses)
    for bar in ("#gs-share-dau", "#gs-share-cuoi"):
        boxes = _boxes(page, f"{bar} .gs-share__button")
        assert [page.inner_text(f"{bar} .gs-share__button >> nth={i}") for i in range(3)] == \
            ["Zalo", "Facebook", "Sao chép liên kết"]
        assert all(b["w"] >= 44 and b["h"] >= 44 for b in boxes), boxes
        assert max(b["w"] for b in boxes) - min(b["w"] for b in boxes) < 1, boxes
        assert max(b["h"] for b in boxes) - min(b["h"] for b in boxes) < 1, boxes
        assert len({round(b["y"]) for b in boxes}) == 1, boxes  # one row
    top, end = _boxes(page, ".gs-share")
    facts = _boxes(page, ".gs-facts")[0]
    summary = _boxes(page, ".gs-summary")[0]
    assert facts["y"] + facts["h"] <= top["y"] < summary["y"]  # under the facts, before the story
    assert end["y"] > _boxes(page, ".gs-evidence")[0]["y"]  # and at the end
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_copy_link_is_clean_and_each_bar_reports(base_url: str, browser: Any) -> None:
    context = browser.new_context(**PHONE)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    try:
        page.goto(base_url + PROFILE + "?fbclid=x&utm_source=y&zarsrc=z&id=7#frag")
        canonical = page.get_attribute("link[rel=canonical]", "href")
        assert canonical == "https://guongsang.example/" + PROFILE
        page.click("#gs-share-dau [data-gs-copy]")
        page.wait_for_selector("#gs-share-dau-status:not(:empty)")  # no string predicate: the CSP forbids eval
        assert page.evaluate("navigator.clipboard.readText()") == canonical
        assert "Đã sao chép" in page.inner_text("#gs-share-dau-status")
        assert page.inner_text("#gs-share-cuoi-status") == ""
        # without a canonical address (a site built without site_url): the page's own, cleaned
        page.evaluate("document.querySelector('link[rel=canonical]').remove()")
        page.click("#gs-share-cuoi [data-gs-copy]")
        page.wait_for_selector("#gs-share-cuoi-status:not(:empty)")
        assert page.evaluate("navigator.clipboard.readText()") == base_url + PROFILE + "?id=7"
    finally:
        context.close()


def _luminance(rgb: str) -> float:
    def channel(v: float) -> float:
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (float(x) for x in re.findall(r"[\d.]+", rgb)[:3])
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


@pytest.mark.parametrize("path", [PROFILE, "gioi-thieu/", "linh-vuc/"])
def test_h1_is_dark(base_url: str, browser: Any, path: str) -> None:
    from browserkit import goto, tab

    page = tab(browser)  # reads only
    goto(page, base_url + path)
    # the rendered colour, alpha composited over the page background (Material uses rgba text colours)
    fg, bg = page.evaluate("""() => {
        const c = document.createElement('canvas'); c.width = c.height = 1;
        const x = c.getContext('2d');
        const h1 = document.querySelector('.md-content h1');
        const body = getComputedStyle(document.body).backgroundColor;
        x.fillStyle = body; x.fillRect(0, 0, 1, 1);
        const bg = Array.from(x.getImageData(0, 0, 1, 1).data);
        x.fillStyle = getComputedStyle(h1).color; x.fillRect(0, 0, 1, 1);
        return [Array.from(x.getImageData(0, 0, 1, 1).data), bg];
    }""")
    lf, lb = _luminance(f"rgb({fg[0]},{fg[1]},{fg[2]})"), _luminance(f"rgb({bg[0]},{bg[1]},{bg[2]})")
    ratio = (max(lf, lb) + 0.05) / (min(lf, lb) + 0.05)
    assert ratio >= 7, (path, fg, bg, ratio)
