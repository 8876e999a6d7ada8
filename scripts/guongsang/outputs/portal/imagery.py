"""Which images the portal publishes: photo derivatives for every profile with a photo, and a share
card for every profile, section, facet index and the site. No MkDocs here.

Returns neutral output files (cache path → site path) and what the views need: srcsets for the
photos and, per page URL, its share card.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guongsang.core import repofiles
from guongsang.core.catalog import FACETS, Catalog, FacetValue
from guongsang.core.diskerrors import DISK_ERRNOS
from guongsang.core.problems import Problem, problem
from guongsang.core.validate import Exemplar
from guongsang.outputs.images import cards, fonts, photos
from guongsang.outputs.images.cache import ImageCache, JobsFailed, Output, Stats, job_key
from guongsang.outputs.images.photos import Encoded
from guongsang.outputs.portal.pages import PortalOptions, facet_url, profile_url

KICKER = "GƯƠNG ĐIỂN HÌNH TIÊN TIẾN"
INITIALS_KINDS = {"ca-nhan"}  # kinds named after one person: their card shows initials when there is no photo
SECTION_PHOTOS = 3
LOOK_FOR_PHOTOS = 24  # section cards take photos from their newest members only: constant work


class ImageError(Exception):
    """Images that passed `check` (which reads headers only) but whose pixels could not be processed."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} images failed")
        self.problems = problems


@dataclass(frozen=True, slots=True)
class SiteOutput:
    uri: str  # path in the site
    source: Path  # file in the image cache


@dataclass(slots=True)
class ImageSet:
    files: list[SiteOutput] = field(default_factory=list)
    photos: dict[str, dict[str, Any]] = field(default_factory=dict)  # slug → picture view
    cards: dict[str, dict[str, Any]] = field(default_factory=dict)  # page URL ("" = home) → {url, width, height}
    stats: Stats = field(default_factory=Stats)


def publish_images(catalog: Catalog, options: PortalOptions, style: cards.CardStyle, cache: ImageCache,
                   site_description: str = "") -> ImageSet:
    out = ImageSet()
    sources = {ex.slug: repofiles.target_of(ex.path, ex.profile.photo) for ex in catalog.published if ex.profile.photo}
    digests = {slug: cache.digest(path) for slug, path in sources.items()}
    style_key = _style_key(style, cache)

    photo_jobs = {slug: job_key("photo", digests[slug], photos.PARAMS) for slug in sources}
    try:
        done = cache.run({key: derive(sources[slug]) for slug, key in photo_jobs.items()})
    except JobsFailed as failed:
        raise_disk_error(failed)
        by_key = {key: slug for slug, key in photo_jobs.items()}
        raise ImageError([_photo_problem(catalog.by_slug()[by_key[k]], exc) for k, exc in failed.failures.items()]) from None
    for slug, key in photo_jobs.items():
        out.photos[slug] = _picture(profile_url(options, slug), key, done[key], out.files)

    card_jobs: dict[str, tuple[str, Callable[[], Mapping[str, Encoded]]]] = {}  # page URL → (key, producer)
    for ex in catalog.published:
        text = _profile_text(catalog, ex, sources.get(ex.slug))
        card_jobs[profile_url(options, ex.slug)] = _card_job(text, style, style_key, digests.get(ex.slug))
    for facet in FACETS:
        values = catalog.sections[facet.key]
        if not values:
            continue
        for value in values:
            text = _section_text(value, sources)
            card_jobs[value.url] = _card_job(text, style, style_key, *(cache.digest(p) for p in text.photos))
        index = cards.CardText("CHUYÊN MỤC", facet.label, (f"{len(values)} mục · {len(catalog.published)} gương điển hình",))
        card_jobs[facet_url(facet.slug)] = _card_job(index, style, style_key)
    featured = [sources[ex.slug] for ex in catalog.featured(12) if ex.slug in sources][:SECTION_PHOTOS]
    home = cards.CardText("CHUYÊN TRANG", style.site_name, (site_description,) if site_description else (),
                          tuple(featured), header=False)
    card_jobs[""] = _card_job(home, style, style_key, *(cache.digest(p) for p in featured))
    try:
        done = cache.run({key: producer for key, producer in card_jobs.values()})
    except JobsFailed as failed:  # the photos decoded above, so this is a bug of ours: say which card
        raise_disk_error(failed)
        pages = {key: page_url for page_url, (key, _) in card_jobs.items()}
        raise ImageError([problem("GS303", f"{pages[k] or '/'}", 1, None,
                                  f"Không tạo được ảnh chia sẻ cho trang «/{pages[k]}»: {exc.__class__.__name__}: {exc}.",
                                  None) for k, exc in failed.failures.items()]) from None
    for page_url, (key, _) in card_jobs.items():
        card = done[key]["card"]
        uri = f"{page_url}chia-se-{key[:10]}.jpg"
        out.files.append(SiteOutput(uri, card.path))
        out.cards[page_url] = {"url": uri, "width": card.width, "height": card.height, "bytes": card.size}
    out.stats = cache.stats
    return out


