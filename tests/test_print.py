"""`guongsang print`: booklets and posters read back with real tools (pdftotext, pdffonts, pdfinfo,
pdftoppm + zbarimg), on a copy of the sample with a draft, a future-dated, a withdrawn, a hostile and a
very long profile added to the section printed."""

from __future__ import annotations

import http.server
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import frontmatter
import pytest

from conftest import TODAY, copy_project, run_guongsang, snapshot, valid_profile, write
from guongsang.outputs.portal.typography import curly

SECTION = "linh-vuc/nong-nghiep-nong-thon-moi"  # the sector valid_profile() uses
SITE = "https://guongsang.example/guong-dien-hinh/"
LONG_SUMMARY = "Hợp tác xã " + "chuyển đổi sản xuất hữu cơ, liên kết tiêu thụ nông sản, " * 4 + "làm giàu cho quê hương."
LONG_TITLE = "Hợp tác xã Dịch vụ nông nghiệp tổng hợp và phát triển chuỗi giá trị nông sản sạch xã Tân Hòa"
HIDDEN = {"Trần Văn Nháp": ("nhap", "draft: true\n"), "Trần Văn Gỡ": ("go", "withdrawn: true\n"), "Trần Văn Hẹn": ("hen", None)}


class _Spy(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Spy.hits.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def spy() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Spy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory, spy: str) -> Path:
    root = copy_project(tmp_path_factory.mktemp("in") / "du-an")
    for title, (slug, extra) in HIDDEN.items():
        text = valid_profile(title, extra or "")
        if extra is None:
            text = text.replace("date: 2025-01-15", f"date: {TODAY.year + 1}-12-31")
        write(root, f"exemplars/2024/{slug}.md", text)
    hostile = valid_profile('<b>Lò Văn Độc</b> & "Hại" <script>alert(1)</script>', "kind: tap-the\n").replace(
        "kind: ca-nhan\n", "").replace(
        "summary: Nữ nông dân chuyển 2 ha lúa kém hiệu quả sang rau hữu cơ, liên kết 35 hộ.",
        f'summary: "Có <img src={spy}/tom-tat.png> và <script>alert(1)</script> in nguyên văn."')
    hostile += (f"\nCâu chuyện <script>fetch('{spy}/s')</script> <a href=\"javascript:alert(1)\">liên kết</a> "
                f"<span style=\"background: url({spy}/css.png)\">nền</span>.\n")
    write(root, "exemplars/2024/doc-hai.md", hostile)
    long = valid_profile(LONG_TITLE, "kind: tap-the\nphoto: cao-van-khiem.jpg\nphoto_alt: Ảnh tập thể\n").replace("kind: ca-nhan\n", "").replace(
        "summary: Nữ nông dân chuyển 2 ha lúa kém hiệu quả sang rau hữu cơ, liên kết 35 hộ.", f"summary: {LONG_SUMMARY}")
    story = "\n\n".join(["Đoạn văn rất dài của câu chuyện. " * 40] * 12)
    write(root, "exemplars/2024/dai.md", long + "\n![Cánh đồng](cao-van-khiem.jpg)\n\n" + story)
    return root


def members(root: Path) -> list[dict[str, object]]:
    """Front matter (and slug) of every published profile in the printed sector, read from the files."""
    out = []
    for path in sorted((root / "exemplars").rglob("*.md")):
        if "_vocab" in path.parts:
            continue
        meta = frontmatter.load(path).metadata
        if meta.get("sector") == "nong-nghiep-nong-thon-moi" and not meta.get("draft") and not meta.get("withdrawn") \
                and str(meta["date"])[:10] <= TODAY.isoformat():
            out.append(meta | {"slug": meta.get("slug") or path.stem})
    return out


def printed(root: Path, *args: str, name: str) -> Path:
    out = root.parent / name
    result = run_guongsang("print", *args, "--output", str(out), cwd=root)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return out


def text_of(pdf: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())


def page_size_mm(pdf: Path) -> tuple[int, int]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    w, h = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()  # type: ignore[union-attr]
    return round(float(w) * 25.4 / 72), round(float(h) * 25.4 / 72)


def qr_codes(pdf: Path, tmp: Path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp / "trang")], check=True)
    found = []
    for png in sorted(tmp.glob("trang*.png")):
        result = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True)
        found += result.stdout.split()
    return found


@pytest.fixture(scope="module")
def booklet(sample: Path) -> Path:
    return printed(sample, "booklet", "--section", SECTION, name="ky-yeu.pdf")


@pytest.fixture(scope="module")
def posters(sample: Path) -> Path:
    return printed(sample, "poster", "--section", SECTION, name="ap-phich.pdf")


