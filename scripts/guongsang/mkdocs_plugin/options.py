"""The plugin's options in mkdocs.yml (``plugins: - guongsang: …``), as MkDocs validates them."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from guongsang.core import radiosettings
from guongsang.core.imagecheck import MAX_PIXELS
from guongsang.core.settings import max_pixels_problem
from guongsang.outputs.images import cards
from guongsang.outputs.portal.feedplan import MAX_ITEMS


class ShareCardConfig(base.Config):
    """Share cards (og:image): the site's emblem and colours; the site name defaults to site_name."""

    site_name = c.Optional(c.Type(str))
    logo = c.Optional(c.Type(str))  # path from the folder of mkdocs.yml
    background = c.Type(str, default=cards.BACKGROUND)
    foreground = c.Type(str, default=cards.FOREGROUND)
    accent = c.Type(str, default=cards.ACCENT)


class GuongsangConfig(base.Config):
    enabled = c.Type(bool, default=True)
    exemplars_dir = c.Type(str, default="exemplars")
    profile_prefix = c.Type(str, default="guong-dien-hinh")
    page_size = c.Type(int, default=24)
    cache_dir = c.Type(str, default=".cache/guongsang")
    reuse_blocks = c.Type(bool, default=True)  # render shared navigation once per build (tests turn it off to compare)
    feed_items = c.Type(int, default=MAX_ITEMS)  # items in each feed, newest first
    max_pixels = c.Type(int, default=MAX_PIXELS)  # larger photos are refused (decompression bombs); `check` reads it too
    share_card = c.SubConfig(ShareCardConfig)
    search = c.Type(bool, default=True)  # search page + Pagefind index (Material's lunr search is always off)
    search_story_words = c.Type(int, default=0)  # words of each story indexed (search/documents.py says why 0)
    editor = c.Optional(c.Type(dict))  # the web editor at /admin/ (editor/config.py reads it)
    agency = c.Optional(c.Type(dict))  # who runs the portal: header and footer (core/agency.py reads it)
    radio = c.Optional(c.Type(dict))  # loudspeaker bulletins: speed, minutes, station (core/radiosettings.py reads it)
    material_js = c.Type(bool, default=False)  # Material's 42 KB script: templates/main.html says why it is off
    csp_meta = c.Type(bool, default=True)  # the Content-Security-Policy in each page too (csp.py)


def problem_of(config: GuongsangConfig) -> str | None:
    """What is wrong with options MkDocs' types let through (Vietnamese), or None; `check` says the same."""
    if config.feed_items < 1:
        return f"feed_items (số bài trong mỗi nguồn tin) phải là số nguyên dương, không phải «{config.feed_items}»."
    radio = radiosettings.parse(config.radio)[1]
    return max_pixels_problem(config.max_pixels) or (radio[0].message if radio else None)


def radio_of(config: GuongsangConfig) -> radiosettings.RadioSettings:
    """The bulletins' settings (``radio:``), as `guongsang radio` reads them."""
    return radiosettings.parse(config.radio)[0]
