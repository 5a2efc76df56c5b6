"""Tổng quan: the map and the leaderboard of one index and year, averages and the biggest movers."""

import streamlit as st

from metrics import movers, rankings, regions
from ui import data, format, maps, notes, state, tables, widgets
from ui.i18n import pick, t

s = st.session_state["state"]
row = data.index_row(s.index)
st.title(t("overview.title", index=row["short"], year=s.year or ""))
st.caption(pick(row, "name") + " — " + pick(row, "publisher"))
c1, c2, c3 = st.columns([2, 1, 2])
widgets.index_picker(s, c1)
widgets.year_picker(s, c2)
widgets.geo_picker(s, c3)

table = data.call(rankings.ranking, s.index, s.year, "total", s.geo) if s.year else None
if notes.table_notices(s.index, s.year, table):
    has = table[table["value"].notna()]
    means = data.call(regions.year_means, s.index, s.year, "total", s.geo)
    m1, m2, m3 = st.columns(3)
    if len(means) and means["region_code"].isna().iloc[0]:
        nation = means.iloc[0]
        m1.metric(format.mean_label(nation["basis"], nation["n"], s.geo, s.year),
                  format.value_text(s.index, nation["headline"]))
    top = rankings.leaders(table)
    if len(top):
        partial = bool(top["rank_partial"].iloc[0])
        m2.metric(t("overview.best_partial", n=int(top["rank_of"].iloc[0])) if partial else t("overview.best"),
                  ", ".join(pick(r, "name") for r in top.to_dict("records")))
    m3.metric(t("overview.n_values"), f"{len(has)}/{len(table)}")

    left, right = st.columns([3, 2])
    with left:
        clicked = maps.overview_map(s.index, s.year, s.geo)
        state.open_profile(clicked, s.geo)
    with right:
        st.subheader(t("overview.leaderboard"))
        board = table[table["rank"].notna() | table["value"].notna()].head(20)
        tables.show({t("col.rank"): [format.rank_text(r, o, p) for r, o, p in
                                     zip(board["rank"], board["rank_of"], board["rank_partial"], strict=True)],
                     t("col.province"): [pick(r, "name") for r in board.to_dict("records")],
                     t("col.value"): [format.value_text(s.index, v) for v in board["value"]],
                     t("col.status"): [format.status_text(v) for v in board["value_status"]]},
                    key="leaderboard", right={t("col.rank"), t("col.value")})

    st.subheader(t("overview.region_means"))
    by_region = means[means["region_code"].notna()].to_dict("records")
    region_table = {t("col.region"): [pick(r, "region") for r in by_region],
                    t("col.mean"): [format.value_text(s.index, r["headline"]) for r in by_region],
                    t("col.basis"): [format.basis_text(r["basis"], r["n"], r["n_provinces"]) for r in by_region]}
    if any(r["basis"] == "published" for r in by_region):
        region_table[t("col.source")] = [tables.link(r["published_source_url"]) for r in by_region]
    tables.show(region_table, key="region_means", right={t("col.mean")})

    before = data.previous_year(s.index, s.geo, s.year)
    moved = data.call(movers.movers, s.index, before, s.year, "total", 5, s.geo) if before else None
    if moved is not None and len(moved):
        st.subheader(t("overview.movers", year=before))
        tables.show({t("col.province"): [pick(r, "name") for r in moved.to_dict("records")],
                     t("col.rank"): [f"{int(a)} → {int(b)}" for a, b in
                                     zip(moved["rank_from"], moved["rank_to"], strict=True)],
                     t("col.rank_change"): [format.rank_change_text(c) for c in moved["rank_change"]],
                     t("col.change"): [format.change_text(s.index, c) for c in moved["value_change"]]},
                    key="movers", right={t("col.rank"), t("col.rank_change"), t("col.change")})
        if int(moved["n_compared"].iloc[0]) < len(table):
            st.caption(t("overview.movers_among", n=int(moved["n_compared"].iloc[0]), total=len(table)))
    else:
        st.caption(t("overview.movers_none"))
