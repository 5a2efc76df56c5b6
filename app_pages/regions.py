"""Vùng: the six regions over time, the spread within each, ranks within the region, published averages."""

import streamlit as st

from metrics import reference, regions
from ui import charts, data, format, notes, tables, widgets
from ui.i18n import pick, pick_column, t

MIN_COVERAGE = 0.5
s = st.session_state["state"]
row = data.index_row(s.index)
st.title(t("regions.title"))
c1, c2 = st.columns([3, 1])
widgets.index_picker(s, c1)
widgets.year_picker(s, c2)

summary = data.call(regions.region_summary, s.index, "total", s.geo)
if summary.empty:
    st.info(t("empty.none", index=row["short"], year=s.year, note=pick(row, "coverage_note")), icon="ℹ️")
else:
    summary = summary.assign(label=[pick(r, "region") for r in summary.to_dict("records")])
    # A mean over a few press-named provinces is not the region's mean: drawn only with half the region or more.
    drawn = summary.assign(mean=summary["mean"].where(summary["coverage"] >= MIN_COVERAGE))
    st.plotly_chart(charts.region_lines(drawn, t("regions.means"), t("regions.published"),
                                        data.call(reference.method_breaks, s.index)),
                    key="region_means", config=charts.config(f"{s.index}-regions"))
    if (summary["coverage"] < MIN_COVERAGE).any():
        st.caption(t("regions.low_coverage"))

    spread = data.call(regions.region_spread, s.index, s.year, "total", s.geo)
    if len(spread):
        spread = spread.assign(region_label=pick_column(spread, "region"), name=pick_column(spread, "name"))
        st.plotly_chart(charts.strip(spread, "region_label", "value", "name", t("regions.spread", year=s.year)),
                        key="region_spread", config=charts.config(f"{s.index}-{s.year}-spread"))
        notes.method_break_notice(s.index, s.year)
        tables.show({t("col.region"): spread["region_label"],
                     t("col.province"): spread["name"],
                     t("col.value"): [format.value_text(s.index, v) for v in spread["value"]],
                     t("col.region_rank"): [format.region_rank_text(a, b, c, d) for a, b, c, d in zip(
                         spread["region_rank"], spread["region_size"], spread["region_rank_basis"],
                         spread["region_n_ranked"], strict=True)]},
                    right={t("col.value"), t("col.region_rank")}, height=420)
    year_rows = summary[summary["year"] == s.year]
    st.subheader(t("regions.table", year=s.year))
    table = {t("col.region"): year_rows["label"],
             t("col.mean"): [format.value_text(s.index, v) for v in year_rows["mean"]],
             t("col.n"): [f"{n}/{p}" for n, p in zip(year_rows["n"], year_rows["n_provinces"], strict=True)]}
    if year_rows["published_mean"].notna().any():
        table[t("col.published_mean")] = [format.value_text(s.index, v) for v in year_rows["published_mean"]]
        table[t("col.source")] = [tables.link(u) for u in year_rows["published_source_url"].astype("object")]
    tables.show(table, right={t("col.mean"), t("col.n"), t("col.published_mean")})
