"""Pages fit for a strict Content-Security-Policy.

deploy/nginx sends ``script-src 'self'``: an inline script would be blocked. The build moves the
scripts Material's templates write into ``assets/guongsang/inline-<hash>.js`` files; any other inline
script (an author's raw HTML in a content page) is left where it is, for the policy to block. Every
page also carries the policy in a ``<meta>``, for hosts that send no headers (GitHub/GitLab Pages).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2
import material

from browserkit import CSP_LISTENER, csp_violations, directives, inline_script_runs, own_page
from conftest import REPO, copy_project, run_guongsang, set_plugin_options, write
from guongsang.mkdocs_plugin.csp import CspPages, theme_scripts

MATERIAL = Path(material.__file__).parent / "templates"
EXECUTABLE_INLINE = re.compile(r"<script(?![^>]*\b(?:src|type=\"application/json\"))[^>]*>", re.S)


def render_material(name: str, **context: object) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(MATERIAL)))
    return env.get_template(name).render(config={"extra": {}}, **context)


def test_only_the_themes_own_scripts_are_moved(tmp_path: Path) -> None:
    head = render_material("partials/javascripts/base.html", base_url="../..")
    assert head.count("<script>") == 1 and 'new URL("../.."' in head
    foreign = '<script>alert("tac-gia")</script>'
    inline = CspPages(theme_scripts([str(MATERIAL)]))

    page = inline.page(f"<head>{head}</head><body>{foreign}</body>", "linh-vuc/giao-duc/")
    moved = re.findall(r'<script src="([^"]+)"></script>', page)
    assert len(moved) == 1 and moved[0].startswith("../../assets/guongsang/inline-")
    assert foreign in page  # not Material's: stays inline, so the policy blocks it

    inline.write(tmp_path)
    [written] = list((tmp_path / "assets" / "guongsang").glob("inline-*.js"))
    assert written.name == Path(moved[0]).name
    assert written.read_text(encoding="utf-8").strip() == re.search(r"<script>(.*)</script>", head, re.S).group(1)


def test_an_error_page_links_its_scripts_from_the_server_root() -> None:
    inline = CspPages(theme_scripts([str(MATERIAL)]))
    head = render_material("partials/javascripts/base.html", base_url="/cong/")
    page = inline.template(head, "404.html", "https://so-gd.example/cong/")
    assert re.fullmatch(r'<script src="/cong/assets/guongsang/inline-[0-9a-f]{10}\.js"></script>', page.strip())


def test_the_built_site_runs_no_inline_script(sample_site: Path) -> None:
    pages = list(sample_site.rglob("*.html"))
    moved: set[str] = set()
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert EXECUTABLE_INLINE.findall(html) == [], path.relative_to(sample_site)
        for src in re.findall(r'<script src="([^"]*inline-[0-9a-f]{10}\.js)"', html):
            target = (sample_site / src.lstrip("/")) if src.startswith("/") else (path.parent / src)
            assert target.resolve().is_file(), (path, src)
            moved.add(target.resolve().name)
    # one head script per page depth plus the fragment script: a handful of files, whatever the size
    assert 2 <= len(moved) <= 10, moved
    home = (sample_site / "index.html").read_text(encoding="utf-8")
    first = re.search(r'<script src="([^"]+)"', home).group(1)  # still the first script, before the bundle
    assert (sample_site / first).read_text(encoding="utf-8").startswith('__md_scope=new URL(".",location)')


def test_an_authors_inline_script_is_left_for_the_policy_to_block(tmp_path: Path) -> None:
    """Never moved into a trusted file. A site that really wants it to run must turn the page policy
    off (csp_meta: false) and loosen its server's: then the pages carry no policy."""
    project = copy_project(tmp_path / "du-an")
    write(project, "content/thu-nghiem.md", '# Thử nghiệm\n\n<script>window.tacGia = 1</script>\n')
    set_plugin_options(project, "csp_meta: false")
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    html = (project / "site" / "thu-nghiem" / "index.html").read_text(encoding="utf-8")
    assert "<script>window.tacGia = 1</script>" in html
    assert not any("Content-Security-Policy" in p.read_text(encoding="utf-8") for p in (project / "site").rglob("*.html"))
    assert not any("tacGia" in p.read_text(encoding="utf-8") for p in (project / "site" / "assets").rglob("*.js"))


def policy_of(snippet: Path) -> dict[str, str]:
    text = snippet.read_text(encoding="utf-8")
    header = re.search(r'add_header Content-Security-Policy "([^"]+)"', text).group(1)
    return directives(header)


def test_every_page_carries_the_servers_policy_for_hosts_without_headers(sample_site: Path) -> None:
    served = policy_of(REPO / "deploy" / "nginx" / "snippets" / "guongsang-headers.conf")
    # what a <meta> cannot carry (frame-ancestors) or should not (upgrade-insecure-requests: plain-HTTP intranets)
    expected = {k: v for k, v in served.items() if k not in ("frame-ancestors", "upgrade-insecure-requests")}
    pages = [p for p in sample_site.rglob("*.html") if "md-header" in p.read_text(encoding="utf-8")]  # Material's pages
    assert len(pages) > 100
    for path in pages:
        head = path.read_text(encoding="utf-8").split("</head>", 1)[0]
        found = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', head)
        assert len(found) == 1, path
        assert directives(found[0]) == expected, path
        assert head.index("Content-Security-Policy") < min(head.find("<script"), head.find("<link")), path


def test_without_server_headers_the_pages_policy_still_holds(browser: Any, base_url: str) -> None:
    """base_url is a plain static server (like GitHub Pages: no headers): the <meta> alone must keep the
    site working without a violation, and still stop an inline script."""
    with own_page(browser, viewport={"width": 1280, "height": 900}) as page:
        page.add_init_script(CSP_LISTENER)
        page.goto(base_url + "tim-kiem/?q=thi+dua")
        page.wait_for_selector("[data-gs-results][data-state=ready]", state="attached")
        assert page.locator("[data-gs-results] li").count() > 0 and csp_violations(page) == []
        assert not inline_script_runs(page)
        assert csp_violations(page)[0].startswith("script-src-elem inline")
