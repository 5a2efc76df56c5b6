"""Xếp hạng: the full table with filters, progress bars, status badges and sources; ranks over the years."""

import streamlit as st

from metrics import rankings, reference
from ui import charts, data, notes, ranking_grid, state, trend_figures, widgets
from ui import targets as target_views
from ui.i18n import t

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
    state.open_profile(ranking_grid.show(s.index, table, scale_max, since), s.geo)
    ranking_grid.more_columns(s.index, table, since)

    st.subheader(t("rankings.bump"))
    # Options by name, never in the year's rank order: the same choice makes the same picker and chart in every
    # year, so a year change redraws neither (a picker's 63 reordered options took about 30 ms to draw again).
    places = data.call(reference.provinces, s.geo)
    places = places[places["slug"].isin(table["slug"])]
    labels = widgets.province_labels(places)
    default = [p for p in s.provinces if p in labels] or list(table.loc[table["rank"].notna(), "slug"].head(5))
    picked = widgets.limited(st.multiselect(t("rankings.bump_pick"), list(labels), default=default,
                                            format_func=labels.get, key="bump_provinces"))
    by_slug = dict(zip(places["slug"], places["province_id"], strict=True))
    ids = [by_slug[p] for p in picked if p in by_slug]
    if ids:
        fig = trend_figures.ranks(s.index, ids, s.indicator, s.geo)
        if fig is None:
            st.caption(t("profile.no_data"))
        else:
            st.plotly_chart(fig, key="bump", config=charts.config(f"{s.index}-ranks"))
        # Only a choice the user made here becomes the comparison: the top five shown by default never replace it.
        if 2 <= len(picked) <= 6 and picked != default and picked != s.provinces:
            state.update(provinces=",".join(picked))

target_views.rankings_marker(s)
