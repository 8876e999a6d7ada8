"""`guongsang serve`: MkDocs' live-reload server, with a failed build shown in the browser.

MkDocs' own `serve` hangs on a failed rebuild: its server marks a new version of the site as
wanted when a build starts and only as visible when one succeeds, and every request waits
(without a time limit) until the two agree; so after an error in a profile no page answers until
the file is fixed, and the error is only in the terminal, ending in English ("Aborted with a
BuildError!", "The server will appear stuck…"). Here every build goes through `Preview.build`,
which never lets a build raise: a failure writes the problem page
(outputs/portal/problempage.py) into the preview's folder, and until the next build succeeds every
address answers with that page (503), through MkDocs' own file path, so the page gets MkDocs'
live-reload script and turns back into the portal by itself. `guongsang build` never comes here.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.exceptions import MkDocsException, PluginError

from guongsang.core.diskerrors import why
from guongsang.core.problems import Problem
from guongsang.mkdocs_plugin import serve_log
from guongsang.outputs import sitedir
from guongsang.outputs.portal import problempage
from guongsang.outputs.search import later

log = logging.getLogger("mkdocs.plugins.guongsang")
PAGE = ".guongsang-loi.html"  # a dot name: MkDocs never writes one, and its cleaning leaves it alone


class ProblemsFound(PluginError):
    """The build stopped on problems in the project's files; `serve` lists them in the browser."""

    def __init__(self, what: str, problems: Sequence[Problem], *, serving: bool = False) -> None:
        after = (" Mọi địa chỉ của bản xem thử đang hiện danh sách lỗi." if serving else
                 " Trang chưa được dựng; thư mục site giữ nguyên.")
        super().__init__(what + after)
        self.problems = list(problems)


class _Errors(logging.Handler):
    """The ERROR lines MkDocs and the plugins log during one build (what a failure without problems says)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


class Preview:
    """Runs every build of the preview; after a failed one, answers every address with the problem page."""

    def __init__(self, site_dir: Path, mount_path: str, url: str, site_name: str = "") -> None:
        self.page = site_dir / PAGE
        self.site_name = site_name
        self.page_path = mount_path + PAGE
        self.url = url
        self.failed = False
        self._lock = threading.Lock()  # held for a whole build: a request waits for the build's outcome

    def build(self, run: Callable[[], None]) -> None:
        errors = _Errors()
        logging.getLogger("mkdocs").addHandler(errors)
        try:
            with self._lock:
                try:
                    run()
                except Exception as exc:  # any failure becomes the page; Ctrl-C still stops serve
                    self._show(exc, errors.lines)
                    return
                if self.failed:
                    log.info("Đã hết lỗi: bản xem thử hiện lại cổng thông tin.")
                self.failed = False
                self.page.unlink(missing_ok=True)
        finally:
            logging.getLogger("mkdocs").removeHandler(errors)

    def _show(self, exc: Exception, logged: list[str]) -> None:
        problems, failure = _why(exc, logged)
        self.page.write_text(problempage.render(problems, failure, self.site_name), encoding="utf-8")
        self.failed = True
        log.error(f"Bản xem thử chưa dựng được; mọi địa chỉ của {self.url} đang hiện danh sách lỗi. "
                  "Sửa rồi lưu tệp: bản xem thử tự dựng lại và trình duyệt tự tải lại.")

    def app(self, serve_request: Callable[..., Iterable[bytes]]) -> Callable[..., Iterable[bytes]]:
        """A WSGI app in front of MkDocs' server: while the last build failed, every address but the
        live-reload poll is answered with the problem page, with status 503."""

        def answer(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
            if environ.get("PATH_INFO", "").startswith("/livereload/"):
                return serve_request(environ, start_response)
            with self._lock:  # a build under way: wait for its outcome
                failed = self.failed
            if not failed:
                return serve_request(environ, start_response)

            def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
                if status.startswith("200"):
                    status, headers = "503 Service Unavailable", [*headers, ("Cache-Control", "no-store")]
                return start_response(status, headers, exc_info)

            return serve_request({**environ, "PATH_INFO": self.page_path}, start)

        return answer


def _why(exc: Exception, logged: list[str]) -> tuple[list[Problem], str]:
    """(problems, what else stopped the build) for the page; the terminal gets what it has not had."""
    seen: BaseException | None = exc
    while seen is not None:  # MkDocs turns a plugin's error into Abort("Aborted with a BuildError!")
        if isinstance(seen, ProblemsFound):
            return seen.problems, ""
        seen = seen.__cause__ or seen.__context__
    if logged:  # a plugin's or MkDocs' own message, already in the terminal
        return [], "\n".join(logged)
    if bad_yaml := _yaml_error(exc):
        failure = bad_yaml
    elif isinstance(exc, OSError):
        failure = f"Lỗi ổ đĩa: không đọc hoặc ghi được {exc.filename or 'một tệp'}: {why(exc)}."
    elif isinstance(exc, MkDocsException):  # mkdocs.yml is not YAML, a theme is missing…
        failure = str(exc)
    else:  # a defect in Guongsang or another plugin: its traceback is what a maintainer needs
        traceback.print_exc()
        failure = f"Lỗi không mong đợi khi dựng trang ({type(exc).__name__}): {exc}"
    log.error(failure)
    return [], failure


def _yaml_error(exc: BaseException) -> str | None:
    """mkdocs.yml that is not YAML, told in Vietnamese with its line (MkDocs says it in English)."""
    import yaml

    seen: BaseException | None = exc
    while seen is not None and not isinstance(seen, yaml.MarkedYAMLError):
        seen = seen.__cause__ or seen.__context__
    if seen is None or seen.problem_mark is None:
        return None
    mark = seen.problem_mark
    detail = " ".join(part for part in (seen.context, seen.problem) if part)
    return (f"{Path(mark.name).name}, dòng {mark.line + 1}, cột {mark.column + 1}: tệp thiết lập không phải YAML hợp lệ "
            f"(thường do thụt lề sai hoặc dấu ngoặc, dấu nháy chưa đóng). Chi tiết của thư viện YAML: {detail}.")


def serve(config_file: Path, dev_addr: str, *, dirty: bool = False) -> None:
    """MkDocs' `serve` (mkdocs/commands/serve.py) with every build through `Preview.build`."""
    from mkdocs import utils
    from mkdocs.__main__ import ColorFormatter
    from mkdocs.commands import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.livereload import LiveReloadServer

    _log_to_terminal(ColorFormatter())
    mkdocs_build.log.addFilter(utils.DuplicateFilter())
    site_dir = tempfile.mkdtemp(prefix="mkdocs_")
    sitedir.mark(Path(site_dir))  # ours from the start: the problem page may be in it before a build succeeds
    try:
        try:
            config = _load(load_config, config_file, site_dir, dev_addr)
        except MkDocsException as exc:  # mkdocs.yml itself; an invalid value MkDocs has logged, in its words
            if not isinstance(exc, SystemExit):
                log.error(_yaml_error(exc) or str(exc))
            log.error(f"Không mở được bản xem thử: sửa {config_file.name} rồi chạy lại lệnh.")
            raise SystemExit(1) from None
        config.plugins.on_startup(command="serve", dirty=dirty)
        dirty = incremental(config) or dirty
        host, port = config.dev_addr
        mount_path = ("/" + urlsplit(config.site_url or "/").path.strip("/") + "/").replace("//", "/")
        config.site_url = serve_url = f"http://{host}:{port}{mount_path}"
        preview = Preview(Path(site_dir), mount_path, serve_url, config.site_name)

        def builder(config: Any = None) -> None:
            def run() -> None:
                log.info("Đang dựng bản xem thử…")
                current = config
                if current is None:
                    current = _load(load_config, config_file, site_dir, dev_addr)
                    current.site_url = serve_url
                mkdocs_build.build(current, serve_url=serve_url, dirty=dirty)

            preview.build(run)

        server = LiveReloadServer(builder=builder, host=host, port=port, root=site_dir, mount_path=mount_path)
        server.observer = _observer(server.observer)
        server.error_handler = lambda code: _error_page(Path(site_dir), code)
        server.set_app(preview.app(server.serve_request))
        try:
            builder(config)
            server.watch(config.docs_dir)
            server.watch(config.config_file_path)
            server = config.plugins.on_serve(server, config=config, builder=builder)
            for item in config.watch:
                server.watch(item)
            try:
                server.serve()
            except KeyboardInterrupt:
                log.info("Đã dừng bản xem thử.")
            finally:
                server.shutdown()
        finally:
            config.plugins.on_shutdown()
    except KeyboardInterrupt:
        log.info("Đã dừng bản xem thử.")
    finally:
        later.stop()  # a search index still being made: stopped, its staged documents removed
        shutil.rmtree(site_dir, ignore_errors=True)


