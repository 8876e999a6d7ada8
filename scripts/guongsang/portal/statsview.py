"""The statistics page (/thong-ke/): the report's counts as SVG charts, each with its data table."""

from __future__ import annotations

from typing import Any

from guongsang.catalog import FACET_BY_KEY, Catalog
from guongsang.portal.pages import facet_url
from guongsang.reports.charts import bar_chart
from guongsang.reports.stats import build_report

CHARTS = (("sector", "Theo lĩnh vực"), ("year", "Theo năm khen thưởng"), ("unit", "Theo đơn vị"),
          ("award_level", "Theo cấp khen thưởng"), ("kind", "Theo loại điển hình"))
UNIT_DEPTH = 1  # the unit chart shows the top of the tree; the table and the sections have the rest


def stats_view(catalog: Catalog) -> dict[str, Any]:
    report = build_report(catalog, [])
    groups = {g.key: g for g in report.groups}
    charts = []
    for key, title in CHARTS:
        group, slug = groups[key], FACET_BY_KEY[key].slug
        chart_id = f"bieu-do-{slug}"
        shown = [r for r in group.rows if key != "unit" or r.depth <= UNIT_DEPTH]
        charts.append({
            "id": chart_id,
            "title": title,
            "svg": bar_chart(chart_id, f"{title}: số gương điển hình", [(r.name, r.count) for r in shown]),
            "rows": [{"name": r.name, "count": r.count, "depth": r.depth, "url": f"{slug}/{r.id}/"} for r in group.rows],
            "unit": key == "unit",
            "facet_url": facet_url(slug),
        })
    return {"total": report.total, "charts": charts}
