"""`guongsang zalo publish` against a local HTTP server standing in for the Zalo OA API (never the
real one), and the length limits of the Zalo payload (cut with "…", warned about by `check`)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from conftest import check_json, copy_project, run_guongsang, valid_profile, write
from guongsang.feeds.limits import cut

TOKEN = "thu-nghiem-ma-truy-cap"


class FakeZalo:
    """Records every request; answers create with a token and verify with an id, or with scripted failures."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str], dict[str, Any]]] = []
        self.refuse_create_at: int | None = None  # the n-th create (1-based) gets {"error": -201, ...}
        self.processing = 0  # the next n verify calls answer "still processing"
        self.creates = 0

    def reply(self, path: str, headers: dict[str, str], body: dict[str, Any]) -> dict[str, Any]:
        self.requests.append((path, headers, body))
        if headers.get("access_token") != TOKEN:
            return {"error": -216, "message": "Access token is invalid"}
        if path == "/v2.0/article/create":
            self.creates += 1
            if self.creates == self.refuse_create_at:
                return {"error": -201, "message": "Parameters are invalid: cover.photo_url"}
            return {"error": 0, "message": "Success", "data": {"token": f"tok-{self.creates}"}}
        if path == "/v2.0/article/verify":
            if self.processing:
                self.processing -= 1
                return {"error": -32, "message": "Article is being processed"}
            return {"error": 0, "message": "Success", "data": {"id": "id-" + body["token"]}}
        return {"error": -1, "message": "unknown endpoint"}


@pytest.fixture
def fake() -> Iterator[tuple[FakeZalo, str]]:
    api = FakeZalo()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8"))
            data = json.dumps(api.reply(self.path, {k.lower(): v for k, v in self.headers.items()}, body)).encode()
            self.send_response(200)  # Zalo answers 200 even when it refuses
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield api, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("zalo") / "du-an")
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    return project


def _project(built_site: Path, tmp_path: Path) -> Path:
    project = tmp_path / "du-an"
    shutil.copytree(built_site, project, symlinks=True)
    return project


def _publish(project: Path, api: str, *args: str, token: str | None = TOKEN) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "ZALO_OA_ACCESS_TOKEN"}
    env |= {"NO_COLOR": "1", "COLUMNS": "200", "GUONGSANG_ZALO_API": api}
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
    first = _publish(project, url, "--limit", "1")
    assert first.returncode == 1 and "Article is being processed" in first.stderr
    assert api.creates == 1
    api.processing = 0
    second = _publish(project, url, "--limit", "1")
    assert second.returncode == 0, second.stderr
    assert api.creates == 1  # verified with the saved token, not posted a second time
    assert api.requests[-1][0] == "/v2.0/article/verify" and api.requests[-1][2] == {"token": "tok-1"}


def test_dry_run_and_missing_token(built_site: Path, tmp_path: Path, fake: tuple[FakeZalo, str]) -> None:
    api, url = fake
    project = _project(built_site, tmp_path)
    dry = _publish(project, url, "--dry-run", "--limit", "2", token=None)
    assert dry.returncode == 0 and "Sẽ đăng 2 bài" in dry.stderr and api.requests == []
    no_token = _publish(project, url, token=None)
    assert no_token.returncode == 2 and "ZALO_OA_ACCESS_TOKEN" in no_token.stderr and api.requests == []
    wrong = _publish(project, url, "--limit", "1", token="sai")
    assert wrong.returncode == 1 and "-216" in wrong.stderr and not (project / ".guongsang" / "zalo-da-dang.json").exists()


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
