"""Slugs and folding: the URL of a profile is made from its Vietnamese name."""

from __future__ import annotations

import unicodedata

import pytest

from guongsang.core.text import fold, is_slug, match_key, slugify

SLUGS = [
    ("Đặng Thị Hường", "dang-thi-huong"),
    ("Nguyễn Văn Ưng", "nguyen-van-ung"),
    ("Lò Thị Ỷ", "lo-thi-y"),
    ("Tập thể lớp 12A1 — Trường THPT Lê Quý Đôn", "tap-the-lop-12a1-truong-thpt-le-quy-don"),
    ("  Hộ gia đình ông Phạm Văn Lực  ", "ho-gia-dinh-ong-pham-van-luc"),
    ("Mô hình “Dân vận khéo”", "mo-hinh-dan-van-kheo"),
    ("H'Hen Niê", "h-hen-nie"),
    (unicodedata.normalize("NFD", "Đắk Lắk"), "dak-lak"),
]


@pytest.mark.parametrize(("name", "slug"), SLUGS)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug
    assert is_slug(slug)


@pytest.mark.parametrize(("text", "folded"), [("Đắk Lắk", "Dak Lak"), ("thi đua", "thi dua"), ("Cường", "Cuong")])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_match_key_ignores_case_spacing_and_unicode_form() -> None:
    assert match_key(unicodedata.normalize("NFD", "Giáo dục  và đào tạo")) == match_key("GIÁO DỤC VÀ ĐÀO TẠO")


@pytest.mark.parametrize("bad", ["", "A", "a--b", "-a", "a-", "a_b", "đ"])
def test_is_slug_rejects(bad: str) -> None:
    assert not is_slug(bad)


@pytest.mark.parametrize(("old", "new"), [("Xã Tân Hoà", "Xã Tân Hòa"), ("Lê Thị Thuý", "Lê Thị Thúy"),
                                          ("khoẻ", "khỏe"), ("Quỳnh Hoá", "QUỲNH HÓA")])
def test_match_key_accepts_both_tone_placements(old: str, new: str) -> None:
    assert match_key(old) == match_key(new)
    assert match_key("Hòa") != match_key("Hóa") and match_key("hoa") != match_key("hòa")
