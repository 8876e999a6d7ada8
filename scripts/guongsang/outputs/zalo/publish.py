"""Posting the built site's articles to a Zalo OA so that none is posted twice.

For each article not posted yet, oldest first:

1. created but not verified (a processing token in the state): verify it;
2. outcome of an earlier create unknown (``sending`` mark, no token): look for it in the OA's own
   article list (getslice) first; if found, record its id without creating anything; if Zalo may
   still be processing it (the mark is younger than ``settle``), leave it for a later run;
3. otherwise write the ``sending`` mark, then create, then record the token, then verify.

The caller holds the publisher lock (state.publisher_lock) for the whole run.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from guongsang.core.model import TZ
from guongsang.outputs.zalo.client import PAGE, Client, ZaloError, clean
from guongsang.outputs.zalo.state import State

MAX_PAGES = 50  # the OA's newest 500 articles: an unknown create from the last run is among them


@dataclass(frozen=True, slots=True)
class Outcome:
    link: str
    title: str
    article_id: str | None  # None: created and still being processed by Zalo, or left for later
    status: str  # "posted" | "processing" | "found" (an unknown create that had worked) | "waiting"


def pending(articles: list[dict[str, Any]], state: State) -> list[dict[str, Any]]:
    """The articles not posted yet, oldest first (zalo.json lists newest first)."""
    return [a for a in reversed(articles) if not state.posted(a["tracking_link"])]


def publish(articles: list[dict[str, Any]], state: State, client: Client, limit: int | None = None,
            settle: timedelta = timedelta(minutes=10)) -> Iterator[Outcome]:
    """Yield each article's outcome as it is done; raise ZaloError at the first failure."""
    for article in pending(articles, state)[:limit]:
        link, title = article["tracking_link"], article["title"]
        if state.unknown(link):
            if _age(state.entry(link).get("sending")) < settle:
                yield Outcome(link, title, None, "waiting")
                continue
            sent_title = state.entry(link).get("title")  # the title Zalo got, if the profile changed since
            found = find_on_oa(client, sent_title if isinstance(sent_title, str) else title, taken=state.ids())
            if found:
                state.record(link, drop=("sending",), id=found, verified=_now(), found_in_list=True)
                yield Outcome(link, title, found, "found")
                continue
        token = state.token(link) or _create(client, state, article)
        article_id = client.verify(token)
        if article_id:
            state.record(link, id=article_id, verified=_now())
        yield Outcome(link, title, article_id, "posted" if article_id else "processing")


def _create(client: Client, state: State, article: dict[str, Any]) -> str:
    link, title = article["tracking_link"], article["title"]
    state.record(link, drop=("token", "created"), title=title, sending=_now())  # write-ahead
    try:
        token = client.create(article)
    except ZaloError as exc:
        if exc.refused or not exc.sent:  # Zalo said no, or never heard us: nothing was created
            state.forget(link)
            raise
        raise ZaloError(f"Không rõ kết quả tạo bài «{clean(title)}»: {exc} Zalo có thể đã nhận bài; lần chạy sau "
                        "sẽ tìm bài này trong danh sách bài của OA trước khi tạo lại, không đăng trùng.") from None
    state.record(link, drop=("sending",), token=token, created=_now())
    return token


def find_on_oa(client: Client, title: str, taken: set[str]) -> str | None:
    """The id of the OA's newest article with this title that no other entry of the state claims."""
    wanted = _key(title)
    for page in range(MAX_PAGES):
        found = client.list_articles(page * PAGE)
        for article_id, listed in found:
            if _key(listed) == wanted and article_id not in taken:
                return article_id
        if len(found) < PAGE:
            return None
    raise ZaloError(f"Không tìm hết được bài «{clean(title)}» trong {MAX_PAGES * PAGE} bài mới nhất của OA. "
                    "Kiểm tra trên trang quản lý OA: nếu bài đã có, ghi «id» của bài vào tệp trạng thái; "
                    "nếu chưa có, xoá mục của bài khỏi tệp trạng thái rồi chạy lại.")


def _key(title: str) -> str:
    return " ".join(unicodedata.normalize("NFC", title).split())


def _age(stamp: object) -> timedelta:
    try:
        when = datetime.fromisoformat(str(stamp))
        if when.tzinfo is None:
            when = when.replace(tzinfo=TZ)
    except ValueError:
        return timedelta.max
    return datetime.now(TZ) - when


def _now() -> str:
    return datetime.now(TZ).isoformat(timespec="seconds")
