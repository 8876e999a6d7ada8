"""Booklets and posters as plain data: every value a string to escape, except the sanitised story and the
generated QR code (templates/print/)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from markupsafe import Markup

from guongsang.core.validate import Exemplar
from guongsang.outputs.images.cards import ACCENT, BACKGROUND
from guongsang.outputs.portal.typography import curly
from guongsang.outputs.print import qr, story
from guongsang.outputs.print.selection import Selection
from guongsang.outputs.published import Published

BOOKLET_TITLE = "Kỷ yếu gương điển hình tiên tiến"
# A poster's middle (A4, mm; A3 scales every size with it): what is left for the summary, in lines of
# SUMMARY_LINE mm, after the estimated lines of the name, award and unit. Characters per line are for
# Source Sans at each size over 182 mm, rounded down; the template also clips the summary to whole lines.
POSTER_MIDDLE, POSTER_PHOTO, KICKER = 203.0, 96.0, 11.0
AWARD, UNIT = (44, 9.3), (50, 8.4)  # (characters per line, mm per line)
# with a photo / without one (the poster without a photo sets the name and the summary larger)
NAME = {True: (27, 14.0), False: (22, 17.1)}
LONG_NAME = {True: (36, 10.5), False: (30, 12.6)}
SUMMARY = {True: (46, 9.53), False: (38, 11.4)}
DECISION = 9.0  # mm: one line of decision number and year, with its margin
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_PLACE_PREFIX = re.compile(r"^(tỉnh|thành phố|tp\.?|xã|phường|đặc khu)\s+", re.I)

@dataclass(frozen=True, slots=True)
class Pictures:
    """File URLs of the prepared photos: slug → portrait, original path → story image."""

    photos: dict[str, str]
    story: dict[Path, str]

def colours(pub: Published) -> dict[str, str]:
    """The province's colours, from share_card in mkdocs.yml (as the share cards use them)."""
    card = pub.site.share_card
    pick = {name: card.get(name, "") for name in ("background", "accent")}
    return {"main": pick["background"] if _COLOUR.fullmatch(pick["background"]) else BACKGROUND,
            "accent": pick["accent"] if _COLOUR.fullmatch(pick["accent"]) else ACCENT}

def place(address: str) -> str:
    """The province or city an address ends with ("…, tỉnh Sơn Hà" → "Sơn Hà"), as a cover names it."""
    last = address.rsplit(",", 1)[-1].strip()
    return _PLACE_PREFIX.sub("", last).strip()

def agency(pub: Published, logo_url: str | None) -> dict[str, Any]:
    v = pub.agency.values
    return {"name": v.get("name") or pub.site.name, "parent": v.get("parent", ""), "address": v.get("address", ""),
            "phone": v.get("phone", ""), "email": v.get("email", ""), "responsible": v.get("responsible", ""),
            "licence": v.get("licence", ""), "logo": logo_url, "site_name": pub.site.name, "site_url": pub.site.url}

def entry(pub: Published, ex: Exemplar, pictures: Pictures, with_story: bool) -> dict[str, Any]:
    p, vocabs = ex.profile, pub.catalog.vocabs
    url = pub.site.profile_url(ex.slug)
    return {
        "anchor": f"hs-{ex.slug}",
        "name": curly(ex.title),
        "kind": vocabs["kinds"].terms[p.kind].name,
        "award": pub.catalog.award_name(ex),  # the form's name, else the level's
        "award_form": pub.catalog.award_name(ex) if p.award else "",
        "level": vocabs["award_levels"].terms[p.award_level].name,
        "decision": p.decision or "",
        "year": str(p.year),
        "unit": vocabs["units"].terms[p.unit].name,
        "sector": vocabs["sectors"].terms[p.sector].name,
        "summary": curly(p.summary),
        "story": Markup(story.render(ex, pictures.story.get)) if with_story else "",  # sanitised
        "author": p.author or "",
        "url": url,
        "qr": Markup(qr.svg(url)),  # made here from the URL, nothing of it is text
        "photo": pictures.photos.get(ex.slug),
        "alt": p.photo_alt or "",
    }

def cut(text: str, limit: int) -> str:
    """``text`` whole when it fits, else cut at the last word that fits, with "…"."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    head = head[:space] if space > limit // 2 else head
    return head.rstrip(" ,;:.–-") + "…"

def booklet(pub: Published, chosen: Selection, pictures: Pictures, logo_url: str | None, now: datetime,
            size: str, bleed: bool) -> dict[str, Any]:
    who = agency(pub, logo_url)
    where = place(who["address"])
    return {
        "title": BOOKLET_TITLE, "subtitle": chosen.label, "agency": who,
        "dateline": f"{where}, tháng {now.month} năm {now.year}" if where else f"Tháng {now.month} năm {now.year}",
        "entries": [entry(pub, ex, pictures, True) for ex in chosen.exemplars],
        "colours": colours(pub), "size": size, "bleed": bleed, "count": len(chosen.exemplars),
    }

def _lines(text: str, per_line: int) -> int:
    return max(1, -(-len(text) // per_line))


def poster_lines(item: dict[str, Any]) -> int:
    """How many lines of summary fit under the photo, name, award and unit (at least 2)."""
    photo = bool(item["photo"])
    name = (LONG_NAME if item["long_name"] else NAME)[photo]
    used = KICKER + (POSTER_PHOTO if item["photo"] else 0) + _lines(item["name"], name[0]) * name[1] \
        + _lines(item["award"], AWARD[0]) * AWARD[1] + DECISION + _lines(item["unit"], UNIT[0]) * UNIT[1] + 4
    return max(2, int((POSTER_MIDDLE - used) // SUMMARY[photo][1]))


def poster(pub: Published, chosen: Selection, pictures: Pictures, logo_url: str | None, size: str) -> dict[str, Any]:
    entries = []
    for ex in chosen.exemplars:
        item = entry(pub, ex, pictures, False)
        item["long_name"] = len(item["name"]) > 40
        item["lines"] = poster_lines(item)
        item["line_mm"] = SUMMARY[bool(item["photo"])][1]
        item["summary"] = cut(item["summary"], item["lines"] * SUMMARY[bool(item["photo"])][0])
        entries.append(item)
    return {"agency": agency(pub, logo_url), "entries": entries, "colours": colours(pub), "size": size}
