"""Plotly figures: a tile-free choropleth from the bundled GeoJSON, trends with method breaks, bump charts."""

from __future__ import annotations

import copy
import json
from functools import cache

import pandas as pd
import plotly.graph_objects as go

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


@cache
def geojson(geo: str, iso_to_id: tuple[tuple[str, str], ...]) -> dict:
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


def choropleth(frame: pd.DataFrame, gj: dict, value_label: str, names: pd.Series, hover: pd.Series) -> go.Figure:
    """Provinces coloured by value; provinces without one in grey, never as zero."""
    fig = go.Figure()
    fig.add_trace(go.Choropleth(geojson=gj, locations=frame["province_id"], z=[0] * len(frame),
                                featureidkey="id", colorscale=[[0, NO_DATA], [1, NO_DATA]], showscale=False,
                                customdata=frame["slug"], text=hover, hovertemplate="%{text}<extra></extra>",
                                marker_line_color="white", marker_line_width=0.5))
    has = frame["value"].notna()
    fig.add_trace(go.Choropleth(geojson=gj, locations=frame.loc[has, "province_id"], z=frame.loc[has, "value"],
                                featureidkey="id", colorscale="Viridis", customdata=frame.loc[has, "slug"],
                                text=hover[has], hovertemplate="%{text}<extra></extra>",
                                colorbar={"title": {"text": value_label}, "thickness": 12},
                                marker_line_color="white", marker_line_width=0.5))
    fig.add_trace(go.Scattergeo(lon=[112.3, 114.4], lat=[16.9, 9.2], mode="markers+text",
                                text=[t("overview.paracel"), t("overview.spratly")], textposition="bottom center",
                                marker={"size": 4, "color": "#555"}, textfont={"size": 10, "color": "#333"},
                                hoverinfo="text", showlegend=False))
    fig.update_geos(fitbounds="locations", visible=False, projection_type="mercator")
    fig.update_layout(height=640, margin={"l": 0, "r": 0, "t": 10, "b": 0}, clickmode="event+select")
    return fig


def trend(frame: pd.DataFrame, y: str, title: str, breaks: pd.DataFrame, reverse: bool = False,
          break_field: str = "note_vi") -> go.Figure:
    """Lines per province over years; dashed verticals where the publisher changed its method."""
    fig = go.Figure()
    for i, (name, part) in enumerate(frame.groupby("label", sort=False)):
        fig.add_trace(go.Scatter(x=part["year"], y=part[y], mode="lines+markers", name=str(name),
                                 line={"color": OKABE_ITO[i % len(OKABE_ITO)]}, connectgaps=False))
    for b in breaks.itertuples():
        fig.add_vline(x=b.year - 0.5, line_dash="dash", line_color="#888",
                      annotation_text=t("break.note", year=b.year, note="")[:-2], annotation_font_size=10)
    fig.update_layout(title=title, height=320, margin={"l": 10, "r": 10, "t": 40, "b": 10},
                      legend={"orientation": "h", "y": -0.2}, xaxis={"dtick": 1})
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


def strip(frame: pd.DataFrame, x: str, y: str, hover: str, title: str) -> go.Figure:
    fig = go.Figure()
    for i, (region, part) in enumerate(frame.groupby(x, sort=False)):
        fig.add_trace(go.Box(y=part[y], name=str(region), boxpoints="all", jitter=0.4, pointpos=0,
                             text=part[hover], marker_color=OKABE_ITO[i % len(OKABE_ITO)], showlegend=False))
    fig.update_layout(title=title, height=380, margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return fig
