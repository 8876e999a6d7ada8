"""Write a complete synthetic project: mkdocs.yml, content/, vocabularies and N valid profiles with photos.

Deterministic: the same seed and count give byte-identical files (no clock, no global random).
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterable, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from guongsang.authoring.demo.compose import Composer, Draft
from guongsang.authoring.demo.photos import make_photo
from guongsang.authoring.demo.sectors import CAMPAIGNS
from guongsang.authoring.demo.units import Unit, unit_tree
from guongsang.authoring.scaffold import render_profile, yaml_mapping
from guongsang.core.catalog import FACETS
from guongsang.core.vocab import DEFAULTS_DIR, load_all

PHOTO_SIZE = (640, 800)
SITE_NAME = "Cổng gương điển hình tiên tiến (dữ liệu mẫu)"
SITE_URL = "https://demo.guongsang.example/"
# who runs the demo portal (header, footer): fictional, complete, so `check` has nothing to say
AGENCY = ["      agency:", "        name: Ban Thi đua – Khen thưởng (dữ liệu mẫu)", "        short_name: Gương sáng (mẫu)",
          "        parent: Ủy ban nhân dân tỉnh (dữ liệu mẫu)", "        responsible: Trưởng ban Thi đua – Khen thưởng",
          "        address: Số 1 đường Mẫu, phường Mẫu", '        phone: "0200 000 0000"',
          "        email: lienhe@demo.guongsang.example"]
_PHOTO_BATCH = 48
_POOL_FROM = 64  # expected photos from which a process pool pays for its start-up

HOME = """\
# Gương điển hình tiên tiến

Đây là cổng thông tin **mẫu**: mọi người, tập thể, địa phương và số liệu trên trang đều là dữ liệu tổng hợp,
hư cấu, được tạo tự động để dùng thử và đo hiệu năng của Guongsang.

Mỗi gương điển hình có một trang riêng. Bạn có thể xem theo lĩnh vực, đơn vị, cấp khen thưởng, năm,
loại điển hình và phong trào thi đua, hoặc tìm theo tên, có dấu hay không dấu.
"""

def vocab_yaml(comment: str, items: Iterable[Mapping[str, Any]]) -> str:
    out = [f"# {comment}"]
    for item in items:
        out.extend(yaml_mapping(item, "- ", "  "))
    return "\n".join(out) + "\n"


def mkdocs_yml() -> str:
    """A portal with the guongsang plugin and a top tab for every facet (no profile in the nav)."""
    tabs = [f"  - {f.label}: {f.slug}/index.md" for f in FACETS if f.key != "tag"]
    lines = [f"site_name: {SITE_NAME}", f"site_url: {SITE_URL}", "docs_dir: content",
             "theme:", "  name: material", "  language: vi", "  font: false", "  features:", "    - navigation.tabs",
             "plugins:", "  - guongsang:", *AGENCY, "nav:", "  - Trang chủ: index.md", *tabs]
    return "\n".join(lines) + "\n"


def render(draft: Draft) -> str:
    return render_profile(draft.values, draft.body)


def _write(path: Path, text: str) -> None:
    with path.open("x", encoding="utf-8", newline="\n") as fh:  # "x": never overwrite anything
        fh.write(text)


def _photo_batch(jobs: list[tuple[str, int]]) -> None:
    for path, seed in jobs:
        make_photo(Path(path), seed, PHOTO_SIZE)


def _write_scaffold(dest: Path, units: list[Unit]) -> None:
    (dest / "content").mkdir(parents=True)
    vocab = dest / "exemplars" / "_vocab"
    vocab.mkdir(parents=True)
    _write(dest / "mkdocs.yml", mkdocs_yml())
    _write(dest / "content" / "index.md", HOME)
    _write(vocab / "units.yml", vocab_yaml(
        "Đơn vị (dữ liệu mẫu, hư cấu): tỉnh, sở/ngành và xã/phường.",
        ({"id": u.id, "name": u.name, "parent": u.parent, "type": u.type} for u in units),
    ))
    _write(vocab / "campaigns.yml", vocab_yaml(
        "Phong trào thi đua (dữ liệu mẫu).", ({"id": cid, "name": name} for cid, name, _ in CAMPAIGNS),
    ))


def write_project(dest: Path, count: int, seed: int, photo_ratio: float) -> int:
    """Write everything into ``dest`` (created if missing); return the number of photos made."""
    rng = random.Random(seed)
    units = unit_tree(rng)
    _write_scaffold(dest, units)
    composer = Composer(rng, units, load_all(DEFAULTS_DIR, DEFAULTS_DIR))
    pool = ProcessPoolExecutor(min(4, os.cpu_count() or 1)) if count * photo_ratio >= _POOL_FROM else None
    futures: list[Future[None]] = []
    batch: list[tuple[str, int]] = []

    def flush() -> None:
        nonlocal batch
        if pool is not None:
            futures.append(pool.submit(_photo_batch, batch))
        else:
            _photo_batch(batch)
        batch = []

    photos = 0
    folders: set[int] = set()
    try:
        for index in range(count):
            with_photo = rng.random() < photo_ratio
            draft = composer.compose(with_photo)
            folder = dest / "exemplars" / str(draft.year)
            if draft.year not in folders:
                folder.mkdir(exist_ok=True)
                folders.add(draft.year)
            _write(folder / f"{draft.slug}.md", render(draft))
            if with_photo:
                photos += 1
                batch.append((str(folder / f"{draft.slug}.jpg"), seed * 1_000_003 + index))
                if pool is None or len(batch) >= _PHOTO_BATCH:
                    flush()
        if batch:
            flush()
        for future in futures:
            future.result()  # re-raise a worker's error here
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return photos
