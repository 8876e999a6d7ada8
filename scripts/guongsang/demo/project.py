"""Write a complete synthetic project: mkdocs.yml, content/, vocabularies and N valid profiles.

Deterministic: the same seed and count give byte-identical files (no clock, no global random).
"""

from __future__ import annotations

import random
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from guongsang.demo import bank
from guongsang.demo.photos import make_photo
from guongsang.scaffold import render_profile, yaml_scalar
from guongsang.text import slugify
from guongsang.vocab import DEFAULTS_DIR, load_all

PHOTO_SIZE = (640, 800)
LAST_DATE = date(2026, 10, 31)


@dataclass(frozen=True, slots=True)
class Unit:
    id: str
    name: str
    parent: str | None
    type: str


def mkdocs_yml() -> str:
    return (
        "site_name: Cổng gương điển hình tiên tiến (dữ liệu mẫu)\n"
        "docs_dir: content\n"
        "theme:\n  name: material\n  language: vi\n"
    )


def unit_tree(rng: random.Random) -> list[Unit]:
    units: list[Unit] = []
    for province in bank.PROVINCES:
        pid = slugify(f"tinh {province}")
        units.append(Unit(pid, f"Tỉnh {province}", None, "tinh"))
        for dept in rng.sample(bank.DEPARTMENTS, 3):
            units.append(Unit(slugify(f"{dept} {province}"), f"{dept} tỉnh {province}", pid, "so-nganh"))
        names: set[str] = set()
        while len(names) < 12:
            names.add(" ".join(rng.sample(bank.SYLLABLES, 2)))
        for name in sorted(names):
            prefix = rng.choice(["Xã", "Xã", "Phường"])
            units.append(Unit(slugify(f"{prefix} {name} {province}"), f"{prefix} {name}", pid, "xa-phuong"))
    return units


def _vocab_yaml(items: list[dict[str, str | None]]) -> str:
    out = []
    for item in items:
        lines = [f"{k}: {yaml_scalar(v)}" for k, v in item.items() if v is not None]
        out.append("- " + "\n  ".join(lines))
    return "\n".join(out) + "\n"


def _person(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(bank.FAMILY)} {rng.choice(bank.MIDDLE_F)} {rng.choice(bank.GIVEN_F)}"
    return f"{rng.choice(bank.FAMILY)} {rng.choice(bank.MIDDLE_M)} {rng.choice(bank.GIVEN_M)}"


def _title(kind: str, rng: random.Random, unit: Unit) -> str:
    place = unit.name.split(" ", 1)[-1] if unit.type == "xa-phuong" else unit.name
    if kind == "tap-the":
        return f"{rng.choice(bank.COLLECTIVES)} {rng.choice(bank.COLLECTIVE_TOPICS)} {place}"
    if kind == "ho-gia-dinh":
        return f"Hộ gia đình {rng.choice(['ông', 'bà'])} {_person(rng)}"
    if kind == "mo-hinh":
        return f"Mô hình “{rng.choice(bank.MODEL_NAMES)}” {place}"
    return _person(rng)


def _in_sentence(name: str) -> str:
    """"Xã An Lộc" → "xã An Lộc": administrative words are lower case inside a sentence."""
    first, _, rest = name.partition(" ")
    return f"{first.lower()} {rest}" if first in ("Xã", "Phường", "Tỉnh") else name


