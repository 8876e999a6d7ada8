"""Vietnamese text as it is read aloud (outputs/radio): numbers, dates, percentages, ranges, units,
decision numbers and abbreviations, table by table; every scan linear on hostile text."""

from __future__ import annotations

import pytest

import linearkit
from conftest import REPO
from guongsang.core.abbreviations import load_all
from guongsang.outputs.radio.numbers import read_int
from guongsang.outputs.radio.spoken import expand_abbreviations, say_numbers, speak, syllables

TABLE = load_all(REPO, REPO / "exemplars" / "_vocab").table

INTEGERS = [
    (0, "không"),
    (5, "năm"),
    (10, "mười"),
    (11, "mười một"),
    (14, "mười bốn"),
    (15, "mười lăm"),
    (20, "hai mươi"),
    (21, "hai mươi mốt"),
    (24, "hai mươi tư"),
    (25, "hai mươi lăm"),
    (74, "bảy mươi tư"),
    (100, "một trăm"),
    (101, "một trăm linh một"),
    (105, "một trăm linh năm"),
    (110, "một trăm mười"),
    (115, "một trăm mười lăm"),
    (1000, "một nghìn"),
    (1005, "một nghìn không trăm linh năm"),
    (1014, "một nghìn không trăm mười bốn"),
    (1200, "một nghìn hai trăm"),
    (1874, "một nghìn tám trăm bảy mươi tư"),
    (2010, "hai nghìn không trăm mười"),
    (2024, "hai nghìn không trăm hai mươi tư"),
    (10000, "mười nghìn"),
    (1000000, "một triệu"),
    (1000005, "một triệu không trăm linh năm"),
    (1020300, "một triệu không trăm hai mươi nghìn ba trăm"),
    (14200000000, "mười bốn tỷ hai trăm triệu"),
    (10**18, "một tỷ tỷ"),
]


@pytest.mark.parametrize(("value", "said"), INTEGERS)
def test_integers(value: int, said: str) -> None:
    assert read_int(value) == said


TEXTS = [
    ("1.000.005 đồng", "một triệu không trăm linh năm đồng"),
    ("1.200 hộ", "một nghìn hai trăm hộ"),
    ("1,5", "một phẩy năm"),
    ("14,2 tỷ đồng", "mười bốn phẩy hai tỷ đồng"),
    ("3,5 triệu đồng", "ba phẩy năm triệu đồng"),
    ("0,05", "không phẩy không năm"),
    ("35%", "ba mươi lăm phần trăm"),
    ("12,5 %", "mười hai phẩy năm phần trăm"),
    ("100% học viên", "một trăm phần trăm học viên"),
    ("11/6", "ngày mười một tháng sáu"),
    ("ngày 11/6", "ngày mười một tháng sáu"),
    ("15/3/2024", "ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi tư"),
    ("tháng 4/2024", "tháng tư năm hai nghìn không trăm hai mươi tư"),
    ("năm 2024", "năm hai nghìn không trăm hai mươi tư"),
    ("2016–2024", "từ hai nghìn không trăm mười sáu đến hai nghìn không trăm hai mươi tư"),
    ("2016-2024", "từ hai nghìn không trăm mười sáu đến hai nghìn không trăm hai mươi tư"),
    ("giai đoạn 2020–2023", "giai đoạn hai nghìn không trăm hai mươi đến hai nghìn không trăm hai mươi ba"),
    ("3–5 ha", "từ ba đến năm héc-ta"),
    ("2 ha lúa", "hai héc-ta lúa"),
    ("12 km đường", "mười hai ki-lô-mét đường"),
    ("500 m² nhà", "năm trăm mét vuông nhà"),
    ("3 mẫu", "ba mẫu"),
    ("lần thứ 4", "lần thứ tư"),
    ("hạng thứ 1", "hạng thứ nhất"),
    ("lúc 7:30", "lúc bảy giờ ba mươi phút"),
    ("0912345678", "không chín một hai ba bốn năm sáu bảy tám"),
    ("số 0209 3856 123.", "số không hai không chín ba tám năm sáu một hai ba."),
    ("4.0", "bốn chấm không"),
    ("1/1/1", "một trên một trên một"),
]


@pytest.mark.parametrize(("text", "said"), TEXTS)
def test_numbers_in_text(text: str, said: str) -> None:
    assert say_numbers(text, TABLE) == said


