"""`guongsang zalo publish` against a local HTTP server standing in for the Zalo OA API (never the
real one), and the length limits of the Zalo payload (cut with "…", warned about by `check`).

Over 300 lines because its tests share one way of publishing from the run's built sample (`built_site`)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import check_json, copy_project, run_guongsang, sample_project, valid_profile, write
from guongsang.core.zalo_limits import cut
from guongsang.outputs.zalo.client import ZaloError, check_api_url
from zalokit import TOKEN, FakeZalo, Recorder, fake_zalo, serve


@pytest.fixture
def fake() -> Iterator[tuple[FakeZalo, str]]:
    with fake_zalo() as pair:
        yield pair


@pytest.fixture(scope="module")
def built_site() -> Path:
    """The run's shared build of the sample (read only: each test publishes from a copy, `_project`)."""
    return sample_project()


def _project(built_site: Path, tmp_path: Path) -> Path:
    """What `zalo publish` reads of a built project: mkdocs.yml, exemplars/ and the site's JSON files (the
    feeds), not its pages, photos or caches."""
    project = tmp_path / "du-an"
    shutil.copytree(built_site / "exemplars", project / "exemplars")
    shutil.copy(built_site / "mkdocs.yml", project / "mkdocs.yml")
    site = built_site / "site"
    for feed in site.rglob("*.json"):
        target = project / "site" / feed.relative_to(site)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(feed, target)
    return project


def _publish(project: Path, api: str, *args: str, token: str | None = TOKEN,
             env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "ZALO_OA_ACCESS_TOKEN"}
    env |= {"NO_COLOR": "1", "COLUMNS": "200", "GUONGSANG_ZALO_API": api} | (env_extra or {})
    if token is not None:
        env["ZALO_OA_ACCESS_TOKEN"] = token
    return subprocess.run([sys.executable, "-m", "guongsang", "zalo", "publish", *args], cwd=project,
                          capture_output=True, text=True, env=env, timeout=120)


def _articles(project: Path) -> list[dict[str, Any]]:
    return json.loads((project / "site" / "zalo.json").read_text(encoding="utf-8"))["articles"]


def test_publish_creates_then_verifies_and_never_posts_twice(built_site: Path, tmp_path: Path, fake: tuple[FakeZalo, str]) -> None:
    api, url = fake
    project = _project(built_site, tmp_path)
    articles = _articles(project)
    result = _publish(project, url, "--limit", "3")
    assert result.returncode == 0, result.stderr
    paths = [path for path, _, _ in api.requests]
    assert paths == ["/v2.0/article/create", "/v2.0/article/verify"] * 3
    oldest_first = list(reversed(articles))[:3]
    assert [body for path, _, body in api.requests if path.endswith("create")] == oldest_first  # the payload, exactly
    assert all(headers["access_token"] == TOKEN for _, headers, _ in api.requests)
    assert [body for path, _, body in api.requests if path.endswith("verify")] == [{"token": f"tok-{n}"} for n in (1, 2, 3)]
    state = json.loads((project / ".guongsang" / "zalo-da-dang.json").read_text(encoding="utf-8"))["articles"]
    assert {link: entry["id"] for link, entry in state.items()} == {
        a["tracking_link"]: f"id-tok-{n}" for n, a in enumerate(oldest_first, 1)}
    assert "Xong: 3 bài" in result.stderr

    api.requests.clear()
    again = _publish(project, url, "--limit", "3")
    assert again.returncode == 0, again.stderr
    assert [body["tracking_link"] for path, _, body in api.requests if path.endswith("create")] == [
        a["tracking_link"] for a in list(reversed(articles))[3:6]]  # the next three, none of the first three


