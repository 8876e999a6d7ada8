"""Where a file a profile points to (photo, evidence file, image in the body) may lie.

Everything a profile names is copied or re-encoded into the public site, so a path is hostile:
it must be a plain relative path to a regular file inside ``exemplars/`` — never in ``content/``
or the project root (the build would publish pages or secrets from there), never in a dot-folder
or a dotfile (``.git/config``, ``.env``, ``.guongsang/…``), never through a symlink (which could
point anywhere), and never with a control character (a NUL makes the file system call fail).
The checks are lexical plus one ``lstat`` per path component: no link is ever followed.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from guongsang.core.problems import did_you_mean
from guongsang.core.textrules import terminal_safe


@dataclass(frozen=True, slots=True)
class PathFinding:
    code: str
    message: str
    hint: str | None = None


# The files looked at while recording (see `recording`): what check's cache must watch (core/checkcache.py).
_LOOKED_AT: ContextVar[list[Path] | None] = ContextVar("looked_at", default=None)


@contextmanager
def recording(into: list[Path]) -> Iterator[None]:
    """Append to ``into`` every path :func:`locate` looks at on the file system while inside."""
    token = _LOOKED_AT.set(into)
    try:
        yield
    finally:
        _LOOKED_AT.reset(token)


HINT_PLACE = "Đặt tệp trong thư mục exemplars/ (cạnh tệp hồ sơ) rồi ghi tên tệp, ví dụ nguyen-thi-hoa.jpg."


def target_of(profile: Path, value: str) -> Path:
    """The file a relative ``value`` names, worked out without the file system (``..`` removed lexically, a
    backslash a name character). `check` vets this very path component by component and the build reads
    this very path, so a symlink on the way can never make the two read different files (``resolve()``
    would follow ``x/..`` through a link ``x``)."""
    return Path(os.path.normpath(profile.parent / value))


def locate(profile: Path, value: str, root: Path, exemplars: Path) -> tuple[Path | None, PathFinding | None]:
    """The file ``value`` (relative to the profile file) names, or why it cannot be published."""
    if any(not c.isprintable() for c in value):
        return None, PathFinding("GS311", f"Đường dẫn «{terminal_safe(value)}» có ký tự điều khiển (ví dụ ký tự NUL).",
                                 "Gõ lại tên tệp, chỉ gồm chữ, số, dấu gạch ngang và dấu chấm.")
    if "://" in value or value.startswith(("/", "\\")) or Path(value).is_absolute() or ":" in value.split("/", 1)[0]:
        return None, PathFinding("GS302", f"«{value}» phải là đường dẫn tương đối tới một tệp trong kho, tính từ tệp hồ sơ.",
                                 "Đặt tệp cạnh hồ sơ và ghi tên tệp, ví dụ nguyen-thi-hoa.jpg.")
    target = target_of(profile, value)
    if not target.is_relative_to(root):
        return None, PathFinding("GS302", f"Đường dẫn «{value}» trỏ ra ngoài kho nội dung.",
                                 "Sao chép tệp vào thư mục của hồ sơ rồi ghi tên tệp.")
    if not target.is_relative_to(exemplars) or target == exemplars:
        where = target.relative_to(root).as_posix() or "."
        return None, PathFinding("GS312", f"Tệp «{value}» ({where}) nằm ngoài thư mục {exemplars.name}/: chỉ tệp trong "
                                          f"{exemplars.name}/ mới được đăng.", HINT_PLACE)
    parts = target.relative_to(exemplars).parts
    if any(part.startswith(".") for part in parts):
        return None, PathFinding("GS313", f"Tệp «{value}» là tệp ẩn hoặc nằm trong thư mục ẩn (tên bắt đầu bằng dấu chấm); "
                                          "những tệp này có thể chứa mật khẩu, mã truy cập nên không bao giờ được đăng.",
                                 HINT_PLACE)
    looked_at = _LOOKED_AT.get()
    if looked_at is not None:
        looked_at.append(target)
    return _walk(value, exemplars, parts)


def _walk(value: str, exemplars: Path, parts: tuple[str, ...]) -> tuple[Path | None, PathFinding | None]:
    here = exemplars
    for i, part in enumerate(parts):
        here = here / part
        try:
            st = os.lstat(here)
        except PermissionError:
            return None, PathFinding("GS009", f"Không đọc được thư mục chứa «{value}» (không có quyền truy cập).",
                                     "Cho phép đọc thư mục đó (chmod) hoặc chuyển tệp sang thư mục khác trong exemplars/.")
        except (OSError, ValueError):
            return None, _missing(value, here, parts[i + 1:] == ())
        if stat.S_ISLNK(st.st_mode):
            return None, PathFinding("GS314", f"«{value}» đi qua liên kết tượng trưng (symlink) «{part}»; liên kết có thể "
                                              "trỏ tới bất kỳ tệp nào trên máy nên không được dùng.",
                                     "Chép chính tệp đó vào thư mục exemplars/ thay cho liên kết.")
    if not stat.S_ISREG(st.st_mode):
        return None, PathFinding("GS301", f"«{value}» không phải một tệp.", "Ghi đường dẫn tới tệp, không phải thư mục.")
    return here, None


def _missing(value: str, here: Path, last: bool) -> PathFinding:
    suffix = Path(value).suffix.lower()
    siblings: list[str] = []
    if last:
        try:
            siblings = [e.name for e in os.scandir(here.parent) if e.name.lower().endswith(suffix) and suffix]
        except OSError:
            siblings = []
    return PathFinding("GS301", f"Không tìm thấy tệp «{value}».",
                       did_you_mean(Path(value).name, siblings) or "Kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và thư mục.")