class _Writer:
    def __init__(self, seed: int, units: list[Unit]) -> None:
        vocabs = load_all(DEFAULTS_DIR, DEFAULTS_DIR)
        self.rng = random.Random(seed)
        self.units = [u for u in units if u.parent]
        self.sectors = list(vocabs["sectors"].terms)
        self.levels = list(vocabs["award_levels"].terms)
        self.forms = {lvl: [f.id for f in vocabs["award_forms"] if lvl in f.levels] for lvl in self.levels}
        self.slugs: set[str] = set()

    def profile(self, index: int, with_photo: bool) -> tuple[str, str, str]:
        """(folder, slug, text) of one profile."""
        rng = self.rng
        kind = rng.choices(["ca-nhan", "tap-the", "ho-gia-dinh", "mo-hinh", "nhan-to-moi"], [50, 25, 10, 10, 5])[0]
        unit = rng.choice(self.units)
        sector = rng.choice(self.sectors)
        level = rng.choices(self.levels, [2, 6, 30, 12, 50])[0]
        year = rng.randint(2022, 2025)
        title = _title(kind, rng, unit)
        slug = base = slugify(title)
        n = 1
        while slug in self.slugs:
            n += 1
            slug = f"{base}-{n}"
        self.slugs.add(slug)
        published = min(date(year, 2, 1) + timedelta(days=rng.randint(0, 540)), LAST_DATE)
        deeds = [d.format(n=rng.choice([3, 5, 12, 25, 40, 68, 95, 120, 350])) for d in rng.sample(bank.SECTOR_DEEDS[sector], 3)]
        decision = f"{rng.randint(100, 4999)}/QĐ-{rng.choice(['UBND', 'UBND', 'BGDĐT', 'BYT', 'TTg'])}"
        values = {
            "title": title, "kind": kind, "unit": unit.id, "sector": sector, "award_level": level, "year": year,
            "date": published.isoformat(), "summary": f"{title} đã {deeds[0]} và {deeds[1]}.",
            "award": rng.choice(self.forms[level]) if self.forms[level] and rng.random() < 0.9 else None,
            "decision": decision,
            "campaign": rng.choice(bank.CAMPAIGNS)[0] if rng.random() < 0.4 else None,
            "tags": rng.sample(bank.TAGS, rng.randint(0, 3)),
            "evidence": [{"title": bank.EVIDENCE[0].format(decision=decision), "url": f"https://vanban.demo.example/{slug}"}],
            "author": f"Ban Thi đua – Khen thưởng {unit.name}"[:50],
            "featured": rng.random() < 0.03, "draft": rng.random() < 0.02,
        }
        if with_photo:
            values |= {"photo": f"{slug}.jpg", "photo_alt": f"Ảnh chân dung {title}", "consent": True}
        body = self._body(title, _in_sentence(unit.name), deeds, decision, year)
        return str(year), slug, render_profile(values, body)

    def _body(self, title: str, unit: str, deeds: list[str], decision: str, year: int) -> str:
        rng = self.rng
        parts = [rng.choice(bank.OPENINGS).format(title=title, unit=unit) + " " + " ".join(rng.sample(bank.METHODS, 2)),
                 "## Thành tích nổi bật", "\n".join(f"- Đã {d}." for d in deeds)]
        parts += ["## Cách làm", *(" ".join(rng.sample(bank.METHODS, rng.randint(2, 4))) for _ in range(rng.randint(1, 5)))]
        parts += ["## Minh chứng", "\n".join(f"- {e.format(decision=decision, year=year)}." for e in rng.sample(bank.EVIDENCE, 2))]
        parts.append(f"> “{rng.choice(bank.QUOTES)}” — {title}")
        return "\n\n".join(parts) + "\n"


def _photo_job(job: tuple[str, int]) -> None:
    make_photo(Path(job[0]), job[1], PHOTO_SIZE)


def write_project(dest: Path, count: int, seed: int, photo_ratio: float) -> int:
    """Write everything; return the number of photos made."""
    rng = random.Random(seed)
    units = unit_tree(rng)
    (dest / "content").mkdir(parents=True)
    (dest / "mkdocs.yml").write_text(mkdocs_yml(), encoding="utf-8")
    (dest / "content" / "index.md").write_text(
        "# Gương điển hình tiên tiến\n\nDữ liệu tổng hợp, hư cấu, dùng để thử và đo hiệu năng.\n", encoding="utf-8"
    )
    vocab = dest / "exemplars" / "_vocab"
    vocab.mkdir(parents=True)
    (vocab / "units.yml").write_text(_vocab_yaml([{"id": u.id, "name": u.name, "parent": u.parent, "type": u.type} for u in units]), encoding="utf-8")
    (vocab / "campaigns.yml").write_text(_vocab_yaml([{"id": i, "name": n} for i, n in bank.CAMPAIGNS]), encoding="utf-8")
    writer = _Writer(seed, units)
    photos: list[tuple[str, int]] = []
    for index in range(count):
        with_photo = writer.rng.random() < photo_ratio
        folder, slug, text = writer.profile(index, with_photo)
        path = dest / "exemplars" / folder / f"{slug}.md"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if with_photo:
            photos.append((str(path.with_suffix(".jpg")), seed * 1_000_003 + index))
    if len(photos) > 50:
        with ProcessPoolExecutor() as pool:
            list(pool.map(_photo_job, photos, chunksize=64))
    else:
        for job in photos:
            _photo_job(job)
    return len(photos)
