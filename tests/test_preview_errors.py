"""`guongsang serve` with errors: the browser shows `check`'s problems in Vietnamese at every address,
no request hangs, and the open tab turns back into the portal by itself once the file is fixed.

Real `guongsang serve` in a subprocess on a copy of the sample, real Chromium. Waits are generous
and bounded: they wait for an event (a rebuild), they never time one.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from browserkit import require_chromium
from conftest import copy_project
from guongsang.core.problems import problem

PROFILE = "exemplars/2024/cao-van-khiem.md"
PROFILE_URL = "guong-dien-hinh/cao-van-khiem/"
REAL_H1 = "Cao Văn Khiêm"
HOSTILE = ("<img src=x onerror=window.__pwned=1>khoa-hoc-cong-nghe-doi-moi-sang-tao-chuyen-doi-so-toan-dien"
           "-giai-doan-hai-nghin-khong-tram-hai-muoi-mot")
WAIT_MS = 240_000  # a rebuild of the sample on a shared machine; an event, not a speed target
REQUEST_S = 120  # no request may wait longer than this (MkDocs' own serve waited forever)
ENGLISH = ("Aborted with", "BuildError", "Traceback", "An error happened during the rebuild", "appear stuck",
           "Reloading browsers", "Detected file changes", "code 503")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    """Status and body; a request that does not answer in REQUEST_S fails the test (it hung)."""
    try:
        with urllib.request.urlopen(url, timeout=REQUEST_S) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


@contextmanager
def serving(project: Path) -> Iterator[tuple[str, Path]]:
    """`guongsang serve` on a free port; yields its URL and the file its terminal output goes to."""
    port = _free_port()
    log = project.parent / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "guongsang", "serve", "-a", f"127.0.0.1:{port}"],
                                cwd=project, stdout=out, stderr=subprocess.STDOUT,
                                env={**os.environ, "NO_COLOR": "1", "TMPDIR": str(project.parent)})
        try:
            yield f"http://127.0.0.1:{port}/", log
        finally:
            proc.terminate()
            proc.wait(timeout=60)


def _wait_listening(base: str, proc_log: Path) -> None:
    import time

    deadline = time.monotonic() + WAIT_MS / 1000
    while time.monotonic() < deadline:
        try:
            _get(base)
            return
        except OSError:
            time.sleep(0.5)
    raise AssertionError("guongsang serve never answered:\n" + proc_log.read_text(encoding="utf-8"))


def _edit(project: Path, old: str, new: str) -> None:
    path = project / PROFILE
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _expect_problem_page(page: Any, *texts: str) -> None:
    from playwright.sync_api import expect

    expect(page.locator("h1")).to_contain_text("lỗi cần sửa", timeout=WAIT_MS)
    assert page.locator("html").get_attribute("lang") == "vi"
    body = page.locator("main").inner_text()
    for text in texts:
        assert text in body, (text, body)
    assert "tự tải lại" in body  # it says it will refresh by itself


def _expect_real_page(page: Any, h1: str) -> None:
    from playwright.sync_api import expect

    expect(page.locator("h1").first).to_have_text(h1, timeout=WAIT_MS)


@pytest.fixture
def chromium_page(browser: Any) -> Iterator[Any]:
    require_chromium()
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        yield context
    finally:
        context.close()


def test_a_broken_profile_is_shown_at_every_address_and_the_tab_recovers(tmp_path: Path, chromium_page: Any) -> None:
    project = copy_project(tmp_path / "du-an")
    with serving(project) as (base, log):
        _wait_listening(base, log)
        home, profile = chromium_page.new_page(), chromium_page.new_page()
        home.goto(base)
        profile.goto(base + PROFILE_URL)
        _expect_real_page(profile, REAL_H1)
        home_title = home.locator("h1").first.inner_text()

        _edit(project, "sector: khoa-hoc-cong-nghe", f'sector: "{HOSTILE}"')
        where = [PROFILE, "dòng 5", "GS201", "Lĩnh vực «" + HOSTILE + "» không có trong danh mục.", "Gợi ý:"]
        for tab in (home, profile):  # the open tabs reload by themselves
            _expect_problem_page(tab, *where)
        assert home.url == base and profile.url == base + PROFILE_URL
        assert profile.evaluate("window.__pwned") is None  # the value is text, not markup
        assert profile.locator(".gs-pp-message img").count() == 0
        assert profile.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # long values wrap
        for address in ("", PROFILE_URL, "guong-dien-hinh/", "khong-co-trang-nay/"):
            status, body = _get(base + address)  # answers at once, never waits for a fix
            assert status == 503 and "GS201" in body and "livereload" in body, (address, status)

        _edit(project, f'sector: "{HOSTILE}"', "sector: khoa-hoc-cong-nghe")
        _expect_real_page(profile, REAL_H1)  # the same tabs, no reload by hand
        _expect_real_page(home, home_title)
        assert _get(base + PROFILE_URL)[0] == 200
    terminal = log.read_text(encoding="utf-8")
    assert f"{PROFILE}:5: lỗi GS201 sector: Lĩnh vực" in terminal  # the terminal has them too, in Vietnamese
    assert "Đã hết lỗi" in terminal
    for english in ENGLISH:
        assert english not in terminal, english


def test_serve_starting_with_an_error_shows_it_then_the_portal(tmp_path: Path, chromium_page: Any) -> None:
    project = copy_project(tmp_path / "du-an")
    _edit(project, "title: Cao Văn Khiêm", "title: [Cao Văn Khiêm")  # YAML that does not parse
    deep = project / "exemplars" / "2025" / ("thu-muc-cua-phong-thi-dua-khen-thuong-" * 3 + "x") / "ho-so.md"
    deep.parent.mkdir(parents=True)
    deep.write_text("---\ntitle: Một hồ sơ\n---\n", encoding="utf-8")  # missing required fields
    with serving(project) as (base, log):
        _wait_listening(base, log)
        page = chromium_page.new_page()
        response = page.goto(base + PROFILE_URL)
        assert response is not None and response.status == 503
        _expect_problem_page(page, PROFILE, "dòng 2", "GS004", "YAML",  # the line the bracket opens on
                              deep.relative_to(project).as_posix(), "GS101")
        errors = page.locator(".gs-pp-item--error").count()
        assert errors >= 2 and errors == page.locator(".gs-pp-item").count()
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

        deep.unlink()
        deep.parent.rmdir()
        _edit(project, "title: [Cao Văn Khiêm", "title: Cao Văn Khiêm")
        _expect_real_page(page, REAL_H1)
    terminal = log.read_text(encoding="utf-8")
    assert "GS004" in terminal
    for english in ENGLISH:
        assert english not in terminal, english


@pytest.mark.parametrize(("severities", "shown"), [
    (["warning", "error", "warning", "error"], ["Lỗi", "Lỗi", "Cảnh báo", "Cảnh báo"]),
    (["warning"], ["Cảnh báo"]),
])
def test_problem_page_lists_errors_first(severities: list[str], shown: list[str]) -> None:
    from guongsang.outputs.portal import problempage

    codes = {"error": "GS201", "warning": "GS102"}
    problems = [problem(codes[s], f"exemplars/{i}.md", i + 1, "sector", f"lời nhắn {i}") for i, s in enumerate(severities)]
    view = problempage.problem_view(problems)
    assert [item.severity_word for item in view.items] == shown
    assert view.errors == severities.count("error") and view.warnings == severities.count("warning")


def test_problem_page_escapes_every_value_and_shows_invisible_characters() -> None:
    from guongsang.outputs.portal import problempage

    hostile = '<script>alert(1)</script>"\'&\u202e'
    html = problempage.render([problem("GS201", "exemplars/<b>.md", 2, "<i>f</i>", hostile, hostile)],
                              failure=hostile, site_name=hostile)
    assert "<script>alert" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "\u202e" not in html and "⟨U+202E⟩" in html
    assert html.count("</body>") == 1  # MkDocs adds its live-reload script before the last one


def test_problem_page_shows_at_most_a_screenful_of_hundreds() -> None:
    from guongsang.outputs.portal import problempage

    problems = [problem("GS201", f"exemplars/{i:05}.md", 1, "sector", "x") for i in range(problempage.SHOWN + 25)]
    view = problempage.problem_view(problems)
    assert len(view.items) == problempage.SHOWN and view.hidden == 25
    assert "guongsang check" in problempage.render(problems)


def test_serve_with_an_unreadable_mkdocs_yml_says_where_in_vietnamese(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    config = project / "mkdocs.yml"
    lines = config.read_text(encoding="utf-8").count("\n")
    config.write_text(config.read_text(encoding="utf-8") + "extra: [\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "guongsang", "serve", "-a", f"127.0.0.1:{_free_port()}"],
                            cwd=project, capture_output=True, text=True, timeout=REQUEST_S,
                            env={**os.environ, "NO_COLOR": "1", "TMPDIR": str(tmp_path)})
    assert result.returncode == 1
    assert f"mkdocs.yml, dòng {lines + 2}, cột 1: tệp thiết lập không phải YAML hợp lệ" in result.stderr, result.stderr
    assert "Không mở được bản xem thử" in result.stderr
    assert "MkDocs encountered" not in result.stderr and "Aborted" not in result.stderr
