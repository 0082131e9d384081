"""Small inline SVG drawings made on the server: a world plot with a dot, and a bar chart.

No tiles or libraries from the internet: the land on the world plot is drawn from the
gazetteer's cities (cells of the grid that hold a city), which is enough to recognise the
continents and see where a place lies.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

MAP_WIDTH, MAP_HEIGHT = 360, 180  # one unit per degree, equirectangular
CELL = 2  # degrees per land cell

# Colours by PLOVER family, so a chart's stacks keep the same colour on every page.
TYPE_COLOURS = {
    "CONSULT": "#2b6cb0", "AGREE": "#2f855a", "COOPERATE": "#38a169", "AID": "#68d391",
    "SUPPORT": "#4fd1c5", "CONCEDE": "#81e6d9", "RETREAT": "#b2f5ea", "REQUEST": "#9f7aea",
    "ACCUSE": "#dd6b20", "REJECT": "#ed8936", "THREATEN": "#e53e3e", "PROTEST": "#d69e2e",
    "SANCTION": "#c53030", "MOBILIZE": "#975a16", "COERCE": "#9b2c2c", "ASSAULT": "#742a2a",
    "FIGHT": "#63171b", "OTHER": "#718096",
}
FALLBACK_COLOURS = ["#4a5568", "#805ad5", "#d53f8c", "#319795", "#b7791f"]


def type_colour(event_type: str) -> str:
    if event_type in TYPE_COLOURS:
        return TYPE_COLOURS[event_type]
    return FALLBACK_COLOURS[sum(map(ord, event_type)) % len(FALLBACK_COLOURS)]


@lru_cache(maxsize=1)
def land_path() -> str:
    """SVG path data for the grid cells that hold a gazetteer city (runs merged per row)."""
    try:
        from dateline.resolve import gazetteer_cities

        cities = gazetteer_cities().values()
    except Exception:  # noqa: BLE001 - without the gazetteer the plot keeps its graticule only
        return ""
    cells: set[tuple[int, int]] = set()
    for city in cities:
        lat, lon = city.get("latitude"), city.get("longitude")
        if lat is None or lon is None:
            continue
        cells.add((int((90 - float(lat)) // CELL), int((float(lon) + 180) // CELL)))
    commands = []
    for row in sorted({r for r, _ in cells}):
        columns = sorted(c for r, c in cells if r == row)
        start = prev = columns[0]
        for col in [*columns[1:], None]:
            if col is not None and col == prev + 1:
                prev = col
                continue
            commands.append(f"M{start * CELL} {row * CELL}h{(prev - start + 1) * CELL}v{CELL}h-{(prev - start + 1) * CELL}z")
            if col is not None:
                start = prev = col
    return "".join(commands)


LAND_FILE = "world.svg"  # in dateline/web/static/; rebuild with `python -m dateline.web.svg`


def land_svg() -> str:
    """A standalone SVG of the land cells, served as a static file."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {MAP_WIDTH} {MAP_HEIGHT}" '
        f'width="{MAP_WIDTH}" height="{MAP_HEIGHT}"><path d="{land_path()}" fill="#b8c4d0"/></svg>\n'
    )


@lru_cache(maxsize=1)
def _land_layer() -> str:
    """The land as an image of the static file when it is there, else drawn inline."""
    if (resources.files("dateline.web") / "static" / LAND_FILE).is_file():
        return f'<image href="/static/{LAND_FILE}" x="0" y="0" width="{MAP_WIDTH}" height="{MAP_HEIGHT}"/>'
    return f'<path d="{land_path()}" fill="#b8c4d0"/>'


def world_plot(lat: float | None, lon: float | None, label: str = "") -> Markup:
    """An equirectangular world with a dot at (lat, lon); a plain world when unknown."""
    grid = "".join(
        f'<line x1="0" y1="{y}" x2="{MAP_WIDTH}" y2="{y}"/>' for y in range(30, MAP_HEIGHT, 30)
    ) + "".join(f'<line x1="{x}" y1="0" x2="{x}" y2="{MAP_HEIGHT}"/>' for x in range(30, MAP_WIDTH, 30))
    dot = ""
    if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
        x, y = lon + 180, 90 - lat
        dot = (
            f'<circle cx="{x:.2f}" cy="{y:.2f}" r="7" fill="#e53e3e" fill-opacity="0.25"/>'
            f'<circle cx="{x:.2f}" cy="{y:.2f}" r="2.6" fill="#c53030" stroke="#fff" stroke-width="0.8">'
            f"<title>{escape(label)} ({lat:.2f}, {lon:.2f})</title></circle>"
        )
    title = f"Map: {label}" if label else "World map"
    return Markup(
        f'<svg class="worldmap" viewBox="0 0 {MAP_WIDTH} {MAP_HEIGHT}" role="img" aria-label="{escape(title)}" '
        'xmlns="http://www.w3.org/2000/svg">'
        f'<rect width="{MAP_WIDTH}" height="{MAP_HEIGHT}" fill="#eef4fa"/>'
        f'<g stroke="#d5e1ee" stroke-width="0.5">{grid}</g>'
        f"{_land_layer()}{dot}</svg>"
    )


