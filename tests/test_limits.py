"""Small hostile inputs get a coded Vietnamese problem with file and line, fast, from `check` and `build`
(issue 17, items 8 and 9): oversized profiles, too many tags, bodies that would take minutes or recurse
to render, PNG text and ICC chunks that inflate hugely, folders that cannot be read."""

from __future__ import annotations

import ctypes
import io
import json
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from conftest import check_json, copy_project, run_guongsang, valid_profile, write

BODY_LINE = 13  # valid_profile() + "\n" + body: line 1 of body is line 14 of the file


def _codes(problems: list[dict[str, object]], rel: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for p in problems:
        if p["file"] == rel:
            out.setdefault(str(p["code"]), []).append(int(str(p["line"])))
    return out


def test_profile_larger_than_200_kb_is_refused_before_it_is_read(project: Path) -> None:
    write(project, "exemplars/2024/dai.md", valid_profile() + "Đoạn văn dài. " * 16_000)
    code, problems = check_json(project)
    assert code == 1
    assert _codes(problems, "exemplars/2024/dai.md") == {"GS008": [1]}
    assert "200 KB" in next(p["message"] for p in problems if p["code"] == "GS008")


def test_more_than_20_tags_is_an_error_on_the_tags_line(project: Path) -> None:
    tags = "tags:\n" + "".join(f"  - từ khóa {i}\n" for i in range(3000))
    write(project, "exemplars/2024/the.md", valid_profile(extra=tags))
    code, problems = check_json(project)
    assert code == 1
    found = [p for p in problems if p["file"] == "exemplars/2024/the.md"]
    assert [(p["code"], p["line"], p["field"]) for p in found] == [("GS106", 10, "tags")]
    assert "tối đa 20" in str(found[0]["message"])


HOSTILE_BODIES = [
    # (name, body, code, line within the body)
    ("image-run", "Mở đầu.\n\n" + "![" * 5000, "GS126", 3),
    ("link-parens", "[a](" * 3000, "GS126", 1),
    ("nested-brackets", "[" * 3000 + "a" + "]" * 3000, "GS126", 1),
    ("unclosed-tags", "Bài viết.\n\n" + "<a " * 4000, "GS126", 3),
    ("nested-list", "Danh sách:\n\n" + "".join("    " * i + "- mục\n" for i in range(100)), "GS125", 23),
    ("marker-chain", "- " * 1000 + "a\n", "GS125", 1),
    ("nested-emphasis", "*_ " * 1000 + "a" + " _*" * 1000, "GS125", 1),
    ("long-paragraph", "Câu văn nối dài không xuống dòng. " * 700, "GS127", 1),
]


@pytest.mark.parametrize(("name", "body", "code", "line"), HOSTILE_BODIES, ids=[c[0] for c in HOSTILE_BODIES])
def test_bodies_that_would_take_minutes_or_recurse_are_refused_by_check(project: Path, name: str, body: str,
                                                                         code: str, line: int) -> None:
    write(project, "exemplars/2024/than-bai.md", valid_profile() + "\n" + body)
    exit_code, problems = check_json(project)
    assert exit_code == 1
    assert _codes(problems, "exemplars/2024/than-bai.md") == {code: [BODY_LINE + line]}


def test_normal_stories_are_not_refused(project: Path) -> None:
    body = ("Chị Hoa (sinh năm 1985) đã **vận động** 35 hộ [liên kết](https://x.vn/a_(b)) trồng rau, "
            "xem [Quyết định 12] và `mã 1 < 2`.\n\n" * 40
            + "".join("    " * i + "- mục *nhấn* _nghiêng_\n" for i in range(8))
            + "\n> > trích dẫn lồng\n\n" + "- - - - - - - - - - - - - - - - - - - - - - - -\n\n"
            + "```\n" + "[" * 5000 + "\n```\n")
    write(project, "exemplars/2024/binh-thuong.md", valid_profile() + "\n" + body)
    exit_code, problems = check_json(project)
    assert exit_code == 0, problems


def test_build_stops_on_hostile_bodies_with_their_lines_and_no_traceback(tmp_path: Path) -> None:
    site = copy_project(tmp_path / "du-an")
    for name, body, _, _ in HOSTILE_BODIES:
        write(site, f"exemplars/2024/than-{name}.md", valid_profile(title=f"Hồ sơ {name}") + "\n" + body)
    result = run_guongsang("build", cwd=site)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr
    for name, _, code, line in HOSTILE_BODIES:
        assert f"exemplars/2024/than-{name}.md:{BODY_LINE + line}" in result.stderr, name
        assert code in result.stderr
    assert not (site / "site").exists()


# PNG chunks built by hand: Pillow writes only what it can read back.
def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _png(before_pixels: bytes = b"", after_pixels: bytes = b"") -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (600, 800), "red").save(buf, "PNG")
    raw = buf.getvalue()
    header_end = 8 + 8 + 13 + 4  # signature, IHDR
    iend = raw.rfind(b"IEND") - 4
    return raw[:header_end] + before_pixels + raw[header_end:iend] + after_pixels + raw[iend:]


