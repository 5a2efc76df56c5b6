"""Nguồn & phương pháp: how each index is made (from the catalogue), coverage, method breaks, the 2025 crosswalk
and every source with its licence. Each index has its own anchor (#pci, …), which chart titles link to."""

import streamlit as st

from metrics import reference
from ui import charts, data, tables
from ui.echo import literal
from ui.i18n import pick, pick_column, t

st.title(t("sources.title"))
st.markdown(t("sources.statuses"))

st.header(t("sources.methods"))
methods = data.call(reference.index_methods)
breaks = data.call(reference.method_breaks)
for row in data.call(reference.indices).itertuples():
    st.subheader(f"{row.short} — {pick(row, 'name')}", anchor=row.index_code)
    notes = methods[methods["index_code"] == row.index_code]
    st.markdown("\n".join(f"- **{t('method.' + n.topic)}:** {literal(pick(n, 'text'))}"
                          for n in notes.itertuples()))
    parts = data.call(reference.indicators, row.index_code)
    parts = parts[parts["parent_code"] == "total"]
    if len(parts):
        # PAR INDEX's parts are shares of its 100 points, weighted differently by year: no maximum of their own. The
        # others' are on a scale of their own (PCI's 10, PAPI's 10 of 80), or the total's (DTI's 0-1, SIPAS's %).
        shares = row.index_code == "par_index"
        tables.show({t("col.indicator"): pick_column(parts, "name"),
                     t("col.max_points"): [t("method.share") if shares else f"{v:g}" for v in parts["scale_max"]],
                     t("col.years"): [charts.year_span(a, b) or t("method.all_years")
                                      for a, b in zip(parts["first_year"], parts["last_year"], strict=True)]},
                    key=f"parts_{row.index_code}", right={t("col.max_points")})
    changed = breaks[breaks["index_code"] == row.index_code]
    if len(changed):
        st.markdown(f"**{t('sources.changes')}**\n\n" + "\n".join(
            f"- {b.year}: {literal(pick(b, 'note'))}" for b in changed.itertuples()))

st.header(t("sources.coverage"))
cov = data.call(reference.coverage)
cov = cov.assign(status=[t("status." + v) if v != "rank_only" else t("col.rank") for v in cov["value_status"]])
st.plotly_chart(charts.coverage(cov, {"year": t("col.year"), "n": t("col.n_figures"), "status": t("col.status")}),
                key="coverage", config=charts.config("coverage"))

st.header(t("sources.crosswalk"))
cross = data.call(reference.crosswalk)
tables.show({t("col.new_code"): cross["new_code"], t("col.new_province"): pick_column(cross, "new_name"),
             t("col.old_code"): cross["old_code"], t("col.old_province"): pick_column(cross, "old_name"),
             t("col.region"): pick_column(cross, "region")}, key="crosswalk", height=420)

st.header(t("sources.list"))
src = data.call(reference.sources)
tables.show({t("col.title"): pick_column(src, "title"), t("col.publisher"): pick_column(src, "publisher"),
             t("col.link"): [tables.link(u) for u in src["url"]], t("col.licence"): pick_column(src, "licence"),
             t("col.file"): src["file"], t("col.accessed"): src["date_accessed"].fillna("")}, key="sources", height=520)
st.caption(t("sources.credit"))
