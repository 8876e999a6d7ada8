"""The portal's "Bản tin phát thanh" pages: a real build of the sample has an index of months and, per
month, the script `guongsang radio --month` gives, with its .txt and .docx; values are escaped."""

from __future__ import annotations

import html
import re
from pathlib import Path

import docx
import pytest

from conftest import copy_project, run_guongsang, sample_profiles, write
from test_radio import HOSTILE

BASE = "ban-tin-phat-thanh"


def _months() -> list[str]:
    return sorted({str(m["date"])[:7] for _s, published, m in sample_profiles() if published}, reverse=True)


def _script(page: str) -> list[str]:
    block = page.split('<div class="gs-radio-script">', 1)[1].split("</div>", 1)[0]
    return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<(?:p|h2)>(.*?)</(?:p|h2)>", block, re.S)]


def test_index_lists_every_month_newest_first(sample_site: Path) -> None:
    page = (sample_site / BASE / "index.html").read_text(encoding="utf-8")
    linked = re.findall(rf'href="[^"]*{BASE}/(\d{{4}}-\d{{2}})/"', page)
    assert linked == _months()
    assert sorted(p.name for p in (sample_site / BASE).iterdir() if p.is_dir()) == sorted(_months())


def test_month_page_is_the_bulletin_with_its_downloads(sample_site: Path) -> None:
    month = "2024-11"
    folder = sample_site / BASE / month
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert f"ban-tin-{month}.docx" in page and f"ban-tin-{month}.txt" in page
    text = (folder / f"ban-tin-{month}.txt").read_text(encoding="utf-8")
    cli = run_guongsang("radio", "--month", month, cwd=sample_site.parent)
    assert cli.returncode == 0, cli.stderr
    assert text == cli.stdout  # the same settings, the same day: the same bytes
    read = [line for line in text.split("\n\n")[1:] if line.strip()]
    shown = _script(page)
    assert shown == [r.strip() for r in read]
    document = docx.Document(str(folder / f"ban-tin-{month}.docx"))
    assert document.paragraphs[0].text == "Bản tin phát thanh: Gương điển hình tiên tiến"
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == \
        [s for s in shown if re.match(r"\d+\. ", s)]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("radio-portal") / "du-an")
    write(root, "exemplars/2024/thu.md", HOSTILE)
    result = run_guongsang("build", cwd=root)
    assert result.returncode == 0, result.stderr
    return root / "site"


def test_hostile_values_are_escaped(hostile_site: Path) -> None:
    page = (hostile_site / BASE / "2024-11" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    script = " ".join(_script(page))
    assert "Thử" in script and "http" not in script


def test_withdrawn_profiles_leave_the_month(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "du-an")
    write(root, "exemplars/2024/thu.md", HOSTILE.replace("featured: true\n", "featured: true\nwithdrawn: true\n"))
    assert run_guongsang("build", cwd=root).returncode == 0
    for path in (root / "site" / BASE).rglob("*"):
        if path.suffix in (".html", ".txt"):
            assert "Thử" not in path.read_text(encoding="utf-8"), path


def test_the_preview_removes_a_month_that_emptied(tmp_path: Path) -> None:
    """A profile alone in its month, then deleted: the preview's next (incremental) build removes the
    month's page and downloads, and its folder equals a clean build's."""
    from identicalkit import Preview, assert_same, clean

    project = copy_project(tmp_path / "du-an")
    alone = write(project, "exemplars/2021/mot-minh.md",
                  HOSTILE.replace("date: 2024-11-20", "date: 2021-03-15").replace("year: 2024", "year: 2021"))
    preview = Preview(project, tmp_path / "preview")
    try:
        built, _again, why = preview.build()
        assert built, why
        month = tmp_path / "preview" / BASE / "2021-03"
        assert {p.name for p in month.iterdir()} == {"index.html", "ban-tin-2021-03.txt", "ban-tin-2021-03.docx"}
        alone.unlink()
        built, _again, why = preview.build()
        assert built, why
        assert not any(month.glob("*")), sorted(month.glob("*"))
        assert_same(tmp_path / "preview", clean(project, tmp_path)[0], "a month emptied")
    finally:
        preview.close()
