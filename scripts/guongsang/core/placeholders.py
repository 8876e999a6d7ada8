"""The guiding story `guongsang new` writes, and what `check` says when its sentences are left in.

The sentences guide the writer; published, they would tell readers "Kết quả cụ thể thứ hai." in place of a
result. `check` warns (GS120) on each one still in the story, at its line, so `check --strict` and a
reviewer catch a profile saved before it was written. One substring search per sentence: linear.
"""

from __future__ import annotations

BODY_TEMPLATE = """\
Giới thiệu ngắn: {title} là ai, ở đâu, đã làm được gì nổi bật.

## Thành tích nổi bật

- Kết quả cụ thể thứ nhất (có số liệu).
- Kết quả cụ thể thứ hai.

## Cách làm

Kể lại cách làm, khó khăn đã vượt qua và những gì người khác có thể học tập.

> "Lời chia sẻ của nhân vật." — {title}
"""

# Pieces of the template no real story contains (the title is left out: it is the profile's own)
SENTENCES = (
    "Giới thiệu ngắn: ",
    "là ai, ở đâu, đã làm được gì nổi bật.",
    "Kết quả cụ thể thứ nhất (có số liệu).",
    "Kết quả cụ thể thứ hai.",
    "Kể lại cách làm, khó khăn đã vượt qua và những gì người khác có thể học tập.",
    "Lời chia sẻ của nhân vật.",
)


def left_in(body: str) -> list[tuple[int, str]]:
    """(line within the body, sentence) of each guiding sentence still in the story, in story order."""
    found = []
    for sentence in SENTENCES:
        at = body.find(sentence)
        if at >= 0:
            found.append((body.count("\n", 0, at) + 1, sentence.strip()))
    return sorted(found)


def message(left: list[tuple[int, str]]) -> str:
    """One warning for the whole story: how many guiding sentences are left, and the first of them."""
    first = left[0][1].rstrip(".: ")
    if len(left) == 1:
        return f"Bài viết còn một câu hướng dẫn của guongsang new: «{first}»."
    return f"Bài viết còn {len(left)} câu hướng dẫn của guongsang new, câu đầu tiên: «{first}»."
