"""Award levels, award forms, decisions and dates for synthetic profiles, consistent with each other.

A form is only given at a level it belongs to (``award_forms.yml`` ``levels``), to the kinds of exemplar
that receive it; a decision is signed by the authority of its level; a profile is published after its
award year starts and never after 2026-10-31.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from guongsang.demo import names
from guongsang.demo.units import Unit, districts
from guongsang.text import slugify
from guongsang.vocab import Vocabularies

LAST_DATE = date(2026, 10, 31)
# Award level weights (nha-nuoc, chinh-phu, bo-nganh-tinh, huyen, co-so) and award forms, per group of kinds.
LEVEL_WEIGHTS = {
    "person": {"nha-nuoc": 2, "chinh-phu": 5, "bo-nganh-tinh": 28, "huyen": 20, "co-so": 45},
    "group": {"nha-nuoc": 2, "chinh-phu": 6, "bo-nganh-tinh": 32, "huyen": 20, "co-so": 40},
    "household": {"chinh-phu": 1, "bo-nganh-tinh": 12, "huyen": 27, "co-so": 60},
    "model": {"chinh-phu": 2, "bo-nganh-tinh": 25, "huyen": 28, "co-so": 45},
}
FORMS = {
    "person": {"huan-chuong", "huy-chuong", "danh-hieu-anh-hung", "giai-thuong-ho-chi-minh", "giai-thuong-nha-nuoc",
               "chien-si-thi-dua-toan-quoc", "bang-khen-thu-tuong", "chien-si-thi-dua-bo-nganh-tinh", "bang-khen-bo-nganh-tinh",
               "ky-niem-chuong", "giay-khen", "chien-si-thi-dua-co-so", "lao-dong-tien-tien"},
    "group": {"huan-chuong", "danh-hieu-anh-hung", "co-thi-dua-chinh-phu", "bang-khen-thu-tuong", "co-thi-dua-bo-nganh-tinh",
              "bang-khen-bo-nganh-tinh", "tap-the-lao-dong-xuat-sac", "giay-khen", "tap-the-lao-dong-tien-tien"},
    "household": {"bang-khen-thu-tuong", "bang-khen-bo-nganh-tinh", "giay-khen", "gia-dinh-van-hoa"},
    "model": {"bang-khen-thu-tuong", "bang-khen-bo-nganh-tinh", "giay-khen"},
}


class Awards:
    def __init__(self, rng: random.Random, vocabs: Vocabularies, provinces: list[str]) -> None:
        self.rng = rng
        self.levels = {t.id: t for t in vocabs["award_levels"]}
        self.forms = [(f.id, set(f.levels)) for f in vocabs["award_forms"]]
        self.districts = districts(rng, provinces)

    def level_and_form(self, group: str, year: int) -> tuple[str, str | None]:
        rng = self.rng
        weights = {lvl: w for lvl, w in LEVEL_WEIGHTS[group].items()
                   if lvl in self.levels and (self.levels[lvl].last_year or 9999) >= year}
        level = rng.choices(list(weights), list(weights.values()))[0]
        forms = [f for f, lvls in self.forms if level in lvls and (f in FORMS[group] or not any(f in s for s in FORMS.values()))]
        award = rng.choice(forms) if forms and rng.random() < 0.92 else None
        return level, award

    def decision(self, level: str, sector: str, unit: Unit, commune: Unit) -> tuple[str, str, str]:
        """(decision number, who signed it, host of its publication site)."""
        rng = self.rng
        province_host = f"vanban.{slugify(unit.province)}.example"
        if level == "nha-nuoc":
            who, abbr, host = "Chủ tịch nước", "CTN", "vanban.chinhphu.example"
        elif level == "chinh-phu":
            who, abbr, host = "Thủ tướng Chính phủ", "TTg", "vanban.chinhphu.example"
        elif level == "bo-nganh-tinh" and sector in names.MINISTRIES and rng.random() < 0.35:
            ministry, abbr = names.MINISTRIES[sector]
            who, host = f"Bộ trưởng {ministry}", f"vanban.{slugify(abbr)}.example"
        elif level == "bo-nganh-tinh":
            who, abbr, host = f"Chủ tịch Ủy ban nhân dân tỉnh {unit.province}", "UBND", province_host
        elif level == "huyen":
            who, abbr, host = f"Chủ tịch Ủy ban nhân dân {rng.choice(self.districts[unit.province])}", "UBND", province_host
        elif unit.type == "so-nganh":
            head = "Chỉ huy trưởng" if unit.abbr == "BCH" else "Giám đốc"
            who, abbr, host = f"{head} {unit.name}", unit.abbr, province_host
        else:
            who, abbr, host = f"Chủ tịch Ủy ban nhân dân {commune.in_sentence}", "UBND", province_host
        return f"{rng.randint(12, 3999)}/QĐ-{abbr}", who, host

    def dates(self, year: int) -> tuple[date, date]:
        """(publication date, decision date); publications cluster before 11/6, Patriotic Emulation Day."""
        rng = self.rng
        if rng.random() < 0.15:
            published = date(min(year + rng.randint(0, 1), LAST_DATE.year), 6, rng.randint(1, 11))
        else:
            published = date(year, 2, 1) + timedelta(days=rng.randint(0, 600))
        published = min(published, LAST_DATE)
        last = min(published - timedelta(days=1), date(year, 12, 28))
        decided = date(year, 1, 5) + timedelta(days=rng.randint(0, (last - date(year, 1, 5)).days))
        return published, decided
