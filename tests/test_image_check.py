"""Bad photos get a clear problem from `check` (and stop the build), never a crash."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image

from conftest import check_json, run_guongsang, valid_profile, write


def _jpeg(path: Path, size: tuple[int, int] = (800, 1000), mode: str = "RGB") -> None:
    Image.new(mode, size, "white" if mode == "RGB" else 0).save(path, "JPEG")


def _make(kind: str, path: Path) -> None:
    if kind == "corrupt":
        path.write_bytes(b"\xff\xd8\xff\xe0 this is not really a JPEG" * 20)
    elif kind == "truncated":
        _jpeg(path)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "not-an-image":
        path.write_text("%PDF-1.4 quyết định khen thưởng", encoding="utf-8")
    elif kind == "unsupported":
        Image.new("RGB", (800, 1000)).save(path, "BMP")
    elif kind == "bomb":
        Image.new("1", (8000, 7000)).save(path, "PNG")  # 56 MP, tiny on disk
    elif kind == "damaged-png":
        Image.new("RGB", (800, 1000), "red").save(path, "PNG")
        data = bytearray(path.read_bytes())
        data[60] ^= 0xFF  # flip a byte inside the image data: the chunk CRC no longer matches
        path.write_bytes(bytes(data))
    elif kind == "cmyk":
        _jpeg(path, mode="CMYK")
    elif kind == "16-bit":
        Image.new("I;16", (800, 1000), 30000).save(path, "PNG")
    elif kind == "transparent":
        Image.new("RGBA", (800, 1000), (255, 0, 0, 0)).save(path, "PNG")
    elif kind == "animated":
        frames = [Image.new("P", (800, 1000), i) for i in (1, 2)]
        frames[0].save(path, "GIF", save_all=True, append_images=frames[1:])
    elif kind == "small":
        _jpeg(path, (300, 380))
    elif kind == "good":
        _jpeg(path)


CASES = [
    ("corrupt", ".jpg", "GS303", "error"),
    ("truncated", ".jpg", "GS303", "error"),
    ("not-an-image", ".jpg", "GS304", "error"),
    ("unsupported", ".bmp", "GS304", "error"),
    ("bomb", ".png", "GS305", "error"),
    ("damaged-png", ".png", "GS303", "error"),
    ("cmyk", ".jpg", "GS306", "warning"),
    ("16-bit", ".png", "GS307", "warning"),
    ("transparent", ".png", "GS308", "warning"),
    ("animated", ".gif", "GS309", "warning"),
    ("small", ".jpg", "GS310", "warning"),
]


@pytest.mark.parametrize(("kind", "suffix", "code", "severity"), CASES)
def test_bad_photo_is_reported_on_the_photo_line(project: Path, kind: str, suffix: str, code: str, severity: str) -> None:
    folder = project / "exemplars" / "2024"
    folder.mkdir(parents=True)
    _make(kind, folder / f"anh{suffix}")
    write(project, "exemplars/2024/hoa.md", valid_profile(extra=f"photo: anh{suffix}\nphoto_alt: Chân dung\nconsent: true\n"))
    exit_code, problems = check_json(project)
    assert [(p["code"], p["severity"], p["field"], p["line"]) for p in problems] == [(code, severity, "photo", 10)]
    assert f"anh{suffix}" in str(problems[0]["message"])
    assert exit_code == (1 if severity == "error" else 0)


def test_good_photo_has_no_problem(project: Path) -> None:
    folder = project / "exemplars" / "2024"
    folder.mkdir(parents=True)
    _make("good", folder / "anh.jpg")
    write(project, "exemplars/2024/hoa.md", valid_profile(extra="photo: anh.jpg\nphoto_alt: Chân dung\nconsent: true\n"))
    assert check_json(project) == (0, [])


WARNED = ["cmyk", "16-bit", "transparent", "animated"]
SUFFIX = {kind: suffix for kind, suffix, _, _ in CASES}


@pytest.fixture(scope="module")
def warned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A copy of the sample built once, each of its first profiles with a photo of one kind that warns:
    kind → that profile's published folder."""
    from conftest import copy_project

    project = copy_project(tmp_path_factory.mktemp("canh-bao") / "du-an")
    profiles = sorted((project / "exemplars" / "2024").glob("*.md"))[: len(WARNED)]
    for kind, profile in zip(WARNED, profiles, strict=True):
        name = f"thu-{kind}{SUFFIX[kind]}"
        _make(kind, profile.parent / name)
        lines = [line for line in profile.read_text(encoding="utf-8").split("\n") if not line.startswith(("photo:", "photo_alt:", "consent:"))]
        text = "\n".join(lines).replace("\n---\n", f"\nphoto: {name}\nphoto_alt: Ảnh thử\nconsent: true\n---\n", 1)
        profile.write_text(text, encoding="utf-8")
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr + result.stdout
    return {kind: project / "site" / "guong-dien-hinh" / profile.stem for kind, profile in zip(WARNED, profiles, strict=True)}


@pytest.mark.parametrize("kind", WARNED)
def test_photos_with_warnings_still_publish_as_plain_jpeg(warned: dict[str, Path], kind: str) -> None:
    published = sorted(warned[kind].glob("anh-*"))
    assert {p.suffix for p in published} == {".jpg", ".webp"}
    for path in published:
        with Image.open(path) as img:
            assert img.format in ("JPEG", "WEBP") and img.mode == "RGB" and not img.info.get("exif")
            assert not getattr(img, "is_animated", False)
            if kind == "transparent":
                assert img.getpixel((10, 10)) == (255, 255, 255)


