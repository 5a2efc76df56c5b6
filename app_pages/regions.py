"""Vùng: the six regions over time, the spread within each, ranks within the region, published averages; with
?region=…, one region in focus: its mean against the others, its provinces and their ranks over the years."""

import streamlit as st

from metrics import reference, regions, trends
from ui import charts, data, format, notes, tables, widgets
from ui.i18n import pick, pick_column, t

MIN_COVERAGE = 0.5
s = st.session_state["state"]
row = data.index_row(s.index)
st.title(t("regions.title"))
c1, c2, c3 = st.columns([3, 1, 2])
widgets.index_picker(s, c1)
widgets.year_picker(s, c2)
widgets.region_picker(s, c3)
name = charts.index_link(s.index, row["short"])
breaks = data.call(reference.method_breaks, s.index)

summary = data.call(regions.region_summary, s.index, "total", s.geo)
if summary.empty:
    st.info(t("empty.none", index=row["short"], year=s.year, note=pick(row, "coverage_note")), icon="ℹ️")
else:
    summary = summary.assign(label=pick_column(summary, "region"))
    # A mean over a few press-named provinces is not the region's mean: drawn only with half the region or more.
    drawn = summary.assign(mean=summary["mean"].where(summary["coverage"] >= MIN_COVERAGE))
    st.plotly_chart(charts.region_lines(drawn, f"{name}: {t('regions.means')}", t("regions.published"), breaks,
                                        focus=s.region),
                    key="region_means", config=charts.config(f"{s.index}-regions"))
    st.caption(t("regions.means_note"))
    if (summary["coverage"] < MIN_COVERAGE).any():
        st.caption(t("regions.low_coverage"))

    spread = data.call(regions.region_spread, s.index, s.year, "total", s.geo)
    if len(spread):
        spread = spread.assign(region_label=pick_column(spread, "region"), name=pick_column(spread, "name"))
        st.plotly_chart(charts.strip(spread, "region_label", "value", "name",
                                     f"{name}: {t('regions.spread', year=s.year)}"),
                        key="region_spread", config=charts.config(f"{s.index}-{s.year}-spread"))
        notes.method_break_notice(s.index, s.year)
        focus = spread[spread["region_code"] == s.region] if s.region else spread
        if s.region:
            st.subheader(t("regions.focus", region=focus["region_label"].iloc[0] if len(focus) else s.region,
                           year=s.year))
        tables.show({t("col.region"): focus["region_label"],
                     t("col.province"): focus["name"],
                     t("col.value"): [format.value_text(s.index, v) for v in focus["value"]],
                     t("col.rank"): [format.rank_text(a, b, False) for a, b in
                                     zip(focus["rank"], focus["rank_of"], strict=True)],
                     t("col.region_rank"): [format.region_rank_text(a, b, c, d) for a, b, c, d in zip(
                         focus["region_rank"], focus["region_size"], focus["region_rank_basis"],
                         focus["region_n_ranked"], strict=True)]},
                    right={t("col.value"), t("col.rank"), t("col.region_rank")}, height=None if s.region else 420)

    if s.region:
        members = data.call(reference.provinces, s.geo)
        ids = list(members[members["region_code"] == s.region]["province_id"])
        series = data.call(trends.trend, s.index, ids, "total", s.geo)
        series = series[series["rank"].notna()].assign(label=lambda d: pick_column(d, "name"))
        if len(series):
            st.plotly_chart(charts.trend(series, "rank", f"{name}: {t('regions.focus_ranks')}", breaks,
                                         reverse=True),
                            key="region_ranks", config=charts.config(f"{s.index}-{s.region}-ranks"))

    year_rows = summary[summary["year"] == s.year]
    st.subheader(t("regions.table", year=s.year))
    table = {t("col.region"): year_rows["label"],
             t("col.mean"): [format.value_text(s.index, v) for v in year_rows["mean"]],
             t("col.n"): [f"{n}/{p}" for n, p in zip(year_rows["n"], year_rows["n_provinces"], strict=True)]}
    if year_rows["published_mean"].notna().any():
        table[t("col.published_mean")] = [format.value_text(s.index, v) for v in year_rows["published_mean"]]
        table[t("col.source")] = [tables.link(u) for u in year_rows["published_source_url"].astype("object")]
    tables.show(table, right={t("col.mean"), t("col.n"), t("col.published_mean")})
