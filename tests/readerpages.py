"""Every page type a reader meets, on the built sample and on the run's shared demo (conftest.demo_site), for the reader-facing
browser tests (language, requests, fonts).

Pages are found in the built sites themselves (a profile with a photo is one whose page shows
one), so the list follows the content. A page type this issue is still adding (``OPTIONAL``) is
skipped while it does not exist and named in the test's output; empty ``OPTIONAL`` once it exists
everywhere, and a missing page fails.
"""

from __future__ import annotations

from pathlib import Path

OPTIONAL: set[str] = set()  # page types still being added (none now: "Theo dõi" is in every site)
SEARCH = "tim-kiem/?q=nguyen"  # a query with results on both sites


def _profiles(site: Path) -> tuple[str, str]:
    """A profile with a photo and one without (their paths)."""
    with_photo = without = ""
    for page in sorted((site / "guong-dien-hinh").glob("*/index.html")):
        has = "gs-profile__photo" in page.read_text(encoding="utf-8")
        if has and not with_photo:
            with_photo = f"guong-dien-hinh/{page.parent.name}/"
        if not has and not without:
            without = f"guong-dien-hinh/{page.parent.name}/"
    assert with_photo and without, "the site has a profile with a photo and one without"
    return with_photo, without


def _second_page(site: Path) -> tuple[str, str]:
    """A section with a second page: (page 1, page 2)."""
    for page2 in sorted(site.glob("*/*/trang/2/index.html")):
        section = page2.parent.parent.parent.relative_to(site).as_posix()
        return f"{section}/", f"{section}/trang/2/"
    raise AssertionError("the demo has a section with a second page")


def pages(site: Path, *, demo: bool = False) -> tuple[list[tuple[str, str]], list[str]]:
    """(name, path) of each page type present in ``site``; and the optional ones still missing."""
    with_photo, without = _profiles(site)
    found = [("trang chủ", ""), ("hồ sơ có ảnh", with_photo), ("hồ sơ không ảnh", without),
             ("tìm kiếm", SEARCH), ("trang 404", "khong-co-trang-nay/")]
    if demo:
        first, second = _second_page(site)
        return [*found, ("chuyên mục", first), ("chuyên mục, trang 2", second)], []
    facets = sorted(p.parent.name for p in site.glob("*/index.html")
                    if any(p.parent.glob("*/rss.xml")) and p.parent.name != "guong-dien-hinh")
    found += [(f"mục lục {name}", f"{name}/") for name in facets]
    sector = next(p.parent.relative_to(site).as_posix() for p in sorted(site.glob("linh-vuc/*/index.html")))
    found += [("chuyên mục", f"{sector}/"), ("thống kê", "thong-ke/"), ("trang nội dung", "gioi-thieu/"),
              ("theo dõi", "theo-doi/")]
    missing = []
    for path in sorted(OPTIONAL):
        if (site / path / "index.html").is_file():
            found.append((path, path))
        else:
            missing.append(path)
    for name, path in found:
        if path and not path.startswith(("khong-co", "tim-kiem")):
            assert (site / path / "index.html").is_file(), f"{name}: {path}"
    return found, missing
