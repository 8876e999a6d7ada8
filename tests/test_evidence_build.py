"""What a real build publishes from a profile's evidence and body images (issue 17, items 3, 4, 5, 12).

A small copy of the sample portal (its content, theme and mkdocs.yml, none of its profiles) is built
with `guongsang build`; the outputs are read back with Pillow, lxml, json, and Chromium.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from lxml import html as lxml_html
from PIL import Image

from browserkit import own_page, serve
from conftest import check_json, copy_project, run_guongsang, set_plugin_options, valid_profile, write

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
SITE_URL = "https://guongsang.example/"
EVIDENCE_URL = "https://vanban.example.vn/qd-1234?ky=2024&so=12"
GPS = {1: "N", 2: (21.0, 1.0, 41.0), 3: "E", 4: (105.0, 50.0, 36.0)}  # a home near Hà Nội


def small_project(dest: Path) -> Path:
    """The sample portal without its profiles (and without the search index): builds in seconds."""
    root = copy_project(dest)
    set_plugin_options(root, "search: false")
    for entry in (root / "exemplars").iterdir():
        if entry.name != "_vocab":
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    return root


def gps_jpeg(path: Path, size: tuple[int, int] = (900, 700), fmt: str = "JPEG") -> Path:
    """A photo as a phone takes it: EXIF with the camera and the GPS position, a comment."""
    img = Image.new("RGB", size, (40, 120, 60))
    exif = Image.Exif()
    exif[0x010F] = "Máy ảnh điện thoại"  # Make
    exif[0x8825] = GPS  # GPSInfo
    img.save(path, fmt, exif=exif.tobytes(), **({"comment": b"nha rieng"} if fmt == "JPEG" else {}))
    assert Image.open(path).getexif().get_ifd(0x8825), "the source really carries a GPS position"
    return path


def assert_no_metadata(path: Path) -> None:
    with Image.open(path) as img:
        assert not img.getexif(), path
        assert not img.getexif().get_ifd(0x8825), path
        assert not {"exif", "xmp", "comment", "icc_profile", "XML:com.adobe.xmp"} & set(img.info), (path, img.info)


BODY = """
Chị Hoa trên cánh đồng rau hữu cơ:

![Chị Hoa trên cánh đồng](anh-canh-dong.jpg)

Ruộng rau của tổ hợp tác: <img src="anh%20ruong.png" alt="Ruộng rau">

![Giấy chứng nhận VietGAP][vietgap]

[vietgap]: <giay chung nhan.jpg>
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = small_project(tmp_path_factory.mktemp("minh-chung-dung") / "du-an")
    folder = root / "exemplars" / "2024"
    folder.mkdir()
    (folder / "quyet-dinh.pdf").write_bytes(PDF)
    gps_jpeg(folder / "bang-khen.png")  # JPEG bytes, a misleading name: published as .jpg
    gps_jpeg(folder / "anh-canh-dong.jpg")
    gps_jpeg(folder / "anh ruong.png", fmt="PNG")
    gps_jpeg(folder / "giay chung nhan.jpg", (600, 1500))  # a tall scan: must still fit the screen
    evidence = ("evidence:\n  - title: Quyết định khen thưởng\n    file: quyet-dinh.pdf\n"
                "  - title: Bằng khen\n    file: bang-khen.png\n"
                f"  - title: Văn bản trên cổng tỉnh\n    url: {EVIDENCE_URL}\n")
    write(root, "exemplars/2024/hoa.md", valid_profile(extra="consent: true\n" + evidence) + BODY)
    assert check_json(root) == (0, [])
    result = run_guongsang("build", cwd=root)
    assert result.returncode == 0, result.stderr
    return root / "site"


def test_evidence_pdf_is_published_as_is_under_its_detected_type(built: Path) -> None:
    assert (built / "guong-dien-hinh/hoa/minh-chung-quyet-dinh.pdf").read_bytes() == PDF


def test_evidence_jpeg_is_reencoded_without_exif_or_gps(built: Path) -> None:
    folder = built / "guong-dien-hinh/hoa"
    assert not (folder / "minh-chung-bang-khen.png").exists()
    published = folder / "minh-chung-bang-khen.jpg"
    with Image.open(published) as img:
        assert img.format == "JPEG" and img.size == (900, 700)
    assert_no_metadata(published)


def page_images(built: Path) -> list[Any]:
    doc = lxml_html.fromstring((built / "guong-dien-hinh/hoa/index.html").read_text(encoding="utf-8"))
    return doc.xpath("//div[contains(@class, 'gs-body')]//img")