def _frame(grid_step: int = 30) -> str:
    grid = "".join(
        f'<line x1="0" y1="{y}" x2="{MAP_WIDTH}" y2="{y}"/>' for y in range(grid_step, MAP_HEIGHT, grid_step)
    ) + "".join(f'<line x1="{x}" y1="0" x2="{x}" y2="{MAP_HEIGHT}"/>' for x in range(grid_step, MAP_WIDTH, grid_step))
    return (f'<rect width="{MAP_WIDTH}" height="{MAP_HEIGHT}" fill="#eef4fa"/>'
            f'<g stroke="#d5e1ee" stroke-width="0.5">{grid}</g>{_land_layer()}')


def dot_radius(sources: int | None) -> float:
    """Dots grow with the square root of the number of independent sources (area ~ sources)."""
    return round(1.2 + 1.1 * math.sqrt(max(1, sources or 1)), 2)


def happenings_map(points: list[dict[str, Any]]) -> Markup:
    """A world map of many happenings: one dot each, sized by sources, coloured by type, each a
    link to its happening; the most reported are drawn last so they stay on top."""
    dots = []
    for point in sorted(points, key=lambda p: (p.get("sources") or 0, p["id"])):
        lat, lon = point.get("lat"), point.get("lon")
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            continue
        x, y = lon + 180, 90 - lat
        title = f"{point.get('date') or 'undated'} {point['type']}: {point.get('label') or ''} " \
                f"({point.get('place') or ''}; {point.get('sources') or 0} sources)"
        dots.append(
            f'<a href="/happenings/{escape(quote(point["id"], safe=""))}" class="dot">'
            f'<circle cx="{x:.2f}" cy="{y:.2f}" r="{dot_radius(point.get("sources"))}" '
            f'fill="{type_colour(point["type"])}" fill-opacity="0.75" stroke="#fff" stroke-width="0.4" '
            f'data-type="{escape(point["type"])}"><title>{escape(title)}</title></circle></a>'
        )
    return Markup(
        f'<svg class="worldmap bigmap" viewBox="0 0 {MAP_WIDTH} {MAP_HEIGHT}" role="img" '
        f'aria-label="Map of {len(dots)} happenings" xmlns="http://www.w3.org/2000/svg">'
        f'{_frame()}{"".join(dots)}</svg>'
    )


def network_graph(edges: list[dict[str, Any]], *, size: int = 640) -> Markup:
    """Actors on a circle, joined by lines as thick as the number of happenings they share
    (the heaviest edges only); each actor is a link to its page."""
    if not edges:
        return Markup('<p class="muted">No two actors share a happening in this view.</p>')
    weight: dict[str, int] = {}
    names: dict[str, str] = {}
    for edge in edges:
        for key, name in ((edge["a"], edge["a_name"]), (edge["b"], edge["b_name"])):
            weight[key] = weight.get(key, 0) + edge["weight"]
            names[key] = name
    nodes = sorted(weight, key=lambda k: (-weight[k], names[k]))
    centre, radius = size / 2, size / 2 - 120
    position = {}
    for i, node in enumerate(nodes):
        angle = 2 * math.pi * i / len(nodes) - math.pi / 2
        position[node] = (centre + radius * math.cos(angle), centre + radius * math.sin(angle), angle)
    peak = max(edge["weight"] for edge in edges)
    lines = []
    for edge in sorted(edges, key=lambda e: e["weight"]):
        (x1, y1, _), (x2, y2, _) = position[edge["a"]], position[edge["b"]]
        width = 0.8 + 5 * edge["weight"] / peak
        types = (edge.get("types") or "").replace(",", ", ")
        lines.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#4a5568" stroke-opacity="0.55" '
            f'stroke-width="{width:.2f}"><title>{escape(edge["a_name"])} – {escape(edge["b_name"])}: '
            f'{edge["weight"]} happening{"s" if edge["weight"] != 1 else ""} ({escape(types)})</title></line>'
        )
    labels = []
    for node in nodes:
        x, y, angle = position[node]
        right = math.cos(angle) >= 0
        lx, ly = x + (8 if right else -8), y + 3
        r = 2.5 + 2 * math.sqrt(weight[node])
        labels.append(
            f'<a href="/actors/{escape(quote(node, safe=""))}" class="node">'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#2b6cb0"><title>{escape(names[node])}: '
            f'{weight[node]}</title></circle>'
            f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="11" fill="#1a202c" '
            f'text-anchor="{"start" if right else "end"}">{escape(names[node])}</text></a>'
        )
    return Markup(
        f'<svg class="network" viewBox="0 0 {size} {size}" width="{size}" height="{size}" role="img" '
        f'aria-label="Network of {len(nodes)} actors" xmlns="http://www.w3.org/2000/svg">'
        f'{"".join(lines)}{"".join(labels)}</svg>'
    )


