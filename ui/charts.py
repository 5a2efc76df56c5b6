"""Plotly figures: a tile-free choropleth from the bundled GeoJSON, trends with method breaks, bump charts."""

from __future__ import annotations

import copy
import json
import math
from functools import cache

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import sample_colorscale

from etl.paths import RAW_DIR
from ui.i18n import t

OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
NO_DATA = "#d9d9d9"
GEO_63 = RAW_DIR / "geo" / "geoBoundaries-VNM-ADM1_simplified.geojson"
GEO_34 = RAW_DIR / "geo" / "vn_provinces_34_derived_from_geoBoundaries.geojson"
PLOTLY_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}


def config(filename: str) -> dict:
    cfg = copy.deepcopy(PLOTLY_CONFIG)
    cfg["toImageButtonOptions"]["filename"] = filename
    return cfg


def _polygons(geometry: dict) -> list:
    return geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]


def _geojson(geo: str, iso_to_id: tuple[tuple[str, str], ...]) -> dict:
    """The province polygons with `id` = province_id. Côn Đảo is its own feature in geoBoundaries with
    Bà Rịa - Vũng Tàu's ISO code (VN-43); features sharing a code are merged into one."""
    if geo == "34":
        raw = json.loads(GEO_34.read_text(encoding="utf-8"))
        for f in raw["features"]:
            f["id"] = f"34-{f['properties']['new_code']}"
        return raw
    raw = json.loads(GEO_63.read_text(encoding="utf-8"))
    ids = dict(iso_to_id)
    merged: dict[str, dict] = {}
    for f in raw["features"]:
        pid = ids[f["properties"]["shapeISO"]]
        if pid in merged:
            merged[pid]["geometry"] = {"type": "MultiPolygon", "coordinates": _polygons(merged[pid]["geometry"])
                                       + _polygons(f["geometry"])}
        else:
            merged[pid] = {"type": "Feature", "id": pid, "properties": {}, "geometry": f["geometry"]}
    return {"type": "FeatureCollection", "features": list(merged.values())}


def _rings(geometry: dict) -> list[list[list[float]]]:
    """Exterior rings of a (multi)polygon: enough for a filled province outline."""
    return [poly[0] for poly in _polygons(geometry)]


OUTLINE_DECIMALS = 3  # about 100 m: finer than a pixel of the map, and a third of the JSON sent to the browser
# About 1 km, a third of a pixel of the 520 px map: keeps 3,200 of the 11,800 outline points of the 63 provinces, and
# the map sent on every year change is 62 KB of JSON (197 KB before simplifying).
OUTLINE_TOLERANCE = 0.01


def _simplify(ring: list, tolerance: float = OUTLINE_TOLERANCE) -> list:
    """Douglas-Peucker: drop the points closer than `tolerance` degrees to the line through their neighbours kept.
    A ring that would collapse (a small island) is kept whole, so every island stays on the map."""
    points = np.asarray(ring, dtype=float)
    keep = np.zeros(len(points), dtype=bool)
    keep[[0, -1]] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        start, direction = points[first], points[last] - points[first]
        offsets = points[first + 1:last] - start
        length = math.hypot(*direction)
        distance = (np.abs(direction[0] * offsets[:, 1] - direction[1] * offsets[:, 0]) / length if length
                    else np.hypot(offsets[:, 0], offsets[:, 1]))
        worst = int(distance.argmax())
        if distance[worst] > tolerance:
            keep[first + 1 + worst] = True
            stack += [(first, first + 1 + worst), (first + 1 + worst, last)]
    return points[keep].tolist() if keep.sum() >= 4 else ring


def _outline(geometry: dict) -> tuple[str, tuple[float, float]]:
    """An SVG path in lon/lat (simplified, one closed subpath a ring), and a label point inside the largest ring."""
    rings = _rings(geometry)
    path = "".join("M" + "L".join(f"{round(x, OUTLINE_DECIMALS)},{round(y, OUTLINE_DECIMALS)}" for x, y in ring) + "Z"
                   for ring in map(_simplify, rings))
    main = max(rings, key=len)
    return path, (sum(p[0] for p in main) / len(main), sum(p[1] for p in main) / len(main))


Outlines = dict[str, tuple[str, tuple[float, float]]]


