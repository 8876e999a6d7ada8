"""`guongsang demo`: a complete, valid synthetic project for trying the tool and for benchmarks."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from guongsang.demo.project import write_project


@dataclass(frozen=True, slots=True)
class DemoSummary:
    profiles: int
    photos: int
    elapsed: float  # seconds


def write_demo_project(dest: Path, count: int, *, seed: int = 0, photo_ratio: float = 1 / 3) -> DemoSummary:
    """Write ``count`` profiles (about ``photo_ratio`` with a photo) into the new folder ``dest``.

    Raises ``FileExistsError`` (Vietnamese message) when ``dest`` exists and is not empty.
    """
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise FileExistsError(f"Thư mục {dest} đã có dữ liệu; hãy chọn một thư mục mới hoặc trống.")
    start = time.perf_counter()
    photos = write_project(dest, count, seed, photo_ratio)
    return DemoSummary(count, photos, time.perf_counter() - start)
