"""The regions page's spread chart: each region's provinces as points over a box of their quartiles, one year,
drawn as one SVG by a small custom component (region_spread.js, registered by ui/components.py).

Why not a Plotly box chart: its figure changes with the year, and Streamlit mounts a changed Plotly chart anew, so
every year change drew six boxes and 63 points from scratch: 73 ms of the page's 0.21 s against 0.12 s for the
floor page (bench/page_parts.py method). The component stays mounted and redraws its few shapes. What it draws is
built here, per (index, year, geography, language, warehouse version), as one shared dict (never mutated)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd
import streamlit as st

from metrics import regions
from ui import charts, components, data, format
from ui.i18n import lang, pick, t

_COMPONENT = components.component("region_spread")
TUKEY = 1.5  # whiskers reach the furthest value within 1.5 box lengths of the box, as Plotly's boxes do
NICE_STEPS = (1, 2, 2.5, 5, 10)
GOLDEN = (math.sqrt(5) - 1) / 2


def spread_chart(index: str, year: int, geo: str) -> object:
    """Draw the chart; what the browser sent as the province clicked in this run (see components.draw)."""
    return components.draw(_COMPONENT, "region_spread",
                              spread_data(index, year, geo, lang(), data.warehouse().version()))


def box_stats(values: Sequence[float]) -> tuple[float, float, float, float, float]:
    """(lower whisker, first quartile, median, third quartile, upper whisker): quartiles by linear interpolation;
    each whisker ends at the furthest value within 1.5 box lengths of the box (Tukey), so a value beyond it reads
    as far from its region."""
    series = pd.Series(values, dtype="float64")
    q1, median, q3 = (float(series.quantile(q)) for q in (0.25, 0.5, 0.75))
    reach = TUKEY * (q3 - q1)
    low = float(series[series >= q1 - reach].min())
    high = float(series[series <= q3 + reach].max())
    return low, q1, median, q3, high


def axis_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """About `count` round ticks (steps of 1, 2, 2.5 or 5 times a power of ten) from one at or below `low` to one
    at or above `high`: the axis runs from the first to the last."""
    if high <= low:
        pad = abs(low) * 0.05 or 1.0
        low, high = low - pad, high + pad
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in NICE_STEPS if m * power >= raw * (1 - 1e-9))
    first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9)
    return [round(i * step, 10) for i in range(first, last + 1)]


def tick_text(value: float) -> str:
    return f"{value:g}"


@st.cache_resource(max_entries=64, show_spinner=False)
def spread_data(index: str, year: int, geo: str, language: str, version: str) -> dict:
    """What the component draws: per region (north to south) its name, colour, box and points, each point
    a province with a published or derived figure ("Quảng Ninh: 73.02 · 1/63"; a province without one is not
    drawn, never as zero), placed across its box by a fixed sequence so a rerun draws it in the same place."""
    frame = data.call(regions.region_spread, index, year, "total", geo)
    values = frame["value"].astype("float64")
    ticks = axis_ticks(float(values.min()), float(values.max())) if len(frame) else [0.0, 1.0]
    out = []
    for code, part in frame.groupby("region_code", sort=False):
        region = pick(part.iloc[0].to_dict(), "region")
        stats = box_stats(part["value"].astype("float64"))
        points = [[r["slug"], float(r["value"]), round((i * GOLDEN) % 1 - 0.5, 3), format.figure_label(index, r)]
                  for i, r in enumerate(part.to_dict("records"))]
        _, q1, median, q3, _ = (format.value_text(index, v) for v in stats)
        out.append({"code": code, "name": region,
                    "colour": charts.region_colour(code), "box": list(stats), "points": points,
                    "label": t("regions.box", region=region, n=len(part), median=median, q1=q1, q3=q3)})
    out.sort(key=lambda r: charts.REGION_ORDER.index(r["code"]) if r["code"] in charts.REGION_ORDER else 99)
    short = data.index_row(index)["short"]
    return {
        "title": {"index": short, "href": charts.sources_href(index) or "",
                  "text": f": {t('regions.spread', year=year)}"},
        "label": t("regions.spread_label", index=short, year=year),
        "ticks": [[v, tick_text(v)] for v in ticks],
        "regions": out,
    }
