"""Find profile files and read each into a raw record: front matter data with source lines, body.

Nothing here knows the schema; reading problems (encoding, YAML, shape) are
returned as problems, never raised.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guongsang.core import yamlsrc
from guongsang.core.diskerrors import why
from guongsang.core.problems import Problem, problem
from guongsang.core.text import nfc

BOM = "\ufeff"
#: a long story is 20–40 KB; a larger file is refused before it is read (GS008)
MAX_FILE_BYTES = 200_000


@dataclass(slots=True)
class RawRecord:
    """One profile file as read: front matter (NFC) and body, before validation."""

    path: Path  # absolute
    rel: str  # relative to the project root, "/" separators
    data: dict[str, Any] | None = None
    doc: yamlsrc.YamlDoc | None = None
    body: str = ""
    fm_line: int = 1  # line of the opening ---
    body_line: int = 1  # first line of the body
    problems: list[Problem] = field(default_factory=list)

    def line_of(self, *path: str | int) -> int:
        return self.doc.line_of(path, self.fm_line) if self.doc else self.fm_line


def is_hidden(name: str) -> bool:
    """Files and folders starting with ``_`` or ``.`` are not profiles (vocabularies, drafts of tools)."""
    return name.startswith(("_", "."))


def iter_profile_files(exemplars_dir: Path, unreadable: list[tuple[Path, str]] | None = None) -> Iterator[Path]:
    """Every ``*.md`` under ``exemplars_dir``, nested folders included, in a stable order.

    A folder that cannot be listed is skipped and added to ``unreadable`` (with the reason) when given.
    """
    yield from map(Path, profile_paths(exemplars_dir, unreadable))


def profile_paths(exemplars_dir: Path, unreadable: list[tuple[Path, str]] | None = None) -> list[str]:
    """:func:`iter_profile_files` as text (making 10,000 Path objects costs a check after one edit dearly)."""
    if not exemplars_dir.is_dir():
        return []
    stack = [exemplars_dir]
    found: list[str] = []
    while stack:
        folder = stack.pop()
        try:
            entries = os.scandir(folder)
        except OSError as exc:
            if unreadable is not None:
                unreadable.append((folder, why(exc)))
            continue
        with entries:
            for entry in entries:
                if is_hidden(entry.name):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    stack.append(Path(entry.path))
                elif entry.name.endswith(".md") and entry.is_file():
                    found.append(entry.path)
    found.sort(key=lambda path: path.split(os.sep))  # the order of Path objects, without making them to compare
    return found


def relative(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` with "/" separators (as given when it is outside)."""
    try:
        return path.relative_to(root).as_posix()  # the usual case: found by walking below root
    except ValueError:
        pass
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def decode(raw: bytes, rel: str) -> tuple[str | None, Problem | None]:
    """Bytes → NFC text with LF line ends; a BOM is dropped. A non-UTF-8 file is a problem."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        return None, problem(
            "GS001", rel, line, None,
            f"Tệp không phải văn bản UTF-8 (byte 0x{raw[exc.start]:02x} ở dòng {line}).",
            "Hãy lưu lại tệp với bảng mã UTF-8 (trong trình soạn thảo: Save with Encoding → UTF-8).",
        )
    if text.startswith(BOM):
        text = text[1:]
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n")), None


def _is_fence(line: str, marks: tuple[str, ...] = ("---",)) -> bool:
    return line.rstrip() in marks


def parse(text: str, rel: str, path: Path) -> RawRecord:
    """Split front matter from body and parse the YAML; problems land on the record."""
    rec = RawRecord(path=path, rel=rel)
    if not text.strip():
        rec.problems.append(problem(
            "GS002", rel, 1, None, "Tệp rỗng.",
            "Dùng lệnh `guongsang new` để tạo hồ sơ mẫu đầy đủ các trường bắt buộc.",
        ))
        return rec
    lines = text.split("\n")
    # Leading blank lines are tolerated; the opening --- must come first after them.
    start = next(i for i, line in enumerate(lines) if line.strip())
    rec.fm_line = start + 1
    if not _is_fence(lines[start]):
        rec.problems.append(problem(
            "GS003", rel, rec.fm_line, None,
            "Tệp không bắt đầu bằng phần thông tin (front matter) đặt giữa hai dòng ---.",
            "Dòng đầu tiên của tệp phải là ---, tiếp theo là các trường như title:, kind:, rồi một dòng --- nữa.",
        ))
        return rec
    end = next((i for i in range(start + 1, len(lines)) if _is_fence(lines[i], ("---", "..."))), None)
    if end is None:
        rec.problems.append(problem(
            "GS006", rel, rec.fm_line, None,
            "Phần thông tin mở bằng --- nhưng không có dòng --- đóng.",
            "Thêm một dòng chỉ có --- sau trường cuối cùng của phần thông tin.",
        ))
        return rec
    rec.body = "\n".join(lines[end + 1:])
    rec.body_line = end + 2
    try:
        rec.doc = yamlsrc.load("\n".join(lines[start + 1:end]), first_line=start + 2)
    except yamlsrc.YamlSyntaxError as exc:
        rec.problems.append(problem(
            "GS004", rel, exc.line, None, f"Phần thông tin không phải YAML hợp lệ: {exc.reason}.",
            exc.hint or "Mỗi dòng có dạng `tên_trường: giá trị`; giá trị có dấu hai chấm hoặc # thì đặt trong ngoặc kép.",
        ))
        return rec
    if not isinstance(rec.doc.data, dict):
        shape = "trống" if rec.doc.data is None else f"là {_shape(rec.doc.data)}"
        rec.problems.append(problem(
            "GS005", rel, rec.fm_line, None,
            f"Phần thông tin phải gồm các dòng `tên_trường: giá trị`, nhưng đang {shape}.",
            "Ví dụ: title: Nguyễn Thị Hoa",
        ))
        return rec
    rec.data = rec.doc.data
    for key, line in rec.doc.duplicates:
        rec.problems.append(problem(
            "GS113", rel, line, key, f"Trường «{key}» được khai báo hai lần; chỉ giá trị sau cùng được dùng.",
            "Xóa một trong hai dòng.",
        ))
    return rec


def _shape(value: object) -> str:
    if isinstance(value, list):
        return "một danh sách"
    if isinstance(value, str):
        return "một đoạn văn bản"
    return f"một giá trị đơn ({value!r})"


def read_bytes(path: Path | str) -> bytes:
    """The profile's bytes, up to one byte more than allowed; OSError for a symlink (ELOOP) or an unreadable file."""
    # O_NOFOLLOW: a profile that is a symlink could publish any file on the machine as a page
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as fh:
        return fh.read(MAX_FILE_BYTES + 1)  # never more: a huge file is refused, not loaded


