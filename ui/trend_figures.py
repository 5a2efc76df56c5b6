"""Charts of chosen provinces over the years (ranks, values) for the rankings and compare pages, built once per
(index, provinces, indicator, geography, language, warehouse version) and shared (cache_resource, never mutated),
as the regions page's are (ui/region_figures.py): building a Plotly figure took 20-40 ms of each year change's
script, for charts that change only when the provinces chosen do. Each province keeps its own colour
(charts.province_colours, in the order chosen), as on every chart of the app."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from metrics import reference, trends
from ui import charts, data
from ui.i18n import lang, pick_column, t


def colours(province_ids: list[str] | tuple[str, ...], geo: str) -> dict[str, str]:
    """Each chosen province's name in the page's language -> its colour (charts.province_colours, in the order
    chosen): one assignment for every chart of these pages, so a province keeps its colour on all of them."""
    places = data.call(reference.provinces, geo)
    places = places[places["province_id"].isin(province_ids)]
    labels = dict(zip(places["province_id"], pick_column(places, "name"), strict=True))
    codes = dict(zip(places["province_id"], places["code"], strict=True))
    return charts.province_colours({labels[p]: codes[p] for p in province_ids if p in labels})


def ranks(index: str, province_ids: list[str], indicator: str, geo: str) -> go.Figure | None:
    """The provinces' national ranks over the years; None where none has one."""
    return _figure("rank", index, tuple(province_ids), indicator, geo, lang(), data.warehouse().version())


def values(index: str, province_ids: list[str], indicator: str, geo: str) -> go.Figure | None:
    """The provinces' figures over the years; None where none has one."""
    return _figure("value", index, tuple(province_ids), indicator, geo, lang(), data.warehouse().version())


@st.cache_resource(max_entries=64, show_spinner=False)
def _figure(measure: str, index: str, province_ids: tuple[str, ...], indicator: str, geo: str, language: str,
            version: str) -> go.Figure | None:
    series = data.call(trends.trend, index, list(province_ids), indicator, geo)
    series = trends.national_ranks(series) if measure == "rank" else series[series["value"].notna()]
    if series.empty:
        return None
    places = data.call(reference.provinces, geo)
    labels = dict(zip(places["province_id"], pick_column(places, "name"), strict=True))
    series = series.assign(label=[labels[p] for p in series["province_id"]])
    link = charts.index_link(index, data.index_row(index)["short"])
    breaks = data.call(reference.method_breaks, index)
    if measure == "rank":
        return charts.trend(series, "rank", f"{link}: {t('rankings.bump')}", breaks, reverse=True,
                            colours=colours(province_ids, geo))
    return charts.trend(series, "value", t("compare.lines", index=link), breaks, colours=colours(province_ids, geo))
