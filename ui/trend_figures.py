"""Charts of chosen provinces for the rankings and compare pages (over the years: ranks, values; in one year: their
components), built once per (index, provinces, indicator or components' year, geography, language, warehouse
version) and shared (cache_resource, never mutated), as the regions page's are (ui/region_figures.py): building a
Plotly figure took 20-40 ms of each year change's script, for charts that change only when the provinces chosen do
(or the components' year). Each province keeps its own colour (charts.province_colours, in the order chosen), as
on every chart of the app."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from metrics import compare, reference, trends
from ui import charts, data
from ui.i18n import lang, pick, pick_column, t


def colours(province_ids: list[str] | tuple[str, ...], geo: str) -> dict[str, str]:
    """Each chosen province's name in the page's language -> its colour (charts.province_colours, in the order
    chosen): one assignment for every chart of these pages, so a province keeps its colour on all of them."""
    places = data.call(reference.provinces, geo)
    labels, codes = _names(geo), dict(zip(places["province_id"], places["code"], strict=True))
    return charts.province_colours({labels[p]: codes[p] for p in province_ids if p in labels})


def _names(geo: str) -> dict[str, str]:
    """Province id -> its name in the page's language."""
    places = data.call(reference.provinces, geo)
    return dict(zip(places["province_id"], pick_column(places, "name"), strict=True))


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
    labels = _names(geo)
    series = series.assign(label=[labels[p] for p in series["province_id"]])
    link = charts.index_link(index, data.index_row(index)["short"])
    breaks = data.call(reference.method_breaks, index)
    if measure == "rank":
        return charts.trend(series, "rank", f"{link}: {t('rankings.bump')}", breaks, reverse=True,
                            colours=colours(province_ids, geo))
    return charts.trend(series, "value", t("compare.lines", index=link), breaks, colours=colours(province_ids, geo))


def components(index: str, province_ids: list[str], year: int, geo: str) -> go.Figure:
    """The provinces' components (sub-indices, dimensions, pillars) in `year`, as grouped bars."""
    return _components(index, tuple(province_ids), year, geo, lang(), data.warehouse().version())


@st.cache_resource(max_entries=64, show_spinner=False)
def _components(index: str, province_ids: tuple[str, ...], year: int, geo: str, language: str,
                version: str) -> go.Figure:
    comps = data.call(compare.compare_components, list(province_ids), index, year)
    comps = comps[comps["value"].notna()]
    names = _names(geo)
    comps = comps.assign(label=[pick(r, "name") for r in comps.to_dict("records")],
                         province=[names[p] for p in comps["province_id"]])
    wide = comps.pivot_table(index="label", columns="province", values="value", sort=False).reset_index()
    order = [names[p] for p in province_ids if names[p] in wide.columns]
    title = f"{charts.index_link(index, data.index_row(index)['short'])}: " + t("compare.components", year=year)
    return charts.bars(wide, "label", {c: c for c in order}, title, colours=colours(province_ids, geo))
