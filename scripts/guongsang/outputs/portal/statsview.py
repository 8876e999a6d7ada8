"""The statistics page (/thong-ke/): the report's counts as bar charts, each with its data table.

Bars are sorted largest first, except where the categories have an order of their own: years
(newest first) and award levels (highest first). Units get one chart per level of their tree: the
top-level units (when there are several), then, for each unit with sub-units, its sub-units. A
province is never drawn on the same scale as its communes.
"""

from __future__ import annotations

from typing import Any

from guongsang.core.catalog import FACET_BY_KEY, Catalog
from guongsang.outputs.portal.pages import facet_url
from guongsang.outputs.reports.charts import bar_chart
from guongsang.outputs.reports.stats import Row, build_report

CHARTS = (("sector", "Theo lĩnh vực"), ("year", "Theo năm khen thưởng"), ("unit", "Theo đơn vị"),
          ("award_level", "Theo cấp khen thưởng"), ("kind", "Theo loại điển hình"))
ORDINAL = ("year", "award_level")  # shown in their own order, not by size


def _largest_first(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda r: -r.count)  # stable: equal counts keep the vocabulary's order


def _unit_figures(catalog: Catalog, chart_id: str, rows: list[Row]) -> list[dict[str, str]]:
    by_id = {r.id: r for r in rows}
    roots = [r for r in rows if r.depth == 0]
    levels: list[tuple[str, list[Row]]] = []
    if len(roots) > 1:
        levels.append(("Các đơn vị cấp trên cùng", roots))
    for r in rows:
        children = [by_id[c] for c in catalog.vocabs.unit_children(r.id) if c in by_id]
        if children:
            levels.append((f"Trực thuộc {r.name}", children))
    figures = []
    for i, (title, level) in enumerate(levels, 1):
        fid = f"{chart_id}-{i}"
        figures.append({"id": fid, "title": title,
                        "html": bar_chart(fid, f"{title}: số gương điển hình", [(x.name, x.count) for x in _largest_first(level)])})
    return figures


def stats_view(catalog: Catalog) -> dict[str, Any]:
    report = build_report(catalog, [])
    groups = {g.key: g for g in report.groups}
    charts = []
    for key, title in CHARTS:
        group, slug = groups[key], FACET_BY_KEY[key].slug
        chart_id = f"bieu-do-{slug}"
        if key == "unit":
            rows = group.rows  # the table keeps the tree
            figures = _unit_figures(catalog, chart_id, rows)
        else:
            rows = group.rows if key in ORDINAL else _largest_first(group.rows)
            figures = [{"id": chart_id, "title": "", "html": bar_chart(chart_id, f"{title}: số gương điển hình",
                                                                      [(r.name, r.count) for r in rows])}]
        charts.append({
            "id": chart_id,
            "title": title,
            "figures": figures,
            "rows": [{"name": r.name, "count": r.count, "depth": r.depth, "url": f"{slug}/{r.id}/"} for r in rows],
            "unit": key == "unit",
            "facet_url": facet_url(slug),
        })
    return {"total": report.total, "charts": charts}