DECISIONS = [
    ("1874/QĐ-TTg", "Quyết định số một nghìn tám trăm bảy mươi tư của Thủ tướng Chính phủ"),
    ("2156/QĐ-UBND", "Quyết định số hai nghìn một trăm năm mươi sáu của Ủy ban nhân dân"),
    ("Quyết định số 15/QĐ-UBND", "Quyết định số mười lăm của Ủy ban nhân dân"),
    ("Nghị định 15/2023/NĐ-CP", "Nghị định số mười lăm năm hai nghìn không trăm hai mươi ba của Chính phủ"),
    ("Luật số 06/2022/QH15", "Luật số không sáu năm hai nghìn không trăm hai mươi hai của Quốc hội khóa mười lăm"),
]


@pytest.mark.parametrize(("text", "said"), DECISIONS)
def test_decision_numbers(text: str, said: str) -> None:
    assert speak(text, TABLE) == said


ABBREVIATIONS = [
    ("UBND xã", "Ủy ban nhân dân xã"),
    ("UBNDX", "UBNDX"),  # whole tokens only
    ("ubnd", "ubnd"),  # case-sensitive
    ("HĐND, HTX và THCS", "Hội đồng nhân dân, hợp tác xã và trung học cơ sở"),
    ("theo NĐ-CP", "theo Nghị định của Chính phủ"),  # the longest entry first
    ("theo NĐ", "theo Nghị định"),
    ("Sở KH&CN", "Sở khoa học và công nghệ"),
    ("QĐ-UBND", "Quyết định Ủy ban nhân dân"),
]


@pytest.mark.parametrize(("text", "said"), ABBREVIATIONS)
def test_abbreviations(text: str, said: str) -> None:
    assert expand_abbreviations(text, TABLE) == said


CLEANED = [
    ("Hội Nông dân (HND) xã", "Hội Nông dân xã"),
    ("xem https://x.vn/a?b=1 và www.y.vn nhé", "xem và nhé"),
    ("Chị nói: “Làm nhanh”.", "Chị nói: Làm nhanh."),
    ("Tư pháp – Hộ tịch", "Tư pháp, Hộ tịch"),
    ("((lồng (nhau))) còn", "còn"),
    ("((chưa đóng (x) còn", "chưa đóng còn"),
    ("mở ) đóng (", "mở đóng"),
    ("a <script>b</script> c", "a b c"),
    ("3 < 5", "ba năm"),
    ("COVID-19", "COVID mười chín"),
    ("Hoa\u0300 bi\u0300nh", "Hoà bình"),  # NFC (composed), never respelled
]


@pytest.mark.parametrize(("text", "said"), CLEANED)
def test_text_for_the_ear(text: str, said: str) -> None:
    import unicodedata

    assert speak(text, TABLE) == unicodedata.normalize("NFC", said)


@pytest.mark.parametrize("text", ["99999999999999999999", "9" * 200, "1/1/1/1/1/1/1/1/1/1/1/1/1/1/1", "1." * 300,
                                  "1874/" * 100, "-–" * 50 + "5", "%" * 10, "1,2,3,4", "thứ 99999"])
def test_hostile_numbers_leave_no_digit(text: str) -> None:
    said = speak(text, TABLE)
    assert not any(ch.isdigit() for ch in said), said


def test_syllables() -> None:
    assert syllables("hai mươi tư héc-ta") == 5


LINEAR = {
    "digits": lambda n: "1" * n,
    "digits-dots": lambda n: "1." * (n // 2),
    "slashes": lambda n: "1/" * (n // 2),
    "dashes": lambda n: "1-" * (n // 2),
    "decisions": lambda n: "1/QĐ-" * (n // 5),
    "parentheses": lambda n: "(" * n,
    "url-starts": lambda n: " http" * (n // 5),
    "abbr-tokens": lambda n: "UBND-" * (n // 5),
    "percent-runs": lambda n: "1 %" * (n // 3),
    "units": lambda n: "1 ha " * (n // 5),
    "phone-groups": lambda n: "012" + " 345" * (n // 4),
}


@pytest.mark.parametrize("shape", LINEAR)
def test_speaking_is_linear(shape: str) -> None:
    ratio, seen = linearkit.ratio(lambda text: speak(text, TABLE), LINEAR[shape], (1000, 2000, 4000))
    assert ratio <= linearkit.MAX_RATIO, f"{shape}: {seen}"
