"""The documented nginx configuration (deploy/nginx), run by Debian's nginx over HTTPS in front of the
built sample: its security headers on every kind of response, its caching rules, and a
Content-Security-Policy the site passes in Debian's Chromium without a single violation."""

from __future__ import annotations

import gzip
import http.client
import ssl
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from browserkit import CSP_LISTENER, csp_violations, directives, inline_script_runs, own_page, require_chromium
from conftest import sample_profiles

NO_CACHE, FEED, FOREVER = "no-cache", "public, max-age=300", "public, max-age=31536000, immutable"


def fetch(base: str, path: str, **headers: str) -> http.client.HTTPResponse:
    parts = urlsplit(base)
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE  # the test's own certificate
    conn = (http.client.HTTPSConnection(parts.hostname, parts.port, context=context, timeout=10)
            if parts.scheme == "https" else http.client.HTTPConnection(parts.hostname, parts.port, timeout=10))
    conn.request("GET", "/" + path, headers=headers)
    response = conn.getresponse()
    response.body = response.read()  # type: ignore[attr-defined]
    conn.close()
    return response


def one(site: Path, pattern: str) -> str:
    found = sorted(site.glob(pattern))
    assert found, pattern
    return found[0].relative_to(site).as_posix()


def profile_with_photo() -> str:
    return next(s for s, ok, meta in sample_profiles() if ok and meta.get("photo") and meta.get("evidence"))


def cases(site: Path) -> list[tuple[str, int, str]]:
    """(path, status, Cache-Control) for each kind of file the portal serves."""
    slug = profile_with_photo()
    return [
        ("", 200, NO_CACHE),
        (f"guong-dien-hinh/{slug}/", 200, NO_CACHE),
        ("linh-vuc/giao-duc-dao-tao/", 200, NO_CACHE),
        ("pagefind/pagefind.js", 200, NO_CACHE),
        ("assets/guongsang/guongsang.css", 200, NO_CACHE),
        ("rss.xml", 200, FEED),
        ("linh-vuc/giao-duc-dao-tao/atom.xml", 200, FEED),
        ("feed.json", 200, FEED),
        ("sitemap.xml", 200, FEED),
        (one(site, "assets/javascripts/bundle.*.min.js"), 200, FOREVER),
        (one(site, "assets/stylesheets/main.*.min.css"), 200, FOREVER),
        (one(site, "assets/guongsang/inline-*.js"), 200, FOREVER),
        (one(site, f"guong-dien-hinh/{slug}/*-640.webp"), 200, FOREVER),
        (one(site, "chia-se-*.jpg"), 200, FOREVER),
        (one(site, "pagefind/fragment/*.pf_fragment"), 200, FOREVER),
        ("khong-co-trang-nay/", 404, NO_CACHE),
    ]


def test_every_response_carries_the_security_headers_and_its_caching_rule(deployed: Any, sample_site: Path) -> None:
    for path, status, cache in cases(sample_site):
        response = fetch(deployed.https, path)
        assert (response.status, response.getheader("Cache-Control")) == (status, cache), path
        policy = directives(response.getheader("Content-Security-Policy") or "")
        assert policy["default-src"] == "'none'", path
        assert policy["script-src"] == "'self' 'wasm-unsafe-eval'", path  # no inline script, no eval
        assert "unsafe-inline" not in policy["style-src"] and policy["frame-ancestors"] == "'none'", path
        assert response.getheader("Strict-Transport-Security") == "max-age=31536000; includeSubDomains", path
        assert response.getheader("X-Content-Type-Options") == "nosniff", path
        assert response.getheader("Referrer-Policy") == "strict-origin-when-cross-origin", path
        assert response.getheader("Server") == "nginx", path  # no version number
        image = path.endswith((".jpg", ".webp"))  # public photos and share cards, shown by feed readers
        corp = "cross-origin" if image else "same-origin"
        assert response.getheader("Cross-Origin-Resource-Policy") == corp, path
        assert response.getheader("X-Permitted-Cross-Domain-Policies") == "none", path
    missing = fetch(deployed.https, "khong-co-trang-nay/")
    assert missing.status == 404 and "<h1>Không tìm thấy trang</h1>".encode() in missing.body  # the portal's own page


def test_pages_are_compressed_and_revalidated_cheaply(deployed: Any) -> None:
    first = fetch(deployed.https, "", **{"Accept-Encoding": "gzip"})
    assert first.getheader("Content-Encoding") == "gzip" and b"<html" in gzip.decompress(first.body)
    assert first.getheader("Content-Type") == "text/html; charset=utf-8"
    again = fetch(deployed.https, "", **{"If-None-Match": first.getheader("ETag")})
    assert again.status == 304 and again.body == b""


def test_plain_http_is_sent_to_https(deployed: Any) -> None:
    response = fetch(deployed.http, "linh-vuc/?a=1")
    assert response.status == 301 and response.getheader("Location") == "https://localhost/linh-vuc/?a=1"


