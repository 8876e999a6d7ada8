"""The web editor in Debian's Chromium: a profile written in Decap CMS is a file `guongsang check` accepts.

The sample's editor uses Decap's trial backend (test-repo), which keeps the "repository" in the
page's memory; the test reads the files Decap would commit from there and checks them with the
real command line. The site is served as deployed: by nginx with deploy/nginx's configuration, so
the editor runs under the Content-Security-Policy shipped for /admin/ and must not break it. Every
request must stay on this machine.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from browserkit import CSP_LISTENER, csp_violations, own_page, require_chromium
from conftest import REPO, copy_project, run_guongsang

require_chromium()
PHOTO = REPO / "exemplars" / "2024" / "dang-thi-huong.jpg"


@pytest.fixture
def base_url(deployed: Any) -> str:
    return str(deployed.https)


PHONE = {"width": 390, "height": 844}
EXISTING = "admin/#/collections/guong-dien-hinh/entries/2024/dang-thi-huong"  # exemplars/2024/dang-thi-huong.md
#: English Decap strings seen in the Vietnamese editor before guongsang completed its locale, and others like them.
ENGLISH = re.compile(r"\b(Add|Group by|Test Backend|Toggle (preview|notes|i18n)|Sync scrolling|Bold|Italic|Headings|Quote|"
                     r"Bulleted List|Numbered List|Choose images|Choose files|Insert from URL|Replace with URL|Expand|"
                     r"Collapse|List view option|Grid view option|Unpublished Entries|Copy URL|Close|Notes|Account|"
                     r"Other|Link|Code|Strikethrough|Rich Text|Save|Delete|Publish|Loading|Login|Log in)\b")


#: Decap keeps who logged in in localStorage and unsaved entries in IndexedDB: removed when a test's page closes, so
#: the next page of the kept context starts logged out with nothing saved, as a new context would.
FORGET = """async () => { localStorage.clear(); sessionStorage.clear();
  for (const db of await indexedDB.databases()) indexedDB.deleteDatabase(db.name); }"""


@contextmanager
def open_editor(browser: Any, base_url: str, viewport: dict[str, int]) -> Iterator[Any]:
    """The editor logged in, in a page of its own in the kept context for ``viewport`` (browserkit.own_page: a new
    context would cost Chromium about 4 CPU-s and compile Decap's 5 MB of JavaScript again, each time)."""
    with own_page(browser, ignore_https_errors=True, viewport=viewport) as page:
        page.add_init_script(CSP_LISTENER)
        page.requests = []
        page.errors = []
        page.on("request", lambda request: page.requests.append(request.url))
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        try:
            page.goto(base_url + "admin/")
            page.get_by_role("button", name="Đăng nhập").click()  # Decap's interface in Vietnamese
            page.get_by_text("Gương điển hình").first.wait_for()
            yield page
        finally:
            page.evaluate(FORGET)


@pytest.fixture
def editor(browser: Any, base_url: str) -> Iterator[Any]:
    with open_editor(browser, base_url, {"width": 1280, "height": 1000}) as page:
        yield page


@pytest.fixture
def phone(browser: Any, base_url: str) -> Iterator[Any]:
    with open_editor(browser, base_url, PHONE) as page:
        yield page


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
    page.wait_for_function("() => Object.keys(window.repoFilesUnpublished).length > 0")

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


def english_left(page: Any) -> list[str]:
    """English words in what the editor shows or announces: visible text, titles, labels, placeholders."""
    texts = page.evaluate("""() => [document.body.innerText,
        ...[...document.querySelectorAll('[title],[aria-label],[placeholder]')].filter(e => e.getClientRects().length)
           .flatMap(e => [e.title, e.getAttribute('aria-label'), e.getAttribute('placeholder')])].filter(Boolean)""")
    return sorted({m.group(0) for text in texts for m in ENGLISH.finditer(text)})


def test_the_editor_speaks_only_vietnamese(editor: Any, phone: Any, base_url: str) -> None:
    for page in (editor, phone):
        page.goto(base_url + "admin/#/collections/guong-dien-hinh")
        page.locator("a[href*='/entries/']").first.wait_for()  # the sample's profiles are listed
        assert english_left(page) == [], page.viewport_size
        page.goto(base_url + EXISTING)
        page.get_by_label("Tên điển hình").wait_for()
        page.locator("[contenteditable=true]").last.click()  # the body's formatting toolbar
        assert english_left(page) == [], page.viewport_size


def test_on_a_phone_every_field_and_the_save_button_can_be_reached(phone: Any, base_url: str) -> None:
    page = phone
    page.goto(base_url + EXISTING)
    page.get_by_label("Tên điển hình").wait_for()
    assert page.get_by_label("Tên điển hình").input_value() == "Đặng Thị Hường"  # an existing profile
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.get_by_role("button", name="Lưu").first.wait_for()
    # Every field's label and widget, and the save button, scrolled to as a person would (into the
    # middle of the screen): inside the 390 px width, and the element a tap there lands on.
    report = page.evaluate(r"""() => {
        const save = [...document.querySelectorAll('button')].find(b => b.innerText.trim() === 'Lưu');
        const labels = [...document.querySelectorAll('[class*=-ControlPaneContainer] label[for]')]
            .filter(l => l.getClientRects().length);
        const targets = [save];
        for (const l of labels) targets.push(l, document.getElementById(l.htmlFor) || l.parentElement);
        const bad = [];
        for (const e of targets) {
            e.scrollIntoView({block: e.getBoundingClientRect().height > innerHeight / 2 ? 'start' : 'center'});
            const r = e.getBoundingClientRect();
            const x = r.left + Math.min(r.width / 2, 20), y = r.top + Math.min(r.height / 2, 10);
            const hit = document.elementFromPoint(x, y);
            const onTop = !!hit && (e.contains(hit) || hit.contains(e));
            if (r.left < 0 || r.right > innerWidth || r.top < 0 || r.top + Math.min(r.height, 40) > innerHeight || !onTop)
                bad.push((e.innerText || e.outerHTML).slice(0, 40) + ' ' + JSON.stringify(r) + ' hit ' + (hit && hit.className));
        }
        return {fields: labels.length, bad};
    }""")
    assert report["fields"] >= 20 and report["bad"] == [], report
    # The form starts right under the preview and scroll buttons (56 px), without Decap's margin between two
    # fields (36 px more); padding once applied to the form as well as to its pane left 112 px and doubled the
    # side margins.
    gap = page.evaluate("""() => {
        const pane = document.querySelector('[class*=-PreviewPaneContainer-ControlPaneContainer]');
        pane.scrollTop = 0; window.scrollTo(0, 0);
        const label = pane.querySelector('label[for]'), p = pane.getBoundingClientRect(), l = label.getBoundingClientRect();
        return {top: l.top - p.top, left: l.left - p.left};
    }""")
    assert 52 <= gap["top"] <= 64 and gap["left"] <= 16, gap


#: The preview's photo has loaded (some image of the preview's frame is decoded).
PHOTO_SHOWN = ("() => [...document.querySelectorAll('iframe')].some(f => "
               "[...f.contentDocument.images].some(i => i.complete && i.naturalWidth > 0))")
PATHS = "ls => ls.map(l => new URL(l.href).pathname)"  # the paths of the preview's stylesheet links


def test_the_preview_is_the_profile_page_in_the_portal_style(editor: Any, base_url: str) -> None:
    page = editor
    page.goto(base_url + EXISTING)
    page.get_by_label("Tên điển hình").fill("Đặng Thị Hường (sửa)")
    preview = page.frame_locator("iframe").first
    title = preview.locator("article.gs-profile h1")
    title.wait_for()
    assert title.inner_text() == "Đặng Thị Hường (sửa)"
    assert preview.locator(".gs-facts dd").first.inner_text() == "Xã Đồng Lạc"  # names, not vocabulary ids
    photo = preview.locator("img.gs-profile__photo")
    photo.wait_for()
    page.wait_for_function(PHOTO_SHOWN)
    sheets = preview.locator("link[rel=stylesheet]").evaluate_all(PATHS)
    assert "/assets/guongsang/guongsang.css" in sheets and any(s.startswith("/assets/stylesheets/main.") for s in sheets)
    font = title.evaluate("e => getComputedStyle(e).fontFamily")
    assert "Be Vietnam Pro" in font  # the portal's typeface, applied by the portal's own stylesheet
    assert csp_violations(page) == [] and page.errors == []


PORTAL_STYLED = """() => [...document.querySelectorAll("iframe")].some((f) => f.contentDocument &&
  [...f.contentDocument.querySelectorAll("link[rel=stylesheet]")].some((l) => l.href.endsWith("/assets/guongsang/guongsang.css")))"""


STATUSES = """(paths) => Promise.all(paths.map((p) => fetch(p, {redirect: "manual", cache: "no-store"})
  .then((r) => r.type === "opaqueredirect" ? "redirect" : r.status)))"""


def test_on_an_origin_of_its_own_the_editor_previews_in_the_portal_style(browser: Any, deployed: Any) -> None:
    """The editor-only origin of deploy/nginx/guongsang.conf (uncommented as the guide says) serves /admin/ and
    the portal's style, font and photo files, nothing else of the portal; the preview still looks like the portal."""
    editor = str(deployed.editor)
    assert urlparse(editor).netloc != urlparse(str(deployed.https)).netloc
    with open_editor(browser, editor, {"width": 1280, "height": 1000}) as page:
        page.goto(editor + EXISTING)
        page.get_by_label("Tên điển hình").fill("Đặng Thị Hường (sửa)")
        title = page.frame_locator("iframe").first.locator("article.gs-profile h1")
        title.wait_for()
        page.wait_for_function(PORTAL_STYLED)
        page.wait_for_function(PHOTO_SHOWN)
        page.wait_for_function("() => document.querySelector('iframe').contentDocument.fonts.ready.then(() => true)")
        assert "Be Vietnam Pro" in title.evaluate("e => getComputedStyle(e).fontFamily")
        loaded = title.evaluate("e => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)")
        assert any("Be Vietnam Pro" in family for family in loaded), loaded  # its woff2 came from this origin
        assert csp_violations(page) == [] and page.errors == []
        assert all(urlparse(url).netloc == urlparse(editor).netloc for url in page.requests if url.startswith("http"))
        sheets = page.frame_locator("iframe").first.locator("link[rel=stylesheet]").evaluate_all(PATHS)
        assert any(s.startswith("/assets/stylesheets/main.") for s in sheets), sheets
        portal = ["/index.html", "/guong-dien-hinh/", "/sitemap.xml", "/assets/guongsang/guongsang.js", "/pagefind/pagefind.js"]
        statuses = page.evaluate(STATUSES, ["/", *sheets, *portal])
        assert statuses[0] == "redirect"  # the origin's root leads to the editor
        assert statuses[1:1 + len(sheets)] == [200] * len(sheets)
        assert statuses[1 + len(sheets):] == [404] * len(portal)  # nothing else of the portal on this origin
        assert csp_violations(page) == []


def test_an_existing_profile_edited_with_a_new_photo_passes_check(editor: Any, base_url: str, tmp_path: Path) -> None:
    page = editor
    page.goto(base_url + EXISTING)
    summary = page.get_by_label("Tóm tắt thành tích")
    summary.fill("Chi hội trưởng 9 năm liền vận động nguồn lực giúp 41 hộ nghèo thoát nghèo.")
    upload = tmp_path / "dang-thi-huong-2.jpg"
    shutil.copy(PHOTO, upload)
    page.locator("label:has-text('Ảnh')").first.scroll_into_view_if_needed()
    page.get_by_role("button", name=re.compile("Chọn hình khác|Chọn một hình")).first.click()
    page.locator("input[type=file]").set_input_files(str(upload))
    page.get_by_role("button", name="Lấy những cái đã chọn").click()
    page.get_by_role("button", name="Lưu").first.click()
    page.wait_for_function("() => Object.keys(window.repoFilesUnpublished).length > 0")

    files = committed_files(page)
    profile = "exemplars/2024/dang-thi-huong.md"
    assert set(files) == {profile, "exemplars/2024/dang-thi-huong-2.jpg"}, files.keys()
    text = files[profile]
    assert "photo: dang-thi-huong-2.jpg" in text and "41 hộ nghèo thoát nghèo." in text
    project = copy_project(tmp_path / "du-an")
    (project / profile).write_text(text, encoding="utf-8")
    shutil.copy(upload, project / "exemplars" / "2024" / "dang-thi-huong-2.jpg")  # the trial keeps it as a blob
    result = run_guongsang("check", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert page.errors == [] and csp_violations(page) == []
    assert {urlparse(u).hostname for u in page.requests if not u.startswith(("blob:", "data:"))} == {"localhost"}
