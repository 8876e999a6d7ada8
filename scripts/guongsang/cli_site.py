"""`guongsang build` and `guongsang serve`: MkDocs with our plugin, plus an atomic swap of the site folder."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import click
import yaml

from guongsang.cli_common import CONTEXT, err_console, fail, open_project, root_option
from guongsang.diskerrors import why
from guongsang.mkdocs_plugin import DRAFTS_ENV, REPORT_ENV


def _mkdocs(args: list[str], env: dict[str, str] | None = None) -> int:
    # Material prints a banner about MkDocs 2.0 on every run; our users do not need it.
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.call([sys.executable, "-m", "guongsang.mkdocs_run", *args], env=full_env)


def configured_site_dir(config_file: Path) -> Path:
    try:
        data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=yaml.BaseLoader) or {}
    except yaml.YAMLError:
        data = {}
    name = data.get("site_dir", "site") if isinstance(data, dict) else "site"
    return (config_file.parent / name).resolve()


@click.command(context_settings=CONTEXT)
@root_option
@click.option("--site-dir", "-d", type=click.Path(file_okay=False, path_type=Path),
              help="Thư mục đầu ra (mặc định: site_dir trong mkdocs.yml, thường là site/).")
def build(root: Path | None, site_dir: Path | None) -> None:
    """Dựng toàn bộ cổng thông tin vào thư mục site.

    Trang được dựng vào một thư mục mới rồi mới thay thế thư mục cũ: nếu có lỗi,
    trang đang đăng được giữ nguyên.
    """
    project = open_project(root)
    config = project.root / "mkdocs.yml"
    if not config.is_file():
        fail(f"Không tìm thấy {config}. Dự án cần tệp mkdocs.yml có plugin guongsang.")
    target = (site_dir or configured_site_dir(config)).resolve()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}-moi-", dir=target.parent))
    except OSError as exc:
        fail(f"Không tạo được thư mục để dựng trang cạnh {target}: {why(exc)}. "
             "Thư mục site cũ (nếu có) được giữ nguyên.", 1)
    report = fresh.with_name(fresh.name + ".log")
    try:
        code = _mkdocs(["build", "--quiet", "--config-file", str(config), "--site-dir", str(fresh)],
                       {REPORT_ENV: str(report)})
        if code != 0:
            fail("Dựng trang thất bại; thư mục site cũ được giữ nguyên.", 1)
        _swap(fresh, target)
        lines = report.read_text(encoding="utf-8").splitlines() if report.is_file() else []
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
        report.unlink(missing_ok=True)
    for line in lines:
        err_console().print(line, soft_wrap=True, markup=False)
    err_console().print(f"Đã dựng cổng thông tin vào [bold]{target}[/bold].")


def _swap(fresh: Path, target: Path) -> None:
    """Put the fresh site in place of the old one; on any disk error the old one stays (or is put back)."""
    old = target.with_name(f".{target.name}-cu")
    try:
        shutil.rmtree(old, ignore_errors=True)
        if target.exists():
            target.rename(old)
        try:
            fresh.rename(target)
        except OSError:
            if old.exists() and not target.exists():
                old.rename(target)  # put the old site back
            raise
    except OSError as exc:
        fail(f"Không thay được thư mục site {target}: {why(exc)}. Thư mục site cũ được giữ nguyên.", 1)
    shutil.rmtree(old, ignore_errors=True)


@click.command(context_settings=CONTEXT)
@root_option
@click.option("--drafts", is_flag=True, help="Hiện cả bản nháp (chỉ khi xem thử; không bao giờ khi dựng).")
@click.option("--dev-addr", "-a", default="127.0.0.1:8000", show_default=True, help="Địa chỉ xem thử.")
def serve(root: Path | None, drafts: bool, dev_addr: str) -> None:
    """Xem thử cổng thông tin, tự tải lại khi một hồ sơ thay đổi."""
    project = open_project(root)
    config = project.root / "mkdocs.yml"
    env = {DRAFTS_ENV: "1"} if drafts else {}
    # Run `mkdocs serve` in this process (nothing left behind when it stops). MkDocs removes its
    # temporary site folder on Ctrl-C only; a service manager stops with SIGTERM, so treat it alike.
    os.environ.update({"NO_MKDOCS_2_WARNING": "1", **env})
    signal.signal(signal.SIGTERM, _interrupt)
    from mkdocs.__main__ import cli as mkdocs_cli

    mkdocs_cli.main(["serve", "--config-file", str(config), "--dev-addr", dev_addr], prog_name="guongsang serve")


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
