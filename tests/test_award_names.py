"""Award forms named as Law 06/2022/QH15 names them: each order with its class, each Giấy khen and
Bằng khen by who signs it. Generic ids stay valid and draw a warning (GS134) with the specific forms."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from conftest import REPO, check_json, run_guongsang, sample_profiles, valid_profile, write
from guongsang.core.awardforms import specific_forms
from guongsang.core.vocab import load_all
from guongsang.outputs.search.fold import from_index_form
from test_search_index import fragments

VOCABS = load_all(REPO, REPO / "exemplars")
FORMS = VOCABS["award_forms"]

# id → name, as the law writes them (Điều 8, 9, 33–74, 80); a sample, every family of forms
LAW = {
    "huan-chuong-sao-vang": "Huân chương Sao vàng",
    "huan-chuong-ho-chi-minh": "Huân chương Hồ Chí Minh",
    "huan-chuong-doc-lap-hang-nhat": "Huân chương Độc lập hạng Nhất",
    "huan-chuong-quan-cong-hang-nhi": "Huân chương Quân công hạng Nhì",
    "huan-chuong-lao-dong-hang-ba": "Huân chương Lao động hạng Ba",
    "huan-chuong-bao-ve-to-quoc-hang-ba": "Huân chương Bảo vệ Tổ quốc hạng Ba",
    "huan-chuong-chien-cong-hang-nhat": "Huân chương Chiến công hạng Nhất",
    "huan-chuong-dung-cam": "Huân chương Dũng cảm",
    "huan-chuong-huu-nghi": "Huân chương Hữu nghị",
    "huy-chuong-quan-ky-quyet-thang": "Huy chương Quân kỳ quyết thắng",
    "huy-chuong-vi-an-ninh-to-quoc": "Huy chương Vì an ninh Tổ quốc",
    "huy-chuong-chien-si-ve-vang-hang-ba": "Huy chương Chiến sĩ vẻ vang hạng Ba",
    "huy-chuong-huu-nghi": "Huy chương Hữu nghị",
    "anh-hung-lao-dong": "Anh hùng Lao động",
    "anh-hung-luc-luong-vu-trang-nhan-dan": "Anh hùng Lực lượng vũ trang nhân dân",
    "ba-me-viet-nam-anh-hung": "Bà mẹ Việt Nam anh hùng",
    "nha-giao-uu-tu": "Nhà giáo ưu tú",
    "thay-thuoc-nhan-dan": "Thầy thuốc nhân dân",
    "nghe-nhan-uu-tu": "Nghệ nhân ưu tú",
    "giai-thuong-ho-chi-minh": "Giải thưởng Hồ Chí Minh",
    "chien-si-thi-dua-co-so": "Chiến sĩ thi đua cơ sở",
    "chien-si-tien-tien": "Chiến sĩ tiên tiến",
    "co-thi-dua-chinh-phu": "Cờ thi đua của Chính phủ",
    "don-vi-quyet-thang": "Đơn vị quyết thắng",
    "don-vi-tien-tien": "Đơn vị tiên tiến",
    "thon-to-dan-pho-van-hoa": "Thôn, tổ dân phố văn hóa",
    "bang-khen-thu-tuong": "Bằng khen của Thủ tướng Chính phủ",
    "bang-khen-chu-tich-ubnd-tinh": "Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh",
    "giay-khen-giam-doc-so": "Giấy khen của Giám đốc sở và tương đương",
    "giay-khen-chu-tich-ubnd-xa": "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã",
    "giay-khen-chu-tich-ubnd-huyen": "Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện",
}
GENERIC = {"huan-chuong", "huy-chuong", "danh-hieu-anh-hung", "bang-khen-bo-nganh-tinh", "giay-khen"}


@pytest.mark.parametrize(("form_id", "name"), sorted(LAW.items()))
def test_default_vocabulary_names_each_form_as_the_law_does(form_id: str, name: str) -> None:
    assert FORMS.terms[form_id].name == name
    assert FORMS.resolve(name) == form_id  # a profile may write the name instead of the id


def test_orders_have_their_three_classes_and_every_name_resolves_to_one_form() -> None:
    for order in ("doc-lap", "quan-cong", "lao-dong", "bao-ve-to-quoc", "chien-cong"):
        assert {f"huan-chuong-{order}-hang-{c}" for c in ("nhat", "nhi", "ba")} <= set(FORMS.terms)
    assert VOCABS.problems == []
    for term in FORMS:
        for text in (term.name, *term.aliases):
            assert FORMS.owners_of(text) == [term.id], text
    assert {t.id for t in FORMS if specific_forms(FORMS, t.id)} == GENERIC


def test_generic_ids_still_valid_but_warn_with_the_specific_forms(project: Path) -> None:
    write(project, "exemplars/a.md", valid_profile("Lê Văn A", "award: giay-khen\n").replace(
        "award_level: bo-nganh-tinh", "award_level: co-so"))
    write(project, "exemplars/b.md", valid_profile("Lê Văn B", "award: huan-chuong\n").replace(
        "award_level: bo-nganh-tinh", "award_level: nha-nuoc").replace(
        "Chị là điển hình", "Năm 2024 chị được tặng Huân chương Lao động hạng Ba. Chị là điển hình"))
    write(project, "exemplars/c.md", valid_profile("Lê Văn C", "award: bang-khen-bo-nganh-tinh\n"))
    write(project, "exemplars/d.md", valid_profile("Lê Văn D", "award: Huân chương Lao động hạng Ba\n").replace(
        "award_level: bo-nganh-tinh", "award_level: nha-nuoc"))
    exit_code, problems = check_json(project)
    assert exit_code == 0, problems
    warned = {p["file"]: p for p in problems if p["code"] == "GS134"}
    assert set(warned) == {"exemplars/a.md", "exemplars/b.md", "exemplars/c.md"}
    assert all(p["severity"] == "warning" and p["field"] == "award" and p["line"] == 10 for p in warned.values())
    assert "giay-khen-chu-tich-ubnd-xa" in str(warned["exemplars/a.md"]["hint"])
    assert "giay-khen-chu-tich-ubnd-huyen" not in str(warned["exemplars/a.md"]["hint"])  # not a co-so form
    # the profile's own words name the class: that is the suggestion
    assert '"award: huan-chuong-lao-dong-hang-ba"' in str(warned["exemplars/b.md"]["hint"])
    assert "bang-khen-chu-tich-ubnd-tinh" in str(warned["exemplars/c.md"]["hint"])


def test_no_sample_profile_uses_a_generic_form() -> None:
    used = {str(meta.get("award")) for _, _, meta in sample_profiles() if meta.get("award")}
    assert not used & GENERIC, used & GENERIC


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def test_full_name_on_profile_cards_and_search(sample_site: Path) -> None:
    profile = _text((sample_site / "guong-dien-hinh/le-thi-minh-phuong/index.html").read_text(encoding="utf-8"))
    assert "Huân chương Lao động hạng Ba (Quyết định số 985/QĐ-CTN)" in profile
    year = _text((sample_site / "nam/2024/index.html").read_text(encoding="utf-8"))  # a section's cards
    assert "Huân chương Lao động hạng Ba (2024)" in year
    assert "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã (2024)" in year
    awards = {f["url"]: f["meta"].get("award") for f in fragments(sample_site)}  # type: ignore[union-attr]
    award = next(v for u, v in awards.items() if str(u).endswith("/le-thi-minh-phuong/"))
    assert from_index_form(str(award)) == "Huân chương Lao động hạng Ba"  # the result adds the year; Pagefind's đ-folding undone


def test_demo_names_every_award(tmp_path: Path) -> None:
    dest = tmp_path / "demo"
    result = run_guongsang("demo", "--count", "400", str(dest), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    awards = [m.group(1) for p in (dest / "exemplars").rglob("*.md")
              if (m := re.search(r"^award: (\S+)$", p.read_text(encoding="utf-8"), re.M))]
    assert len(awards) > 300 and not set(awards) & GENERIC, set(awards) & GENERIC
    assert {"giay-khen-chu-tich-ubnd-xa", "giay-khen-chu-tich-ubnd-huyen", "bang-khen-chu-tich-ubnd-tinh"} <= set(awards)
    exit_code, problems = check_json(dest)
    assert exit_code == 0 and not [p for p in problems if p["code"] in ("GS134", "GS202")], problems[:3]
