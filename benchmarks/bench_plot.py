"""Build time against N for every tool, as a small self-contained SVG (log–log axes), from benchmarks/bench.py's results."""

from __future__ import annotations

import math
from html import escape
from pathlib import Path

COLOURS = {"ours": "#a31515", "ours_render_cold": "#e0607e", "plain": "#1f5fa8", "blog": "#7a4fa3", "pelican": "#2b8a3e", "hugo": "#c77700",
           "check": "#555555", "pagefind": "#999999"}
W, H, LEFT, RIGHT, TOP, BOTTOM = 720, 420, 70, 250, 30, 50


def write_plot(results: dict[str, dict], path: Path, labels: dict[str, str]) -> None:
    ns = sorted(int(n) for n in results)
    series: dict[str, list[tuple[int, float]]] = {}
    for n in ns:
        for tool, t in results[str(n)]["times"].items():
            series.setdefault(tool, []).append((n, t["median"]))
    values = [s for points in series.values() for _, s in points if s > 0]
    if not values:
        return
    x_lo, x_hi = math.log10(min(ns)) - 0.15, math.log10(max(ns)) + 0.15
    y_lo, y_hi = math.floor(math.log10(min(values))), math.ceil(math.log10(max(values)))

    def x(n: float) -> float:
        return LEFT + (math.log10(n) - x_lo) / (x_hi - x_lo) * (W - LEFT - RIGHT)

    def y(s: float) -> float:
        return H - BOTTOM - (math.log10(s) - y_lo) / max(y_hi - y_lo, 1) * (H - TOP - BOTTOM)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="12" '
           'role="img" aria-labelledby="t"><title id="t">Build time against number of profiles (log–log)</title>',
           f'<rect width="{W}" height="{H}" fill="#fff"/>']
    for e in range(y_lo, y_hi + 1):
        s = 10.0 ** e
        out.append(f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{y(s):.1f}" y2="{y(s):.1f}" stroke="#ddd"/>'
                   f'<text x="{LEFT - 6}" y="{y(s) + 4:.1f}" text-anchor="end">{s:g} s</text>')
    for n in ns:
        out.append(f'<line x1="{x(n):.1f}" x2="{x(n):.1f}" y1="{TOP}" y2="{H - BOTTOM}" stroke="#eee"/>'
                   f'<text x="{x(n):.1f}" y="{H - BOTTOM + 18}" text-anchor="middle">{n:,}</text>')
    out.append(f'<text x="{(LEFT + W - RIGHT) / 2}" y="{H - 12}" text-anchor="middle">profiles (N)</text>')
    for i, (tool, points) in enumerate(sorted(series.items(), key=lambda kv: -kv[1][-1][1])):
        colour = COLOURS.get(tool, "#000")
        coords = " ".join(f"{x(n):.1f},{y(s):.1f}" for n, s in points if s > 0)
        out.append(f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2"/>')
        out += [f'<circle cx="{x(n):.1f}" cy="{y(s):.1f}" r="3.5" fill="{colour}"/>' for n, s in points if s > 0]
        ly = TOP + 10 + i * 20
        out.append(f'<line x1="{W - RIGHT + 15}" x2="{W - RIGHT + 35}" y1="{ly}" y2="{ly}" stroke="{colour}" stroke-width="3"/>'
                   f'<text x="{W - RIGHT + 40}" y="{ly + 4}">{escape(labels.get(tool, tool))}</text>')
    out.append("</svg>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