def read(path: Path, root: Path) -> RawRecord:
    rel = relative(path, root)
    try:
        raw = read_bytes(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            rec = RawRecord(path=path, rel=rel)
            rec.problems.append(problem(
                "GS314", rel, 1, None, "Tệp hồ sơ là một liên kết tượng trưng (symlink): liên kết có thể trỏ tới bất kỳ "
                "tệp nào trên máy nên không được đọc.", "Chép chính tệp hồ sơ vào thư mục exemplars/ thay cho liên kết."))
            return rec
        rec = RawRecord(path=path, rel=rel)
        rec.problems.append(problem("GS007", rel, 1, None, f"Không đọc được tệp: {why(exc)}.", None))
        return rec
    return from_bytes(raw, path, rel)


def from_bytes(raw: bytes, path: Path, rel: str) -> RawRecord:
    """A profile's record from the bytes :func:`read_bytes` gave."""
    if len(raw) > MAX_FILE_BYTES:
        rec = RawRecord(path=path, rel=rel)
        rec.problems.append(problem(
            "GS008", rel, 1, None, f"Tệp hồ sơ lớn hơn {MAX_FILE_BYTES // 1000} KB.",
            "Một bài viết dài chỉ khoảng 20–40 KB: bỏ phần thừa, đặt tài liệu dài thành tệp minh chứng (evidence).",
        ))
        return rec
    text, bad = decode(raw, rel)
    if bad is not None:
        rec = RawRecord(path=path, rel=rel)
        rec.problems.append(bad)
        return rec
    assert text is not None
    return parse(text, rel, path)


def is_file_reported(path: Path, root: Path, problems: list[Problem]) -> bool:
    """Whether ``path`` is a regular file; a folder that cannot be searched is reported once (GS009), a
    symlink is refused (GS314: it could point anywhere), neither raised."""
    try:
        if path.is_symlink():
            problems.append(problem("GS314", relative(path, root), 1, None,
                                    "Tệp danh mục là một liên kết tượng trưng (symlink) nên không được đọc.",
                                    "Chép chính tệp danh mục vào thư mục _vocab/ thay cho liên kết."))
            return False
        return path.is_file()
    except OSError as exc:
        rel = relative(path.parent, root)
        if not any(p.code == "GS009" and p.file == rel for p in problems):
            problems.append(problem("GS009", rel, 1, None, f"Không đọc được thư mục: {why(exc)}.",
                                    "Cấp quyền đọc thư mục cho người chạy lệnh (chmod a+rx)."))
        return False
