"""Finding the images a profile's body loads (issue 17, item 5): every form Markdown and HTML offer,
with the line of each, in time linear in the body's length (hostile bodies included)."""

from __future__ import annotations

import pytest

import linearkit
from guongsang.core.bodyimages import find, is_remote, path_of, rewrite

BODY = """Đoạn đầu.

![Ảnh một](anh-1.jpg "Chú thích")
Chữ ![Ảnh hai](<anh 2.jpg>) giữa dòng.

<IMG alt="ba" SRC='anh-3.png'>
<img data-src="khong-phai.jpg" src=anh-4.webp>

![Ảnh năm][nam] và ![sau]

```markdown
![Trong khối mã](khong-tinh.jpg)
```

[nam]: anh-5.jpg
[Sau]: <anh%206.jpg>
[khong-dung]: khong-dung.jpg
![Ngoài](https://theo-doi.example.net/p.gif)
"""


def test_every_form_is_found_with_its_line() -> None:
    found = [(image.target, image.line) for image in find(BODY)]
    assert found == [
        ("anh-1.jpg", 3), ("anh 2.jpg", 4), ("anh-3.png", 6), ("anh-4.webp", 7),
        ("anh-5.jpg", 15), ("anh%206.jpg", 16), ("https://theo-doi.example.net/p.gif", 18),
    ]
    assert [is_remote(i.target) for i in find(BODY)] == [False] * 6 + [True]
    assert path_of("anh%206.jpg") == "anh 6.jpg"


def test_rewrite_replaces_exactly_the_targets() -> None:
    images = find(BODY)
    out = rewrite(BODY, {i.start: (i.end, f"X{n}") for n, i in enumerate(images)})
    assert "![Ảnh một](X0 \"Chú thích\")" in out and "![Ảnh hai](X1)" in out and "SRC=X2>" in out
    assert "[nam]: X4" in out and "[Sau]: X5" in out and "![Trong khối mã](khong-tinh.jpg)" in out


def test_images_written_in_inline_code_are_text_not_images() -> None:
    body = "Viết `![ảnh](a.jpg)` hoặc ``<img src=\"b.jpg\">`` để chèn ảnh.\n\nMột dấu ` lẻ rồi ![thật](c.jpg)\n"
    assert [(i.target, i.line) for i in find(body)] == [("c.jpg", 3)]
    assert [i.target for i in find("`mở\n\nđoạn mới` ![thật](d.jpg)")] == ["d.jpg"]  # no code span across paragraphs


def test_a_fence_is_closed_only_by_its_own_kind() -> None:
    body = "~~~\n```\n~~~\n![sau khối mã](that.jpg)\n````\n![trong](khong.jpg)\n```\n![van-trong](khong-2.jpg)\n````\n"
    assert [i.target for i in find(body)] == ["that.jpg"]


def test_a_story_without_images_costs_nothing() -> None:
    assert find("Không có ảnh nào [ở đây](https://a.example/) cả.\n" * 1000) == []


HOSTILE = {
    "image openers": "![",
    "nested openers": "![[",
    "unclosed targets": "![a](",
    "reference uses": "![a][",
    "html openers": "<img ",
    "unclosed src": '<img src="',
    "definitions": "[a]: b\n",
    "fences": "```\n",
    "code spans across paragraphs": "`a\n\n`` ![](x.jpg) ",
    "backtick runs of every length": "` `` ``` ```` ",
}


@pytest.mark.parametrize("unit", list(HOSTILE.values()), ids=list(HOSTILE))
def test_the_scan_is_linear(unit: str) -> None:
    """A hostile body four times as long takes at most 8 times as long (tests/linearkit.py): 300 kB against
    1.2 MB, large enough that a quadratic scan would take seconds."""
    lead = "![x](a.jpg)\n"  # one real image, so the scan cannot stop at its first look
    ratio, seen = linearkit.ratio(find, lambda n: lead + unit * (n // len(unit)), (300_000,))
    assert ratio <= linearkit.MAX_RATIO, (unit, seen)
