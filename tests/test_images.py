"""Photos and share cards in a real build: stripped, upright, in several widths; a 1200×630 og:image
for every page; a cache that makes the second build encode nothing; real glyphs for Vietnamese."""

from __future__ import annotations

import io
import re
from pathlib import Path

import font_source_sans_pro
import pytest
from PIL import Image

from conftest import SAMPLE_OUTPUT, copy_project, run_guongsang, sample_project
from guongsang.outputs.images import cards, fonts
from guongsang.outputs.images.layout import fit

SITE_IMAGES = ("*.jpg", "*.jpeg", "*.png", "*.webp", "*.gif")
META = re.compile(r'<meta (?:property|name)="([^"]+)" content="([^"]*)"')
GPS_IFD, ORIENTATION = 0x8825, 0x0112
VIETNAMESE = ("Đặng Nguyễn Hưởng Ưng Ỷ Ỳ Ỹ Ỵ Ằ Ẳ Ẵ Ặ Ấ Ầ Ẩ Ẫ Ậ Ế Ề Ể Ễ Ệ Ố Ồ Ổ Ỗ Ộ Ớ Ờ Ở Ỡ Ợ Ứ Ừ Ử Ữ Ự Ĩ Ị Ỉ Ọ Ỏ Ụ Ủ "
              "đặng nguyễn hưởng ưng ỷ ỳ ỹ ỵ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ĩ ị ỉ ọ ỏ ụ ủ ơ ư ă â ê ô")


def _phone_photo(path: Path) -> None:
    """A 1200×800 JPEG as a phone stores it: sideways pixels, orientation 6, GPS, a comment and XMP.

    Stored top half red, bottom half blue; shown upright (rotated 90° clockwise) that is a
    portrait image with blue on the left and red on the right.
    """
    img = Image.new("RGB", (1200, 800), (220, 0, 0))
    img.paste((0, 0, 220), (0, 400, 1200, 800))
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    exif[0x010F] = "Điện thoại thử"  # camera make
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 51.0, 0.0)})
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>'
    img.save(path, "JPEG", exif=exif, comment=b"nha rieng", xmp=xmp, quality=90)
    with Image.open(path) as check:  # the fixture itself carries what must be stripped
        assert check.getexif()[ORIENTATION] == 6 and check.getexif().get_ifd(GPS_IFD) and "xmp" in check.info


def _use_phone_photo(project: Path) -> Path:
    """Overwrite the photo of the sample profile cao-van-khiem with :func:`_phone_photo`; returns the profile."""
    profile = project / "exemplars" / "2024" / "cao-van-khiem.md"
    photo = re.search(r"^photo: (.+)$", profile.read_text(encoding="utf-8"), re.M)
    assert photo is not None
    _phone_photo(profile.parent / photo.group(1).strip())
    return profile


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """The sample project with one photo replaced by a phone photo, built twice: (project, 1st, 2nd output).
    The copy starts with the image cache of the run's shared cold build of the sample (the same encoder made
    it), so the first build encodes the phone photo only."""
    project = copy_project(tmp_path_factory.mktemp("images") / "du-an")
    _use_phone_photo(project)
    first = run_guongsang("build", cwd=project)
    assert first.returncode == 0, first.stderr
    second = run_guongsang("build", cwd=project)
    assert second.returncode == 0, second.stderr
    return project, first.stdout + first.stderr, second.stdout + second.stderr


