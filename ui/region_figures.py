"""The Regions page's charts that do not depend on the year (regional means over the years, a region's provinces'
ranks over the years), built once per (index, geography, region, language, warehouse version): a year change on
that page then rebuilds only its one chart of the year. Shared objects like the overview map (ui/maps.py), never
mutated."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from metrics import reference, regions, trends
from ui import charts, data
from ui.i18n import lang, pick_column, t

MIN_COVERAGE = 0.5


def summary(index: str, geo: str) -> pd.DataFrame:
    """The regional statistics per year, with the region's name in the page's language."""
    frame = data.call(regions.region_summary, index, "total", geo)
    return frame.assign(label=pick_column(frame, "region"))


def means(index: str, geo: str, region: str | None) -> go.Figure | None:
    """Regional means over the years; None where no year has one to draw (SIPAS, DTI: under half of every
    region's provinces have a figure, and the publisher printed no regional average)."""
    return _means(index, geo, region, lang(), data.warehouse().version())


def ranks(index: str, geo: str, region: str) -> go.Figure | None:
    return _ranks(index, geo, region, lang(), data.warehouse().version())


@st.cache_resource(max_entries=64, show_spinner=False)
def _means(index: str, geo: str, region: str | None, language: str, version: str) -> go.Figure | None:
    frame = summary(index, geo)
    # A mean over a few press-named provinces is not the region's mean: drawn only with half the region or more.
    drawn = frame.assign(mean=frame["mean"].where(frame["coverage"] >= MIN_COVERAGE))
    if not (drawn["mean"].notna().any() or drawn["published_mean"].notna().any()):
        return None
    name = charts.index_link(index, data.index_row(index)["short"])
    return charts.region_lines(drawn, f"{name}: {t('regions.means')}", t("regions.published"),
                               data.call(reference.method_breaks, index), focus=region)


@st.cache_resource(max_entries=64, show_spinner=False)
def _ranks(index: str, geo: str, region: str, language: str, version: str) -> go.Figure | None:
    members = data.call(reference.provinces, geo)
    ids = list(members[members["region_code"] == region]["province_id"])
    series = data.call(trends.trend, index, ids, "total", geo)
    series = trends.national_ranks(series)
    if series.empty:
        return None
    name = charts.index_link(index, data.index_row(index)["short"])
    return charts.trend(series.assign(label=pick_column(series, "name")), "rank",
                        f"{name}: {t('regions.focus_ranks')}", data.call(reference.method_breaks, index),
                        reverse=True)