_BOMB = zlib.compress(b"\0" * 30_000_000, 9)  # 30 MB of zeros in 30 KB (Pillow stops at 1 MB)
PNG_BOMBS = {
    "ztxt": _png(before_pixels=_chunk(b"zTXt", b"Comment\0\0" + _BOMB)),
    "iccp": _png(before_pixels=_chunk(b"iCCP", b"icc\0\0" + _BOMB)),
    "itxt-after-pixels": _png(after_pixels=_chunk(b"iTXt", b"XML:com.adobe.xmp\0\1\0\0\0" + _BOMB)),
    "many-texts": _png(after_pixels=b"".join(
        _chunk(b"zTXt", b"k%d\0\0" % i + zlib.compress(b"\0" * 1_000_000, 9)) for i in range(70))),
}


@pytest.mark.parametrize("kind", PNG_BOMBS)
def test_png_whose_text_or_icc_inflates_hugely_is_gs319(project: Path, kind: str) -> None:
    write(project, "exemplars/2024/anh.png", PNG_BOMBS[kind])
    write(project, "exemplars/2024/anh.md", valid_profile(extra="photo: anh.png\nphoto_alt: Ảnh\nconsent: true\n"))
    code, problems = check_json(project)
    assert code == 1
    assert _codes(problems, "exemplars/2024/anh.md") == {"GS319": [10]}


def test_build_refuses_a_png_bomb_with_file_and_line(tmp_path: Path) -> None:
    site = copy_project(tmp_path / "du-an")
    write(site, "exemplars/2024/anh.png", PNG_BOMBS["itxt-after-pixels"])
    write(site, "exemplars/2024/anh.md", valid_profile(extra="photo: anh.png\nphoto_alt: Ảnh\nconsent: true\n"))
    result = run_guongsang("build", cwd=site)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "exemplars/2024/anh.md:10" in result.stderr and "GS319" in result.stderr


def _without_root_powers() -> None:
    """Tests run as root, which reads any folder: drop the two capabilities that allow it (in the child only)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP: gone after exec
            raise OSError(ctypes.get_errno(), "prctl")


@pytest.mark.parametrize("command", ["check", "build"])
def test_unreadable_folder_is_gs009_not_a_traceback(tmp_path: Path, command: str) -> None:
    site = copy_project(tmp_path / "du-an")
    secret = write(site, "exemplars/2023/khoa/an.md", valid_profile()).parent
    secret.chmod(0)
    try:
        result = run_guongsang(command, cwd=site, preexec_fn=_without_root_powers)
    finally:
        secret.chmod(0o755)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "exemplars/2023/khoa:1" in result.stdout + result.stderr
    assert "GS009" in result.stdout + result.stderr


def test_unreadable_vocabulary_folder_is_gs009_not_a_traceback(tmp_path: Path) -> None:
    site = copy_project(tmp_path / "du-an")
    vocab = site / "exemplars" / "_vocab"
    vocab.chmod(0)
    try:
        result = run_guongsang("check", cwd=site, preexec_fn=_without_root_powers)
    finally:
        vocab.chmod(0o755)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "exemplars/_vocab:1: lỗi GS009" in result.stdout + result.stderr


def test_photo_in_an_unreadable_folder_is_gs009_on_its_line(tmp_path: Path) -> None:
    site = copy_project(tmp_path / "du-an")
    private = write(site, "exemplars/anh-rieng/chan-dung.jpg", b"\xff\xd8\xff").parent
    write(site, "exemplars/2024/anh.md", valid_profile(extra="photo: ../anh-rieng/chan-dung.jpg\nphoto_alt: Ảnh\nconsent: true\n"))
    private.chmod(0)
    try:
        result = run_guongsang("check", "--format", "json", cwd=site, preexec_fn=_without_root_powers)
    finally:
        private.chmod(0o755)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    found = {(p["file"], p["line"], p["code"]) for p in json.loads(result.stdout)}
    assert ("exemplars/2024/anh.md", 10, "GS009") in found