def _set_options(project: Path, options: str) -> None:
    """Put ``options`` under the guongsang plugin in mkdocs.yml, instead of the sample's share_card."""
    config = project / "mkdocs.yml"
    text = re.sub(r"^      share_card:.*\n(?:        .*\n)*", "", config.read_text(encoding="utf-8"), flags=re.M)
    assert "  - guongsang:\n" in text
    config.write_text(text.replace("  - guongsang:\n", "  - guongsang:\n" + options, 1), encoding="utf-8")


def test_pixel_limit_comes_from_mkdocs_yml_for_check_and_build(tmp_path: Path) -> None:
    from conftest import copy_project

    project = copy_project(tmp_path / "du-an")
    profile = project / "exemplars" / "2024" / "cao-van-khiem.md"
    photo = profile.parent / next(line[7:].strip() for line in profile.read_text(encoding="utf-8").splitlines()
                                  if line.startswith("photo: "))
    Image.new("RGB", (3000, 2000), "white").save(photo, "JPEG")  # 6 MP: fine by default, over a 5 MP limit
    assert not [p for p in check_json(project)[1] if p["code"] == "GS305"]
    _set_options(project, "      max_pixels: 5_000_000\n")
    code, problems = check_json(project)
    too_big = [p for p in problems if p["code"] == "GS305"]
    assert code == 1 and len(too_big) == 1 and "giới hạn 5 triệu" in str(too_big[0]["message"])
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 1 and "GS305" in result.stderr and "Traceback" not in result.stderr
    assert not (project / "site").exists()


def test_bad_settings_are_reported_in_vietnamese(tmp_path: Path) -> None:
    from conftest import copy_project

    project = copy_project(tmp_path / "du-an")
    _set_options(project, "      max_pixels: nhiều\n")
    line = 1 + (project / "mkdocs.yml").read_text(encoding="utf-8").split("\n").index("      max_pixels: nhiều")
    code, problems = check_json(project)
    assert code == 1 and [(p["code"], p["file"], p["line"], p["field"]) for p in problems if p["code"] == "GS601"] == [
        ("GS601", "mkdocs.yml", line, "max_pixels")]
    result = run_guongsang("build", cwd=project)
    assert result.returncode != 0 and "max_pixels" in result.stderr and "Traceback" not in result.stderr

    project = copy_project(tmp_path / "du-an-2")
    _set_options(project, "      share_card:\n        background: đỏ thẫm\n")
    result = run_guongsang("build", cwd=project)
    assert result.returncode != 0 and "#rrggbb" in result.stderr and "Traceback" not in result.stderr
    assert not (project / "site").exists()


def test_share_card_logo_and_colours_come_from_configuration(tmp_path: Path) -> None:
    from conftest import copy_project

    project = copy_project(tmp_path / "du-an")
    logo = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    logo.paste((0, 200, 0, 255), (40, 40, 160, 160))  # a green square on transparency
    logo.save(project / "bieu-trung.png")
    _set_options(project, "      share_card:\n        site_name: Cổng thử nghiệm\n        logo: bieu-trung.png\n"
                          "        background: '#123456'\n        accent: '#ffcc00'\n")
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    cards = sorted((project / "site" / "guong-dien-hinh").glob("*/chia-se-*.jpg"))
    assert cards
    with Image.open(cards[0]) as img:
        near = lambda a, b: all(abs(x - y) <= 14 for x, y in zip(a, b, strict=True))  # noqa: E731 (JPEG noise)
        assert near(img.getpixel((1150, 300)), (0x12, 0x34, 0x56))
        assert near(img.getpixel((600, 625)), (0xFF, 0xCC, 0x00))
        assert near(img.getpixel((516 + 28, 40 + 28)), (0, 200, 0))  # the logo in the header, at its place


def _broken_inside(path: Path) -> None:
    """A JPEG whose header and end marker are fine but whose compressed pixels are damaged."""
    import random

    buffer = io.BytesIO()
    Image.effect_noise((800, 1000), 60).convert("RGB").save(buffer, "JPEG", quality=90)
    data = buffer.getvalue()
    rng = random.Random(1)
    for _ in range(200):
        damaged = bytearray(data)
        for _ in range(30):
            damaged[rng.randrange(1000, len(data) - 100)] = rng.randrange(256)
        try:
            with Image.open(io.BytesIO(bytes(damaged))) as img:
                img.load()
        except OSError:
            path.write_bytes(bytes(damaged))
            return
    raise AssertionError("no damaged JPEG found")


def test_photo_damaged_inside_stops_the_build_with_its_file_and_line(tmp_path: Path) -> None:
    from conftest import copy_project

    project = copy_project(tmp_path / "du-an", built=True)
    before = sorted(p.relative_to(project / "site") for p in (project / "site").rglob("*"))
    profile = project / "exemplars" / "2024" / "cao-van-khiem.md"
    lines = profile.read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if text.startswith("photo: "))
    _broken_inside(profile.parent / lines[line - 1][7:].strip())
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"exemplars/2024/cao-van-khiem.md:{line}" in result.stderr and "GS303" in result.stderr, result.stderr
    assert "không giải mã được" in result.stderr
    assert sorted(p.relative_to(project / "site") for p in (project / "site").rglob("*")) == before  # old site kept
