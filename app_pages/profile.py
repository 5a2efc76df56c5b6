"""Hồ sơ tỉnh: one province across the five indices — rank, regional rank, trend, components, peers."""

import pandas as pd
import streamlit as st

from metrics import rankings, reference, scorecard, trends
from ui import charts, data, format, widgets
from ui import targets as target_views
from ui.i18n import pick, t

s = st.session_state["state"]
prov = data.province_by_slug(s.province, s.geo)
st.title(pick(prov, "name"))
st.caption(t("profile.region", region=pick(prov, "region")) + " · " + t("profile.print"))
c1, c2 = st.columns([3, 2])
widgets.province_picker(s, c1)
widgets.geo_picker(s, c2)

card = data.call(scorecard.scorecard, prov["province_id"])
st.subheader(t("profile.scorecard"))
cols = st.columns(len(card))
for col, r in zip(cols, card.to_dict("records"), strict=True):
    with col.container(border=True):
        year = "" if pd.isna(r["year"]) else int(r["year"])
        st.markdown(f"**{r['short']}** {year}")
        if r["year"] is None or pd.isna(r["year"]):
            st.caption(t("profile.no_data"))
            continue
        rank = format.rank_text(r["rank"], r["rank_of"], r["rank_partial"])
        delta = None
        if not pd.isna(r.get("rank_change")) and r.get("rank_change") is not None:
            delta = t("profile.change", delta=f"{int(r['rank_change']):+d}", year=int(r["prev_rank_year"]))
        st.metric(t("col.rank"), rank, delta)
        st.caption(t("col.value") + ": " + format.value_text(r["index_code"], r["value"]) + " · "
                   + format.status_text(r["value_status"]))
        st.caption(t("profile.region_rank", rank=format.region_rank_text(
            r["region_rank"], r["region_size"], r["region_rank_basis"], r["region_n_ranked"], pick(prov, "region")))
        )
        if not pd.isna(r["percentile"]):
            st.caption(t("profile.percentile", p=float(r["percentile"])))

st.subheader(t("profile.trends"))
# Only the open tab draws its chart (a rerun on switching): five hidden Plotly charts cost every visitor's browser.
tabs = st.tabs([r["short"] for r in card.to_dict("records")], key="trend_tab", on_change="rerun")
for tab, r in zip(tabs, card.to_dict("records"), strict=True):
    if not tab.open:
        continue
    with tab:
        series = data.call(trends.trend, r["index_code"], [prov["province_id"]], "total", s.geo)
        series = series[series["value"].notna() | series["rank"].notna()].assign(label=pick(prov, "name"))
        if series.empty:
            st.caption(t("profile.no_data"))
            continue
        breaks = data.call(reference.method_breaks, r["index_code"])
        use_rank = series["value"].notna().sum() < 2
        fig = charts.trend(series, "rank" if use_rank else "value",
                           f"{r['short']}: {t('col.rank') if use_rank else t('col.value')}", breaks, reverse=use_rank)
        st.plotly_chart(fig, key=f"trend_{r['index_code']}", config=charts.config(f"{r['index_code']}-trend"))

st.subheader(t("profile.components"))
comp_index = st.selectbox(t("pick.index"), ["pci", "papi", "dti", "par_index"], key="pick_component_index",
                          format_func=lambda c: data.index_row(c)["short"])
comp_year = data.call(scorecard.latest_component_year, prov["province_id"], comp_index)
comp = data.call(scorecard.components, prov["province_id"], comp_index, comp_year) if comp_year else None
if comp is None or comp.empty:
    st.caption(t("profile.components_none", index=data.index_row(comp_index)["short"]))
else:
    comp = comp.assign(label=[pick(r, "name") for r in comp.to_dict("records")])
    series = {"value": pick(prov, "name"), "region_mean": t("col.region_mean"), "best_value": t("col.best")}
    fig = charts.bars(comp, "label", series, f"{data.index_row(comp_index)['short']} {comp_year}")
    st.plotly_chart(fig, key="components", config=charts.config(f"{comp_index}-components"))
    st.dataframe({t("col.indicator"): comp["label"],
                  t("col.value"): comp["value"].round(2), t("col.region_mean"): comp["region_mean"].round(2),
                  t("col.best"): comp["best_value"].round(2), t("col.best_province"): comp["best_name_vi"],
                  t("col.points_lost"): comp["points_lost"].round(2)}, hide_index=True, width="stretch")

latest = card[card["index_code"] == "pci"].iloc[0]
if not pd.isna(latest["year"]):
    peers = data.call(rankings.ranking, "pci", int(latest["year"]), "total", s.geo, prov["region_code"])
    st.subheader(t("profile.peers", index="PCI", year=int(latest["year"])))
    st.dataframe({t("col.region_rank"): peers["region_rank"], t("col.province"): peers["name_vi"],
                  t("col.value"): [format.value_text("pci", v) for v in peers["value"]],
                  t("col.rank"): [format.rank_text(a, b, c) for a, b, c in
                                  zip(peers["rank"], peers["rank_of"], peers["rank_partial"], strict=True)]},
                 hide_index=True, width="stretch")

target_views.profile_section(s, prov)
