"""Nguồn & phương pháp: coverage, method breaks, the 2025 crosswalk and every source with its licence."""

import plotly.express as px
import streamlit as st

from metrics import reference
from ui import charts, data
from ui.i18n import pick, t

st.title(t("sources.title"))
st.markdown(t("sources.statuses"))

st.subheader(t("sources.coverage"))
cov = data.call(reference.coverage)
cov = cov.assign(status=[t("status." + v) if v != "rank_only" else t("col.rank") for v in cov["value_status"]])
fig = px.bar(cov, x="year", y="n", color="status", facet_row="short", height=620,
             color_discrete_sequence=charts.OKABE_ITO)
fig.update_yaxes(matches=None, title=None)
fig.for_each_annotation(lambda a: a.update(text=a.text.split("=")[-1]))
st.plotly_chart(fig, key="coverage", config=charts.config("coverage"))

st.subheader(t("sources.breaks"))
breaks = data.call(reference.method_breaks)
st.dataframe({t("col.index"): breaks["short"], t("col.year"): breaks["year"],
              "": [pick(r, "note") for r in breaks.to_dict("records")]}, hide_index=True, width="stretch")

st.subheader(t("sources.crosswalk"))
st.dataframe(data.call(reference.crosswalk), hide_index=True, width="stretch", key="crosswalk")

st.subheader(t("sources.list"))
src = data.call(reference.sources)
st.dataframe(src[["file", "kind", "publisher", "title", "url", "licence", "transcribed_from", "date_accessed",
                  "sha256"]], hide_index=True, width="stretch", key="sources_table",
             column_config={"url": st.column_config.LinkColumn()})
st.caption(t("sources.credit"))
