"""Xếp hạng: the full table with filters, progress bars, status badges and sources; ranks over the years."""

import streamlit as st

from metrics import rankings, reference, trends
from ui import charts, data, format, notes, state, widgets
from ui import targets as target_views
from ui.i18n import pick, t

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
if table is not None and notes.coverage_notice(s.index, s.year, table):
    notes.method_break_notice(s.index, s.year)
    view = {
        t("col.rank"): [format.rank_text(a, b, c) for a, b, c in
                        zip(table["rank"], table["rank_of"], table["rank_partial"], strict=True)],
        t("col.province"): [pick(r, "name") for r in table.to_dict("records")],
        t("col.value"): table["value"].astype("float64"),
        t("col.status"): [format.status_text(v) for v in table["value_status"]],
        t("col.change"): table["value_change"].astype("float64"),
        t("col.region_rank"): [format.region_rank_text(a, b, c, d) for a, b, c, d in
                               zip(table["region_rank"], table["region_size"], table["region_rank_basis"],
                                   table["region_n_ranked"], strict=True)],
        t("col.region"): [pick(r, "region") for r in table.to_dict("records")],
        t("col.tier"): table["tier"],
        t("col.source"): table["source_url"].where(table["source_url"].str.startswith("http", na=False)),
    }
    st.dataframe(view, hide_index=True, width="stretch", height=560, key="ranking_table", column_config={
        t("col.value"): st.column_config.ProgressColumn(format="%.2f", min_value=0.0, max_value=scale_max),
        t("col.change"): st.column_config.NumberColumn(format="%+.2f"),
        t("col.source"): st.column_config.LinkColumn(display_text="🔗"),
    })

    st.subheader(t("rankings.bump"))
    ranked = table[table["rank"].notna()]
    names = dict(zip(table["slug"], table["name_vi"], strict=True))
    default = [p for p in s.provinces if p in names] or list(ranked["slug"].head(5))
    picked = st.multiselect(t("rankings.bump_pick"), list(names), default=default, format_func=names.get,
                            max_selections=6, key="bump_provinces")
    ids = list(table[table["slug"].isin(picked)]["province_id"])
    if ids:
        series = data.call(trends.trend, s.index, ids, s.indicator, s.geo)
        series = series[series["rank"].notna()].assign(label=lambda d: d["name_vi"])
        if series.empty:
            st.caption(t("profile.no_data"))
        else:
            fig = charts.trend(series, "rank", t("rankings.bump"), data.call(reference.method_breaks, s.index),
                               reverse=True)
            st.plotly_chart(fig, key="bump", config=charts.config(f"{s.index}-ranks"))
        if 2 <= len(picked) <= 6 and picked != s.provinces:
            state.update(provinces=",".join(picked))

target_views.rankings_marker(s)
