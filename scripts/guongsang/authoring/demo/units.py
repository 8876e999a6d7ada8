"""The demo's own unit tree: fictional provinces, their communes and wards, and a few departments."""

from __future__ import annotations

import random
from dataclasses import dataclass

from guongsang.authoring.demo import names
from guongsang.core.text import slugify

COMMUNES_PER_PROVINCE = 12
DEPARTMENTS_PER_PROVINCE = 4


@dataclass(frozen=True, slots=True)
class Unit:
    id: str
    name: str  # as written in the vocabulary: "Xã Phú An"
    parent: str | None
    type: str  # tinh, so-nganh, xa-phuong
    province: str  # bare province name: "Lâm Giang"
    sectors: tuple[str, ...] = ()  # departments: the sectors their exemplars come from
    abbr: str = ""  # departments: the suffix of their decision numbers (QĐ-SYT)

    @property
    def in_sentence(self) -> str:
        """"Xã Phú An" → "xã Phú An": administrative words are lower case inside a sentence."""
        first, _, rest = self.name.partition(" ")
        return f"{first.lower()} {rest}" if first in ("Xã", "Phường", "Tỉnh") else self.name

    @property
    def bare(self) -> str:
        """The name without its administrative word: "Xã Phú An" → "Phú An"."""
        return self.name.partition(" ")[2] if self.type in ("xa-phuong", "tinh") else self.name

    @property
    def is_ward(self) -> bool:
        return self.name.startswith("Phường ")


def unit_tree(rng: random.Random) -> list[Unit]:
    """Six provinces, each with its departments and communes; names unique in the whole file."""
    units: list[Unit] = []
    used: set[str] = {slugify(p) for p in names.PROVINCES}  # ids come from names: compare slugs
    for province in names.PROVINCES:
        pid = slugify(f"tinh {province}")
        units.append(Unit(pid, f"Tỉnh {province}", None, "tinh", province))
        for dept, abbr, sectors in sorted(rng.sample(names.DEPARTMENTS, DEPARTMENTS_PER_PROVINCE)):
            name = f"{dept} {province}" if dept.endswith(" tỉnh") else f"{dept} tỉnh {province}"
            units.append(Unit(slugify(name), name, pid, "so-nganh", province, tuple(sectors), abbr))
        communes: list[str] = []
        while len(communes) < COMMUNES_PER_PROVINCE:
            bare = " ".join(rng.sample(names.PLACE_SYLLABLES, 2))
            if slugify(bare) not in used:
                used.add(slugify(bare))
                communes.append(bare)
        for bare in sorted(communes):
            name = f"{'Phường' if rng.random() < 0.3 else 'Xã'} {bare}"
            units.append(Unit(slugify(name), name, pid, "xa-phuong", province))
    return units


def districts(rng: random.Random, provinces: list[str]) -> dict[str, list[str]]:
    """Former districts (huyện, abolished in 2025) that conferred district-level awards, per province."""
    out: dict[str, list[str]] = {}
    for province in provinces:
        out[province] = [f"huyện {' '.join(rng.sample(names.PLACE_SYLLABLES, 2))}" for _ in range(3)]
    return out
