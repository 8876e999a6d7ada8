"""`guongsang build` and `guongsang serve`: MkDocs with our plugin, plus an atomic swap of the site folder."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import yaml

from guongsang.cli.common import CONTEXT, BadValue, err_console, fail, open_project, root_option
from guongsang.core import clock
from guongsang.core.children import die_with_parent
from guongsang.core.diskerrors import why
from guongsang.core.settings import DRAFTS_ENV, REPORT_ENV
from guongsang.outputs import sitedir


def _mkdocs(args: list[str], env: dict[str, str] | None = None) -> int:
    # Material prints a banner about MkDocs 2.0 on every run; our users do not need it.
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.call([sys.executable, "-m", "guongsang.mkdocs_plugin.run", *args], env=full_env,
                           preexec_fn=die_with_parent(os.getpid()))


def _read_config(config_file: Path) -> dict[str, Any]:
    try:
        data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=yaml.BaseLoader) or {}
    except (yaml.YAMLError, OSError, UnicodeDecodeError):
        data = {}
    return data if isinstance(data, dict) else {}


def configured_site_dir(config_file: Path) -> Path:
    name = _read_config(config_file).get("site_dir", "site")
    return (config_file.parent / (name if isinstance(name, str) else "site")).resolve()


def configured_sources(config_file: Path) -> list[tuple[str, str | None]]:
    """(label, folder) of the sources mkdocs.yml names: docs_dir, the theme's custom_dir, and the
    plugin's exemplars_dir and cache_dir (defaults where it names none)."""
    data = _read_config(config_file)
    theme = data.get("theme")
    plugin: Any = {}
    for entry in data.get("plugins") or []:
        if isinstance(entry, dict) and isinstance(entry.get("guongsang"), dict):
            plugin = entry["guongsang"]
    named = [("docs_dir", data.get("docs_dir", "docs")),
             ("custom_dir", theme.get("custom_dir") if isinstance(theme, dict) else None),
             ("exemplars_dir", plugin.get("exemplars_dir", "exemplars")),
             ("cache_dir", plugin.get("cache_dir", ".cache/guongsang"))]
    return [(label, value if isinstance(value, str) else None) for label, value in named]


def _as_of(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and clock.parse_as_of(value) is None:
        raise BadValue("cần một ngày dạng năm-tháng-ngày, ví dụ 2027-06-11 (hoặc kèm giờ: 2027-06-11T08:00)",
                                 ctx, param)
    return value


as_of_option = click.option(
    "--as-of", "as_of", metavar="NGÀY", callback=_as_of,
    help="Dựng trang như vào cuối ngày NGÀY (năm-tháng-ngày): xem trước những hồ sơ hẹn ngày đăng sẽ xuất hiện.",
)


@click.command(context_settings=CONTEXT)
@root_option
@click.option("--site-dir", "-d", type=click.Path(file_okay=False, path_type=Path),
              help="Thư mục đầu ra (mặc định: site_dir trong mkdocs.yml, thường là site/).")
@as_of_option
def build(root: Path | None, site_dir: Path | None, as_of: str | None) -> None:
    """Dựng toàn bộ cổng thông tin vào thư mục site.

    Trang được dựng vào một thư mục mới rồi mới thay thế thư mục cũ: nếu có lỗi,
    trang đang đăng được giữ nguyên. Không dựng vào thư mục nguồn của dự án, và không
    thay một thư mục không trống mà Guongsang không dựng.
    """
    project = open_project(root)
    config = project.root / "mkdocs.yml"
    if not config.is_file():
        fail(f"Không tìm thấy {config}. Dự án cần tệp mkdocs.yml có plugin guongsang.")
    target = (site_dir or configured_site_dir(config)).resolve()
    try:  # decided before anything is created or removed
        sitedir.refuse_unsafe(target, project.root, sitedir.sources(project.root, configured_sources(config)))
        sitedir.refuse_foreign(target, project.root)
    except sitedir.SiteRefused as exc:
        fail(f"{exc} Trang chưa được dựng; không có gì bị xoá.", 1)
    _stop_like_ctrl_c()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        sitedir.remove_leftovers(target)
        fresh, lock = sitedir.make_fresh(target)
    except OSError as exc:
        fail(f"Không tạo được thư mục để dựng trang cạnh {target}: {why(exc)}. "
             "Thư mục site cũ (nếu có) được giữ nguyên.", 1)
    report = fresh.with_name(fresh.name + ".log")
    try:
        try:
            code = _mkdocs(["build", "--quiet", "--config-file", str(config), "--site-dir", str(fresh)],
                           {REPORT_ENV: str(report), **({clock.AS_OF_ENV: as_of} if as_of else {})})
        except KeyboardInterrupt:  # Ctrl-C or SIGTERM: subprocess has stopped MkDocs; clean up below
            fail("Đã dừng việc dựng trang; thư mục site cũ được giữ nguyên.", 130)
        if code != 0:
            fail("Dựng trang thất bại; thư mục site cũ được giữ nguyên.", 1)
        try:
            sitedir.swap(fresh, target)
        except OSError as exc:
            fail(f"Không thay được thư mục site {target}: {why(exc)}. Thư mục site cũ được giữ nguyên.", 1)
        lines = report.read_text(encoding="utf-8").splitlines() if report.is_file() else []
    finally:
        os.close(lock)
        shutil.rmtree(fresh, ignore_errors=True)
        report.unlink(missing_ok=True)
    for line in lines:
        err_console().print(line, soft_wrap=True, markup=False)
    err_console().print(f"Đã dựng cổng thông tin vào [bold]{target}[/bold].")


@click.command(context_settings=CONTEXT)
@root_option
@click.option("--drafts", is_flag=True, help="Hiện cả bản nháp (chỉ khi xem thử; không bao giờ khi dựng).")
@click.option("--dev-addr", "-a", default="127.0.0.1:8000", show_default=True, help="Địa chỉ xem thử.")
@as_of_option
def serve(root: Path | None, drafts: bool, dev_addr: str, as_of: str | None) -> None:
    """Xem thử cổng thông tin, tự tải lại khi một hồ sơ thay đổi.

    Khi hồ sơ có lỗi, mọi địa chỉ của bản xem thử hiện danh sách lỗi (tệp, dòng, lời nhắn,
    gợi ý); sửa và lưu tệp thì bản xem thử tự dựng lại và trình duyệt tự tải lại.
    """
    project = open_project(root)
    config = project.root / "mkdocs.yml"
    if not config.is_file():
        fail(f"Không tìm thấy {config}. Dự án cần tệp mkdocs.yml có plugin guongsang.")
    env = ({DRAFTS_ENV: "1"} if drafts else {}) | ({clock.AS_OF_ENV: as_of} if as_of else {})
    # Run `mkdocs serve` in this process (nothing left behind when it stops). MkDocs removes its
    # temporary site folder (a whole copy of the site) on Ctrl-C only.
    os.environ.update({"NO_MKDOCS_2_WARNING": "1", **env})
    _stop_like_ctrl_c()
    from guongsang.mkdocs_plugin.run import serve as mkdocs_serve

    mkdocs_serve(config, dev_addr)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _stop_like_ctrl_c() -> None:
    """A service manager stops with SIGTERM and closing the terminal window sends SIGHUP: clean up as on Ctrl-C."""
    for stop in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if stop is not None:
            signal.signal(stop, _interrupt)
