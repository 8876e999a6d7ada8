"""`guongsang zalo publish`: post the built site's new articles to a Zalo Official Account."""

from __future__ import annotations

import json
import os
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import click
from rich.markup import escape

from guongsang.cli.common import CONTEXT, VietnameseGroup, err_console, fail, open_project, root_option
from guongsang.cli.site import configured_site_dir
from guongsang.outputs.zalo.client import API_ENV, DEFAULT_API, TOKEN_ENV, Client, ZaloError, clean
from guongsang.outputs.zalo.publish import pending, publish
from guongsang.outputs.zalo.state import State, publisher_lock

STATE = Path(".guongsang") / "zalo-da-dang.json"
LOCK = Path(".guongsang") / "zalo-dang-chay.lock"


@click.group(cls=VietnameseGroup, context_settings=CONTEXT)
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
@click.option("--timeout", type=click.IntRange(min=1), default=30, show_default=True,
              help="Số giây chờ mỗi lần Zalo trả lời.")
@click.option("--settle-minutes", type=click.IntRange(min=0), default=10, show_default=True,
              help="Bài có lần tạo không rõ kết quả chỉ được đối chiếu và tạo lại sau ngần này phút "
                   "(Zalo cần thời gian xử lý trước khi bài hiện trong danh sách).")
@click.option("--verify-tries", type=click.IntRange(min=1, max=10), default=5, show_default=True,
              help="Số lần hỏi Zalo bài mới tạo đã xử lý xong chưa (chờ 1, 2, 4, 8… giây giữa các lần); "
                   "bài chưa xong được xác nhận ở lần chạy sau, không tạo lại.")
@click.option("--dry-run", is_flag=True, help="Chỉ liệt kê các bài sẽ đăng; không gửi gì.")
def publish_command(root: Path | None, site_dir: Path | None, feed: str, state_file: Path | None, api: str | None,
                    limit: int | None, timeout: int, settle_minutes: int, verify_tries: int, dry_run: bool) -> None:
    """Đăng các bài chưa đăng trong zalo.json của trang đã dựng (tạo bài → xác nhận).

    Mã truy cập (access token) của OA lấy từ biến môi trường ZALO_OA_ACCESS_TOKEN.
    """
    project = open_project(root)
    site = (site_dir or configured_site_dir(project.root / "mkdocs.yml")).resolve()
    source = site / feed
    articles = _read_articles(source)
    state_path = (project.root / (state_file or STATE)).resolve()
    if dry_run:
        _dry_run(articles, state_path, limit)
        return
    token = os.environ.get(TOKEN_ENV, "").strip()
    if not token:
        fail(f"Chưa có mã truy cập: đặt biến môi trường {TOKEN_ENV} (access token của Official Account).")
    try:
        client = Client(api or os.environ.get(API_ENV) or DEFAULT_API, token, timeout=timeout,
                        verify_tries=verify_tries)
        with publisher_lock(project.root / LOCK):
            state = State(state_path)
            state.sweep()
            _publish(articles, state, client, limit, timedelta(minutes=settle_minutes))
    except ZaloError as exc:
        fail(str(exc), 1)
    sys.exit(0)


def _read_articles(source: Path) -> list[dict[str, Any]]:
    try:
        payload = json.loads(source.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        fail(f"Không tìm thấy {source}. Chạy `guongsang build` trước (cần site_url trong mkdocs.yml).")
    except (OSError, ValueError, RecursionError):
        fail(f"{source} không phải tệp bài Zalo hợp lệ (không đọc được JSON).")
    articles = payload.get("articles") if isinstance(payload, dict) else None
    if not isinstance(articles, list) or not all(
            isinstance(a, dict) and isinstance(a.get("title"), str) and isinstance(a.get("tracking_link"), str)
            for a in articles):
        fail(f"{source} không phải tệp bài Zalo hợp lệ (cần «articles»: danh sách bài có title và tracking_link).")
    return articles


def _dry_run(articles: list[dict[str, Any]], state_path: Path, limit: int | None) -> None:
    console = err_console()
    try:
        state = State(state_path)
    except ZaloError as exc:
        fail(str(exc))
    todo = pending(articles, state)[:limit]
    if not todo:
        console.print("Không có bài mới để đăng lên Zalo.")
        return
    console.print(f"Sẽ đăng {len(todo)} bài (chạy thử, không gửi gì):")
    for article in todo:
        note = " (lần trước không rõ kết quả: sẽ tìm trên OA trước khi tạo)" if state.unknown(article["tracking_link"]) else ""
        console.print(f"  • {escape(clean(article['title']))} — {escape(clean(article['tracking_link']))}{note}",
                      soft_wrap=True)


STATUS = {
    "posted": "đã đăng",
    "processing": "đã gửi, Zalo đang xử lý (lần chạy sau sẽ xác nhận)",
    "found": "lần trước không rõ kết quả; đã tìm thấy bài trên OA, ghi nhận là đã đăng (không tạo lại)",
    "waiting": "lần trước không rõ kết quả; chờ Zalo xử lý xong rồi lần chạy sau sẽ đối chiếu (chưa tạo lại)",
}


def _publish(articles: list[dict[str, Any]], state: State, client: Client, limit: int | None,
             settle: timedelta) -> None:
    console = err_console()
    todo = pending(articles, state)[:limit]
    if not todo:
        console.print("Không có bài mới để đăng lên Zalo.")
        return
    done = 0
    try:
        for outcome in publish(articles, state, client, limit, settle):
            done += 1
            console.print(f"  • {escape(clean(outcome.title))}: {STATUS[outcome.status]}", soft_wrap=True)
    except ZaloError:
        console.print(f"Đã xử lý {done} bài trước khi gặp lỗi.")
        raise
    console.print(f"Xong: {done} bài. Trạng thái lưu ở {escape(str(state.path))}.")
