"""`guongsang demo`: a complete, valid synthetic project for trying the tool and for benchmarks.

All people, places, units and numbers are fictional; photos are drawn with Pillow, nothing is downloaded.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from guongsang.authoring.demo.project import write_project

__all__ = ["DemoSummary", "write_demo_project"]


@dataclass(frozen=True, slots=True)
class DemoSummary:
    profiles: int
    photos: int
    elapsed: float  # seconds


def write_demo_project(dest: Path, count: int, *, seed: int = 0, photo_ratio: float = 1 / 3) -> DemoSummary:
    """Write ``count`` profiles (about ``photo_ratio`` of them with a photo) into the new folder ``dest``.

    Raises ``FileExistsError`` (Vietnamese message) when ``dest`` exists and is not an empty folder,
    ``ValueError`` for a negative count or a ratio outside 0–1.
    """
    if count < 0:
        raise ValueError(f"Số hồ sơ phải từ 0 trở lên, không phải {count}.")
    if not 0 <= photo_ratio <= 1:
        raise ValueError(f"Tỷ lệ hồ sơ có ảnh phải từ 0 đến 1, không phải {photo_ratio}.")
    dest = Path(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise FileExistsError(f"Thư mục {dest} đã có dữ liệu; hãy chọn một thư mục mới hoặc trống.")
    start = time.perf_counter()
    photos = write_project(dest, count, seed, photo_ratio)
    return DemoSummary(count, photos, time.perf_counter() - start)
