"""Bad photos get a clear problem from `check` (and stop the build), never a crash."""

from __future__ import annotations

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


@pytest.mark.parametrize("kind", ["cmyk", "16-bit", "transparent", "animated"])
def test_photos_with_warnings_still_publish_as_plain_jpeg(tmp_path: Path, kind: str) -> None:
    from conftest import copy_project

    project = copy_project(tmp_path / "du-an")
    suffix = ".gif" if kind == "animated" else (".jpg" if kind == "cmyk" else ".png")
    profile = next((project / "exemplars" / "2024").glob("*.md"))
    _make(kind, profile.parent / f"thu{suffix}")
    text = profile.read_text(encoding="utf-8").replace("\n---\n", f"\nphoto: thu{suffix}\nphoto_alt: Ảnh thử\nconsent: true\n---\n", 1)
    text = "\n".join(line for i, line in enumerate(text.split("\n")) if not (line.startswith(("photo:", "photo_alt:")) and f"thu{suffix}" not in line and "Ảnh thử" not in line))
    profile.write_text(text, encoding="utf-8")
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr + result.stdout
    with Image.open(project / "site" / "guong-dien-hinh" / profile.stem / "anh.jpg") as img:
        assert img.format == "JPEG" and img.mode == "RGB" and not img.info.get("exif")
        if kind == "transparent":
            assert img.getpixel((10, 10)) == (255, 255, 255)
