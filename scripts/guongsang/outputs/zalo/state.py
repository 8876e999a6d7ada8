"""What was posted to Zalo, and the lock that lets one publisher run at a time.

The state file maps each article's tracking_link to what is known of it:

- ``sending`` (a time): a create call was about to be sent and its outcome is not known yet: the
  article may or may not exist on the OA. It is written BEFORE the call (write-ahead), so a crash,
  a kill or a lost reply leaves this mark, and the next run looks for the article on the OA first.
- ``token``: Zalo accepted the create call and is processing the article; the next run verifies it.
- ``id``: posted; never sent again.

Every write replaces the file atomically (temporary file, fsync, os.replace): a crash leaves the old
file or the new one, never half of one.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from glob import escape as glob_escape
from pathlib import Path
from typing import Any

from guongsang.core.diskerrors import why
from guongsang.outputs.zalo.client import ZaloError


class State:
    """tracking_link → {"title", "sending", "token", "created", "id", "verified"}."""

    def __init__(self, path: Path) -> None:
        self.path = path
        hint = "Sửa hoặc khôi phục tệp từ kho git (xoá tệp sẽ đăng lại mọi bài)."
        try:
            data = json.loads(path.read_bytes().decode("utf-8"))
        except FileNotFoundError:
            data = {"articles": {}}
        except OSError as exc:
            raise ZaloError(f"Không đọc được tệp trạng thái {path}: {why(exc)}. {hint}") from None
        except UnicodeDecodeError:
            raise ZaloError(f"Tệp trạng thái {path} không phải văn bản UTF-8. {hint}") from None
        except json.JSONDecodeError as exc:
            raise ZaloError(f"Tệp trạng thái {path} không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno}). {hint}") from None
        except (ValueError, RecursionError):
            raise ZaloError(f"Tệp trạng thái {path} không phải JSON hợp lệ (lồng quá sâu hoặc giá trị lạ). {hint}") from None
        articles = data.get("articles") if isinstance(data, dict) else None
        if not isinstance(articles, dict) or not all(isinstance(v, dict) for v in articles.values()):
            raise ZaloError(f"Tệp trạng thái {path} không đúng dạng (cần «articles»: {{đường dẫn: {{…}}}}). {hint}")
        self.articles: dict[str, dict[str, Any]] = articles

    def entry(self, link: str) -> dict[str, Any]:
        return self.articles.get(link, {})

    def posted(self, link: str) -> bool:
        return bool(self.entry(link).get("id"))

    def token(self, link: str) -> str | None:
        token = self.entry(link).get("token")
        return str(token) if token else None

    def unknown(self, link: str) -> bool:
        """A create call for this article may have reached Zalo, and no reply says what became of it."""
        entry = self.entry(link)
        return bool(entry.get("sending")) and not entry.get("token") and not entry.get("id")

    def ids(self) -> set[str]:
        return {str(e["id"]) for e in self.articles.values() if e.get("id")}

    def record(self, link: str, drop: tuple[str, ...] = (), **values: Any) -> None:
        entry = self.articles.setdefault(link, {})
        for key in drop:
            entry.pop(key, None)
        entry.update(values)
        self._write()

    def forget(self, link: str) -> None:
        """Drop an entry that turned out to mean nothing (a create call Zalo clearly refused)."""
        if self.articles.pop(link, None) is not None:
            self._write()

    def sweep(self) -> None:
        """Remove temporaries a killed run left mid-write (call only while holding the publisher lock)."""
        for leftover in self.path.parent.glob(f".{glob_escape(self.path.name)}.*.tmp"):
            leftover.unlink(missing_ok=True)

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"version": 2, "articles": self.articles}, ensure_ascii=False, indent=2) + "\n"
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as handle:
                handle.write(text.encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise ZaloError(f"Không ghi được tệp trạng thái {self.path}: {why(exc)}.") from None
        try:  # make the rename itself durable
            folder = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
        except OSError:
            pass


@contextmanager
def publisher_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` for the whole run; ZaloError if another run holds it.

    flock is released by the kernel when the process ends, however it ends, so a killed publisher
    never leaves a stale lock behind. The lock is one per project (not per state file): two runs
    with different state files would post the same articles just as well.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except OSError as exc:
        raise ZaloError(f"Không tạo được tệp khoá {path}: {why(exc)}.") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise ZaloError(f"Đang có một lần đăng Zalo khác chạy (giữ khoá {path}). "
                                "Chờ lần đó xong rồi chạy lại; không chạy hai lần đăng cùng lúc.") from None
            raise ZaloError(f"Không khoá được {path}: {why(exc)}.") from None
        yield
    finally:
        os.close(fd)