def incremental(config: Any) -> bool:
    """After on_startup: Guongsang's builds of this preview render again only what changed
    (incremental.py); they must then run as MkDocs' dirty builds. False when the plugin is off."""
    ours = config.plugins.get("guongsang")
    if ours is None or not ours.config.enabled:
        return False
    ours.incremental = True
    return True


def _observer(polling: Any) -> Any:
    """The kernel's notices of saved files (inotify) instead of MkDocs' polling, where there are any.

    MkDocs looks at every watched file every 0.5 s: a save waited 0.25 s on average before its build
    began, and with 10,000 profiles each look held the interpreter for tens of milliseconds, slowing the
    very build it had started. Only changes count: a build reading the profiles must not start another.
    """
    try:
        from watchdog.events import (
            DirCreatedEvent,
            DirDeletedEvent,
            DirMovedEvent,
            FileClosedEvent,
            FileCreatedEvent,
            FileDeletedEvent,
            FileModifiedEvent,
            FileMovedEvent,
        )
        from watchdog.observers.inotify import InotifyObserver
    except ImportError:  # not Linux
        return polling
    changes = [FileCreatedEvent, FileDeletedEvent, FileModifiedEvent, FileMovedEvent, FileClosedEvent,
               DirCreatedEvent, DirDeletedEvent, DirMovedEvent]

    class Changes(InotifyObserver):
        def schedule(self, event_handler: Any, path: Any, *, recursive: bool = False, **kwargs: Any) -> Any:
            return super().schedule(event_handler, path, recursive=recursive, event_filter=changes)

    return Changes()


def _load(load_config: Callable[..., Any], config_file: Path, site_dir: str, dev_addr: str) -> Any:
    return load_config(config_file=str(config_file), site_dir=site_dir, dev_addr=dev_addr)


def _error_page(site_dir: Path, code: int) -> bytes | None:
    page = site_dir / f"{code}.html"
    return page.read_bytes() if code in (404, 500) and page.is_file() else None


def _log_to_terminal(formatter: logging.Formatter) -> None:
    """MkDocs' own terminal output (what its command line sets up): INFO and up, its colours; its
    serve lines in Vietnamese."""
    logger = logging.getLogger("mkdocs")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    handler.addFilter(serve_log.Vietnamese())
    logger.addHandler(handler)

