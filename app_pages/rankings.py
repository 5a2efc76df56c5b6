"""Xếp hạng: the full table with filters, progress bars, status badges and sources; ranks over the years."""

import pandas as pd
import streamlit as st

from metrics import rankings, reference, trends
from ui import charts, data, format, notes, state, widgets
from ui import targets as target_views
from ui.i18n import pick, pick_column, t

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
    # Ranks as numbers, so the column sorts 1, 2, ... 10 (not "1/63", "10/63"); the denominator in the format where
    # every rank shares one, else in a column of its own ("of the 20 with a value" for a partial table).
    denominators = table.loc[table["rank"].notna(), ["rank_of", "rank_partial"]].drop_duplicates()
    one = len(denominators) == 1 and not denominators["rank_partial"].iloc[0]
    shared = int(denominators["rank_of"].iloc[0]) if one and pd.notna(denominators["rank_of"].iloc[0]) else None
    view = {t("col.rank"): table["rank"].astype("Float64")}
    if shared is None:
        view[t("col.rank_of")] = [format.rank_of_text(o, p) for o, p in
                                  zip(table["rank_of"], table["rank_partial"], strict=True)]
    view |= {
        t("col.province"): [pick(r, "name") for r in table.to_dict("records")],
        t("col.value"): table["value"].astype("float64"),
        t("col.status"): [format.status_text(v) for v in table["value_status"]],
        t("col.change"): table["value_change"].astype("float64"),
        t("col.rank_change"): table["rank_change"].astype("Float64"),
        t("col.region_rank"): [format.region_rank_text(a, b, c, d) for a, b, c, d in
                               zip(table["region_rank"], table["region_size"], table["region_rank_basis"],
                                   table["region_n_ranked"], strict=True)],
        t("col.region"): [pick(r, "region") for r in table.to_dict("records")],
    }
    if table["tier"].notna().any():
        view[t("col.tier")] = table["tier"].fillna("")
    view[t("col.source")] = table["source_url"].where(table["source_url"].str.startswith("http", na=False))
    # A short table (one region) is drawn at its own height: no empty filler rows below it.
    st.dataframe(view, hide_index=True, width="stretch", height=560 if len(table) > 15 else "auto",
                 key="ranking_table", placeholder="", column_config={
        t("col.rank"): st.column_config.NumberColumn(format=f"%d/{shared}" if shared else "%d"),
        t("col.value"): st.column_config.ProgressColumn(format="%.2f", min_value=0.0, max_value=scale_max),
        t("col.change"): st.column_config.NumberColumn(format="%+.2f"),
        t("col.rank_change"): st.column_config.NumberColumn(format="%+d"),
        t("col.source"): st.column_config.LinkColumn(display_text="🔗"),
    })

    st.subheader(t("rankings.bump"))
    ranked = table[table["rank"].notna()]
    names = dict(zip(table["slug"], pick_column(table, "name"), strict=True))
    default = [p for p in s.provinces if p in names] or list(ranked["slug"].head(5))
    labels = widgets.province_labels(table)
    picked = widgets.limited(st.multiselect(t("rankings.bump_pick"), list(names), default=default,
                                            format_func=labels.get, key="bump_provinces"))
    ids = list(table[table["slug"].isin(picked)]["province_id"])
    if ids:
        series = data.call(trends.trend, s.index, ids, s.indicator, s.geo)
        series = series[series["rank"].notna()].assign(label=lambda d: pick_column(d, "name"))
        if series.empty:
            st.caption(t("profile.no_data"))
        else:
            codes = dict(zip(table["province_id"], table["code"], strict=True))
            fig = charts.trend(series, "rank", f"{charts.index_link(s.index, row['short'])}: {t('rankings.bump')}",
                               data.call(reference.method_breaks, s.index), reverse=True,
                               colours=charts.province_colours(
                                   {r["label"]: codes[r["province_id"]] for r in series.to_dict("records")}))
            st.plotly_chart(fig, key="bump", config=charts.config(f"{s.index}-ranks"))
        # Only a choice the user made here becomes the comparison: the top five shown by default never replace it.
        if 2 <= len(picked) <= 6 and picked != default and picked != s.provinces:
            state.update(provinces=",".join(picked))

target_views.rankings_marker(s)
