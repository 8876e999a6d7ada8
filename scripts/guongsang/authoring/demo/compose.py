"""Compose one synthetic profile: front-matter values and a Vietnamese body of 150–700 words.

Everything is drawn from one ``random.Random`` in a fixed order, so a seed gives the same profiles.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from guongsang.authoring.demo import names, phrases, sectors
from guongsang.authoring.demo.awards import Awards
from guongsang.authoring.demo.units import Unit
from guongsang.core.text import loose_key, slugify
from guongsang.core.vocab import Vocabularies

FIRST_YEAR, LAST_YEAR = 2022, 2025
WORDS_MIN, WORDS_MAX = 150, 700
KINDS = {"ca-nhan": 50, "tap-the": 25, "ho-gia-dinh": 9, "mo-hinh": 10, "nhan-to-moi": 6}
GROUP = {"ca-nhan": "person", "nhan-to-moi": "person", "tap-the": "group", "ho-gia-dinh": "household", "mo-hinh": "model"}
TEACHERS = {"giáo viên", "hiệu trưởng", "giáo viên mầm non"}
PUPILS = {"học sinh", "sinh viên"}
GENERIC_TAGS = ["thi đua yêu nước", "người tốt việc tốt", "phụ nữ", "thanh niên", "cựu chiến binh", "đồng bào dân tộc thiểu số"]


@dataclass(frozen=True, slots=True)
class Draft:
    slug: str
    year: int
    values: dict[str, Any]  # front matter, in contract order; None means "leave the key out"
    body: str


@dataclass(frozen=True, slots=True)
class _Who:
    title: str  # the profile's title
    full: str  # the title inside a sentence
    ref: str  # how the story names the exemplar
    it: str  # a short subject
    subject: str  # subject of the summary sentence
    speaker: str  # who says the quote
    role: str
    age: str  # "old", "young" or ""


class _Slots(dict[str, Any]):
    """Values for ``str.format_map``; a missing ``{a-b}`` key becomes a random number in that range."""

    def __init__(self, rng: random.Random, **values: Any) -> None:
        super().__init__(values)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        low, _, high = key.partition("-")
        n = self.rng.randint(int(low), int(high))
        if int(low) >= 1900 and n <= 2100:  # a year
            return str(n)
        n = round(n, -1) if n > 200 else n
        return f"{n:,}".replace(",", ".")  # Vietnamese thousands separator


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Composer:
    def __init__(self, rng: random.Random, units: list[Unit], vocabs: Vocabularies) -> None:
        self.rng = rng
        self.units = [u for u in units if u.parent]
        self.communes: dict[str, list[Unit]] = {}
        for u in self.units:
            if u.type == "xa-phuong":
                self.communes.setdefault(u.province, []).append(u)
        self.all_communes = [u for us in self.communes.values() for u in us]
        known = set(vocabs["sectors"].terms)
        self.sectors = [s for s in names.COMMUNE_SECTORS if s in known and s in sectors.DEEDS]
        self.sector_weights = list(accumulate(names.COMMUNE_SECTORS[s] for s in self.sectors))
        self.household_sectors = [s for s in sectors.HOUSEHOLD_DEEDS if s in known]
        self.campaigns = sectors.CAMPAIGNS
        self.family, self.family_weights = zip(*names.FAMILY, strict=True)
        self.family_cum = list(accumulate(self.family_weights))
        self.awards = Awards(rng, vocabs, sorted(self.communes))
        self.seen: set[tuple[str, int, str]] = set()
        self.slugs: set[str] = set()

    # -- people -------------------------------------------------------------------------------------
    def _name(self, female: bool) -> tuple[str, str]:
        """(full name, given name)."""
        rng = self.rng
        if rng.random() < 0.07:
            given = rng.choice(names.HIGHLAND_GIVEN_F if female else names.HIGHLAND_GIVEN_M)
            middle = rng.choice(names.HIGHLAND_MIDDLE_F if female else names.HIGHLAND_MIDDLE_M)
            return f"{rng.choice(names.HIGHLAND_FAMILY)} {middle} {given}", given
        family = rng.choices(self.family, cum_weights=self.family_cum)[0]
        middle = rng.choice(names.MIDDLE_F if female else names.MIDDLE_M)
        given = rng.choice(names.GIVEN_F if female else names.GIVEN_M)
        if rng.random() < 0.15:  # a two-syllable given name: Nguyễn Thị Thu Hà
            given = f"{rng.choice(names.GIVEN_F if female else names.GIVEN_M)} {given}"
        return f"{family} {middle} {given}", given

    def _who(self, kind: str, sector: str, commune: Unit, village: str) -> _Who:
        rng = self.rng
        female = rng.random() < 0.5
        name, given = self._name(female)
        elder = "Bà" if female else "Ông"
        group = GROUP[kind]
        if group == "person":
            role = rng.choice(names.ROLES[sector])
            old = kind == "ca-nhan" and role not in PUPILS and rng.random() < 0.3
            if role in PUPILS:
                honorific = "em"
            elif role in TEACHERS:
                honorific = "cô" if female else "thầy"
            elif role == "bác sĩ":
                honorific = "bác sĩ"
            else:
                honorific = ("bà" if female else "ông") if old else ("chị" if female else "anh")
            young = kind == "nhan-to-moi" or honorific == "em" or (not old and rng.random() < 0.3)
            short = given.split()[-1]
            return _Who(name, name, f"{honorific} {short}", honorific, f"{_cap(role)} {name}", name, role,
                        "old" if old else "young" if young else "")
        if group == "household":
            title = f"{rng.choice(['Gia đình', 'Hộ gia đình'])} {elder.lower()} {name}"
            full = _cap(title).replace("Gia đình", "gia đình", 1).replace("Hộ gia đình", "hộ gia đình", 1)
            return _Who(title, full, f"gia đình {elder.lower()} {given.split()[-1]}", "gia đình", title,
                        f"{elder} {name}", "chủ hộ", "")
        place = {"place": commune.bare, "commune": commune.in_sentence, "province": commune.province,
                 "village": f"{village}, {commune.in_sentence}", "family": name.split()[0]}
        if group == "model":
            model = rng.choice(sectors.MODEL_NAMES[sector])
            where = place["village"] if rng.random() < 0.4 else commune.in_sentence
            title = f"Mô hình “{model}” ở {where}"
            return _Who(title, f"mô hình “{model}” ở {where}", f"mô hình “{model}”",
                        rng.choice(["những người khởi xướng mô hình", "ban điều hành mô hình"]), title,
                        f"{elder} {name}, người khởi xướng mô hình", "người khởi xướng", "")
        title = _cap(rng.choice(names.COLLECTIVES[sector]).format_map(place))
        return _Who(title, title, title, rng.choice(["tập thể", "đơn vị", "các thành viên"]), title,
                    f"{elder} {name}, đại diện {title}", "tập thể", "")

    # -- one profile --------------------------------------------------------------------------------
    def compose(self, with_photo: bool) -> Draft:
        rng = self.rng
        kind = rng.choices(list(KINDS), list(KINDS.values()))[0]
        group = GROUP[kind]
        unit = rng.choice(self.all_communes if group in ("household", "model") else self.units)
        if group == "household":
            sector = rng.choice(self.household_sectors)
        else:
            sector = rng.choice(unit.sectors) if unit.sectors else rng.choices(self.sectors, cum_weights=self.sector_weights)[0]
        commune = unit if unit.type == "xa-phuong" else rng.choice(self.communes[unit.province])
        prefix = rng.choice(names.QUARTER_PREFIX if commune.is_ward else names.VILLAGE_PREFIX)
        village = f"{prefix} {rng.choice(names.VILLAGE_NAMES)}"
        year = rng.randint(FIRST_YEAR, LAST_YEAR)
        level, award = self.awards.level_and_form(group, year)
        for _ in range(8):  # another name when the same title already has this award this year
            who = self._who(kind, sector, commune, village)
            key = (loose_key(who.title), year, award or level)
            if key not in self.seen:
                break
        self.seen.add(key)
        slug = base = slugify(who.title)
        n = 1
        while slug in self.slugs:
            n += 1
            slug = f"{base}-{n}"
        self.slugs.add(slug)
        published, decided = self.awards.dates(year)
        decision, signer, host = self.awards.decision(level, sector, unit, commune)
        award = self.awards.specific(award, level, signer)  # Giấy khen of the signer, Huân chương with its class
        slots = _Slots(rng, ref=who.ref, it=who.it, full=who.full, role=who.role, place=commune.in_sentence,
                       village=village, unit=unit.in_sentence, province=unit.province, year=year)
        bank = sectors.HOUSEHOLD_DEEDS[sector] if group == "household" else sectors.DEEDS[sector]
        deeds = [_cap(d.format_map(slots)) for d in rng.sample(bank, rng.randint(3, 4 if group == "household" else 5))]
        summary = f"{who.subject} đã {deeds[0][:1].lower()}{deeds[0][1:]} và {deeds[1][:1].lower()}{deeds[1][1:]}."
        if len(summary) > 300:
            summary = f"{who.subject} đã {deeds[0][:1].lower()}{deeds[0][1:]}."[:300]
        decision_title = f"Quyết định số {decision} ngày {decided.day}/{decided.month}/{decided.year} của {signer}"
        evidence = [{"title": decision_title, "url": f"https://{host}/quyet-dinh/{slugify(decision)}-{year}"}]
        if rng.random() < 0.35:
            evidence.append({"title": f"Bài viết về {who.full} trên Cổng thông tin điện tử tỉnh {unit.province}",
                             "url": f"https://{slugify(unit.province)}.example/tin-tuc/{slug}"})
        if rng.random() < 0.05:
            evidence = []
        values: dict[str, Any] = {
            "title": who.title, "kind": kind, "unit": unit.id, "sector": sector, "award_level": level, "year": year,
            "date": published.isoformat(), "summary": summary, "award": award, "decision": decision,
            "campaign": self._campaign(sector), "tags": self._tags(sector), "photo": None, "photo_alt": None,
            "evidence": evidence, "author": self._author(unit), "featured": rng.random() < 0.03,
            "draft": rng.random() < 0.02, "consent": None,
        }
        if with_photo:
            alt = f"Ảnh minh họa chân dung {who.role} {who.title}" if group == "person" else f"Ảnh minh họa về {who.full}"
            values |= {"photo": f"{slug}.jpg", "photo_alt": alt, "consent": True}
        body = self._body(group, sector, who, slots, deeds, evidence, decision_title)
        return Draft(slug, year, values, body)

    def _campaign(self, sector: str) -> str | None:
        if self.rng.random() < 0.45:
            return None
        fits = [c for c, _, secs in self.campaigns if not secs or sector in secs]
        return self.rng.choice(fits)

    def _tags(self, sector: str) -> list[str]:
        rng = self.rng
        tags = rng.sample(sectors.TAGS[sector], rng.randint(0, 2))
        if rng.random() < 0.3:
            tags.append(rng.choice(GENERIC_TAGS))
        return list(dict.fromkeys(tags))

    def _author(self, unit: Unit) -> str | None:
        rng = self.rng
        roll = rng.random()
        if roll < 0.2:
            return None
        if roll < 0.4:
            return self._name(rng.random() < 0.5)[0]
        author = f"{rng.choice(names.REPORTERS)} {unit.in_sentence}"
        return author if len(author) <= 50 else f"{rng.choice(names.REPORTERS)} tỉnh {unit.province}"

    def _body(self, group: str, sector: str, who: _Who, slots: _Slots, deeds: list[str], evidence: list[dict[str, str]],
              decision_title: str) -> str:
        rng = self.rng
        target = int(rng.triangular(WORDS_MIN, WORDS_MAX, 260))
        short = target < 260  # a short story: fewer bullets, no closing, one extra proof
        opening_bank = phrases.OPENINGS[group] + (phrases.OPENINGS[who.age] if who.age else [])
        intro = [rng.choice(opening_bank), rng.choice(phrases.BACKGROUNDS)]
        if not short and rng.random() < 0.4:
            intro.append(rng.choice(phrases.RESULTS))
        bullets = deeds[:3] if short else deeds + rng.sample(phrases.PAST_AWARDS[group], rng.randint(0, 2))
        quote_bank = phrases.QUOTES[group] + (phrases.QUOTES[who.age] if who.age else [])
        proof = [] if evidence else [decision_title]  # a linked decision is listed by the page's evidence section
        proof += rng.sample(phrases.EVIDENCE, 1 if short else rng.randint(1, 3))

        def fill(template: str) -> str:
            return _cap(template.format_map(slots))

        head = [" ".join(map(fill, intro)), "## Thành tích nổi bật", "\n".join(f"- {fill(b)}." for b in bullets), "## Cách làm"]
        tail = [f"> “{rng.choice(quote_bank)}” — {who.speaker}", "## Minh chứng", "\n".join(f"- {fill(p)}." for p in proof)]
        if not short and rng.random() < 0.6:
            tail.insert(0, fill(rng.choice(phrases.CLOSINGS)))
        words = sum(len(p.split()) for p in head + tail)
        own = phrases.HOUSEHOLD_METHODS if group == "household" else sectors.METHODS[sector]
        pool = own + phrases.METHODS + phrases.DIFFICULTIES + phrases.RESULTS
        pool = [t for t in pool if t not in intro]
        pool = rng.sample(pool, len(pool))
        paragraphs: list[str] = []
        while pool and (not paragraphs or words < target):
            paragraph = " ".join(fill(pool.pop()) for _ in range(min(len(pool), rng.randint(2, 4))))
            if paragraphs and words + len(paragraph.split()) > WORDS_MAX:
                break
            paragraphs.append(paragraph)
            words += len(paragraph.split())
        return "\n\n".join(head + paragraphs + tail) + "\n"

