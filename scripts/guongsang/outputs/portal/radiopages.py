"""The portal's "Bản tin phát thanh" pages: an index of months (newest first) and, per month with
published profiles, the script `guongsang radio --month YYYY-MM` gives, with that month's .txt and .docx
to download. No MkDocs here.

The pages are not keyed for the preview (outputs/portal/pagekeys.py): there are few (one a month), so
they are always rendered again; the downloads are generated files, so a preview build records them
and removes a month's files when the month empties. Bulletins are made once per build and kept in
the :class:`RadioPages` for the pages' views.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from guongsang.core.catalog import Catalog
from guongsang.core.model import TZ
from guongsang.core.radiosettings import RadioSettings
from guongsang.core.validate import Exemplar
from guongsang.outputs.portal.outputs import OutputFile
from guongsang.outputs.portal.pages import PageSpec, src_uri
from guongsang.outputs.radio.bulletin import Bulletin, Selection, duration, make
from guongsang.outputs.radio.docxcache import DocxCache
from guongsang.outputs.radio.formats import to_docx, to_text

BASE = "ban-tin-phat-thanh/"
TITLE = "Bản tin phát thanh"
KIND = "radio"
TEMPLATE = "gs/radio.html"


def months(catalog: Catalog) -> list[str]:
    """"YYYY-MM" of every month with a published profile, newest first."""
    seen = {ex.date.astimezone(TZ).strftime("%Y-%m") for ex in catalog.published}
    return sorted(seen, reverse=True)


def month_label(month: str) -> str:
    return f"Tháng {month[5:]}/{month[:4]}"


def month_selection(month: str) -> Selection:
    first = date(int(month[:4]), int(month[5:]), 1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return Selection(None, first, date.fromordinal(following.toordinal() - 1))


def specs(catalog: Catalog) -> list[PageSpec]:
    """The index and one page per month."""
    out = [PageSpec(src_uri(BASE), TITLE, TEMPLATE, KIND, "")]
    out += [PageSpec(src_uri(f"{BASE}{m}/"), f"{TITLE} {month_label(m).lower()}", TEMPLATE, KIND, m)
            for m in months(catalog)]
    return out


def download_name(month: str, suffix: str) -> str:
    return f"{BASE}{month}/ban-tin-{month}.{suffix}"


@dataclass(slots=True)
class RadioPages:
    """The month bulletins of one build (made when first asked for) and what their pages show.

    The Word files are kept in ``<cache_dir>/radio/`` by a digest of the bulletin's text (which holds
    everything the .docx shows: header, headings, paragraphs, the station) and this module's format
    version: python-docx takes about 60 ms a file, some 3 s for 56 months at 10,000 profiles. A month
    that is over is dated its last day, so its bulletin and digest stay the same from build to build.
    """

    catalog: Catalog
    settings: RadioSettings
    cache_dir: Path | None = None
    bulletins: dict[str, Bulletin] = field(default_factory=dict)
    _groups: dict[str, list[Exemplar]] | None = None

    def specs(self) -> list[PageSpec]:
        return specs(self.catalog)

    def bulletin(self, month: str) -> Bulletin:
        if self._groups is None:  # one pass over the catalog, not one per month
            self._groups = {}
            for ex in self.catalog.published:
                self._groups.setdefault(ex.date.astimezone(TZ).strftime("%Y-%m"), []).append(ex)
        if month not in self.bulletins:
            pool = sorted(self._groups.get(month, []), key=lambda ex: not ex.profile.featured)
            today = self.catalog.now.astimezone(TZ).date()
            self.bulletins[month] = make(self.catalog, month_selection(month), self.settings, today, pool)
        return self.bulletins[month]

    def files(self) -> list[OutputFile]:
        """Each month's bulletin as .txt and .docx, beside its page."""
        out = []
        cache = DocxCache(self.cache_dir / "radio") if self.cache_dir else None
        for month in months(self.catalog):
            made = self.bulletin(month)
            text = to_text(made)
            out.append(OutputFile(download_name(month, "txt"), content=text))
            word = cache.get(text, made) if cache else to_docx(made)
            out.append(OutputFile(download_name(month, "docx"), content=word))
        if cache:
            cache.prune()
        return out

    def view(self, ref: str) -> dict[str, Any]:
        """What gs/radio.html shows: the list of months (``ref`` ""), or one month's script."""
        if not ref:
            rows = []
            for month in months(self.catalog):
                made = self.bulletin(month)
                rows.append({"url": f"{BASE}{month}/", "label": month_label(month), "count": len(made.items),
                             "time": duration(made.seconds)})
            return {"index": True, "months": rows, "base": BASE}
        made = self.bulletin(ref)
        return {
            "index": False,
            "label": month_label(ref),
            "time": duration(made.seconds),
            "speed": made.settings.speed,
            "opening": made.opening,
            "entries": [{"heading": item.heading, "time": duration(item.seconds), "paragraphs": item.paragraphs}
                      for item in made.items],
            "closing": made.closing,
            "txt": download_name(ref, "txt"),
            "docx": download_name(ref, "docx"),
            "base": BASE,
        }
