"""Old slugs (``aliases``) keep working: a tiny page that sends readers to the new URL. A withdrawn
profile leaves a page that says so, and nothing else about it."""

from __future__ import annotations

from html import escape

from guongsang.outputs.portal.pages import PortalOptions, profile_url

NOTICE_CSS = "assets/guongsang/thong-bao.css"  # the withdrawn notice's style (shipped by mkdocs_plugin/theme.py)

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


WITHDRAWN = """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hồ sơ đã được gỡ</title>
<meta name="robots" content="noindex">
<link rel="stylesheet" href="{home}{css}">
</head>
<body>
<main>
<h1>Hồ sơ đã được gỡ</h1>
<p>Hồ sơ gương điển hình ở địa chỉ này đã được gỡ khỏi cổng thông tin.</p>
<p><a href="{home}">Về trang chủ</a></p>
</main>
</body>
</html>
"""


def withdrawn_html(options: PortalOptions, slug: str) -> tuple[str, str]:
    """(path in the site, HTML) of the page left at a withdrawn profile's URL (or an old slug of it)."""
    uri = f"{profile_url(options, slug)}index.html"
    return uri, WITHDRAWN.format(home="../" * (uri.count("/")), css=NOTICE_CSS)
