"""Old slugs (``aliases``) keep working: a tiny page that sends readers to the new URL."""

from __future__ import annotations

from html import escape

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel

from guongsang.portal.pages import PortalOptions, profile_url

TEMPLATE = """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Đã chuyển tới trang mới</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{target}">
<meta http-equiv="refresh" content="0; url={target}">
</head>
<body>
<p>Trang này đã chuyển tới <a href="{target}">{target}</a>.</p>
</body>
</html>
"""


def redirect_file(config: MkDocsConfig, options: PortalOptions, alias: str, slug: str) -> File:
    # relative from /<prefix>/<alias>/ to /<prefix>/<slug>/, so the site works under any base path
    target = escape(f"../{slug}/")
    return File.generated(
        config, f"{profile_url(options, alias)}index.html", content=TEMPLATE.format(target=target),
        inclusion=InclusionLevel.NOT_IN_NAV,
    )
