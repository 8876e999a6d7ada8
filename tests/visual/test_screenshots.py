"""tests/visual/screenshots.py (the README's screenshot command) finds every page type and shoots it at both sizes.

Shooting all twenty pages of the sample takes a while; the command is run here on two page types,
and the page picker is checked to find all ten in the sample.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image
from sitepages import KINDS, pick

from conftest import REPO


def test_the_sample_has_every_page_type(sample_site: Path) -> None:
    found = pick(sample_site)
    assert set(found) == set(KINDS)
    assert found["profile-photo"].path != found["profile-nophoto"].path
    assert found["404"].path.count("/") >= 2  # nested: the 404 page's own links are put to the test


def test_pages_are_shot_full_page_at_phone_and_desktop_size(sample_site: Path, tmp_path: Path) -> None:
    from browserkit import require_chromium

    require_chromium()
    out = tmp_path / "anh"
    run = subprocess.run([sys.executable, str(REPO / "tests" / "visual" / "screenshots.py"), "--site", str(sample_site),
                          "--out", str(out), "--kinds", "home,search"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    shots = {p.name for p in out.glob("*.png")}
    assert shots == {f"site-{kind}-{size}.png" for kind in ("home", "search") for size in ("phone", "desktop")}, shots
    with Image.open(out / "site-home-phone.png") as phone, Image.open(out / "site-home-desktop.png") as desktop:
        assert phone.width == 780 and phone.height > 2 * 844  # 390 CSS px at scale 2, the whole page
        assert desktop.width == 1366 and desktop.height > 900
