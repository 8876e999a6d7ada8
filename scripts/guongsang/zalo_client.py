"""Posting articles to a Zalo Official Account: create → verify, with a state file so nothing is posted twice.

Zalo's article API answers HTTP 200 even when it refuses: ``{"error": <non-zero>, "message": …}``
is a failure. ``POST /v2.0/article/create`` returns a processing token; ``POST /v2.0/article/verify``
with that token returns the article id once Zalo has accepted it. A created-but-unverified article
keeps its token in the state, so the next run verifies it instead of creating it again.
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from guongsang.model import TZ

DEFAULT_API = "https://openapi.zalo.me"
TOKEN_ENV = "ZALO_OA_ACCESS_TOKEN"
API_ENV = "GUONGSANG_ZALO_API"


class ZaloError(Exception):
    """A refused or failed call; the message is Vietnamese."""


@dataclass(frozen=True, slots=True)
class Outcome:
    link: str
    title: str
    article_id: str | None  # None: created, still being processed by Zalo


class State:
    """tracking_link → {"token", "id", "created", "verified"}; written atomically after every change."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            data = {}
        except (OSError, ValueError) as exc:
            raise ZaloError(f"Không đọc được tệp trạng thái {path}: {exc}. Sửa hoặc xoá tệp (xoá sẽ đăng lại mọi bài).") from None
        self.articles: dict[str, dict[str, Any]] = data.get("articles", {}) if isinstance(data, dict) else {}

    def posted(self, link: str) -> bool:
        return bool(self.articles.get(link, {}).get("id"))

    def token(self, link: str) -> str | None:
        return self.articles.get(link, {}).get("token")

    def record(self, link: str, **values: Any) -> None:
        self.articles.setdefault(link, {}).update(values)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"version": 1, "articles": self.articles}, ensure_ascii=False, indent=2) + "\n",
                       encoding="utf-8")
        tmp.replace(self.path)


class Client:
    def __init__(self, api: str, token: str, timeout: float = 30, verify_tries: int = 5,
                 wait: Callable[[float], None] = time.sleep) -> None:
        self.api, self.token, self.timeout = api.rstrip("/"), token, timeout
        self.verify_tries, self.wait = verify_tries, wait

    def call(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        request = urllib.request.Request(
            f"{self.api}{path}", data=json.dumps(body, ensure_ascii=False).encode("utf-8"), method="POST",
            headers={"Content-Type": "application/json", "access_token": self.token},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                text = response.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            raise ZaloError(f"Zalo trả lỗi HTTP {exc.code} cho {path}.") from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ZaloError(f"Không kết nối được tới {self.api} ({reason}).") from None
        try:
            reply = json.loads(text)
        except ValueError:
            raise ZaloError(f"Zalo trả về nội dung không phải JSON cho {path}.") from None
        if not isinstance(reply, dict) or reply.get("error", 0) != 0:
            error = reply.get("error") if isinstance(reply, dict) else "?"
            message = reply.get("message") if isinstance(reply, dict) else text[:200]
            raise ZaloError(f"Zalo từ chối {path}: mã lỗi {error}, «{message}».")
        return reply

    def create(self, article: dict[str, Any]) -> str:
        token = (self.call("/v2.0/article/create", article).get("data") or {}).get("token")
        if not token:
            raise ZaloError("Zalo nhận bài nhưng không trả về mã xử lý (token).")
        return str(token)

    def verify(self, token: str) -> str | None:
        """The article id, or None if Zalo is still processing it after every try."""
        for attempt in range(self.verify_tries):
            try:
                article_id = (self.call("/v2.0/article/verify", {"token": token}).get("data") or {}).get("id")
            except ZaloError:
                if attempt == self.verify_tries - 1:
                    raise
                article_id = None
            if article_id:
                return str(article_id)
            self.wait(min(2 ** attempt, 30))
        return None


def publish(articles: list[dict[str, Any]], state: State, client: Client, limit: int | None = None) -> Iterator[Outcome]:
    """Post the articles not posted yet, oldest first; yields each as it is done, raises ZaloError at the first failure."""
    for article in pending(articles, state)[:limit]:
        link = article["tracking_link"]
        token = state.token(link)
        if token is None:
            token = client.create(article)
            state.record(link, token=token, title=article["title"], created=_now())
        article_id = client.verify(token)
        if article_id:
            state.record(link, id=article_id, verified=_now())
        yield Outcome(link, article["title"], article_id)


def pending(articles: list[dict[str, Any]], state: State) -> list[dict[str, Any]]:
    """The articles not posted yet, oldest first (zalo.json lists newest first)."""
    return [a for a in reversed(articles) if not state.posted(a["tracking_link"])]


def _now() -> str:
    return datetime.now(TZ).isoformat(timespec="seconds")
