"""A local HTTP server standing in for the Zalo OA article API (never the real one), with scripted faults.

The fake keeps the OA's article list: a create that it accepts adds the article at once (as if Zalo had
processed it), so getslice finds it and ``creates[title]`` counts how many times each title was posted.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

TOKEN = "thu-nghiem-ma-truy-cap"
Raw = tuple[int, dict[str, str], bytes]  # status, headers, body


class FakeZalo:
    """Records every request; answers create with a token, verify with an id, getslice with the OA's list.

    ``on_create`` scripts what happens to a create call after the fake has read it:
    "hold" (accept it, then wait until ``release`` is set before answering), "drop" (accept it, close the
    connection without a reply), "drop-unseen" (close without accepting), or a Raw reply sent instead of
    the normal one (the article is accepted only if ``raw_accepts``).
    """

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str], dict[str, Any]]] = []
        self.refuse_create_at: int | None = None  # the n-th create (1-based) gets {"error": -201, ...}
        self.processing = 0  # the next n verify calls answer "still processing"
        self.creates: Counter[str] = Counter()  # title → accepted creates
        self.listed: list[tuple[str, str]] = []  # (id, title), oldest first: the OA's articles
        self.tokens: dict[str, str] = {}
        self.on_create: str | Raw | None = None
        self.raw_accepts = False
        self.on_getslice: Raw | None = None
        self.holding, self.release = threading.Event(), threading.Event()
        self.lock = threading.Lock()

    @property
    def total_creates(self) -> int:
        return sum(self.creates.values())

    def accept(self, body: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            n = self.total_creates + 1
            self.creates[body.get("title", "")] += 1
            self.tokens[f"tok-{n}"] = f"id-tok-{n}"
            self.listed.append((f"id-tok-{n}", body.get("title", "")))
        return {"error": 0, "message": "Success", "data": {"token": f"tok-{n}"}}

    def reply(self, path: str, headers: dict[str, str], body: dict[str, Any]) -> dict[str, Any]:
        if headers.get("access_token") != TOKEN:
            return {"error": -216, "message": "Access token is invalid"}
        route, query = urlsplit(path).path, parse_qs(urlsplit(path).query)
        if route == "/v2.0/article/create":
            if self.total_creates + 1 == self.refuse_create_at:
                return {"error": -201, "message": "Parameters are invalid: cover.photo_url"}
            return self.accept(body)
        if route == "/v2.0/article/verify":
            if self.processing:
                self.processing -= 1
                return {"error": -32, "message": "Article is being processed"}
            return {"error": 0, "message": "Success", "data": {"id": self.tokens[body["token"]]}}
        if route == "/v2.0/article/getslice":
            offset, limit = int(query["offset"][0]), int(query["limit"][0])
            assert limit <= 10 and query["type"] == ["normal"]
            newest = list(reversed(self.listed))[offset:offset + limit]
            return {"error": 0, "message": "Success",
                    "data": {"medias": [{"id": i, "title": t, "type": "normal", "status": "show"} for i, t in newest],
                             "total": len(self.listed)}}
        return {"error": -1, "message": "unknown endpoint"}


def _handler(api: FakeZalo) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length).decode("utf-8")) if length else {}
            headers = {k.lower(): v for k, v in self.headers.items()}
            api.requests.append((self.path, headers, body))
            raw: Raw | None = None
            if self.path.startswith("/v2.0/article/create") and headers.get("access_token") == TOKEN:
                if api.on_create == "drop-unseen":
                    self.close_connection = True
                    return
                if api.on_create in ("hold", "drop"):
                    answer = api.accept(body)
                    if api.on_create == "drop":
                        self.close_connection = True
                        return
                    api.holding.set()
                    api.release.wait(60)
                    raw = (200, {}, json.dumps(answer).encode())
                elif isinstance(api.on_create, tuple):
                    if api.raw_accepts:
                        api.accept(body)
                    raw = api.on_create
            elif self.path.startswith("/v2.0/article/getslice") and api.on_getslice:
                raw = api.on_getslice
            if raw is None:
                raw = (200, {"Content-Type": "application/json"},  # Zalo answers 200 even when it refuses
                       json.dumps(api.reply(self.path, headers, body)).encode())
            status, extra, data = raw
            try:
                self.send_response(status)
                for key, value in extra.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                pass  # the client hung up (a capped read, a timeout, a killed publisher)

        do_GET = do_POST = _serve

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@contextmanager
def serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def fake_zalo() -> Iterator[tuple[FakeZalo, str]]:
    api = FakeZalo()
    try:
        with serve(_handler(api)) as url:
            yield api, url
    finally:
        api.release.set()


class Recorder(BaseHTTPRequestHandler):
    """Another host: records any request it gets and answers like a Zalo that accepted everything."""

    seen: ClassVar[list[tuple[str, str, dict[str, str]]]] = []

    def _serve(self) -> None:
        Recorder.seen.append((self.command, self.path, {k.lower(): v for k, v in self.headers.items()}))
        data = json.dumps({"error": 0, "message": "Success", "data": {"token": "vay", "id": "vay"}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_CONNECT = _serve

    def log_message(self, *args: object) -> None:
        pass
