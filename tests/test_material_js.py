"""Material's own script (42 KB gzip) is off by default and comes back with `material_js: true`.

Without it a profile's first visit fits its 120 KB (tests/visual/test_bench_weight.py) and nothing
fetches sitemap.xml; the drawer, tabs and sidebars are CSS (tests/visual/test_geometry.py measures them).
"""

from __future__ import annotations

import re
from pathlib import Path

from conftest import copy_project, run_guongsang, set_plugin_options

BUNDLE = re.compile(r'<script src="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js"')
OURS = "assets/guongsang/guongsang.js"
FEED_GUARD = "assets/guongsang/guongsang-feeds.js"  # keeps Material's script from fetching sitemap.xml


def test_pages_leave_material_script_out_by_default(sample_site: Path) -> None:
    for page in ("index.html", "guong-dien-hinh/cao-van-khiem/index.html", "gioi-thieu/index.html", "404.html"):
        html = (sample_site / page).read_text(encoding="utf-8")
        assert not BUNDLE.search(html), page
        assert OURS in html and FEED_GUARD not in html, page  # our script stays; the guard has nothing to guard


def test_material_js_true_brings_it_back(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    set_plugin_options(project, "material_js: true")
    assert run_guongsang("build", cwd=project).returncode == 0
    html = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert BUNDLE.search(html)
    assert OURS in html and FEED_GUARD in html
