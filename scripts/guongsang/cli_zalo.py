"""`guongsang zalo publish`: post the built site's new articles to a Zalo Official Account."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click
from rich.markup import escape

from guongsang.cli_common import CONTEXT, err_console, fail, open_project, root_option
from guongsang.cli_site import configured_site_dir
from guongsang.zalo_client import API_ENV, DEFAULT_API, TOKEN_ENV, Client, State, ZaloError, pending, publish

STATE = Path(".guongsang") / "zalo-da-dang.json"


@click.group(context_settings=CONTEXT)
def zalo() -> None:
    """Đăng bài lên Zalo Official Account."""


@zalo.command("publish", context_settings=CONTEXT)
@root_option
@click.option("--site-dir", "-d", type=click.Path(file_okay=False, path_type=Path),
              help="Thư mục trang đã dựng (mặc định: site_dir trong mkdocs.yml).")
@click.option("--feed", default="zalo.json", show_default=True,
              help="Tệp bài Zalo trong thư mục trang, ví dụ linh-vuc/y-te/zalo.json cho một chuyên mục.")
@click.option("--state", "state_file", type=click.Path(dir_okay=False, path_type=Path),
              help=f"Tệp ghi các bài đã đăng (mặc định: {STATE}); giữ tệp này trong kho để không đăng trùng.")
@click.option("--api", default=None, help=f"Địa chỉ API Zalo (mặc định: biến {API_ENV} hoặc {DEFAULT_API}).")
@click.option("--limit", type=click.IntRange(min=1), help="Đăng nhiều nhất ngần này bài trong lần chạy.")
@click.option("--dry-run", is_flag=True, help="Chỉ liệt kê các bài sẽ đăng; không gửi gì.")
def publish_command(root: Path | None, site_dir: Path | None, feed: str, state_file: Path | None, api: str | None,
                    limit: int | None, dry_run: bool) -> None:
    """Đăng các bài chưa đăng trong zalo.json của trang đã dựng (tạo bài → xác nhận).

    Mã truy cập (access token) của OA lấy từ biến môi trường ZALO_OA_ACCESS_TOKEN.
    """
    project = open_project(root)
    site = (site_dir or configured_site_dir(project.root / "mkdocs.yml")).resolve()
    source = site / feed
    try:
        payload = json.loads(source.read_text(encoding="utf-8"))
        articles = payload["articles"]
    except FileNotFoundError:
        fail(f"Không tìm thấy {source}. Chạy `guongsang build` trước (cần site_url trong mkdocs.yml).")
    except (ValueError, KeyError, TypeError):
        fail(f"{source} không phải tệp bài Zalo hợp lệ.")
    console = err_console()
    try:
        state = State((project.root / (state_file or STATE)).resolve())
    except ZaloError as exc:
        fail(str(exc))
    todo = pending(articles, state)[:limit]
    if not todo:
        console.print("Không có bài mới để đăng lên Zalo.")
        return
    if dry_run:
        console.print(f"Sẽ đăng {len(todo)} bài (chạy thử, không gửi gì):")
        for article in todo:
            console.print(f"  • {escape(article['title'])} — {article['tracking_link']}", soft_wrap=True)
        return
    token = os.environ.get(TOKEN_ENV, "").strip()
    if not token:
        fail(f"Chưa có mã truy cập: đặt biến môi trường {TOKEN_ENV} (access token của Official Account).")
    client = Client(api or os.environ.get(API_ENV) or DEFAULT_API, token)
    done = 0
    try:
        for outcome in publish(articles, state, client, limit):
            done += 1
            status = "đã đăng" if outcome.article_id else "đã gửi, Zalo đang xử lý (lần chạy sau sẽ xác nhận)"
            console.print(f"  • {escape(outcome.title)}: {status}", soft_wrap=True)
    except ZaloError as exc:
        console.print(f"Đã xử lý {done} bài trước khi gặp lỗi.")
        fail(str(exc), 1)
    console.print(f"Xong: {done} bài. Trạng thái lưu ở {state.path}.")
    sys.exit(0)
