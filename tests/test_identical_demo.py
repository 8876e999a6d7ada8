"""The preview's incremental site at scale (a year of the run's shared 300-profile demo, 12 cards a page), and a build from warm caches on both cores,
are byte for byte what a clean build makes (issue 20, item 7; see test_identical_output.py). A file of its
own so that the test workers run it beside the sample's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import copy_demo, run_guongsang
from identicalkit import (
    add_profile,
    assert_same,
    change_sector,
    change_summary,
    delete_profile,
    through,
    withdraw_profile,
)


def test_demo_preview_through_edits_matches_a_clean_build(tmp_path: Path) -> None:
    project = copy_demo(tmp_path / "demo")  # the run's shared demo, its images warm
    for year in ("2022", "2023", "2024"):  # a quarter of its 300 profiles, a quarter of the work...
        shutil.rmtree(project / "exemplars" / year)
    config = project / "mkdocs.yml"  # ...at 12 cards a page: 12 sections have 2 to 7 pages
    assert "\n  - guongsang:\n" in config.read_text(encoding="utf-8")
    config.write_text(config.read_text(encoding="utf-8").replace("\n  - guongsang:\n", "\n  - guongsang:\n      page_size: 12\n", 1),
                      encoding="utf-8")

    def edit_several(project: Path) -> str:
        change_sector(project)
        delete_profile(project)
        withdraw_profile(project)
        return change_summary(project) and add_profile(project)

    # renaming a unit and changing a template rebuild everything, and a build with nothing changed is compared
    # with a clean one, and a summary edit alone (all tested on the sample); here, at scale, the edits that
    # render only some pages again, each followed by an incremental build, then one clean build to compare
    through(project, tmp_path, [[change_summary, edit_several]], small=40, unchanged=False)


def test_build_from_warm_caches_on_both_cores_matches_a_clean_serial_build(tmp_path: Path) -> None:
    """`guongsang build` with its check and image caches warm and two image workers, after edits, against a
    build with empty caches and one worker."""
    project = tmp_path / "demo"
    made = run_guongsang("demo", "--count", "40", str(project), cwd=tmp_path)  # every image kind, two cold builds
    assert made.returncode == 0, made.stderr
    assert run_guongsang("build", cwd=project).returncode == 0  # the caches are warm from here
    change_summary(project)
    add_profile(project)
    env = {**os.environ, "GUONGSANG_IMAGE_WORKERS": "2"}
    warm = subprocess.run([sys.executable, "-m", "guongsang", "build"], cwd=project, env=env, capture_output=True,
                          text=True, timeout=600)
    assert warm.returncode == 0, warm.stderr
    serial = tmp_path / "serial"
    shutil.copytree(project, serial, ignore=shutil.ignore_patterns(".cache", "site"))
    env = {**os.environ, "GUONGSANG_IMAGE_WORKERS": "1"}
    clean = subprocess.run([sys.executable, "-m", "guongsang", "build"], cwd=serial, env=env, capture_output=True,
                           text=True, timeout=600)
    assert clean.returncode == 0, clean.stderr
    assert_same(project / "site", serial / "site", "warm caches, two workers")
