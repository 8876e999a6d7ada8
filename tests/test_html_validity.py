"""The Nu Html Checker (npm `vnu-jar`, the current release of the W3C validator; Java runs it) finds no
error on the main kinds of page of the built sample: home, sections, every profile, search, statistics,
content pages and the 404 page."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO

VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_nu_html_checker_finds_no_error(sample_site: Path) -> None:
    java = shutil.which("java")
    if java is None or not VNU.is_file():
        missing = "java" if java is None else "node_modules/vnu-jar (npm ci)"
        if os.environ.get("CI"):
            pytest.fail(f"{missing} is missing", pytrace=False)
        pytest.skip(f"{missing} is missing")
    pages = ["index.html", "404.html", "linh-vuc/giao-duc-dao-tao/index.html", "don-vi/tinh-son-ha/index.html",
             "don-vi/tinh-son-ha/trang/2/index.html", "tim-kiem/index.html", "thong-ke/index.html",
             "gioi-thieu/index.html", "can-bo/huong-dan-dong-gop/index.html", "can-bo/index.html", "theo-doi/index.html",
             "don-vi/index.html", "linh-vuc/index.html"]
    pages += sorted(p.relative_to(sample_site).as_posix() for p in (sample_site / "guong-dien-hinh").glob("*/index.html"))
    assert all((sample_site / p).is_file() for p in pages)
    run = subprocess.run([java, "-jar", str(VNU), "--errors-only", *pages], cwd=sample_site,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0 and run.stderr.strip() == "", run.stderr[:3000]
