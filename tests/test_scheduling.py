"""Scheduling with an explicit date (issue 22, item 9): `guongsang build --as-of DAY` builds the portal as it
will be at the end of DAY, so the sample's profile dated 2027-06-11 is hidden the day before and appears on
the day (its page, its sections, the sitemap, the feeds); without --as-of (and without the suite's pinned
clock) the real clock decides."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conftest import copy_project, run_guongsang, valid_profile, write

SLUG = "trung-tam-phuc-vu-hanh-chinh-cong-phuong-binh-minh"  # the sample's profile dated 2027-06-11
PLACES = ("sitemap.xml", "rss.xml", "feed.json", "linh-vuc/cai-cach-hanh-chinh/index.html",
          "don-vi/phuong-binh-minh/index.html", "nam/2025/index.html")


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    project = copy_project(tmp_path_factory.mktemp("hen-ngay") / "du-an")
    out = {}
    for day in ("2027-06-10", "2027-06-11"):
        run = run_guongsang("build", "--as-of", day, "--site-dir", f"site-{day}", cwd=project)
        assert run.returncode == 0, run.stderr
        out[day] = project / f"site-{day}"
    return out


@pytest.mark.parametrize("place", PLACES)
def test_a_scheduled_profile_is_hidden_the_day_before_and_everywhere_on_the_day(sites: dict[str, Path], place: str) -> None:
    before, on = (sites[d] / place for d in ("2027-06-10", "2027-06-11"))
    assert on.is_file()
    assert f"guong-dien-hinh/{SLUG}/" not in (before.read_text(encoding="utf-8") if before.is_file() else "")
    assert f"guong-dien-hinh/{SLUG}/" in on.read_text(encoding="utf-8")


def test_the_profile_page_exists_only_from_its_day(sites: dict[str, Path]) -> None:
    assert not (sites["2027-06-10"] / "guong-dien-hinh" / SLUG).exists()
    assert (sites["2027-06-11"] / "guong-dien-hinh" / SLUG / "index.html").is_file()


def test_a_bad_date_is_refused_in_vietnamese(tmp_path: Path) -> None:
    run = run_guongsang("build", "--as-of", "11/6/2027", cwd=copy_project(tmp_path / "du-an"))
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "'--as-of': cần một ngày dạng năm-tháng-ngày, ví dụ 2027-06-11" in run.stderr
    assert not (tmp_path / "du-an" / "site").exists()


def test_without_as_of_the_real_clock_decides(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "du-an")
    now = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).replace(microsecond=0, tzinfo=None)
    # a minute ago: out by the real clock, not by the suite's pinned day (before it); in two days: not yet out
    for slug, when in (("vua-dang", now - timedelta(minutes=1)), ("sap-dang", now + timedelta(days=2))):
        write(root, f"exemplars/2026/{slug}.md", valid_profile(slug).replace("date: 2025-01-15", f"date: {when.isoformat()}"))
    env = {k: v for k, v in os.environ.items() if k != "GUONGSANG_AS_OF"} | {"NO_COLOR": "1"}
    run = subprocess.run([sys.executable, "-m", "guongsang", "build"], cwd=root, env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    assert (root / "site" / "guong-dien-hinh" / "vua-dang" / "index.html").is_file()
    assert not (root / "site" / "guong-dien-hinh" / "sap-dang").exists()
    feed = json.loads((root / "site" / "feed.json").read_text(encoding="utf-8"))
    assert any(item["url"].endswith("/vua-dang/") for item in feed["items"])
