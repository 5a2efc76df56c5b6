"""Vùng: the six regions over time, the spread within each, ranks within the region, published averages; with
?region=…, one region in focus: its mean against the others, its provinces and their ranks over the years."""

import streamlit as st

from metrics import regions
from ui import charts, data, format, notes, region_figures, region_spread, state, tables, widgets
from ui.i18n import pick, pick_column, t

s = st.session_state["state"]
row = data.index_row(s.index)
st.title(t("regions.title"))
c1, c2, c3 = st.columns([3, 1, 2])
widgets.index_picker(s, c1)
widgets.year_picker(s, c2)
widgets.region_picker(s, c3)

summary = region_figures.summary(s.index, s.geo)
if summary.empty:
    st.info(t("empty.none", index=row["short"], year=s.year, note=pick(row, "coverage_note")), icon="ℹ️")
else:
    means = region_figures.means(s.index, s.geo, s.region)
    if means is None:
        st.info(t("regions.no_means", index=row["short"]), icon="ℹ️")
    else:
        st.plotly_chart(means, key="region_means", config=charts.config(f"{s.index}-regions"))
        st.caption(t("regions.means_note"))
        if (summary["coverage"] < region_figures.MIN_COVERAGE).any():
            st.caption(t("regions.low_coverage"))

    spread = data.call(regions.region_spread, s.index, s.year, "total", s.geo)
    if len(spread):
        spread = spread.assign(region_label=pick_column(spread, "region"), name=pick_column(spread, "name"))
        clicked = region_spread.spread_chart(s.index, s.year, s.geo)
        st.caption(t("regions.click_hint"))
        state.open_profile(clicked, s.geo)
        with st.container(key="break_notice"):  # one place whether it says something or not: see notes.table_notices
            notes.method_break_notice(s.index, s.year)
        focus = spread[spread["region_code"] == s.region] if s.region else spread
        if s.region:
            st.subheader(t("regions.focus", region=focus["region_label"].iloc[0] if len(focus) else s.region,
                           year=s.year))
        tables.show({t("col.region"): focus["region_label"],
                     t("col.province"): focus["name"],
                     t("col.value"): [format.value_text(s.index, v) for v in focus["value"]],
                     t("col.rank"): [format.rank_text(a, b, c) for a, b, c in
                                     zip(focus["rank"], focus["rank_of"], focus["rank_partial"], strict=True)],
                     t("col.region_rank"): [format.region_rank_text(a, b, c, d) for a, b, c, d in zip(
                         focus["region_rank"], focus["region_size"], focus["region_rank_basis"],
                         focus["region_n_ranked"], strict=True)]},
                    key="region_provinces", right={t("col.value"), t("col.rank"), t("col.region_rank")},
                    height=None if s.region else 420)
    else:
        st.info(t("regions.no_scores", index=row["short"], year=s.year), icon="ℹ️")

    ranks = region_figures.ranks(s.index, s.geo, s.region) if s.region else None
    if ranks is not None:
        st.plotly_chart(ranks, key="region_ranks", config=charts.config(f"{s.index}-{s.region}-ranks"))

    year_rows = summary[summary["year"] == s.year]
    st.subheader(t("regions.table", year=s.year))
    table = {t("col.region"): year_rows["label"],
             t("col.mean_of_those"): [format.value_text(s.index, v) for v in year_rows["mean"]],
             t("col.n"): [f"{n}/{p}" for n, p in zip(year_rows["n"], year_rows["n_provinces"], strict=True)]}
    if year_rows["published_mean"].notna().any():
        table[t("col.published_mean")] = [format.value_text(s.index, v) for v in year_rows["published_mean"]]
        table[t("col.source")] = [tables.link(u) for u in year_rows["published_source_url"].astype("object")]
    tables.show(table, key="region_table", right={t("col.mean_of_those"), t("col.n"), t("col.published_mean")})
