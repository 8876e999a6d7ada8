"""`guongsang radio` on a copy of the sample, run as a subprocess; bulletins read back with python-docx."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from conftest import (
    TODAY,
    copy_project,
    run_guongsang,
    sample_profiles,
    set_plugin_options,
    snapshot,
    valid_profile,
    write,
)

HOSTILE = valid_profile("Ông <script>alert(1)</script> Thử", extra="featured: true\n").replace(
    "summary: Nữ nông dân chuyển 2 ha lúa kém hiệu quả sang rau hữu cơ, liên kết 35 hộ.",
    "summary: Số 99999999999999999999 và 1/1/1/1/1/1/1/1/1/1/1/1/1/1/1 cùng <b>đậm</b> (ngoặc) https://x.vn/a.",
).replace("date: 2025-01-15", "date: 2024-11-20")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("radio") / "du-an")
    write(root, "exemplars/2024/chua-dang.md", valid_profile("Người Chưa Đăng", "draft: true\n"))
    write(root, "exemplars/2024/hen-ngay.md",
          valid_profile("Người Hẹn Ngày", "featured: true\n").replace("date: 2025-01-15", f"date: {TODAY.year + 1}-06-01"))
    write(root, "exemplars/2024/da-go.md", valid_profile("Người Đã Gỡ", "featured: true\nwithdrawn: true\n"))
    return root


def _docx(root: Path, *args: str) -> docx.document.Document:
    out = root / "ban-tin.docx"
    result = run_guongsang("radio", *args, "--output", str(out), cwd=root)
    assert result.returncode == 0, result.stderr
    return docx.Document(str(out))


def _read_aloud(document: docx.document.Document) -> list[str]:
    """The paragraphs a presenter reads: body text, not the centred header nor the items' headings."""
    return [p.text for p in document.paragraphs
            if p.style.name == "Normal" and p.alignment != WD_ALIGN_PARAGRAPH.CENTER and p.text]


def _items(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == "Heading 1"]


def test_docx_bulletin_reads_back(sample: Path) -> None:
    document = _docx(sample)
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "Bản tin phát thanh: Gương điển hình tiên tiến"
    assert any("Thời lượng đọc:" in p and "phút" in p for p in paragraphs[:4])
    items = _items(document)
    assert 2 <= len(items) <= 5 and all(" giây)" in h for h in items)
    spoken = _read_aloud(document)
    assert spoken[0].startswith("Kính thưa bà con nhân dân!")
    assert spoken[-1].endswith("Cảm ơn bà con đã chú ý lắng nghe.")
    for text in spoken:
        assert unicodedata.is_normalized("NFC", text)
        assert not any(ch.isdigit() for ch in text), text
        assert "http" not in text and "(" not in text and ")" not in text and "<" not in text, text
    style = document.styles["Normal"].font
    assert style.name == "Times New Roman" and style.size.pt == 14


def test_text_bulletin_matches_and_goes_to_stdout(sample: Path) -> None:
    result = run_guongsang("radio", "--minutes", "3", cwd=sample)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Bản tin phát thanh:")
    out = sample / "b.txt"
    assert run_guongsang("radio", "--minutes", "3", "-o", str(out), cwd=sample).returncode == 0
    assert out.read_text(encoding="utf-8") == result.stdout


def test_a_short_slot_gets_fewer_items(sample: Path) -> None:
    short, long = _items(_docx(sample, "--minutes", "1")), _items(_docx(sample, "--minutes", "30"))
    assert len(short) < len(long) and len(long) >= 10


def test_only_what_the_portal_publishes(sample: Path) -> None:
    text = run_guongsang("radio", "--minutes", "120", cwd=sample).stdout
    for title in ("Người Chưa Đăng", "Người Hẹn Ngày", "Người Đã Gỡ"):
        assert title not in text
    for _slug, published, meta in sample_profiles():
        assert (str(meta["title"]) in text) == published, meta["title"]


def test_section_and_month_filters(sample: Path) -> None:
    document = _docx(sample, "--section", "linh-vuc/y-te", "--minutes", "120")
    expected = {str(m["title"]) for _s, published, m in sample_profiles() if published and m["sector"] == "y-te"}
    assert {h.split(". ", 1)[1].split(" – ")[0] for h in _items(document)} == expected
    month = run_guongsang("radio", "--month", "2024-11", "--minutes", "120", cwd=sample).stdout
    for _slug, published, meta in sample_profiles():
        if published:
            in_month = str(meta["date"]).startswith("2024-11")
            assert (f". {meta['title']} – " in month) == in_month, meta["title"]


@pytest.mark.parametrize(("args", "words"), [
    (("--section", "linh-vuc/khong-co"), ["linh-vuc/y-te"]),
    (("--section", "khong-co/x"), ["linh-vuc", "don-vi"]),
    (("--month", "2024-13"), ["--month", "2024-11"]),
    (("--month", "2024-11", "--from", "2024-01-01"), ["--month"]),
    (("--from", "2024-02-30"), ["--from"]),
    (("--output", "x.pdf"), [".docx"]),
    (("--minutes", "0"), ["--minutes"]),
])
def test_bad_arguments_are_told_in_vietnamese(sample: Path, args: tuple[str, ...], words: list[str]) -> None:
    result = run_guongsang("radio", *args, cwd=sample)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "Lỗi:" in result.stderr and all(w in result.stderr for w in words), result.stderr


def test_broken_abbreviations_stop_the_bulletin(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "du-an")
    write(root, "exemplars/_vocab/abbreviations.yml", "- abbr: UBND\n  name: Ủy ban\n- abbr: X Y\n  name: a\n")
    result = run_guongsang("radio", cwd=root)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "exemplars/_vocab/abbreviations.yml:3" in result.stderr and "GS704" in result.stderr


def test_project_abbreviations_and_settings_are_used(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "du-an")
    write(root, "exemplars/_vocab/abbreviations.yml", "- abbr: TTg\n  name: Thủ tướng\n")
    set_plugin_options(root, 'radio: {speed: 150, station: "Đài truyền thanh xã Tân Hòa"}')
    text = run_guongsang("radio", "--month", "2024-11", cwd=root).stdout
    assert "của Thủ tướng, năm" in text and "Thủ tướng Chính phủ, năm" not in text
    assert "Đây là Đài truyền thanh xã Tân Hòa." in text and "(tốc độ 150 âm tiết/phút)" in text
    set_plugin_options(root, "radio: {speed: 5}")
    result = run_guongsang("radio", cwd=root)
    assert result.returncode == 1 and "GS705" in result.stderr and "mkdocs.yml" in result.stderr


def test_hostile_values_never_crash(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "du-an")
    write(root, "exemplars/2024/thu.md", HOSTILE)
    document = _docx(root, "--month", "2024-11")
    spoken = " ".join(_read_aloud(document))
    assert "Thử" in spoken and "<" not in spoken and "http" not in spoken
    assert not any(ch.isdigit() for ch in spoken)


@pytest.mark.parametrize("inside", ["exemplars/ban-tin.docx", "content/ban-tin.txt", "exemplars/2024/../ban-tin.txt"])
def test_never_writes_into_the_sources(sample: Path, inside: str) -> None:
    before = snapshot(sample / "exemplars") | snapshot(sample / "content")
    run = run_guongsang("radio", "--minutes", "1", "--output", inside, cwd=sample)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "lệnh này không bao giờ sửa thư mục đó" in run.stderr
    assert snapshot(sample / "exemplars") | snapshot(sample / "content") == before