def test_publish_feed_posts_only_that_sections_articles(built_site: Path, tmp_path: Path, fake: tuple[FakeZalo, str]) -> None:
    """README: `guongsang zalo publish --feed linh-vuc/y-te/zalo.json` posts only the articles of one section."""
    api, url = fake
    project = _project(built_site, tmp_path)
    section = json.loads((project / "site" / "linh-vuc" / "y-te" / "zalo.json").read_text(encoding="utf-8"))["articles"]
    everything = _articles(project)
    assert 0 < len(section) < len(everything)
    result = _publish(project, url, "--feed", "linh-vuc/y-te/zalo.json")
    assert result.returncode == 0, result.stderr
    created = [body for path, _, body in api.requests if path.endswith("create")]
    assert created == list(reversed(section))  # exactly that section's articles, oldest first, nothing else
    state = json.loads((project / ".guongsang" / "zalo-da-dang.json").read_text(encoding="utf-8"))["articles"]
    assert set(state) == {a["tracking_link"] for a in section}
    # the whole site's feed afterwards posts the rest, never the section's again
    api.requests.clear()
    rest = _publish(project, url)
    assert rest.returncode == 0, rest.stderr
    again = {body["tracking_link"] for path, _, body in api.requests if path.endswith("create")}
    assert again == {a["tracking_link"] for a in everything} - set(state)


def test_error_in_a_200_reply_is_a_failure(built_site: Path, tmp_path: Path, fake: tuple[FakeZalo, str]) -> None:
    api, url = fake
    project = _project(built_site, tmp_path)
    api.refuse_create_at = 2
    result = _publish(project, url, "--limit", "3")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "mã lỗi -201" in result.stderr and "cover.photo_url" in result.stderr and "Đã xử lý 1 bài" in result.stderr
    state = json.loads((project / ".guongsang" / "zalo-da-dang.json").read_text(encoding="utf-8"))["articles"]
    assert len(state) == 1  # the first one, posted; the refused one is not recorded


def test_article_still_processing_is_verified_next_time_not_created_again(
        built_site: Path, tmp_path: Path, fake: tuple[FakeZalo, str]) -> None:
    api, url = fake
    project = _project(built_site, tmp_path)
    api.processing = 99  # every verify of this run: "being processed"
    first = _publish(project, url, "--limit", "1", "--verify-tries", "2")  # asks twice, 1 s apart
    assert first.returncode == 1 and "Article is being processed" in first.stderr
    assert api.total_creates == 1 and [r[0] for r in api.requests].count("/v2.0/article/verify") == 2
    api.processing = 0
    second = _publish(project, url, "--limit", "1")
    assert second.returncode == 0, second.stderr
    assert api.total_creates == 1  # verified with the saved token, not posted a second time
    assert api.requests[-1][0] == "/v2.0/article/verify" and api.requests[-1][2] == {"token": "tok-1"}


def test_dry_run_and_missing_token(built_site: Path, tmp_path: Path, fake: tuple[FakeZalo, str]) -> None:
    api, url = fake
    project = _project(built_site, tmp_path)
    dry = _publish(project, url, "--dry-run", "--limit", "2", token=None)
    assert dry.returncode == 0 and "Sẽ đăng 2 bài" in dry.stderr and api.requests == []
    no_token = _publish(project, url, token=None)
    assert no_token.returncode == 2 and "ZALO_OA_ACCESS_TOKEN" in no_token.stderr and api.requests == []
    wrong = _publish(project, url, "--limit", "1", token="sai")
    assert wrong.returncode == 1 and "-216" in wrong.stderr
    state = project / ".guongsang" / "zalo-da-dang.json"  # a refused create leaves nothing recorded
    assert not state.exists() or json.loads(state.read_text(encoding="utf-8"))["articles"] == {}


def test_unreachable_api_is_a_clear_failure(built_site: Path, tmp_path: Path) -> None:
    project = _project(built_site, tmp_path)
    result = _publish(project, "http://127.0.0.1:9", "--limit", "1")  # the discard port: nothing listens
    assert result.returncode == 1 and "Không kết nối được" in result.stderr and "Traceback" not in result.stderr


