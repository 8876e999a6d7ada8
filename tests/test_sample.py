"""The sample content is what a new office copies: it must be valid, varied and realistic.

Read with python-frontmatter (independently of Guongsang's loader), then checked as a whole.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import frontmatter
import pytest
import yaml

from conftest import REPO, check_json

EXEMPLARS = REPO / "exemplars"
PROFILES = sorted(p for p in EXEMPLARS.rglob("*.md") if not any(s.startswith(("_", ".")) for s in p.relative_to(EXEMPLARS).parts))
POSTS = {p: frontmatter.load(p) for p in PROFILES}
PHONE = re.compile(r"(?<!\d)(?:\+84|0)(?:[\s.]?\d){9}(?!\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def _vocab(name: str) -> list[dict[str, object]]:
    own = EXEMPLARS / "_vocab" / f"{name}.yml"
    path = own if own.is_file() else REPO / "scripts" / "guongsang" / "defaults" / f"{name}.yml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_sample_checks_clean() -> None:
    assert check_json(REPO) == (0, [])


def test_at_least_forty_profiles_with_every_vocabulary_value_used() -> None:
    metas = [post.metadata for post in POSTS.values()]
    assert len(metas) >= 40
    for field, vocab in (("sector", "sectors"), ("kind", "kinds"), ("award_level", "award_levels")):
        assert {m[field] for m in metas} == {t["id"] for t in _vocab(vocab)}, field
    assert {m["year"] for m in metas} >= {2022, 2023, 2024, 2025}
    assert len({m["unit"] for m in metas}) >= 8
    assert len({m["campaign"] for m in metas if m.get("campaign")}) >= 2


def test_unit_tree_has_two_levels() -> None:
    units = _vocab("units")
    parents = {u["id"]: u.get("parent") for u in units}
    assert len(units) >= 8
    assert any(p is None for p in parents.values()) and any(p is not None for p in parents.values())
    for parent in parents.values():
        assert parent is None or parents[parent] is None  # two levels


def test_photos_drafts_and_a_scheduled_profile() -> None:
    metas = [post.metadata for post in POSTS.values()]
    with_photo = [m for m in metas if m.get("photo")]
    assert 0.25 <= len(with_photo) / len(metas) <= 0.45  # about a third
    for path, post in POSTS.items():
        if post.get("photo"):
            assert (path.parent / post["photo"]).is_file() and post.get("photo_alt") and post.get("consent") is True
    assert sum(bool(m.get("draft")) for m in metas) >= 2
    future = [m for m in metas if date.fromisoformat(str(m["date"])[:10]) > date(2026, 11, 22)]
    assert len(future) >= 1


@pytest.mark.parametrize("path", PROFILES, ids=lambda p: p.stem)
def test_profile_reads_like_a_real_story(path: Path) -> None:
    post = POSTS[path]
    words = len(post.content.split())
    assert 200 <= words <= 600, words
    assert "## " in post.content and "\n> " in post.content  # sections and a quote
    text = path.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert "<" not in post.content  # no raw HTML in the sample
    assert not PHONE.search(text) and not EMAIL.search(text)  # no personal contact data


def test_titles_are_varied() -> None:
    titles = Counter(str(post["title"]) for post in POSTS.values())
    assert titles.most_common(1)[0][1] == 1
