"""Award levels, award forms, decisions and dates for synthetic profiles, consistent with each other.

A form is only given at a level it belongs to (``award_forms.yml`` ``levels``), to the kinds of exemplar
that receive it; a decision is signed by the authority of its level; a profile is published after its
award year starts and never after 2026-10-31.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from guongsang.authoring.demo import names
from guongsang.authoring.demo.units import Unit, districts
from guongsang.core.text import slugify
from guongsang.core.vocab import Vocabularies

LAST_DATE = date(2026, 10, 31)
# Award level weights (nha-nuoc, chinh-phu, bo-nganh-tinh, huyen, co-so) and award forms, per group of kinds.
LEVEL_WEIGHTS = {
    "person": {"nha-nuoc": 2, "chinh-phu": 5, "bo-nganh-tinh": 28, "huyen": 20, "co-so": 45},
    "group": {"nha-nuoc": 2, "chinh-phu": 6, "bo-nganh-tinh": 32, "huyen": 20, "co-so": 40},
    "household": {"chinh-phu": 1, "bo-nganh-tinh": 12, "huyen": 27, "co-so": 60},
    "model": {"chinh-phu": 2, "bo-nganh-tinh": 25, "huyen": 28, "co-so": 45},
}
FORMS = {
    "person": {"huan-chuong", "danh-hieu-anh-hung", "giai-thuong-ho-chi-minh", "giai-thuong-nha-nuoc",
               "chien-si-thi-dua-toan-quoc", "bang-khen-thu-tuong", "chien-si-thi-dua-bo-nganh-tinh", "bang-khen-bo-nganh-tinh",
               "ky-niem-chuong", "giay-khen", "chien-si-thi-dua-co-so", "lao-dong-tien-tien"},
    "group": {"huan-chuong", "danh-hieu-anh-hung", "co-thi-dua-chinh-phu", "bang-khen-thu-tuong", "co-thi-dua-bo-nganh-tinh",
              "bang-khen-bo-nganh-tinh", "tap-the-lao-dong-xuat-sac", "giay-khen", "tap-the-lao-dong-tien-tien"},
    "household": {"bang-khen-thu-tuong", "bang-khen-bo-nganh-tinh", "giay-khen", "gia-dinh-van-hoa"},
    "model": {"bang-khen-thu-tuong", "bang-khen-bo-nganh-tinh", "giay-khen"},
}
# Forms the demo never gives: titles of professions, of the armed forces, of places and of mothers of martyrs
# would not fit its made-up people (an office's own forms, unknown here, are given to every group).
NOT_IN_DEMO = {
    "ba-me-viet-nam-anh-hung", "tinh-anh-hung", "nha-giao-nhan-dan", "nha-giao-uu-tu", "thay-thuoc-nhan-dan",
    "thay-thuoc-uu-tu", "nghe-si-nhan-dan", "nghe-si-uu-tu", "nghe-nhan-nhan-dan", "nghe-nhan-uu-tu",
    "chien-si-tien-tien", "don-vi-quyet-thang", "huy-chuong", "don-vi-tien-tien", "thon-to-dan-pho-van-hoa",
}
# Specific forms a generic one becomes, by level and who signed the decision (Awards.decision); others by chance.
SIGNED_BY = {
    ("giay-khen", "huyen"): (("", "giay-khen-chu-tich-ubnd-huyen"),),
    ("giay-khen", "co-so"): (("Chủ tịch Ủy ban nhân dân", "giay-khen-chu-tich-ubnd-xa"), ("", "giay-khen-giam-doc-so")),
    ("bang-khen-bo-nganh-tinh", "bo-nganh-tinh"): (("Bộ trưởng", "bang-khen-bo-truong"), ("", "bang-khen-chu-tich-ubnd-tinh")),
}
ARMED_FORCES = ("quan-cong", "bao-ve-to-quoc", "chien-cong", "dung-cam", "quan-ky", "an-ninh", "chien-si-ve-vang",
                "luc-luong-vu-trang", "huu-nghi", "sao-vang", "ho-chi-minh", "doc-lap")


class Awards:
    def __init__(self, rng: random.Random, vocabs: Vocabularies, provinces: list[str]) -> None:
        self.rng = rng
        self.levels = {t.id: t for t in vocabs["award_levels"]}
        forms = vocabs["award_forms"]
        self.forms = [(f.id, set(f.levels)) for f in forms if f.parent is None and f.id not in NOT_IN_DEMO]
        # generic id → its specific forms a civilian gets (orders of the armed forces, of heads of state, and
        # Hữu nghị, for foreigners, are left out)
        self.specific_of = {f.id: [c.id for c in forms if c.parent == f.id and not any(w in c.id for w in ARMED_FORCES)]
                         for f in forms if f.parent is None}
        self.levels_of = {f.id: f.levels for f in forms}
        self.districts = districts(rng, provinces)

    def level_and_form(self, group: str, year: int) -> tuple[str, str | None]:
        rng = self.rng
        weights = {lvl: w for lvl, w in LEVEL_WEIGHTS[group].items()
                   if lvl in self.levels and (self.levels[lvl].last_year or 9999) >= year}
        level = rng.choices(list(weights), list(weights.values()))[0]
        forms = [f for f, lvls in self.forms if level in lvls and (f in FORMS[group] or not any(f in s for s in FORMS.values()))]
        award = rng.choice(forms) if forms and rng.random() < 0.92 else None
        return level, award

    def specific(self, award: str | None, level: str, signer: str) -> str | None:
        """The specific form of a generic ``award``: the one its signer gives, or one class by chance."""
        signed = SIGNED_BY.get((award or "", level))
        if signed:
            form = next(form for who, form in signed if signer.startswith(who))
            return form if level in self.levels_of.get(form, ()) else award
        choices = self.specific_of.get(award or "", [])
        return self.rng.choice(choices) if choices else award

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
