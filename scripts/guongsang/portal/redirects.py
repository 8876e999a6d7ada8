"""Old slugs (``aliases``) keep working: a tiny page that sends readers to the new URL."""

from __future__ import annotations

from html import escape

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


def redirect_html(options: PortalOptions, alias: str, slug: str) -> tuple[str, str]:
    """(path in the site, HTML) of the page at an old slug."""
    # relative from /<prefix>/<alias>/ to /<prefix>/<slug>/, so the site works under any base path
    return f"{profile_url(options, alias)}index.html", TEMPLATE.format(target=escape(f"../{slug}/"))
