"""The overview map, built once per (index, year, geography, language, warehouse version): its 63 outlines
(simplified at build time, etl/outlines.py) are the heaviest figure of the app, and a year change on a busy server
should not rebuild them.
Kept as one shared object (cache_resource, never mutated: st.plotly_chart copies it) rather than unpickled on
every rerun, which cost more than drawing it into JSON."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from metrics import rankings, reference
from ui import charts, data, format
from ui.i18n import lang, pick


def overview_map(index: str, year: int, geo: str) -> go.Figure:
    return _figure(index, year, geo, lang(), data.warehouse().version())


@st.cache_resource(max_entries=64, show_spinner=False)
def _figure(index: str, year: int, geo: str, language: str, version: str) -> go.Figure:
    table = data.call(rankings.ranking, index, year, "total", geo)
    shapes = data.call(reference.outlines, geo)
    outlines = {r.province_id: (r.path, (r.label_lon, r.label_lat)) for r in shapes.itertuples()}
    hover = table.apply(lambda r: f"{pick(r, 'name')}: {format.value_text(index, r['value'])} · "
                        f"{format.rank_text(r['rank'], r['rank_of'], r['rank_partial'])}", axis=1)
    return charts.choropleth(table, outlines, data.index_row(index)["short"], hover,
                             revision=f"{index}-{year}-{geo}-{language}-{version}")