@cache
def outlines(geo: str, iso_to_id: tuple[tuple[str, str], ...]) -> Outlines:
    """province_id -> (outline path, label point) for a geography: simplified once per process (43 ms for the 63),
    not once per map built."""
    return {f["id"]: _outline(f["geometry"]) for f in _geojson(geo, iso_to_id)["features"]}


def _colour(value: float, lo: float, hi: float) -> str:
    return sample_colorscale("Viridis", [(value - lo) / (hi - lo) if hi > lo else 0.5])[0]


MAP_FONT = {"family": '"Source Sans", "Source Sans Pro", sans-serif', "color": "#31333F"}
# Inside the plot, over the sea south-east of the coast (on a phone, the band below the map): a colour bar beside
# the plot pushes the margin, and Plotly then draws the whole map a second time to make room for it.
COLORBAR = {"thickness": 12, "len": 0.4, "x": 0.99, "xanchor": "right", "y": 0.01, "yanchor": "bottom"}
# A fixed width, kept wherever the column is at least that wide (windows from 1,340 px; a 1,366 px window
# gives it 536 px); Streamlit shrinks it in a narrower column. A chart that stretches is drawn twice on every
# update: first hidden, at Plotly's own guess of its width, then at the width Streamlit measured. The height is
# what the lon/lat box needs at that width (14.4 x 16.0 units at 36 px each), so no band is left blank.
MAP_WIDTH = 520
MAP_HEIGHT = 600


def choropleth(frame: pd.DataFrame, shapes: Outlines, value_label: str, hover: pd.Series, revision: str) -> go.Figure:
    """Provinces as filled shapes on lon/lat axes, so no base map or tile is fetched; provinces without a value in
    grey, never as zero. A dot at each province's centre carries the hover text and the click.

    Why shapes and dots rather than a trace per province: Streamlit mounts a new chart whenever its figure changes,
    so Plotly draws the map from scratch on every year change, and 63 fill traces cost it 2.5 times what 63
    shapes do. The shapes go into the layout in one assignment: `add_shape` one by one re-validates every shape
    added before (390 ms for 63). Drawn with `theme=None`, no template and `revision` naming the data: Streamlit
    re-applies its theme to a chart just after mounting it, and Plotly redraws everything when the template object
    or (without a datarevision) any data array is new."""
    values = frame.set_index("province_id")["value"]
    has = values.dropna()
    lo, hi = (float(has.min()), float(has.max())) if len(has) else (0.0, 1.0)
    fig = go.Figure()
    paths = []
    centres = []
    for pid, slug, text in zip(frame["province_id"], frame["slug"], hover, strict=True):
        if pid not in shapes:
            continue
        path, centre = shapes[pid]
        value = values.get(pid)
        colour = NO_DATA if value is None or pd.isna(value) else _colour(float(value), lo, hi)
        paths.append({"type": "path", "path": path, "name": slug, "fillcolor": colour, "layer": "below",
                      "line": {"color": "white", "width": 0.6}})
        centres.append((slug, *centre, text, value))
    fig.add_trace(go.Scatter(
        x=[c[1] for c in centres], y=[c[2] for c in centres], mode="markers", name="provinces",
        customdata=[c[0] for c in centres], text=[c[3] for c in centres], hoverinfo="text",
        marker={"size": 7, "opacity": 0.85, "color": [c[4] for c in centres],
                "colorscale": "Viridis", "cmin": lo, "cmax": hi, "line": {"color": "white", "width": 1},
                "colorbar": COLORBAR | {"title": {"text": value_label}}}, showlegend=False))
    fig.add_trace(go.Scatter(x=[112.0, 114.2], y=[16.5, 9.9], mode="markers+text", hoverinfo="text",
                             text=[t("overview.paracel"), t("overview.spratly")],
                             textposition=["bottom center", "bottom left"],
                             marker={"size": 5, "color": "#555"}, textfont={"size": 11, "color": "#333"},
                             showlegend=False))
    fig.update_xaxes(visible=False, range=[101.8, 116.2])
    fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=1.04, range=[8.2, 23.6])
    fig.update_layout(width=MAP_WIDTH, height=MAP_HEIGHT, margin={"l": 0, "r": 0, "t": 10, "b": 0},
                      plot_bgcolor="white", clickmode="event+select", dragmode="pan", hovermode="closest",
                      font=MAP_FONT, datarevision=revision, shapes=paths)
    fig.layout.template = None
    return fig


