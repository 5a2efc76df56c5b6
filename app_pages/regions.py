"""Vùng: the six regions over time, the spread within each, ranks within the region, published averages."""

import plotly.graph_objects as go
import streamlit as st

from metrics import regions
from ui import charts, data, format, notes, widgets
from ui.i18n import pick, t

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
    fig = go.Figure()
    for i, (label, part) in enumerate(summary.groupby("label", sort=False)):
        color = charts.OKABE_ITO[i % len(charts.OKABE_ITO)]
        fig.add_trace(go.Scatter(x=part["year"], y=part["mean"], name=label, mode="lines+markers",
                                 line={"color": color}))
        pub = part[part["published_mean"].notna()]
        if len(pub):
            fig.add_trace(go.Scatter(x=pub["year"], y=pub["published_mean"], mode="markers", showlegend=False,
                                     name=f"{label} — {t('regions.published')}",
                                     marker={"symbol": "diamond-open", "size": 11, "color": color}))
    fig.update_layout(title=t("regions.means"), height=380, xaxis={"dtick": 1},
                      legend={"orientation": "h", "y": -0.2})
    st.plotly_chart(fig, key="region_means", config=charts.config(f"{s.index}-regions"))

    spread = data.call(regions.region_spread, s.index, s.year, "total", s.geo)
    if len(spread):
        spread = spread.assign(region_label=[pick(r, "region") for r in spread.to_dict("records")])
        st.plotly_chart(charts.strip(spread, "region_label", "value", "name_vi", t("regions.spread", year=s.year)),
                        key="region_spread", config=charts.config(f"{s.index}-{s.year}-spread"))
        notes.method_break_notice(s.index, s.year)
        st.dataframe({t("col.region"): spread["region_label"], t("col.province"): spread["name_vi"],
                      t("col.value"): [format.value_text(s.index, v) for v in spread["value"]],
                      t("col.region_rank"): [format.region_rank_text(a, b, c, d) for a, b, c, d in zip(
                          spread["region_rank"], spread["region_size"], spread["region_rank_basis"],
                          spread["region_n_ranked"], strict=True)]},
                     hide_index=True, width="stretch", key="region_ranks")
    year_rows = summary[summary["year"] == s.year]
    st.subheader(t("regions.table", year=s.year))
    st.dataframe({t("col.region"): year_rows["label"], t("col.mean"): year_rows["mean"].round(2),
                  t("col.n"): [f"{n}/{p}" for n, p in zip(year_rows["n"], year_rows["n_provinces"], strict=True)],
                  t("col.published_mean"): year_rows["published_mean"],
                  t("col.source"): year_rows["published_source_url"]},
                 hide_index=True, width="stretch", key="region_table",
                 column_config={t("col.source"): st.column_config.LinkColumn(display_text="🔗")})