def _pages(site: Path) -> list[Path]:
    """Every page a link can point to (not the 404 page, the redirects of old slugs or the editor at /admin/)."""
    return [p for p in sorted(site.rglob("*.html"))
            if p.name != "404.html" and p.relative_to(site).parts[0] != "admin"
            and 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")[:2000]]


def _meta(html: str) -> dict[str, str]:
    return dict(META.findall(html))


def test_no_published_image_carries_metadata(built: tuple[Path, str, str]) -> None:
    site = built[0] / "site"
    images = [p for pattern in SITE_IMAGES for p in site.rglob(pattern)]
    assert len([p for p in images if p.name.startswith("anh-")]) >= 6 * 10
    for path in images:
        data = path.read_bytes()
        assert b"Exif\x00\x00" not in data and b"adobe:ns:meta" not in data and b"nha rieng" not in data, path
        with Image.open(path) as img:
            assert not img.getexif(), path
            assert not {"exif", "xmp", "XML:com.adobe.xmp", "comment", "icc_profile"} & set(img.info), (path, img.info.keys())


def test_phone_photo_is_published_upright_in_several_widths(built: tuple[Path, str, str]) -> None:
    folder = built[0] / "site" / "guong-dien-hinh" / "cao-van-khiem"
    derivatives = sorted(folder.glob("anh-*"))
    widths = sorted({int(p.stem.rsplit("-", 1)[1]) for p in derivatives})
    assert widths == [320, 640, 800]  # never wider than the 800-pixel upright photo
    assert sorted(p.suffix for p in derivatives) == [".jpg"] * 3 + [".webp"] * 3
    for path in derivatives:
        with Image.open(path) as img:
            width = int(path.stem.rsplit("-", 1)[1])
            assert img.size == (width, width * 1200 // 800), path
            rgb = img.convert("RGB")
            left, right = rgb.getpixel((width // 8, img.height // 2)), rgb.getpixel((width * 7 // 8, img.height // 2))
            assert left[2] > 150 > left[0] and right[0] > 150 > right[2], (path, left, right)
    html = (folder / "index.html").read_text(encoding="utf-8")
    img_tag = re.search(r'<img class="gs-profile__photo"[^>]*>', html)
    assert img_tag is not None
    assert 'width="640" height="960"' in img_tag.group(0) and "srcset=" in img_tag.group(0)
    assert re.search(r'<source type="image/webp" srcset="[^"]*-320\.webp 320w, [^"]*-640\.webp 640w, [^"]*-800\.webp 800w"', html)


def test_every_page_has_a_share_card(built: tuple[Path, str, str]) -> None:
    site = built[0] / "site"
    pages = _pages(site)
    cards_seen: set[str] = set()
    for page in pages:
        meta = _meta(page.read_text(encoding="utf-8"))
        image = meta.get("og:image")
        assert image and image == meta["twitter:image"], page
        assert image.startswith("https://guongsang.example/") and meta["og:url"].startswith("https://guongsang.example/")
        assert meta["og:image:width"] == "1200" and meta["og:image:height"] == "630" and meta["og:locale"] == "vi_VN"
        file = site / image.removeprefix("https://guongsang.example/")
        if file not in cards_seen:
            cards_seen.add(str(file))
            assert file.stat().st_size <= cards.MAX_BYTES, file
            with Image.open(file) as img:
                assert img.format == "JPEG" and img.size == (1200, 630), file
    profiles = list((site / "guong-dien-hinh").glob("*/index.html"))
    sections = [p for p in pages if p.parent.parent.name in ("linh-vuc", "don-vi", "nam", "loai")]
    assert len(profiles) >= 35 and len(sections) >= 10
    for page in profiles + sections:  # each profile and section has its own card, not the site's
        image = _meta(page.read_text(encoding="utf-8"))["og:image"]
        assert f"/{page.parent.relative_to(site).as_posix()}/chia-se-" in image, page
    assert _meta(profiles[0].read_text(encoding="utf-8"))["og:type"] == "article"


def _count(pattern: str, output: str) -> int:
    found = re.search(pattern, output)
    assert found is not None, output
    return int(found.group(1).replace(".", ""))


def test_second_build_encodes_nothing(built: tuple[Path, str, str]) -> None:
    cold = (sample_project().parent / SAMPLE_OUTPUT).read_text(encoding="utf-8")  # the run's cold build
    everything = _count(r"mã hoá ([\d.]+) \(", cold)
    assert everything >= 40 and _count(r"dùng lại ([\d.]+) từ", cold) == 0, cold
    _, first, second = built
    encoded, reused = _count(r"mã hoá ([\d.]+) \(", first), _count(r"dùng lại ([\d.]+) từ", first)
    assert 0 < encoded < everything / 4 and reused >= 40, first  # what shows the phone photo; the rest reused
    assert "không mã hoá lại gì" in second, second
    assert _count(r"dùng lại ([\d.]+) từ", second) == encoded + reused, second


def test_changed_photo_is_encoded_again(built: tuple[Path, str, str]) -> None:
    """The shared fixture's first build: the image cache warm, one photo changed."""
    project, first, _ = built
    # its derivatives, its own card, and the cards of the sections and home page that show it
    assert 2 <= _count(r"mã hoá ([\d.]+) \(", first) <= 12, first
    profile = project / "exemplars" / "2024" / "cao-van-khiem.md"
    assert "cao-van-khiem" in profile.read_text(encoding="utf-8")  # sources untouched


def test_vietnamese_letters_have_real_glyphs() -> None:
    for path in (fonts.BOLD, fonts.SEMIBOLD, fonts.REGULAR):
        assert fonts.missing_glyphs(path, VIETNAMESE) == []
    # the comparison finds real gaps: the font has no Chinese characters and no Thai
    assert fonts.missing_glyphs(fonts.BOLD, "Nguyễn 漢 ก") == ["漢", "ก"]
    # the font is the installed pip package's (never downloaded, never a system font), wherever the
    # packages live (site-packages in a venv, dist-packages with Debian's Python)
    package = Path(font_source_sans_pro.__file__).resolve().parent
    assert fonts.BOLD.resolve().is_relative_to(package) and fonts.BOLD.is_file()


def test_long_names_wrap_or_shrink_and_never_clip() -> None:
    name = "Tập thể Khoa Hồi sức tích cực – Chống độc, Bệnh viện Đa khoa tỉnh Sơn Hà và các đơn vị phối hợp"
    block = fit(name, fonts.BOLD, range(72, 39, -4), cards.TEXT_W, 3)
    assert " ".join(block.lines) == name  # nothing cut off
    assert all(block.face.getlength(line) <= cards.TEXT_W for line in block.lines)
    assert block.face.size < 72 and len(block.lines) >= 2
    short = fit("Đặng Thị Hưởng", fonts.BOLD, range(72, 39, -4), cards.TEXT_W, 3)
    assert short.lines == ["Đặng Thị Hưởng"] and short.face.size == 72


def test_card_without_photo_is_designed_and_styled() -> None:
    style = cards.CardStyle("Cổng thử", background="#123456", foreground="#ffffff", accent="#f6c945")
    text = cards.CardText("GƯƠNG ĐIỂN HÌNH TIÊN TIẾN · 2024", "Ưng Thị Ỷ", ("Bằng khen", "Xã Sơn Thủy"), initials="ƯỶ")
    data = cards.render(text, style)
    assert len(data) <= cards.MAX_BYTES
    with Image.open(io.BytesIO(data)) as img:
        assert img.size == (1200, 630)
        near = lambda a, b: all(abs(x - y) <= 12 for x, y in zip(a, b, strict=True))  # noqa: E731 (JPEG noise)
        assert near(img.getpixel((1150, 300)), (0x12, 0x34, 0x56))  # text side: the configured background
        assert near(img.getpixel((cards.PANEL // 2, 630 // 2 - 140)), (0xF6, 0xC9, 0x45))  # the accent disc
        assert near(img.getpixel((600, 625)), (0xF6, 0xC9, 0x45))  # the accent bar
    assert style.problem() is None
    assert "#rrggbb" in (cards.CardStyle("x", background="đỏ").problem() or "")


def _swapped_profile() -> bytes:
    """A valid RGB ICC profile whose red and blue primaries are exchanged: sRGB's own profile with the
    rXYZ/bXYZ (and rTRC/bTRC) tag entries swapped. Pure red in it is pure blue in sRGB, so a photo that
    is red as stored and blue as published shows the conversion happened (and not a profile dropped)."""
    from PIL import ImageCms

    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    count = int.from_bytes(data[128:132], "big")
    entries = {bytes(data[132 + 12 * i: 136 + 12 * i]): 132 + 12 * i for i in range(count)}
    for red, blue in ((b"rXYZ", b"bXYZ"), (b"rTRC", b"bTRC")):
        r, b = entries[red], entries[blue]
        data[r + 4: r + 12], data[b + 4: b + 12] = data[b + 4: b + 12], data[r + 4: r + 12]
    return bytes(data)


def test_a_photo_in_another_colour_space_is_converted_to_srgb(tmp_path: Path) -> None:
    """README: photos are converted to sRGB, then published without a profile."""
    project = copy_project(tmp_path / "du-an")
    profile = project / "exemplars" / "2024" / "cao-van-khiem.md"
    photo = re.search(r"^photo: (.+)$", profile.read_text(encoding="utf-8"), re.M)
    assert photo is not None
    Image.new("RGB", (900, 1200), (230, 0, 0)).save(profile.parent / photo.group(1).strip(), "JPEG", quality=95,
                                                   icc_profile=_swapped_profile())
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    derivatives = sorted((project / "site" / "guong-dien-hinh" / "cao-van-khiem").glob("anh-*"))
    assert len(derivatives) == 6
    for path in derivatives:
        with Image.open(path) as img:
            assert "icc_profile" not in img.info
            red, green, blue = img.convert("RGB").getpixel((img.width // 2, img.height // 2))
            assert blue > 150 and red < 60 and green < 60, (path, (red, green, blue))


def _home_card(site: Path) -> Path:
    image = _meta((site / "index.html").read_text(encoding="utf-8"))["og:image"]
    return site / image.split("://", 1)[1].split("/", 1)[1]


def test_a_warm_cache_encodes_the_cards_again_when_share_card_changes(tmp_path: Path) -> None:
    """README: the image cache is keyed by the card settings; a new colour re-encodes every card (and only
    the cards: photos are reused), and the cards show the new colour."""
    project = copy_project(tmp_path / "du-an", built=True)  # built, its image cache warm (the run's shared build)
    with Image.open(_home_card(project / "site")) as card:
        before = card.convert("RGB").getpixel((1180, 20))  # the background, right of the text
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace('background: "#a31515"', 'background: "#0b5d1e"'),
                      encoding="utf-8")
    again = run_guongsang("build", cwd=project)
    assert again.returncode == 0, again.stderr
    said = re.search(r"Ảnh và thẻ chia sẻ: mã hoá (\d+) \((\d+) tệp\)[^,]*, dùng lại (\d+) từ bộ nhớ đệm", again.stderr)
    assert said, again.stderr
    cards = len(list((project / "site").rglob("chia-se-*.jpg")))
    assert int(said.group(1)) == cards and int(said.group(3)) > 0  # every card again; the photos reused
    with Image.open(_home_card(project / "site")) as card:
        after = card.convert("RGB").getpixel((1180, 20))
    assert abs(before[0] - 0xA3) < 24 and abs(after[1] - 0x5D) < 24 and after[0] < 40, (before, after)