def _break_lines(fig: go.Figure, breaks: pd.DataFrame, first: int, last: int) -> None:
    """A dashed vertical before each year whose method changed, within the years shown."""
    for b in breaks[(breaks["year"] > first) & (breaks["year"] <= last)].itertuples():
        fig.add_vline(x=b.year - 0.5, line_dash="dash", line_color="#888",
                      annotation_text=t("break.note", year=b.year, note="")[:-2], annotation_font_size=10)


def trend(frame: pd.DataFrame, y: str, title: str, breaks: pd.DataFrame, reverse: bool = False) -> go.Figure:
    """Lines per province over years, broken where a year has no figure (never bridged, never zero); dashed
    verticals where the publisher changed its method within the years shown."""
    fig = go.Figure()
    first, last = int(frame["year"].min()), int(frame["year"].max())
    years = pd.RangeIndex(first, last + 1, name="year")
    for i, (name, part) in enumerate(frame.groupby("label", sort=False)):
        full = part.set_index("year")[y].reindex(years)
        fig.add_trace(go.Scatter(x=list(years), y=full.tolist(), mode="lines+markers", name=str(name),
                                 line={"color": OKABE_ITO[i % len(OKABE_ITO)]}, connectgaps=False))
    _break_lines(fig, breaks, first, last)
    fig.update_layout(title=title, height=320, margin={"l": 10, "r": 10, "t": 40, "b": 10},
                      legend={"orientation": "h", "y": -0.2},
                      xaxis={"dtick": 1 if last - first < 10 else 2, "range": [first - 0.5, last + 0.5]})
    if reverse:
        fig.update_yaxes(autorange="reversed")
    return fig


