"""The rankings page's chart of ranks over the years, built once per (index, provinces, indicator, geography,
language, warehouse version) and shared (cache_resource, never mutated), as the regions page's charts are
(ui/region_figures.py): building the Plotly figure took 20-40 ms of each year change's script, for a chart that
changes only when the provinces picked do."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from metrics import reference, trends
from ui import charts, data
from ui.i18n import lang, pick_column, t


def bump(index: str, province_ids: list[str], indicator: str, geo: str) -> go.Figure | None:
    """The picked provinces' national ranks over the years, each in its own colour; None where none has one."""
    return _bump(index, tuple(province_ids), indicator, geo, lang(), data.warehouse().version())


@st.cache_resource(max_entries=64, show_spinner=False)
def _bump(index: str, province_ids: tuple[str, ...], indicator: str, geo: str, language: str,
          version: str) -> go.Figure | None:
    series = trends.national_ranks(data.call(trends.trend, index, list(province_ids), indicator, geo))
    if series.empty:
        return None
    series = series.assign(label=pick_column(series, "name"))
    provinces = data.call(reference.provinces, geo)
    codes = dict(zip(provinces["province_id"], provinces["code"], strict=True))
    title = f"{charts.index_link(index, data.index_row(index)['short'])}: {t('rankings.bump')}"
    return charts.trend(series, "rank", title, data.call(reference.method_breaks, index), reverse=True,
                        colours=charts.province_colours({r["label"]: codes[r["province_id"]]
                                                         for r in series.to_dict("records")}))
