"""Profiles that must be accepted: BOM + CRLF, NFD text, names instead of ids, nested folders."""

from __future__ import annotations

import shutil
import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from conftest import FIXTURES, check_json, valid_profile, write
from guongsang.core.project import Project, check_project


def _copy_good(project: Path, name: str) -> None:
    folder = project / "exemplars" / "2024"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "good" / name, folder / name)


@pytest.mark.parametrize("name", sorted(p.name for p in (FIXTURES / "good").iterdir()))
def test_good_profile_passes_cli(project: Path, name: str) -> None:
    _copy_good(project, name)
    folder = project / "exemplars" / "2024"
    Image.new("RGB", (800, 1000)).save(folder / "anh-mau.jpg")  # smaller than 400 px would be warned (GS310)
    (folder / "xac-nhan.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")  # evidence is accepted by its bytes
    code, problems = check_json(project)
    assert problems == []
    assert code == 0


def test_bom_crlf_bytes_really_are_bom_crlf() -> None:
    raw = (FIXTURES / "good" / "bom-crlf.md").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw


def test_nfd_is_normalised_to_nfc(project: Path) -> None:
    raw = (FIXTURES / "good" / "nfd.md").read_text(encoding="utf-8")
    assert not unicodedata.is_normalized("NFC", raw)
    _copy_good(project, "nfd.md")
    result = check_project(Project.at(project))
    [ex] = result.exemplars
    assert ex.title == unicodedata.normalize("NFC", "Đặng Thị Hường")
    assert unicodedata.is_normalized("NFC", ex.body)
    assert (ex.profile.sector, ex.profile.unit) == ("nong-nghiep-nong-thon-moi", "xa-tan-hoa")


def test_vocabulary_names_in_any_case_become_ids(project: Path) -> None:
    _copy_good(project, "names-any-case.md")
    [ex] = check_project(Project.at(project)).exemplars
    p = ex.profile
    assert (p.kind, p.sector, p.award_level, p.unit, p.award, p.campaign) == (
        "ca-nhan", "giao-duc-dao-tao", "bo-nganh-tinh", "xa-tan-hoa", "bang-khen-chu-tich-ubnd-tinh", "dan-van-kheo",
    )


def test_date_without_zone_is_vietnam_time(project: Path) -> None:
    write(project, "exemplars/a.md", valid_profile())
    [ex] = check_project(Project.at(project)).exemplars
    assert ex.date.utcoffset() == timedelta(hours=7)
    assert (ex.date.year, ex.date.month, ex.date.day, ex.date.hour) == (2025, 1, 15, 0)


def test_nested_folders_and_hidden_files(project: Path) -> None:
    write(project, "exemplars/2024/xa/tan-hoa/nguyen-thi-hoa.md", valid_profile())
    write(project, "exemplars/_nhap/khong-phai-ho-so.md", "rác")
    write(project, "exemplars/.git-like/khong-phai.md", "rác")
    write(project, "exemplars/2024/_mau.md", "rác")
    write(project, "exemplars/2024/ghi-chu.txt", "rác")
    result = check_project(Project.at(project))
    assert [ex.source for ex in result.exemplars] == ["exemplars/2024/xa/tan-hoa/nguyen-thi-hoa.md"]
    assert result.files == 1 and result.problems == []


def test_slug_defaults_to_file_stem_and_can_be_set(project: Path) -> None:
    write(project, "exemplars/nguyen-thi-hoa.md", valid_profile())
    write(project, "exemplars/tran-van-ba.md", valid_profile("Trần Văn Ba", "slug: anh-ba\n"))
    slugs = sorted(ex.slug for ex in check_project(Project.at(project)).exemplars)
    assert slugs == ["anh-ba", "nguyen-thi-hoa"]
