"""The preview's incremental site, and a build from warm caches on both cores, are byte for byte the
site a clean build makes (issue 20, item 7).

The preview (tests/previewkit.py builds exactly as `guongsang serve` does) takes a sequence of edits;
after each, its folder — pages rendered again or kept, feeds written again or kept, files removed — is
compared, file by file, with a fresh preview's first, full build of the same project. Each edit is also
looked for in the site, so a step that changed nothing cannot pass unnoticed, and the number of pages
rendered again is checked to be small where the edit is small.

Pagefind's bundle is the one exception to "byte for byte": Pagefind itself writes each filter's values
in an order that changes from run to run (Pagefind issue #638), so two clean builds differ in the
filter files, the metadata file that names them and the entry that names it. Those are compared by
what they hold (decoded, values sorted); every other file of the bundle byte for byte.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import copy_project
from identicalkit import SAMPLE_STEPS, Preview, assert_same, clean, profiles, through

SHM = Path("/dev/shm")


def _tmpfs_with_room(path: Path, room: int = 1 << 30) -> bool:
    try:
        mounts = Path("/proc/self/mounts").read_text(encoding="utf-8").splitlines()
        free = shutil.disk_usage(path).free
    except OSError:
        return False
    return free >= room and any(line.split()[1:3] == [str(path), "tmpfs"] for line in mounts)


@pytest.fixture
def creation_ordered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on tmpfs (Linux's /dev/shm, where there is room), the preview's temporary folder in it too:
    tmpfs lists a folder in the order its entries were made, and Pagefind numbers pages in the order they are
    listed, so an added profile once gave the preview other index files than a clean build there (search/site.py,
    keeps_order). Elsewhere the test's own folder: the same test, on the file system the run has."""
    if not _tmpfs_with_room(SHM):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="guongsang-tests-", dir=SHM))
    (folder / "tam").mkdir()
    monkeypatch.setenv("TMPDIR", str(folder / "tam"))  # the preview processes' (search/later.py keeps documents there)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_sample_preview_through_edits_matches_a_clean_build(creation_ordered: Path) -> None:
    project = copy_project(creation_ordered / "du-an")
    through(project, creation_ordered, SAMPLE_STEPS, small=30)


def test_preview_after_a_failed_build_matches_a_clean_build(tmp_path: Path) -> None:
    """A profile broken then fixed: the failed build leaves the folder half done; the next is full."""
    project = copy_project(tmp_path / "du-an")
    preview = Preview(project, tmp_path / "preview")
    try:
        assert preview.build()[0]
        path = profiles(project)[0]
        good = path.read_text(encoding="utf-8")
        path.write_text(good.replace("\nsector: ", "\nsector: khong-co-linh-vuc-nay\nx: ", 1), encoding="utf-8")
        assert not preview.build()[0], "a profile with an unknown sector stops the build"
        path.write_text(good.replace("summary: ", "summary: Đã sửa lỗi. ", 1), encoding="utf-8")
        assert preview.build()[0]
        files = assert_same(tmp_path / "preview", clean(project, tmp_path)[0], "fixed after a failure")
        assert any("Đã sửa lỗi.".encode() in data for data in files.values())
    finally:
        preview.close()