def test_booklet_has_every_name_and_summary_in_nfc_and_nothing_unpublished(sample: Path, booklet: Path, spy: str) -> None:
    text = text_of(booklet)
    shown = members(sample)
    assert len(shown) >= 5
    for meta in shown:
        assert " ".join(curly(str(meta["title"])).split()) in text
        assert " ".join(curly(str(meta["summary"])).split()) in text
    for hidden in HIDDEN:
        assert hidden not in text
    assert '<b>Lò Văn Độc</b> & “Hại” <script>alert(1)</script>' in text  # escaped, printed as written
    assert f"<img src={spy}/tom-tat.png>" in text
    assert "Câu chuyện liên kết nền." in text and "fetch(" not in text  # the story's script is gone, its text stays
    assert _Spy.hits == []


def test_booklet_fonts_are_all_embedded(booklet: Path) -> None:
    rows = subprocess.run(["pdffonts", str(booklet)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert "Type 3" not in row, row
        assert row.split()[-5] == "yes", row  # emb
        assert "Guongsang-Sans" in row, row  # no system font stood in


def test_booklet_qr_codes_give_each_profile_url(sample: Path, booklet: Path, tmp_path: Path) -> None:
    assert sorted(qr_codes(booklet, tmp_path)) == sorted(f"{SITE}{m['slug']}/" for m in members(sample))


def test_booklet_is_a4_by_default(booklet: Path) -> None:
    assert page_size_mm(booklet) == (210, 297)


@pytest.mark.parametrize(("args", "size"), [(("--size", "A5"), (148, 210)), (("--bleed",), (216, 303))])
def test_booklet_page_sizes(sample: Path, args: tuple[str, ...], size: tuple[int, int]) -> None:
    pdf = printed(sample, "booklet", "--year", "2022", *args, name=f"ky-yeu-{'-'.join(args)}.pdf")
    assert page_size_mm(pdf) == size


def test_posters_one_page_each_with_qr_and_cut_summary(sample: Path, posters: Path, tmp_path: Path) -> None:
    shown = members(sample)
    info = subprocess.run(["pdfinfo", str(posters)], capture_output=True, text=True, check=True).stdout
    assert f"Pages:           {len(shown)}" in info  # nothing ran over onto a second page
    assert page_size_mm(posters) == (210, 297)
    assert sorted(qr_codes(posters, tmp_path)) == sorted(f"{SITE}{m['slug']}/" for m in shown)
    text = text_of(posters)
    assert "Quét mã để đọc toàn bộ câu chuyện" in text
    assert LONG_SUMMARY not in text
    cut = re.search(r"(Hợp tác xã chuyển đổi[^…]*)…", text)
    assert cut and LONG_SUMMARY.startswith(cut.group(1).rstrip(" ,")), text
    for hidden in HIDDEN:
        assert hidden not in text


def middle_gaps_mm(pdf: Path, page: int, height: float, scale: float) -> tuple[float, float]:
    """Space left above and below the words of a poster's middle (between its band and its QR footer, the
    sizes of poster.css at A4 × ``scale``), from the words' boxes as pdftotext reads them."""
    boxes = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
    pt = 25.4 / 72
    words = [(float(a) * pt, float(b) * pt) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', boxes)]
    middle = [(a, b) for a, b in words if a > 24 * scale and b < height - 58 * scale]
    return min(a for a, _ in middle) - 30 * scale, height - 64 * scale - max(b for _, b in middle)


def test_poster_a3(sample: Path, tmp_path: Path) -> None:
    """A3, with a photo and without: the poster without one sets its fewer words in the middle of the space,
    not under its top edge with a third of the page left empty below (127 mm of 420, before)."""
    pdf = printed(sample, "poster", "cao-van-khiem", "hoang-van-dung", "--size", "A3", name="a3.pdf")
    assert page_size_mm(pdf) == (297, 420)
    assert qr_codes(pdf, tmp_path) == [f"{SITE}cao-van-khiem/", f"{SITE}hoang-van-dung/"]
    assert "Cao Văn Khiêm" in text_of(pdf)
    above, below = middle_gaps_mm(pdf, 2, 420, 297 / 210)  # hoang-van-dung has no photo and a short summary
    assert above > 20 and abs(above - below) < 5, (above, below)
    above, _ = middle_gaps_mm(pdf, 1, 420, 297 / 210)  # the photo's poster fills the space from its top
    assert above < 2, above


@pytest.mark.parametrize(("slug", "says"), [("go", "đã được gỡ"), ("nhap", "chưa được đăng"), ("hen", "chưa được đăng"),
                                            ("khong-co-ai", "Không có hồ sơ «khong-co-ai»")])
def test_poster_of_an_unpublished_profile_is_refused(sample: Path, slug: str, says: str) -> None:
    out = sample.parent / f"khong-{slug}.pdf"
    result = run_guongsang("print", "poster", slug, "--output", str(out), cwd=sample)
    assert result.returncode == 1
    assert says in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_unknown_section_lists_the_valid_ones(sample: Path) -> None:
    result = run_guongsang("print", "booklet", "--section", "linh-vuc/nong-nghiep", cwd=sample)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "nong-nghiep-nong-thon-moi" in result.stderr and "giao-duc-dao-tao" in result.stderr


def test_output_inside_exemplars_is_refused(sample: Path) -> None:
    before = snapshot(sample / "exemplars")
    result = run_guongsang("print", "poster", "cao-van-khiem", "--output", "exemplars/2024/x.pdf", cwd=sample)
    assert result.returncode == 2 and "exemplars/" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(sample / "exemplars") == before


def test_without_site_url_says_to_set_it(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "du-an")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_url: https://guongsang.example/\n", ""),
                      encoding="utf-8")
    result = run_guongsang("print", "poster", "cao-van-khiem", cwd=root)
    assert result.returncode == 1 and "site_url" in result.stderr and "Traceback" not in result.stderr
    assert not list(root.glob("*.pdf"))


def test_the_fetcher_serves_only_the_folders_it_was_given(sample: Path, spy: str) -> None:
    """What `check` already refuses (remote images, file: URLs) and what nh3 drops (stylesheets) cannot
    reach the network or the disk through WeasyPrint either: the fetcher is the last door."""
    from guongsang.outputs.print.fetcher import FolderFetcher
    from guongsang.outputs.print.weasy import HTML

    photo = (sample / "exemplars" / "2024" / "cao-van-khiem.jpg").as_uri()
    fetcher = FolderFetcher([sample / "exemplars"])
    page = (f'<link rel="stylesheet" href="{spy}/a.css"><style>@import url("{spy}/b.css");</style>'
            f'<img src="{spy}/c.png"><img src="file:///etc/passwd"><img src="{photo}">'
            f'<img src="{(sample / "mkdocs.yml").as_uri()}"><p>chữ</p>')
    pdf = HTML(string=page, base_url=(sample / "exemplars").as_uri() + "/", url_fetcher=fetcher).write_pdf()
    assert pdf.startswith(b"%PDF")
    assert _Spy.hits == []
    assert sorted(fetcher.refused) == sorted([f"{spy}/a.css", f"{spy}/b.css", f"{spy}/c.png", "file:///etc/passwd",
                                              (sample / "mkdocs.yml").as_uri()])


def test_without_pango_says_what_to_install(sample: Path) -> None:
    """Pango hidden from the command by a private mount (root in a container); skipped where that is not allowed."""
    pango = Path("/usr/lib/x86_64-linux-gnu/libpango-1.0.so.0")
    hide = f"mount --bind /dev/null {pango} && exec {sys.executable} -m guongsang print poster cao-van-khiem"
    if not pango.exists() or subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode != 0:
        pytest.skip("needs Debian's amd64 Pango and a private mount namespace (unshare -m)")
    result = subprocess.run(["unshare", "-m", "sh", "-c", hide], cwd=sample, capture_output=True, text=True,
                            env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"})
    assert result.returncode == 1, result.stderr
    assert "thiếu thư viện Pango" in result.stderr and "libpango-1.0-0" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout and "WeasyPrint could not" not in result.stdout


def test_booklet_prints_the_story_images_from_exemplars(sample: Path, booklet: Path) -> None:
    from PIL import Image

    listed = subprocess.run(["pdfimages", "-list", str(booklet)], capture_output=True, text=True, check=True).stdout
    sizes = {tuple(map(int, line.split()[3:5])) for line in listed.splitlines()[2:]}
    with Image.open(sample / "exemplars" / "2024" / "cao-van-khiem.jpg") as original:
        assert original.size in sizes  # smaller than the column: printed at its own size, not cropped


def test_default_file_name_in_the_current_folder(sample: Path, tmp_path: Path) -> None:
    result = run_guongsang("print", "poster", "cao-van-khiem", "--root", str(sample), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["ap-phich-cao-van-khiem.pdf"]  # no temporary file left


def test_print_cache_is_reused_across_booklets_and_posters(sample: Path) -> None:
    cache = sample / ".cache" / "guongsang" / "print"
    printed(sample, "booklet", "--year", "2023", name="nam-2023.pdf")
    first = {p.name: p.stat().st_mtime_ns for p in cache.glob("*.jpg")}
    assert first
    printed(sample, "poster", "--year", "2022", "--size", "A3", name="nam-2022.pdf")
    printed(sample, "booklet", "--year", "2023", name="nam-2023-lai.pdf")
    again = {p.name: p.stat().st_mtime_ns for p in cache.glob("*.jpg")}
    assert {name: again[name] for name in first} == first  # nothing of the first booklet was made again


def test_importing_print_leaves_pillow_refusing_damaged_photos() -> None:
    """WeasyPrint makes Pillow accept truncated images for the whole process when imported; `guongsang print`
    imports it before `check` runs, so the flag must be put back (outputs/print/weasy.py)."""
    code = ("import io\nfrom PIL import Image, ImageFile\nimport guongsang.outputs.print.render, guongsang.outputs.print.weasy\n"
            "import weasyprint.images\nbuf = io.BytesIO()\nImage.new('RGB', (400, 400), 'red').save(buf, 'JPEG')\n"
            "try:\n    Image.open(io.BytesIO(buf.getvalue()[:2000])).load()\nexcept OSError:\n    print('refused')\n"
            "print(ImageFile.LOAD_TRUNCATED_IMAGES)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.stdout.split() == ["refused", "False"], run.stderr