def test_body_images_point_at_published_derivatives_without_metadata(built: Path) -> None:
    images = page_images(built)
    assert [img.get("alt") for img in images] == ["Chị Hoa trên cánh đồng", "Ruộng rau", "Giấy chứng nhận VietGAP"]
    folder = built / "guong-dien-hinh/hoa"
    for img in images:
        assert re.fullmatch(r"hinh-[0-9a-f]{10}-\d+\.jpg", img.get("src")), img.get("src")
        for candidate in [img.get("src")] + [part.split()[0] for part in img.get("srcset").split(",")]:
            assert (folder / candidate).is_file(), candidate
            assert_no_metadata(folder / candidate)
        assert img.get("width") and img.get("height") and img.get("loading") == "lazy"
    assert not list(folder.glob("anh*ruong*")) and not list(folder.glob("*canh-dong*"))  # originals never published


def site_path(built: Path, url: str) -> Path:
    assert url.startswith(SITE_URL), url
    return built / unquote(urlsplit(url).path).lstrip("/")


def test_feeds_and_zalo_point_at_the_published_images(built: Path) -> None:
    articles = json.loads((built / "zalo.json").read_text(encoding="utf-8"))["articles"]
    body = articles[0]["body"]
    images = [block["url"] for block in body if block["type"] == "image"]
    assert len(images) == 3
    for url in images:
        assert site_path(built, url).is_file(), url
    item = json.loads((built / "feed.json").read_text(encoding="utf-8"))["items"][0]
    srcs = re.findall(r'<img[^>]* src="([^"]+)"', item["content_html"])
    assert len(srcs) == 3 and all(site_path(built, src).is_file() for src in srcs), srcs


def test_evidence_link_is_one_escaped_attribute_in_chromium(built: Path, browser: Any) -> None:
    with serve(built) as base, own_page(browser) as page:  # its own page: its dialogs
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(base + "guong-dien-hinh/hoa/")
        links = page.eval_on_selector_all(
            ".gs-evidence a", "els => els.map(a => [a.getAttributeNames(), a.getAttribute('href')])")
        assert links == [
            [["href"], "../../guong-dien-hinh/hoa/minh-chung-quyet-dinh.pdf"],
            [["href"], "../../guong-dien-hinh/hoa/minh-chung-bang-khen.jpg"],
            [["href"], EVIDENCE_URL],
        ]
        loaded = page.eval_on_selector_all(".gs-body img", "els => els.map(i => i.complete && i.naturalWidth > 0)")
        assert loaded == [True, True, True]
    assert dialogs == []


def test_body_images_fit_the_screen_on_a_phone_and_a_desktop(built: Path, browser: Any) -> None:
    """A portrait photo in a story fills a phone's width but is never taller than 80 % of the screen."""
    with serve(built) as base:
        for width, height in ((390, 844), (1366, 900)):
            with own_page(browser, viewport={"width": width, "height": height}) as page:
                page.goto(base + "guong-dien-hinh/hoa/")
                page.wait_for_function("() => [...document.querySelectorAll('.gs-body img')].every(i => i.complete)")
                boxes = page.eval_on_selector_all(".gs-body img", "els => els.map(i => i.getBoundingClientRect().toJSON())")
                column = page.eval_on_selector(".gs-body", "e => e.getBoundingClientRect().width")
                overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert len(boxes) == 3 and overflow == 0
            for box in boxes:
                assert 100 < box["height"] <= 0.8 * height + 1, (width, box)
                assert box["width"] <= column + 1, (width, box)


HOSTILE_URLS = [
    "https://vanban.example.vn/qd\"onmouseover=\"alert(1)",
    "https://vanban.example.vn/qd'><img src=x onerror=alert(1)>",
    "javascript:alert(document.cookie)",
    "https://vanban.example.vn/qd onfocus=alert(1) autofocus",
]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_a_quote_breaking_evidence_url_stops_the_build(tmp_path: Path, url: str) -> None:
    root = small_project(tmp_path / "du-an")
    evidence = f"evidence:\n  - title: Quyết định\n    url: '{url.replace(chr(39), chr(39) * 2)}'\n"
    write(root, "exemplars/2024/hoa.md", valid_profile(extra=evidence))
    result = run_guongsang("build", cwd=root)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "exemplars/2024/hoa.md:12: lỗi GS110" in result.stderr, result.stderr
    assert not (root / "site").exists()