def test_a_hostile_host_header_is_not_echoed_by_the_redirect(deployed: Any) -> None:
    response = fetch(deployed.http, "gioi-thieu/", Host="ke-gian.example")
    assert response.status == 301 and response.getheader("Location") == "https://localhost/gioi-thieu/"


@pytest.fixture(scope="module")
def dotted(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """nginx with the shipped configuration in front of a site folder holding dotfiles by mistake."""
    from nginxkit import nginx, require_nginx

    site = tmp_path_factory.mktemp("dotted-site")
    for name, text in {"index.html": "<html>trang chu</html>", "404.html": "<html>Không tìm thấy</html>",
                       ".env": "BI-MAT-1", ".git/config": "BI-MAT-2", "x/.hidden": "BI-MAT-3",
                       "x/.git/HEAD": "BI-MAT-4", "admin/.env": "BI-MAT-5", "admin/index.html": "<html>admin</html>",
                       ".well-known/security.txt": "Contact: mailto:a@example.gov.vn",
                       ".well-known/.secret": "BI-MAT-6", "anh.x.jpg": "jpg"}.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    with nginx(require_nginx(), site, tmp_path_factory.mktemp("nginx-dotted")) as served:
        yield served


@pytest.mark.parametrize("path", [".env", ".git/config", "x/.hidden", "x/.git/HEAD", "admin/.env",
                                  ".well-known/.secret", "%2Egit/config", "x/../.env", ".git/"])
def test_dotfiles_and_dot_folders_are_never_served(dotted: Any, path: str) -> None:
    response = fetch(dotted.https, path)
    assert response.status == 404 and b"BI-MAT" not in response.body, path


def test_well_known_and_the_certificate_challenge_stay_reachable(dotted: Any) -> None:
    assert fetch(dotted.https, ".well-known/security.txt").body.startswith(b"Contact:")
    assert fetch(dotted.https, "anh.x.jpg").status == 200  # a dot inside a name is not a dotfile
    (dotted.acme / ".well-known" / "acme-challenge").mkdir(parents=True)
    (dotted.acme / ".well-known" / "acme-challenge" / "tok-123").write_text("tok-123.khoa", encoding="utf-8")
    challenge = fetch(dotted.http, ".well-known/acme-challenge/tok-123")
    assert challenge.status == 200 and challenge.body == b"tok-123.khoa"


def test_the_web_editor_gets_its_own_looser_policy(deployed: Any) -> None:
    page = fetch(deployed.https, "admin/")
    policy = page.getheader("Content-Security-Policy") or ""
    assert page.getheader("Cross-Origin-Resource-Policy") == "same-origin"
    assert page.getheader("X-Permitted-Cross-Domain-Policies") == "none"
    assert "'unsafe-eval'" in policy and "frame-ancestors 'none'" in policy and "default-src 'none'" in policy
    assert page.getheader("X-Robots-Tag") == "noindex, nofollow" and page.getheader("Cache-Control") == NO_CACHE
    config = fetch(deployed.https, "admin/config.yml")
    assert config.getheader("Content-Type") == "text/yaml"  # Decap refuses its configuration otherwise
    assert config.getheader("Content-Security-Policy") == policy


def browser_pages() -> list[str]:
    return ["", "linh-vuc/giao-duc-dao-tao/", "don-vi/tinh-son-ha/", f"guong-dien-hinh/{profile_with_photo()}/",
            "tim-kiem/?q=thi+dua", "thong-ke/", "gioi-thieu/", "khong-co-trang-nay/"]


@pytest.fixture
def https_page(browser: Any) -> Any:
    require_chromium()
    with own_page(browser, ignore_https_errors=True, viewport={"width": 1280, "height": 900}) as page:
        page.add_init_script(CSP_LISTENER)
        page.console_errors = []
        page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
        yield page


@pytest.mark.parametrize("path", browser_pages())
def test_the_site_passes_its_policy_in_chromium(deployed: Any, https_page: Any, path: str) -> None:
    page = https_page
    page.goto(deployed.https + path)
    if path.startswith("tim-kiem"):  # Pagefind's WebAssembly, in its worker, under the policy
        page.wait_for_selector("[data-gs-results][data-state=ready]", state="attached")
        assert page.locator("[data-gs-results] li").count() > 0
    page.wait_for_load_state("networkidle")
    # Material's moved head script ran (its bundle is not loaded unless material_js: test_material_js.py)
    assert page.evaluate("__md_scope instanceof URL")
    assert csp_violations(page) == []
    assert [m for m in page.console_errors if "Content Security Policy" in m] == []


def test_an_inline_script_is_blocked_and_reported(deployed: Any, https_page: Any) -> None:
    """The control: the listener above does see a violation, and the policy does stop inline code."""
    page = https_page
    page.goto(deployed.https)
    assert not inline_script_runs(page)
    assert csp_violations(page)[0].startswith("script-src-elem inline")
