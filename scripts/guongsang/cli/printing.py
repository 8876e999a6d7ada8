"""`guongsang print booklet|poster`: the booklet (kỷ yếu) of a section or a year, and posters, as PDF."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from guongsang.cli.common import CONTEXT, VietnameseGroup, err_console, fail, load_published, root_option
from guongsang.core.diskerrors import why
from guongsang.outputs.outfile import inside_sources
from guongsang.outputs.print import selection
from guongsang.outputs.print.selection import Selection
from guongsang.outputs.published import Published

if TYPE_CHECKING:
    from guongsang.outputs.print.render import Written

PANGO_MISSING = ("Không chạy được WeasyPrint (công cụ tạo PDF) vì máy thiếu thư viện Pango. Trên Debian/Ubuntu, "
                 "cài bằng: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 rồi chạy lại.")

section_option = click.option("--section", "-s", metavar="NHÓM/MỤC",
                              help="Một chuyên mục như trong địa chỉ của cổng, ví dụ linh-vuc/giao-duc-dao-tao "
                                   "hoặc don-vi/xa-tan-hoa.")
year_option = click.option("--year", "-y", type=click.IntRange(1945, 2100), help="Các gương được khen năm này.")


@click.group("print", cls=VietnameseGroup, context_settings=CONTEXT)
def print_group() -> None:
    """In ấn: kỷ yếu (PDF nhiều trang) và áp phích (mỗi gương một trang) từ các hồ sơ đang đăng trên cổng.

    Chỉ in hồ sơ cổng đang đăng: không có bản nháp, hồ sơ hẹn ngày đăng hay hồ sơ đã gỡ.
    """


def _load(root: Path | None) -> Published:
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # its English advice: ours follows, in Vietnamese
            from guongsang.outputs.print import weasy  # noqa: F401  (loads Pango: an OSError when it is missing)
    except OSError:
        fail(PANGO_MISSING, 1)
    pub = load_published(root, "in")
    if not pub.site.url:
        fail("mkdocs.yml chưa có site_url (địa chỉ của cổng, ví dụ site_url: https://guongsang.sonha.gov.vn/): "
             "mã QR trên bản in cần địa chỉ đầy đủ của từng trang. Hãy thêm site_url rồi chạy lại.", 1)
    return pub


def _target(pub: Published, output: Path | None, default_name: str) -> Path:
    """The PDF to write: never inside exemplars/ or content/, which no command of ours modifies."""
    target = (output or Path.cwd() / default_name).absolute()
    if target.suffix.lower() != ".pdf":
        fail(f"Tệp kết quả {target.name} phải có đuôi .pdf.", 2)
    folder = inside_sources(target, pub.project)
    if folder is not None:
        fail(f"Không ghi bản in vào {folder.name}/: lệnh in không bao giờ sửa thư mục này. "
             "Hãy chọn chỗ khác bằng --output.", 2)
    if not target.parent.is_dir():
        fail(f"Không có thư mục {target.parent} để ghi {target.name}.", 2)
    return target


def _choose(pub: Published, slugs: tuple[str, ...], section: str | None, year: int | None,
            allow_slugs: bool = True) -> Selection:

    if sum(bool(x) for x in (slugs, section, year)) != 1:
        ways = "--section NHÓM/MỤC hoặc --year NĂM"
        fail(f"Hãy chọn đúng một trong: {'tên hồ sơ (slug), ' + ways if allow_slugs else ways}.", 2)
    try:
        if slugs:
            return selection.by_slugs(pub.catalog, list(slugs))
        if section:
            return selection.by_section(pub.catalog, section)
        return selection.by_year(pub.catalog, year or 0)
    except selection.SelectionError as exc:
        fail(str(exc), 1)




@print_group.command("booklet", context_settings=CONTEXT)
@root_option
@section_option
@year_option
@click.option("--size", type=click.Choice(["A4", "A5"], case_sensitive=False), default="A4", show_default=True,
              help="Khổ giấy.")
@click.option("--bleed", is_flag=True, help="Thêm 3 mm tràn lề và dấu xén cho nhà in.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Tệp PDF cần ghi. Mặc định: ky-yeu-<chuyên mục>.pdf trong thư mục hiện tại.")
def booklet(root: Path | None, section: str | None, year: int | None, size: str, bleed: bool,
            output: Path | None) -> None:
    """Kỷ yếu gương điển hình tiên tiến của một chuyên mục hoặc một năm: bìa, mục lục, mỗi gương một bài
    (ảnh, khen thưởng, đơn vị, tóm tắt, câu chuyện, mã QR tới trang trên cổng), trang thông tin cuối."""
    from guongsang.outputs.print import render

    pub = _load(root)
    chosen = _choose(pub, (), section, year, allow_slugs=False)
    target = _target(pub, output, f"ky-yeu-{chosen.slug}.pdf")
    _run(lambda: render.booklet(pub, chosen, size.upper(), bleed, target), target)


@print_group.command("poster", context_settings=CONTEXT)
@click.argument("slugs", nargs=-1, metavar="[HỒ_SƠ]...")
@root_option
@section_option
@year_option
@click.option("--size", type=click.Choice(["A4", "A3"], case_sensitive=False), default="A4", show_default=True,
              help="Khổ giấy (trang dọc).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Tệp PDF cần ghi. Mặc định: ap-phich-<…>.pdf trong thư mục hiện tại.")
def poster(slugs: tuple[str, ...], root: Path | None, section: str | None, year: int | None, size: str,
           output: Path | None) -> None:
    """Áp phích cho bảng tin: mỗi gương điển hình một trang dọc (ảnh lớn, tên, khen thưởng, đơn vị, vài dòng
    tóm tắt, mã QR tới trang trên cổng). HỒ_SƠ: tên hồ sơ (phần cuối địa chỉ trang), hoặc dùng --section/--year."""
    from guongsang.outputs.print import render

    pub = _load(root)
    chosen = _choose(pub, slugs, section, year)
    target = _target(pub, output, f"ap-phich-{chosen.slug}.pdf")
    _run(lambda: render.poster(pub, chosen, size.upper(), target), target)


def _run(make: Callable[[], Written], target: Path) -> None:
    from guongsang.outputs.images.cache import JobsFailed

    try:
        written = make()
    except JobsFailed as failed:
        fail(f"Không chuẩn bị được {len(failed.failures)} ảnh để in: {next(iter(failed.failures.values()))}", 1)
    except OSError as exc:
        fail(f"Không ghi được {target}: {why(exc)}", 1)
    err_console().print(f"Đã ghi {written.path} ({written.pages} trang, {written.exemplars} gương điển hình).")
