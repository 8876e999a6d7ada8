"""`withdrawn: true` takes a profile out of every output and leaves only a "đã gỡ" page at its URL."""

from __future__ import annotations

import csv
import gzip
import io
import re
from pathlib import Path

from conftest import copy_project, run_guongsang, sample_profiles, snapshot

SLUG, NAME = "le-thi-minh-phuong", "Lê Thị Minh Phương"
OLD = "minh-phuong-tan-hoa"  # an old slug of the profile (aliases:), withdrawn with it


def test_a_withdrawn_profile_is_nowhere_but_its_notice(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    source = project / "exemplars" / "2024" / f"{SLUG}.md"
    text = source.read_text(encoding="utf-8")
    assert NAME in text and "photo:" in text and "featured: true" in text  # on the home page, in feeds, with a photo
    source.write_text(text.replace("featured: true", f"featured: true\nwithdrawn: true\naliases: [{OLD}]"),
                      encoding="utf-8")
    before = snapshot(project / "exemplars")

    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    notice = (site / "guong-dien-hinh" / SLUG / "index.html").read_text(encoding="utf-8")
    assert "Hồ sơ đã được gỡ" in notice and NAME not in notice and 'content="noindex"' in notice
    # styled from a file of the site: a strict Content-Security-Policy (deploy/nginx) allows no inline style
    sheets = re.findall(r'<link rel="stylesheet" href="([^"]+)">', notice)
    assert sheets and all((site / "guong-dien-hinh" / SLUG / href).resolve().is_file() for href in sheets)
    assert "<style" not in notice and "style=" not in notice
    # the old address: the same notice, no name, and no way to the profile
    old = (site / "guong-dien-hinh" / OLD / "index.html").read_text(encoding="utf-8")
    assert "Hồ sơ đã được gỡ" in old and NAME not in old and 'content="noindex"' in old and SLUG not in old
    leaks = []
    for path in site.rglob("*"):
        if not path.is_file() or path.parent.name in (SLUG, OLD):
            continue
        data = path.read_bytes()
        if path.suffix == ".pf_fragment":  # Pagefind's result fragments are gzip
            data = gzip.decompress(data)
        if NAME.encode() in data or f"/{SLUG}/".encode() in data:
            leaks.append(path.relative_to(site).as_posix())
        if SLUG in path.name:  # photo derivatives, share card
            leaks.append(path.relative_to(site).as_posix())
    assert leaks == []
    assert f"/{SLUG}/" not in (site / "sitemap.xml").read_text(encoding="utf-8")
    assert snapshot(project / "exemplars") == before  # sources untouched

    report = run_guongsang("report", "--format", "csv", cwd=project)
    assert report.returncode == 0, report.stderr
    rows = list(csv.reader(io.StringIO(report.stdout.lstrip("\ufeff"))))
    published = sum(ok for _, ok, _ in sample_profiles())
    totals = [int(r[3]) for r in rows if len(r) > 3 and r[2] == "Tổng"]
    assert totals and set(totals) == {published - 1}, totals  # counted nowhere
