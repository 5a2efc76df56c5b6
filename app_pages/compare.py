"""So sánh: two to six provinces across years and components, with the gaps between them."""

import streamlit as st

from metrics import compare, reference
from ui import charts, data, widgets
from ui.i18n import pick, pick_column, t

s = st.session_state["state"]
row = data.index_row(s.index)
st.title(t("compare.title"))
c1, c2, c3 = st.columns([3, 2, 2])
widgets.provinces_picker(s, c1)
widgets.index_picker(s, c2)
widgets.indicator_picker(s, c3)

provinces = data.call(reference.provinces, s.geo)
ids = list(provinces.set_index("slug").loc[s.provinces, "province_id"]) if s.provinces else []
if not 2 <= len(ids) <= 6:
    st.info(t("compare.need"), icon="ℹ️")
else:
    series = data.call(compare.compare, ids, s.index, s.indicator, s.geo)
    series = series[series["value"].notna()].assign(label=lambda d: pick_column(d, "name"))
    if series.empty:
        st.info(t("empty.none", index=row["short"], year="", note=pick(row, "coverage_note")), icon="ℹ️")
    else:
        fig = charts.trend(series, "value", t("compare.lines", index=charts.index_link(s.index, row["short"])),
                           data.call(reference.method_breaks, s.index))
        st.plotly_chart(fig, key="compare_lines", config=charts.config(f"{s.index}-compare"))
        st.subheader(t("compare.gaps"))
        wide = series.pivot_table(index="year", columns="label", values="value").round(2)
        best = series.groupby("year")["national_best"].first().round(2).rename(t("col.best"))
        st.dataframe(wide.join(best).sort_index(ascending=False), width="stretch", key="compare_gaps")
        year = int(series["year"].max())
        comps = data.call(compare.compare_components, ids, s.index, year)
        if len(comps):
            comps = comps.assign(label=[pick(r, "name") for r in comps.to_dict("records")],
                                 province=pick_column(comps, "province"))
            wide_c = comps.pivot_table(index="label", columns="province", values="value", sort=False).reset_index()
            fig = charts.bars(wide_c, "label", {c: c for c in wide_c.columns if c != "label"},
                              f"{charts.index_link(s.index, row['short'])}: " + t("compare.components", year=year))
            st.plotly_chart(fig, key="compare_components", config=charts.config(f"{s.index}-components"))
