"""Mục tiêu: every target a province set, with its status against the published results, its document and source;
filters in the URL; counts per index; a province's targets against its results over the years; CSV download."""

import streamlit as st

from etl.names import fold
from metrics import targets
from ui import data, downloads, tables, widgets
from ui import targets as target_views
from ui.i18n import pick_column, t
from ui.url_state import TARGET_STATUSES

s = st.session_state["state"]
f = s.targets
st.title(t("targets.title"))
st.caption(t("targets.intro"))

year = int(f["tyear"]) if "tyear" in f else None
table = data.call(targets.target_table, year)
index_names = {code: r["short"] for code, r in data.index_rows().items()}
provinces = table.drop_duplicates("slug").sort_values("name_vi", key=lambda names: names.map(fold))
province_names = dict(zip(provinces["slug"], pick_column(provinces, "name"), strict=True))
span_years = sorted({int(y) for y in data.call(targets.target_years)["year"].dropna()}, reverse=True)

c1, c2, c3, c4, c5 = st.columns(5)
target_views.filter_select(t("pick.index"), "tindex", list(index_names), f.get("tindex"), index_names, c1)
widgets.region_picker(s, c2)
target_views.filter_select(t("pick.target_province"), "tprovince", list(province_names), f.get("tprovince"),
                           widgets.province_labels(provinces), c3)
target_views.filter_select(t("pick.status"), "status", list(TARGET_STATUSES), f.get("status"),
                           {k: t(f"target.status.{k}") for k in TARGET_STATUSES}, c4)
target_views.filter_select(t("pick.target_year"), "tyear", [str(y) for y in span_years], f.get("tyear"), {}, c5)

shown = table
if "tindex" in f:
    shown = shown[shown["index_code"] == f["tindex"]]
if s.region:
    shown = shown[shown["region_code"] == s.region]
if "tprovince" in f:
    shown = shown[shown["slug"] == f["tprovince"]]
if "status" in f:
    shown = shown[shown["status"] == f["status"]]

st.subheader(t("targets.counts"))
counts = targets.status_counts(shown) if len(shown) else None
if counts is None:
    st.info(t("targets.none"))
else:
    # A plain table: it wraps to a phone's width, where a grid would hide the last statuses to the right.
    tables.show({t("col.index"): counts["short"], **{t(f"target.status.{k}"): counts[k] for k in TARGET_STATUSES}},
                key="target_counts", right={t(f"target.status.{k}") for k in TARGET_STATUSES})
    target_views.show_table(shown, "targets_table")
    st.download_button(t("targets.download"), downloads.csv_bytes(target_views.csv_frame(shown)),
                       file_name="targets.csv", mime="text/csv", key="targets_csv")
    st.caption(t("targets.not_all", n=63 - data.call(targets.target_list)["name_vi"].nunique()))

if "tprovince" in f and len(shown):
    name = province_names.get(f["tprovince"], f["tprovince"])
    years = data.call(targets.target_years)
    years = years.merge(shown[["source_id", "row"]], on=["source_id", "row"])
    for index in [i for i in index_names if i in set(shown["index_code"])]:
        target_views.province_chart(years, shown, index, name)
elif "tprovince" not in f:  # with a province chosen, "no target matches the filters" has been said above
    st.caption(t("targets.chart_hint"))
