"""`guongsang radio`: a bulletin for commune loudspeakers, as text or a Word document."""

from __future__ import annotations

import calendar
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import click

from guongsang.cli.common import CONTEXT, err_console, fail, load_published, root_option
from guongsang.core.project import today_in_vietnam
from guongsang.core.radiosettings import LIMITS
from guongsang.outputs.outfile import inside_sources, write_whole
from guongsang.outputs.radio import bulletin as bt
from guongsang.outputs.radio.formats import to_docx, to_text

FORMATS = {".txt": to_text, ".docx": to_docx}


def month_range(text: str) -> tuple[date, date]:
    """"2024-11" → the first and last day of that month; ValueError with a Vietnamese message."""
    year, _, month = text.partition("-")
    if not (len(year) == 4 and year.isdigit() and month.isdigit() and len(month) <= 2 and 1 <= int(month) <= 12):
        raise ValueError(f"--month phải có dạng NĂM-THÁNG, ví dụ 2024-11, không phải «{text}».")
    first = date(int(year), int(month), 1)
    return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        fail(f"{option} phải là một ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2024-11-01, không phải «{text}».")


@click.command(context_settings=CONTEXT)
@root_option
@click.option("--section", metavar="NHÓM/MỤC",
              help="Chỉ lấy một chuyên mục, ghi như trong địa chỉ trang, ví dụ linh-vuc/giao-duc-dao-tao.")
@click.option("--month", metavar="NĂM-THÁNG", help="Chỉ lấy hồ sơ đăng trong tháng này, ví dụ 2024-11.")
@click.option("--from", "start", metavar="NGÀY", help="Chỉ lấy hồ sơ đăng từ ngày này (NĂM-THÁNG-NGÀY).")
@click.option("--to", "end", metavar="NGÀY", help="Chỉ lấy hồ sơ đăng đến hết ngày này (NĂM-THÁNG-NGÀY).")
@click.option("--minutes", type=click.IntRange(*LIMITS["minutes"]),
              help="Thời lượng chương trình, phút (mặc định: radio.minutes trong mkdocs.yml, hoặc 10).")
@click.option("--speed", type=click.IntRange(*LIMITS["speed"]),
              help="Tốc độ đọc, âm tiết mỗi phút (mặc định: radio.speed trong mkdocs.yml, hoặc 220).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Ghi ra tệp .txt (UTF-8) hoặc .docx (Word) thay vì in ra màn hình.")
def radio(root: Path | None, section: str | None, month: str | None, start: str | None, end: str | None,
          minutes: int | None, speed: int | None, output: Path | None) -> None:
    """Soạn bản tin phát thanh cho loa truyền thanh từ các gương điển hình đã đăng.

    Chọn hồ sơ (điển hình tiêu biểu trước, rồi mới nhất trước) cho vừa thời lượng, viết để đọc:
    số, ngày tháng, phần trăm, số quyết định và chữ viết tắt được viết thành lời; không có địa chỉ
    web, ngoặc đơn hay ký hiệu. Tệp .docx dùng phông Times New Roman cỡ 14.
    Mã thoát: 0 khi xong, 1 khi dự án còn lỗi (xem guongsang check), 2 khi lệnh viết sai.
    """
    if output is not None and output.suffix.lower() not in FORMATS:
        fail(f"Tệp ra phải có đuôi .txt hoặc .docx, không phải «{output.name}».")
    if month and (start or end):
        fail("Dùng --month, hoặc --from/--to, không dùng cả hai.")
    first, last = _day(start, "--from"), _day(end, "--to")
    if month:
        try:
            first, last = month_range(month)
        except ValueError as exc:
            fail(str(exc))
    if first and last and first > last:
        fail(f"--from ({first:%d/%m/%Y}) phải trước --to ({last:%d/%m/%Y}).")
    out = load_published(root, "làm bản tin")
    if output is not None and (folder := inside_sources(output, out.project)) is not None:
        fail(f"Không ghi bản tin vào {folder.name}/: lệnh này không bao giờ sửa thư mục đó. "
             "Hãy chọn chỗ khác bằng --output.")
    try:
        chosen = bt.find_section(out.catalog, section) if section else None
    except bt.SelectionError as exc:
        fail(str(exc))
    settings = out.site.radio
    settings = replace(settings, minutes=minutes or settings.minutes, speed=speed or settings.speed)
    made = bt.make(out.catalog, bt.Selection(chosen, first, last), settings, today_in_vietnam())
    data = FORMATS[output.suffix.lower() if output else ".txt"](made)
    if output is None:
        sys.stdout.buffer.write(data)
        return
    try:
        write_whole(output, data)
    except OSError as exc:
        fail(f"Không ghi được {output}: {exc.strerror or exc}.", 1)
    err_console().print(f"Đã ghi {output}: {len(made.items)} gương điển hình, "
                        f"đọc khoảng {bt.duration(made.seconds)}.", highlight=False)