def test_cut_at_a_word_boundary() -> None:
    assert cut("Nguyễn Thị Hoa", 150) == "Nguyễn Thị Hoa"
    text = "Tập thể Khoa Hồi sức tích cực – Chống độc Bệnh viện Đa khoa tỉnh Sơn Hà " * 4
    short = cut(text, 150)
    assert len(short) <= 150 and short.endswith("…") and text.startswith(short[:-1].rstrip())
    assert short[:-1].split()[-1] in text.split()  # whole words only
    assert cut("x" * 200, 50) == "x" * 49 + "…"


def test_long_title_is_cut_for_zalo_and_check_warns(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    title = "Tập thể Khoa Hồi sức tích cực – Chống độc, Bệnh viện Đa khoa tỉnh Sơn Hà, đơn vị đi đầu trong phong trào " \
            "thi đua đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng người bệnh"
    assert 150 < len(title) <= 200
    write(project, "exemplars/2024/khoa-hoi-suc.md", valid_profile(title=title, extra="slug: khoa-hoi-suc\n"))
    code, problems = check_json(project, "exemplars/2024/khoa-hoi-suc.md")
    assert code == 0 and [(p["code"], p["line"], p["field"]) for p in problems if p["code"] == "GS114"] == [("GS114", 2, "title")]
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    article = next(a for a in json.loads((project / "site" / "zalo.json").read_text(encoding="utf-8"))["articles"]
                   if a["tracking_link"].endswith("/khoa-hoi-suc/"))
    assert article["title"] == cut(title, 150) and len(article["title"]) <= 150 and article["title"].endswith("…")


# ---- faults: redirects, two publishers, unknown outcomes, odd replies ------------------------------------------


def _state(project: Path) -> dict[str, dict[str, Any]]:
    return json.loads((project / ".guongsang" / "zalo-da-dang.json").read_text(encoding="utf-8"))["articles"]


def _popen(project: Path, api: str, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items()} | {
        "NO_COLOR": "1", "COLUMNS": "200", "GUONGSANG_ZALO_API": api, "ZALO_OA_ACCESS_TOKEN": TOKEN}
    return subprocess.Popen([sys.executable, "-m", "guongsang", "zalo", "publish", *args], cwd=project,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


@pytest.mark.parametrize("status", [301, 302, 307])
def test_redirect_is_an_error_and_the_token_never_leaves_the_api_host(
        built_site: Path, tmp_path: Path, fake: tuple[FakeZalo, str], status: int) -> None:
    api, url = fake
    project = _project(built_site, tmp_path)
    Recorder.seen = []
    with serve(Recorder) as other:
        api.on_create = (status, {"Location": f"{other}/v2.0/article/create"}, b"")
        result = _publish(project, url, "--limit", "1")
        assert Recorder.seen == []  # not one request, so not the token, reached the other host
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "chuyển hướng" in result.stderr and f"HTTP {status}" in result.stderr
    assert not any(entry.get("id") for entry in _state(project).values())  # nothing recorded as posted
    api.on_create = None  # the API behaves again: the article is looked for, not found, created once
    again = _publish(project, url, "--limit", "1", "--settle-minutes", "0")
    assert again.returncode == 0, again.stderr
    assert api.total_creates == 1 and any(path.startswith("/v2.0/article/getslice") for path, _, _ in api.requests)


def test_through_a_proxy_the_token_stays_inside_the_tunnel(built_site: Path, tmp_path: Path) -> None:
    project = _project(built_site, tmp_path)
    Recorder.seen = []
    with serve(Recorder) as proxy:
        proxies = {"https_proxy": proxy, "HTTPS_PROXY": proxy, "no_proxy": "", "NO_PROXY": ""}
        result = _publish(project, "https://openapi.zalo.example", "--limit", "1", env_extra=proxies)
    assert result.returncode == 1 and "Không kết nối được" in result.stderr and "Traceback" not in result.stderr
    assert [(method, path) for method, path, _ in Recorder.seen] == [("CONNECT", "openapi.zalo.example:443")]
    assert all(TOKEN not in str(headers) for _, _, headers in Recorder.seen)


@pytest.mark.parametrize(("api", "words"), [
    ("http://openapi.zalo.example", "phải dùng https"),
    ("http://10.0.0.1:8080", "phải dùng https"),
    ("ftp://openapi.zalo.me", "phải có dạng"),
    ("https://user:pass@openapi.zalo.me", "phải có dạng"),
    ("https://openapi.zalo.me/a b", "phải có dạng"),
    ("https://openapi.zalo.me/?x=1", "phải có dạng"),
    ("https://openapi.zalo.me:99999", "không hợp lệ"),
    ("https://", "phải có dạng"),
])
def test_api_address_is_checked(api: str, words: str) -> None:
    with pytest.raises(ZaloError, match=words):
        check_api_url(api)
    assert check_api_url("https://openapi.zalo.me") == ("https", "openapi.zalo.me", 443, "")
    assert check_api_url("http://127.0.0.1:8080/zalo/") == ("http", "127.0.0.1", 8080, "/zalo")


def test_plain_http_api_off_this_machine_is_refused(built_site: Path, tmp_path: Path) -> None:
    project = _project(built_site, tmp_path)
    result = _publish(project, "http://openapi.zalo.example", "--limit", "1")
    assert result.returncode == 1 and "phải dùng https" in result.stderr and "Traceback" not in result.stderr


def test_one_publisher_at_a_time(built_site: Path, tmp_path: Path, fake: tuple[FakeZalo, str]) -> None:
    api, url = fake
    project = _project(built_site, tmp_path)
    api.on_create = "hold"  # the first publisher waits inside its create call
    first = _popen(project, url, "--limit", "1")
    try:
        assert api.holding.wait(60), first.communicate(timeout=5)
        second = _publish(project, url, "--limit", "1")
        assert second.returncode == 1 and "Traceback" not in second.stderr
        assert "Đang có một lần đăng Zalo khác chạy" in second.stderr
        api.release.set()
        _, err = first.communicate(timeout=60)
    finally:
        first.kill()
    assert first.returncode == 0, err
    assert api.total_creates == 1 and len(_state(project)) == 1
    third = _publish(project, url, "--limit", "1")  # the lock went with the first process
    assert third.returncode == 0 and api.total_creates == 2, third.stderr


@pytest.mark.parametrize("fault", ["timeout", "drop"])
def test_create_with_unknown_outcome_is_found_on_the_oa_not_created_again(
        built_site: Path, tmp_path: Path, fake: tuple[FakeZalo, str], fault: str) -> None:
    api, url = fake
    project = _project(built_site, tmp_path)
    api.on_create = "hold" if fault == "timeout" else "drop"  # accepted by Zalo, the reply never arrives
    first = _publish(project, url, "--limit", "1", "--timeout", "1")
    api.release.set()
    assert first.returncode == 1 and "Traceback" not in first.stderr
    assert "Không rõ kết quả" in first.stderr and "Không kết nối được" not in first.stderr
    assert ("hết thời gian chờ" if fault == "timeout" else "bị ngắt") in first.stderr
    (link, entry), = _state(project).items()
    assert entry.get("sending") and not entry.get("id") and not entry.get("token")  # written ahead of the call
    api.on_create = None
    dry = _publish(project, url, "--dry-run", "--limit", "1")
    assert dry.returncode == 0 and "lần trước không rõ kết quả" in dry.stderr, dry.stderr
    soon = _publish(project, url, "--limit", "1")  # Zalo may still be processing it: wait, do not create
    assert soon.returncode == 0 and "chờ Zalo xử lý" in soon.stderr and api.total_creates == 1, soon.stderr
    later = _publish(project, url, "--limit", "1", "--settle-minutes", "0")
    assert later.returncode == 0 and "đã tìm thấy bài trên OA" in later.stderr, later.stderr
    assert api.total_creates == 1 and set(api.creates.values()) == {1}
    assert _state(project)[link]["id"] == api.listed[0][0]


def test_create_that_never_reached_zalo_is_created_on_the_next_run(
        built_site: Path, tmp_path: Path, fake: tuple[FakeZalo, str]) -> None:
    api, url = fake
    project = _project(built_site, tmp_path)
    api.on_create = "drop-unseen"  # the connection drops before Zalo accepted anything
    first = _publish(project, url, "--limit", "1")
    assert first.returncode == 1 and "Không rõ kết quả" in first.stderr and api.total_creates == 0
    api.on_create = None
    again = _publish(project, url, "--limit", "1", "--settle-minutes", "0")
    assert again.returncode == 0, again.stderr
    assert api.total_creates == 1 and next(iter(_state(project).values()))["id"] == "id-tok-1"


def test_publisher_killed_after_create_was_accepted_posts_nothing_twice(
        built_site: Path, tmp_path: Path, fake: tuple[FakeZalo, str]) -> None:
    api, url = fake
    project = _project(built_site, tmp_path)
    api.on_create = "hold"
    publisher = _popen(project, url, "--limit", "2")
    try:
        assert api.holding.wait(60), publisher.communicate(timeout=5)
        publisher.send_signal(signal.SIGKILL)  # Zalo has the article; the publisher never hears back
        publisher.wait(60)
    finally:
        publisher.kill()
        publisher.communicate()
    api.release.set()
    assert api.total_creates == 1
    (link, entry), = _state(project).items()  # a whole JSON file, with the write-ahead mark
    assert entry.get("sending") and not entry.get("id")
    api.on_create = None
    leftover = project / ".guongsang" / ".zalo-da-dang.json.99999.tmp"  # as if killed in the middle of a write
    leftover.write_text('{"articles": {', encoding="utf-8")
    again = _publish(project, url, "--limit", "2", "--settle-minutes", "0")
    assert again.returncode == 0, again.stderr
    assert set(api.creates.values()) == {1} and api.total_creates == 2  # the found one, then the next one
    assert _state(project)[link]["id"] == "id-tok-1"
    assert not list((project / ".guongsang").glob("*.tmp"))


HUGE = b'{"error": 0, "message": "' + b"x" * (3 * 1024 * 1024) + b'"}'
ODD_CREATE_REPLIES = [  # (reply, words in the message, refused: Zalo clearly did not create it)
    ((200, {}, b'{"error": 0, "message": "Success", "data": "tok-1"}'), "«data» phải là đối tượng, nhận được chuỗi", False),
    ((200, {}, b'{"error": 0, "message": "Success", "data": ["tok-1"]}'), "nhận được một danh sách", False),
    ((200, {}, b'{"error": 0, "message": "Success", "data": null}'), "nhận được null", False),
    ((200, {}, b'{"error": 0, "message": "Success", "data": {}}'), "thiếu «data.token»", False),
    ((200, {}, b'{"error": 0, "data": {"token": ["a"]}}'), "thiếu «data.token»", False),
    ((200, {}, b'{"error": 0, "data": {"token": true}}'), "thiếu «data.token»", False),
    ((200, {}, b'{"message": "Success", "data": {"token": "t"}}'), "thiếu mã lỗi số «error»", False),
    ((200, {}, b'{"error": "0", "data": {"token": "t"}}'), "thiếu mã lỗi số «error»", False),
    ((200, {}, b'{"error": -32, "message": "Article is being processed"}'), "mã lỗi -32", True),
    ((200, {}, b'{"error": -216, "message": "bad \\u001b[31mtoken\\u001b[0m"}'), "mã lỗi -216", True),
    ((200, {}, b'{"error": 0, "data": {"token": "\xff\xfe"}}'), "không phải UTF-8", False),
    ((200, {}, b"ok"), "không phải JSON", False),
    ((200, {"Content-Type": "text/html"}, b"<!doctype html><h1>502 Bad Gateway</h1>"), "không phải JSON", False),
    ((200, {}, b"[" * 100_000 + b"]" * 100_000), "không phải JSON", False),
    ((200, {}, b"[1, 2]"), "không phải đối tượng", False),
    ((200, {}, b""), "nội dung rỗng", False),
    ((500, {"Content-Type": "text/html"}, b"<h1>Internal Server Error</h1>"), "HTTP 500", False),
    ((404, {}, b"{}"), "HTTP 404", False),
    ((200, {}, HUGE), "quá lớn", False),
]


@pytest.mark.parametrize(("raw", "words", "refused"), ODD_CREATE_REPLIES, ids=[w for _, w, _ in ODD_CREATE_REPLIES])
def test_odd_reply_to_create_is_a_clear_message(built_site: Path, tmp_path: Path, fake: tuple[FakeZalo, str],
                                               raw: tuple[int, dict[str, str], bytes], words: str, refused: bool) -> None:
    api, url = fake
    project = _project(built_site, tmp_path)
    api.on_create = raw
    result = _publish(project, url, "--limit", "1")
    assert result.returncode == 1 and "Traceback" not in result.stderr and "\x1b" not in result.stderr
    assert words in result.stderr, result.stderr
    state = _state(project)
    if refused:  # nothing to reconcile
        assert state == {} and "Không rõ kết quả" not in result.stderr
    else:  # Zalo may have created it: marked unknown, looked for before any new create
        assert "Không rõ kết quả" in result.stderr and [bool(e.get("sending")) for e in state.values()] == [True]


@pytest.mark.parametrize(("data", "words"), [
    (b'{"error": 0, "data": {"medias": "x"}}', "«data.medias» phải là danh sách, nhận được chuỗi"),
    (b'{"error": 0, "data": "x"}', "«data.medias» phải là danh sách"),
    (b'{"error": 0, "data": {"medias": [{"id": 1}]}}', "thiếu «id» hoặc «title»"),
    (b'{"error": -201, "message": "type accept only 2 value normal and video."}', "mã lỗi -201"),
])
def test_odd_article_list_stops_the_run_before_any_create(built_site: Path, tmp_path: Path,
                                                         fake: tuple[FakeZalo, str], data: bytes, words: str) -> None:
    api, url = fake
    project = _project(built_site, tmp_path)
    api.on_create = "drop"
    assert _publish(project, url, "--limit", "1").returncode == 1
    api.on_create, api.on_getslice = None, (200, {}, data)
    result = _publish(project, url, "--limit", "1", "--settle-minutes", "0")
    assert result.returncode == 1 and "Traceback" not in result.stderr and words in result.stderr, result.stderr
    assert api.total_creates == 1  # the unknown one is not created again while the list cannot be read


def test_broken_state_and_feed_files_are_clear_messages(built_site: Path, tmp_path: Path, fake: tuple[FakeZalo, str]) -> None:
    api, url = fake
    project = _project(built_site, tmp_path)
    state = project / ".guongsang" / "zalo-da-dang.json"
    state.parent.mkdir(exist_ok=True)
    for text in ('{"articles": []}', '{"articles": {"x": 1}}', "[]", "{", "\udcff"):
        state.write_bytes(text.encode("utf-8", "surrogateescape"))
        result = _publish(project, url, "--limit", "1")
        assert result.returncode == 1 and "tệp trạng thái" in result.stderr.lower() and "Traceback" not in result.stderr, text
    state.unlink()
    feed = project / "site" / "zalo.json"
    for text in ('{"articles": [1]}', '{"articles": [{"title": 1, "tracking_link": "x"}]}', "[]", "\xff"):
        feed.write_bytes(text.encode("latin-1"))
        result = _publish(project, url, "--limit", "1")
        assert result.returncode == 2 and "không phải tệp bài Zalo hợp lệ" in result.stderr, text
    assert api.requests == []
