"""Xếp hạng: the full table with filters, progress bars, status badges and sources; ranks over the years."""

import streamlit as st

from metrics import rankings, reference
from ui import charts, data, notes, ranking_figures, ranking_grid, state, widgets
from ui import targets as target_views
from ui.i18n import pick_column, t

s = st.session_state["state"]
row = data.index_row(s.index)
st.title(t("rankings.title", index=row["short"], year=s.year or ""))
c1, c2, c3, c4 = st.columns([2, 2, 1, 2])
widgets.index_picker(s, c1)
widgets.indicator_picker(s, c2)
widgets.year_picker(s, c3)
widgets.region_picker(s, c4)

indicator = data.call(reference.indicators, s.index)
scale_max = float(indicator[indicator["indicator_code"] == s.indicator]["scale_max"].iloc[0])
table = data.call(rankings.ranking, s.index, s.year, s.indicator, s.geo, s.region) if s.year else None
if notes.table_notices(s.index, s.year, table):
    since = data.previous_year(s.index, s.geo, s.year)
    ranking_grid.show(s.index, table, scale_max, since)
    ranking_grid.more_columns(s.index, table, since)

    st.subheader(t("rankings.bump"))
    ranked = table[table["rank"].notna()]
    names = dict(zip(table["slug"], pick_column(table, "name"), strict=True))
    default = [p for p in s.provinces if p in names] or list(ranked["slug"].head(5))
    labels = widgets.province_labels(table)
    picked = widgets.limited(st.multiselect(t("rankings.bump_pick"), list(names), default=default,
                                            format_func=labels.get, key="bump_provinces"))
    ids = list(table[table["slug"].isin(picked)]["province_id"])
    if ids:
        fig = ranking_figures.bump(s.index, ids, s.indicator, s.geo)
        if fig is None:
            st.caption(t("profile.no_data"))
        else:
            st.plotly_chart(fig, key="bump", config=charts.config(f"{s.index}-ranks"))
        # Only a choice the user made here becomes the comparison: the top five shown by default never replace it.
        if 2 <= len(picked) <= 6 and picked != default and picked != s.provinces:
            state.update(provinces=",".join(picked))

target_views.rankings_marker(s)