def stats_message(stats: Stats) -> str:
    """What the build says about its image work, e.g. "Ảnh: mã hoá 0, dùng lại 1.203 từ bộ nhớ đệm"."""
    if stats.encoded == 0:
        return f"Ảnh và thẻ chia sẻ: không mã hoá lại gì, dùng lại {_n(stats.reused)} từ bộ nhớ đệm."
    on = f" trên {stats.processes} tiến trình song song" if stats.processes > 1 else ""
    return (f"Ảnh và thẻ chia sẻ: mã hoá {_n(stats.encoded)} ({_n(stats.files)} tệp){on}, "
            f"dùng lại {_n(stats.reused)} từ bộ nhớ đệm.")


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")  # Vietnamese thousands separator


def raise_disk_error(failed: JobsFailed) -> None:
    """A disk error (full disk, quota, no permission, I/O) is no broken image: let it through as the
    OSError it is (`guongsang build` tells it as a disk error). Pillow's decode errors carry no errno."""
    for exc in failed.failures.values():
        if isinstance(exc, OSError) and exc.errno in DISK_ERRNOS:
            raise exc


def derive(source: Path) -> Callable[[], Mapping[str, Encoded]]:
    return lambda: photos.derivatives(source)


def _photo_problem(ex: Exemplar, exc: Exception) -> Problem:
    return problem("GS303", ex.source, ex.line("photo"), "photo",
                   f"Ảnh «{ex.profile.photo}» bị hỏng: đọc được phần đầu tệp nhưng không giải mã được điểm ảnh "
                   f"({exc.__class__.__name__}: {exc}).", "Chép lại ảnh gốc vào kho, hoặc xuất lại ảnh ở dạng JPEG.")


def _card_job(text: cards.CardText, style: cards.CardStyle, style_key: str,
              *photo_digests: str) -> tuple[str, Callable[[], Mapping[str, Encoded]]]:
    key = job_key("card", style_key, fonts.fingerprint(), text.kicker, text.title, text.lines, text.initials,
                  text.header, photo_digests)

    def produce() -> Mapping[str, Encoded]:
        return {"card": Encoded(cards.render(text, style), cards.WIDTH, cards.HEIGHT, "jpg")}

    return key, produce


def _style_key(style: cards.CardStyle, cache: ImageCache) -> str:
    logo = cache.digest(style.logo) if style.logo else None
    return job_key(style.site_name, style.background, style.foreground, style.accent, logo)


def _picture(base: str, key: str, outputs: Mapping[str, Output], files: list[SiteOutput]) -> dict[str, Any]:
    sets: dict[str, list[dict[str, Any]]] = {"jpg": [], "webp": []}
    for variant, output in sorted(outputs.items(), key=lambda item: item[1].width):
        uri = f"{base}anh-{key[:10]}-{variant.replace('-', '.')}"
        files.append(SiteOutput(uri, output.path))
        sets[output.ext].append({"url": uri, "w": output.width, "h": output.height})
    main = next((s for s in sets["jpg"] if s["w"] >= 640), sets["jpg"][-1])
    return {"src": main["url"], "thumb": sets["jpg"][0]["url"], "width": main["w"], "height": main["h"],
            "jpg": sets["jpg"], "webp": sets["webp"]}


def _profile_text(catalog: Catalog, ex: Exemplar, photo: Path | None) -> cards.CardText:
    p, vocabs = ex.profile, catalog.vocabs
    award = catalog.award_name(ex)
    unit = vocabs["units"].terms[p.unit]
    parent = vocabs["units"].terms.get(unit.parent) if unit.parent else None
    redundant = parent is None or parent.name.casefold() in unit.name.casefold()  # "Sở … tỉnh Sơn Hà, Tỉnh Sơn Hà"
    unit_line = unit.name if redundant else f"{unit.name}, {parent.name}"
    initials = None
    if photo is None and p.kind in INITIALS_KINDS:
        words = ex.title.split()
        initials = (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()
    return cards.CardText(f"{KICKER} · {p.year}", ex.title, (award, unit_line), (photo,) if photo else (), initials)


def _section_text(value: FacetValue, sources: Mapping[str, Path]) -> cards.CardText:
    found = [sources[ex.slug] for ex in value.members[:LOOK_FOR_PHOTOS] if ex.slug in sources][:SECTION_PHOTOS]
    return cards.CardText(value.facet.label.upper(), value.name, (f"{len(value.members)} gương điển hình tiên tiến",),
                          tuple(found))