def bars(frame: pd.DataFrame, x: str, series: dict[str, str], title: str, horizontal: bool = True) -> go.Figure:
    fig = go.Figure()
    for i, (column, label) in enumerate(series.items()):
        kwargs = {"y": frame[x], "x": frame[column], "orientation": "h"} if horizontal else \
            {"x": frame[x], "y": frame[column]}
        fig.add_trace(go.Bar(name=label, marker_color=OKABE_ITO[i % len(OKABE_ITO)], **kwargs))
    fig.update_layout(title=title, barmode="group", height=max(300, 28 * len(frame) * max(1, len(series) // 2)),
                      margin={"l": 10, "r": 10, "t": 40, "b": 10}, legend={"orientation": "h", "y": -0.15})
    if horizontal:
        fig.update_yaxes(autorange="reversed")
    return fig


REGION_ORDER = ("TDMNPB", "DBSH", "BTBDHMT", "TN", "DNB", "DBSCL")


def region_colour(region_code: str) -> str:
    """One colour per region on every chart of the app (north to south), so a region reads the same everywhere."""
    return OKABE_ITO[REGION_ORDER.index(region_code) if region_code in REGION_ORDER else len(REGION_ORDER)]


def region_lines(frame: pd.DataFrame, title: str, published_label: str, breaks: pd.DataFrame) -> go.Figure:
    """Our regional means per year as lines (broken where a mean is blank); a publisher's printed regional averages
    as open diamonds beside; dashed verticals at method breaks."""
    fig = go.Figure()
    for (code, label), part in frame.groupby(["region_code", "label"], sort=False):
        colour = region_colour(code)
        fig.add_trace(go.Scatter(x=part["year"], y=part["mean"], name=label, mode="lines+markers",
                                 line={"color": colour}, connectgaps=False))
        pub = part[part["published_mean"].notna()]
        if len(pub):
            fig.add_trace(go.Scatter(x=pub["year"], y=pub["published_mean"], mode="markers", showlegend=False,
                                     name=f"{label} — {published_label}",
                                     marker={"symbol": "diamond-open", "size": 11, "color": colour}))
    _break_lines(fig, breaks, int(frame["year"].min()), int(frame["year"].max()))
    fig.update_layout(title=title, height=380, xaxis={"dtick": 1}, legend={"orientation": "h", "y": -0.2},
                      margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return fig


def strip(frame: pd.DataFrame, x: str, y: str, hover: str, title: str) -> go.Figure:
    """Every province of a region as a point over its box; colours follow `region_colour`."""
    fig = go.Figure()
    for (code, region), part in frame.groupby(["region_code", x], sort=False):
        fig.add_trace(go.Box(y=part[y], name=str(region), boxpoints="all", jitter=0.4, pointpos=0,
                             text=part[hover], marker_color=region_colour(code), showlegend=False))
    fig.update_layout(title=title, height=380, margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return fig


# Targets (issue 13): a province's targets against its results, and a ranking with the target rank marked.
TARGET_STATUS_COLOUR = {"met": "#009E73", "missed": "#D55E00", "cannot_tell": "#999999", "pending": "#56B4E9"}
TARGET_YEARS_BEFORE = 3  # results shown before a province's first target year, for context
TARGET_STATUS_SYMBOL = {"met": "circle", "missed": "x", "cannot_tell": "circle-open", "pending": "circle-open"}


def targets_vs_results(results: pd.DataFrame, goals: pd.DataFrame, judged: pd.DataFrame, measure: str, title: str,
                       reverse: bool) -> go.Figure:
    """The province's `measure` (rank or value) over the years as a line (broken where a year has none); each target
    as a dashed segment over its years (columns label, y, x0, x1); each judged year as a marker coloured by its
    status (columns year, y, status, text)."""
    fig = go.Figure()
    starts = [int(x) for x in goals["x0"]] + [int(y) for y in judged["year"]]
    if starts:
        results = results[results["year"] >= min(starts) - TARGET_YEARS_BEFORE]
    if len(results):
        first, last = int(results["year"].min()), int(results["year"].max())
        years = pd.RangeIndex(first, last + 1, name="year")
        line = results.set_index("year")[measure].reindex(years)
        fig.add_trace(go.Scatter(x=list(years), y=line.tolist(), mode="lines+markers", name=title.split(":")[0],
                                 line={"color": OKABE_ITO[0]}, connectgaps=False))
    for i, g in enumerate(goals.itertuples()):
        fig.add_trace(go.Scatter(x=[g.x0 - 0.4, g.x1 + 0.4], y=[g.y, g.y], mode="lines", name=g.label,
                                 line={"color": OKABE_ITO[(i + 1) % len(OKABE_ITO)], "dash": "dash", "width": 2}))
    for status, part in judged.groupby("status", sort=False):
        fig.add_trace(go.Scatter(x=part["year"], y=part["y"], mode="markers", name=part["status_label"].iloc[0],
                                 text=part["text"], hovertemplate="%{x}: %{text}<extra></extra>",
                                 marker={"color": TARGET_STATUS_COLOUR[status], "size": 13, "line": {"width": 2},
                                         "symbol": TARGET_STATUS_SYMBOL[status]}))
    shown = [int(y) for y in results["year"]] + starts + [int(x) for x in goals["x1"]]
    wide = bool(shown) and max(shown) - min(shown) >= 10
    fig.update_layout(title=title, height=360, margin={"l": 10, "r": 10, "t": 40, "b": 10},
                      legend={"orientation": "h", "y": -0.2}, xaxis={"dtick": 2 if wide else 1})
    if reverse:
        fig.update_yaxes(autorange="reversed")
    return fig


def ranking_with_target(table: pd.DataFrame, province_id: str, target_rank: int, title: str,
                        target_label: str) -> go.Figure:
    """Every ranked province's value by rank (grey), the chosen province highlighted, and a dashed line at the
    province's target rank."""
    ranked = table[table["rank"].notna() & table["value"].notna()]
    mine = ranked[ranked["province_id"] == province_id]
    fig = go.Figure(go.Scatter(x=ranked["rank"], y=ranked["value"], mode="markers", text=ranked["name_vi"],
                               hovertemplate="%{text}: %{x}, %{y:.2f}<extra></extra>", showlegend=False,
                               marker={"color": "#bbbbbb", "size": 8}))
    if len(mine):
        fig.add_trace(go.Scatter(x=mine["rank"], y=mine["value"], mode="markers+text", text=mine["name_vi"],
                                 textposition="top center", showlegend=False,
                                 marker={"color": OKABE_ITO[3], "size": 14}))
    fig.add_vline(x=target_rank, line_dash="dash", line_color=OKABE_ITO[2], annotation_text=target_label,
                  annotation_position="top right")
    fig.update_layout(title=title, height=300, margin={"l": 10, "r": 10, "t": 40, "b": 10},
                      xaxis={"title": t("col.rank")}, yaxis={"title": t("col.value")})
    return fig