def monthly_chart(counts: list[dict[str, Any]], *, max_bars: int = 120) -> Markup:
    """A stacked bar chart of happenings per month by type; by year when months are many.

    ``counts`` rows hold "month" (YYYY-MM), "type" and "n".
    """
    if not counts:
        return Markup('<p class="muted">No dated happenings to chart.</p>')
    months = sorted({row["month"] for row in counts})
    buckets = _month_range(months[0], months[-1])
    by_year = len(buckets) > max_bars
    if by_year:  # the latest max_bars years at most
        last_year = int(months[-1][:4])
        buckets = [str(y) for y in range(max(int(months[0][:4]), last_year - max_bars + 1), last_year + 1)]
        counts = [row for row in counts if row["month"][:4] in buckets]
    totals: dict[str, dict[str, int]] = {b: {} for b in buckets}
    for row in counts:
        key = row["month"][:4] if by_year else row["month"]
        totals[key][row["type"]] = totals[key].get(row["type"], 0) + row["n"]
    types = sorted({row["type"] for row in counts})
    peak = max(sum(t.values()) for t in totals.values()) or 1
    height, left, bottom, plot_width = 140, 28, 36, 900
    slot = min(28.0, plot_width / len(buckets))  # many buckets: thinner bars, same width
    bar = max(2.0, slot * 0.78)
    label_every = max(1, int(-(-16 // slot)))  # keep rotated labels about 16px apart
    width = int(left + len(buckets) * slot + 8)
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height + bottom + 8}" width="{width}" height="{height + bottom + 8}" '
        'role="img" aria-label="Happenings per ' + ("year" if by_year else "month") + ' by type" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<line x1="{left}" y1="{height + 8}" x2="{width}" y2="{height + 8}" stroke="#a0aec0"/>',
        f'<text x="{left - 4}" y="14" text-anchor="end" font-size="10" fill="#4a5568">{peak}</text>',
        f'<text x="{left - 4}" y="{height + 8}" text-anchor="end" font-size="10" fill="#4a5568">0</text>',
    ]
    for i, bucket in enumerate(buckets):
        x = left + 4 + i * slot
        y = float(height + 8)
        for event_type in types:
            n = totals[bucket].get(event_type, 0)
            if not n:
                continue
            h = n / peak * (height - 6)
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{type_colour(event_type)}">'
                f"<title>{escape(bucket)}: {n} {escape(event_type)}</title></rect>"
            )
        if i % label_every:
            continue
        label = bucket if by_year else bucket[2:]
        cx = x + bar / 2
        parts.append(
            f'<text x="{cx:.1f}" y="{height + 20}" text-anchor="end" font-size="9" fill="#4a5568" '
            f'transform="rotate(-45 {cx:.1f} {height + 20})">{escape(label)}</text>'
        )
    parts.append("</svg>")
    legend = "".join(
        f'<li><svg width="10" height="10" aria-hidden="true"><rect width="10" height="10" fill="{type_colour(t)}"/></svg> '
        f"{escape(t)}</li>" for t in types
    )
    return Markup("".join(parts) + f'<ul class="legend">{legend}</ul>')


def _month_range(first: str, last: str, cap: int = 1000) -> list[str]:
    """Months from ``first`` to ``last``; stops after ``cap`` + 1 (the caller switches to years)."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    found: list[str] = []
    while (year, month) <= end and len(found) <= cap:
        found.append(f"{year:04d}-{month:02d}")
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return found


if __name__ == "__main__":  # regenerate the static land map from the gazetteer
    import sys
    from pathlib import Path

    target = Path(__file__).with_name("static") / LAND_FILE
    target.write_text(land_svg(), encoding="utf-8")
    print(f"wrote {target} ({target.stat().st_size} bytes)", file=sys.stderr)
