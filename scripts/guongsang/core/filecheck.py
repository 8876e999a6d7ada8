"""What `check` says about the files a profile publishes: evidence files and the images in its body.

The same rules the build applies (portal/attachments.py), so whatever the build would refuse is
reported here first, with file and line: where the file lies (repofiles.py), its type by its bytes
(evidencefile.py), its pixels (imagecheck.py), published names that would collide, and the consent
rule for photos of people.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from guongsang.core import bodyimages, evidencefile, imagecheck, repofiles
from guongsang.core.load import RawRecord
from guongsang.core.privacy import PERSONAL_KINDS
from guongsang.core.problems import problem
from guongsang.core.textrules import terminal_safe


def locate(rec: RawRecord, value: Any, root: Path, exemplars: Path, field: str | None, line: int) -> Path | None:
    """The file a profile names, or None with the reason appended to ``rec.problems``."""
    if not isinstance(value, str) or not value.strip():
        return None  # the model reports the type
    value = value.strip()
    found, why = repofiles.locate(rec.path, value, root, exemplars)
    if why is not None:
        rec.problems.append(problem(why.code, rec.rel, line, field, why.message, why.hint))
    return found


def evidence(rec: RawRecord, data: dict[str, Any], root: Path, exemplars: Path, max_pixels: int) -> None:
    items = data.get("evidence")
    if not isinstance(items, list):
        return
    names: dict[str, tuple[Path, int]] = {}
    for i, item in enumerate(items):
        if not (isinstance(item, dict) and "file" in item):
            continue
        field, line = f"evidence[{i + 1}].file", rec.line_of("evidence", i, "file")
        path = locate(rec, item["file"], root, exemplars, field, line)
        if path is None:
            continue
        kind, findings = evidencefile.inspect(path, max_pixels)
        rec.problems.extend(problem(f.code, rec.rel, line, field, f.message, f.hint) for f in findings)
        if kind is None:
            continue
        name = evidencefile.published_name(str(item["file"]).strip(), kind)
        first = names.setdefault(name, (path, i + 1))
        if first[0] != path:
            rec.problems.append(problem(
                "GS317", rec.rel, line, field,
                f"Minh chứng {i + 1} và minh chứng {first[1]} đều được đăng với tên «{name}» nhưng là hai tệp khác nhau.",
                "Đổi tên một trong hai tệp (tên tệp sau khi bỏ dấu phải khác nhau).",
            ))


def body_images(rec: RawRecord, data: dict[str, Any], kind: str | None, root: Path, exemplars: Path,
                max_pixels: int) -> None:
    """Each image in the body: a file in exemplars/ checked like a photo; a remote address is refused."""
    images = bodyimages.find(rec.body)
    for image in images:
        line = rec.body_line + image.line - 1
        if bodyimages.is_remote(image.target):
            rec.problems.append(problem(
                "GS119", rec.rel, line, None,
                f"Ảnh trong bài viết «{terminal_safe(image.target)[:200]}» không phải tệp trong kho: trang không tải gì "
                "từ máy chủ khác, nên ảnh này sẽ không được đăng.",
                "Tải ảnh về, đặt cạnh tệp hồ sơ trong exemplars/ rồi ghi tên tệp, ví dụ ![Mô tả ảnh](anh-2.jpg).",
            ))
            continue
        path = locate(rec, bodyimages.path_of(image.target), root, exemplars, None, line)
        if path is not None:
            rec.problems.extend(problem(f.code, rec.rel, line, None, f.message, f.hint)
                                for f in imagecheck.inspect(path, max_pixels))
    if images and kind in PERSONAL_KINDS and data.get("consent") is not True and not data.get("photo"):
        rec.problems.append(problem(
            "GS118", rec.rel, rec.body_line + images[0].line - 1, "consent",
            "Hồ sơ cá nhân hoặc hộ gia đình có ảnh trong bài viết cần ghi nhận sự đồng ý của người được nêu gương.",
            "Khi đã có sự đồng ý (bằng văn bản hoặc xác nhận của đơn vị), thêm dòng: consent: true",
        ))
