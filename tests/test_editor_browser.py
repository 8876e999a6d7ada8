"""The web editor in Debian's Chromium: a profile written in Decap CMS is a file `guongsang check` accepts.

The sample's editor uses Decap's trial backend (test-repo), which keeps the "repository" in the
page's memory; the test reads the files Decap would commit from there and checks them with the
real command line. The site is served as deployed: by nginx with deploy/nginx's configuration, so
the editor runs under the Content-Security-Policy shipped for /admin/ and must not break it. Every
request must stay on this machine.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from browserkit import CSP_LISTENER, csp_violations, require_chromium
from conftest import REPO, run_guongsang

require_chromium()
PHOTO = REPO / "exemplars" / "2024" / "dang-thi-huong.jpg"


@pytest.fixture
def base_url(deployed: Any) -> str:
    return str(deployed.https)


@pytest.fixture
def editor(browser: Any, base_url: str) -> Iterator[Any]:
    context = browser.new_context(ignore_https_errors=True, viewport={"width": 1280, "height": 1000})
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    page.requests = []
    page.errors = []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto(base_url + "admin/")
    page.get_by_role("button", name="Đăng nhập").click()  # Decap's interface in Vietnamese
    page.get_by_text("Gương điển hình").first.wait_for()
    yield page
    context.close()


def choose(page: Any, label: str, option: str) -> None:
    """Pick an option of a drop-down by typing part of its name, as a person would."""
    control = page.locator(f"label:has-text('{label}')").first.get_attribute("for")
    page.locator(f"#{control}").fill(option)
    page.keyboard.press("Enter")


def committed_files(page: Any) -> dict[str, Any]:
    """Path → content of every file Decap's trial backend holds as not yet published (the editorial workflow)."""
    entries = page.evaluate("Object.values(window.repoFilesUnpublished)")
    files = {}
    for entry in entries:
        for diff in entry["diffs"]:
            files[diff["path"]] = diff["content"]
    return files


def test_a_profile_made_in_the_editor_passes_check(editor: Any, base_url: str, project: Path, tmp_path: Path) -> None:
    page = editor
    page.goto(base_url + "admin/#/collections/guong-dien-hinh/new")
    page.get_by_label("Tên điển hình").fill("Trần Văn Đức")
    choose(page, "Loại điển hình", "Cá nhân")
    choose(page, "Đơn vị", "Xã Tân Hòa")
    choose(page, "Lĩnh vực", "Giáo dục")
    choose(page, "Cấp khen thưởng", "Cơ sở")
    choose(page, "Hình thức khen thưởng", "Giấy khen")
    page.get_by_label("Tóm tắt thành tích").fill("Thầy giáo 20 năm bám bản, mở lớp xóa mù chữ cho 120 người.")

    upload = tmp_path / "tran-van-duc.jpg"
    shutil.copy(PHOTO, upload)
    page.get_by_role("button", name="Chọn một hình").click()
    page.locator("input[type=file]").set_input_files(str(upload))
    page.get_by_role("button", name="Lấy những cái đã chọn").click()
    page.get_by_label("Mô tả ảnh").fill("Thầy Trần Văn Đức đứng trước lớp học")
    page.get_by_label("Đã có sự đồng ý").check()  # a toggle

    body = page.locator("[contenteditable=true]").last
    body.click()
    page.keyboard.type("Thầy Đức mở lớp học buổi tối ở bản Nà Hang.")
    page.get_by_role("button", name="Lưu").first.click()
    page.wait_for_function("Object.keys(window.repoFilesUnpublished).length > 0")

    files = committed_files(page)
    year = page.evaluate("new Date().getFullYear()")
    profile = f"exemplars/{year}/tran-van-duc.md"
    assert set(files) == {profile, f"exemplars/{year}/tran-van-duc.jpg"}, files.keys()
    text = files[profile]
    assert "photo: tran-van-duc.jpg" in text and "unit: xa-tan-hoa" in text and "consent: true" in text

    target = project / profile
    target.parent.mkdir(parents=True)
    target.write_text(text, encoding="utf-8")
    shutil.copy(upload, target.with_suffix(".jpg"))  # the trial backend keeps the upload as a blob URL
    result = run_guongsang("check", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert page.errors == []
    assert csp_violations(page) == []
    assert {urlparse(u).hostname for u in page.requests if not u.startswith(("blob:", "data:"))} == {"localhost"}


def test_a_required_field_left_empty_is_refused_in_vietnamese(editor: Any, base_url: str) -> None:
    page = editor
    page.goto(base_url + "admin/#/collections/guong-dien-hinh/new")
    page.get_by_label("Tên điển hình").fill("Nguyễn Thị Hoa")
    page.get_by_label("Tóm tắt thành tích").fill("x" * 301)
    page.get_by_role("button", name="Lưu").first.click()
    page.get_by_text("Tối đa 300 ký tự").first.wait_for()
    page.get_by_text("Bạn còn thiếu vài thông tin bắt buộc").first.wait_for()
    assert page.evaluate("Object.keys(window.repoFilesUnpublished).length") == 0
