"""The overview map: the provinces' outlines (simplified at build time, etl/outlines.py) coloured by one index and
year, drawn as one SVG by a small custom component (province_map.js).

Why not a Plotly chart: Streamlit mounts a new Plotly chart whenever its figure changes, so every year change drew
the 63 outlines from scratch, 55-70 ms of the overview's 0.21 s (bench/page_parts.py). The component
(ui/components.py) keeps its SVG across reruns and only recolours it. What the map says is built here, per
(index, year, geography, language, warehouse version), and kept as one shared dict (cache_resource, never
mutated)."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from plotly.colors import sample_colorscale

from metrics import rankings, reference
from ui import components, data, format
from ui.i18n import lang, t

NO_DATA = "#d9d9d9"
COLOURSCALE = "Viridis"
# The lon/lat box the map shows (west, south, east, north), and how much taller a degree of latitude is drawn than
# one of longitude at Vietnam's latitudes, so the country keeps its shape.
BOX = (101.8, 8.2, 116.2, 23.6)
Y_SCALE = 1.04

_COMPONENT = components.component("province_map")


def colour(value: float, lo: float, hi: float) -> str:
    """The colour of a value on the map's scale from `lo` to `hi` (the middle one where they are equal)."""
    return sample_colorscale(COLOURSCALE, [(value - lo) / (hi - lo) if hi > lo else 0.5])[0]


def _mark(lon: float, lat: float, text: str, anchor: str) -> list:
    """A labelled dot (the archipelagos, on every map) at a lon/lat point, in the map's drawn units."""
    return [lon, round(-lat * Y_SCALE, 3), text, anchor]


def overview_map(index: str, year: int, geo: str) -> object:
    """Draw the map; what the browser sent as the province clicked in this run (see components.draw)."""
    return components.draw(_COMPONENT, "map", map_data(index, year, geo, lang(), data.warehouse().version()))


@st.cache_resource(max_entries=64, show_spinner=False)
def map_data(index: str, year: int, geo: str, language: str, version: str) -> dict:
    """What the component draws: each province's outline, fill and label ('Quảng Ninh: 73.02 · 1/63'), grey
    where the value is missing, never as zero; the archipelagos; the colour key, kept to the printed extremes (a
    gradient needs two figures: one province's would get a scale of its own rounding); how to open a profile, under
    the key (a caption of the component's own: one Streamlit element less for every rerun to redraw)."""
    table = data.call(rankings.ranking, index, year, "total", geo)
    frame = data.call(reference.outlines, geo)
    outlines = dict(zip(frame["province_id"], frame["path"], strict=True))
    has = table["value"].dropna()
    lo, hi = (float(has.min()), float(has.max())) if len(has) else (0.0, 1.0)
    shapes = []
    for r in table.to_dict("records"):
        if r["province_id"] not in outlines:
            continue
        value = r["value"]
        missing = pd.isna(value)
        shapes.append([r["slug"], outlines[r["province_id"]], NO_DATA if missing else colour(float(value), lo, hi),
                       format.figure_label(index, r)])
    west, south, east, north = BOX
    short = data.index_row(index)["short"]
    return {
        "view": [west, round(-north * Y_SCALE, 3), round(east - west, 3), round((north - south) * Y_SCALE, 3)],
        "y_scale": Y_SCALE,
        "label": t("overview.map_label", index=short, year=year),
        "hint": t("overview.click_hint"),
        "shapes": shapes,
        "marks": [_mark(112.0, 16.5, t("overview.paracel"), "middle"), _mark(114.2, 9.9, t("overview.spratly"), "end")],
        "legend": {"title": short, "low": format.value_text(index, lo), "high": format.value_text(index, hi),
                   "colours": sample_colorscale(COLOURSCALE, [i / 8 for i in range(9)]) if len(has) > 1 else [],
                   "no_data": t("profile.no_data") if len(has) < len(shapes) else "", "no_data_colour": NO_DATA},
    }
