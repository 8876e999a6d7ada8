"""`guongsang report` on the sample, through the real command line; expected numbers come from the
profiles' front matter (python-frontmatter) and units.yml (PyYAML), not from Guongsang's code."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
import yaml

from conftest import REPO, copy_project, run_guongsang, sample_profiles, write

UNITS = yaml.safe_load((REPO / "exemplars" / "_vocab" / "units.yml").read_text(encoding="utf-8"))
PARENT = {u["id"]: u.get("parent") for u in UNITS}


def published(year: int | None = None) -> list[dict[str, object]]:
    return [m for _, ok, m in sample_profiles() if ok and (year is None or m["year"] == year)]


def with_parents(unit: str) -> list[str]:
    out = []
    while unit:
        out.append(unit)
        unit = PARENT.get(unit)
    return out


def read_csv(text: str) -> tuple[list[list[str]], list[list[str]]]:
    """(count rows, shortfall rows) of the CSV report."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if [] in rows:
        cut = rows.index([])
        return rows[1:cut], rows[cut + 2:]
    return rows[1:], []


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("bao-cao") / "du-an")


@pytest.mark.parametrize("year", [None, 2024])
def test_csv_totals_equal_the_published_profiles(project: Path, year: int | None) -> None:
    args = ["report", "--format", "csv"] + (["--year", str(year)] if year else [])
    result = run_guongsang(*args, cwd=project)
    assert result.returncode == 0, result.stderr
    counts, _ = read_csv(result.stdout)
    expected = published(year)
    groups = {row[0] for row in counts}
    assert groups == {"Lĩnh vực", "Cấp khen thưởng", "Loại điển hình", "Năm", "Đơn vị"}
    for group in groups - {"Đơn vị"}:
        rows = [r for r in counts if r[0] == group]
        total = [r for r in rows if r[2] == "Tổng"]
        assert total and int(total[0][3]) == len(expected) == sum(int(r[3]) for r in rows if r[2] != "Tổng"), group
    sectors = Counter(str(m["sector"]) for m in expected)
    assert {r[1]: int(r[3]) for r in counts if r[0] == "Lĩnh vực" and r[1]} == dict(sectors)
    units = Counter(u for m in expected for u in with_parents(str(m["unit"])))
    assert {r[1]: int(r[3]) for r in counts if r[0] == "Đơn vị"} == dict(units)  # as on the portal's sections


def test_units_below_quota_are_listed(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    write(project, "exemplars/_vocab/quotas.yml", "# Mỗi xã, phường ít nhất 2 gương điển hình mỗi năm.\n"
                                                  "- type: xa-phuong\n  per_year: 2\n")
    result = run_guongsang("report", "--format", "csv", cwd=project)
    assert result.returncode == 0, result.stderr
    _, shortfalls = read_csv(result.stdout)
    years = sorted({int(m["year"]) for m in published()})
    have = Counter((u, int(m["year"])) for m in published() for u in with_parents(str(m["unit"])))
    expected = {(u["id"], y) for u in UNITS if u.get("type") == "xa-phuong" for y in years if have[(u["id"], y)] < 2}
    assert expected, "the sample should leave some commune below 2 a year"
    assert {(r[0], int(r[3])) for r in shortfalls} == expected
    assert all(int(r[6]) == 2 - int(r[4]) for r in shortfalls)


def test_xlsx_reads_back(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "thong-ke.xlsx"
    result = run_guongsang("report", "--format", "xlsx", "--output", str(out), cwd=project)
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out)["Thống kê"]
    rows = [r for r in sheet.iter_rows(values_only=True)][2:]
    totals = {r[0]: r[3] for r in rows if r[2] == "Tổng"}
    assert totals["Lĩnh vực"] == totals["Năm"] == len(published())


def test_markdown_is_the_default(project: Path) -> None:
    result = run_guongsang("report", "--year", "2024", cwd=project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"# Thống kê gương điển hình tiên tiến đã đăng (năm 2024): {len(published(2024))}")
    assert "| **Tổng** |" in result.stdout


def test_a_bad_quota_file_is_reported_with_its_line(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    write(project, "exemplars/_vocab/quotas.yml", "- type: xa-phuong\n  per_year: 1\n- type: xa_phuong\n  per_year: 0\n")
    result = run_guongsang("report", cwd=project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "GS508" in result.stderr and "quotas.yml:3" in result.stderr and "xa-phuong" in result.stderr


def test_xlsx_needs_an_output_file(project: Path) -> None:
    result = run_guongsang("report", "--format", "xlsx", cwd=project)
    assert result.returncode == 2 and "--output" in result.stderr and "Traceback" not in result.stderr


def test_statistics_page_has_charts_with_their_tables(sample_site: Path) -> None:
    from lxml import html

    page = html.parse(str(sample_site / "thong-ke" / "index.html")).getroot()
    sections = page.xpath("//section[contains(@class, 'gs-stats')]")
    assert [s.xpath("string(h2)") for s in sections] == ["Theo lĩnh vực", "Theo năm khen thưởng", "Theo đơn vị",
                                                         "Theo cấp khen thưởng", "Theo loại điển hình"]
    for section in sections:
        charts = section.xpath(".//*[contains(@class, 'gs-chart ') or @class='gs-chart']")
        assert charts and all(c.get("role") == "img" and c.get("aria-label") for c in charts)
        bars = [int(t.text) for t in section.xpath(".//*[@class='gs-chart__value']")]
        table = {r.xpath("string(th)"): int(r.xpath("string(td)")) for r in section.xpath(".//tbody/tr")}
        assert bars and all(b in table.values() for b in bars)
        if section.xpath("string(h2)") != "Theo đơn vị":
            assert sum(table.values()) == len(published()) and bars == list(table.values())
    by_year = Counter(int(m["year"]) for m in published())
    years = {s.xpath("string(h2)"): s for s in sections}["Theo năm khen thưởng"]
    assert {int(r.xpath("string(th)").split()[-1]): int(r.xpath("string(td)")) for r in years.xpath(".//tbody/tr")} == by_year
    assert not page.xpath("//script[contains(@src, '//')]")  # no script from another host
