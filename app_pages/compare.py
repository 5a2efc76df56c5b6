"""So sánh: two to six provinces in one year (scores, ranks, gaps) and across years and components; each
province keeps its own colour on every chart."""

import streamlit as st

from metrics import compare, reference, trends
from ui import charts, data, format, tables, trend_figures, widgets
from ui.i18n import pick, t

s = st.session_state["state"]
row = data.index_row(s.index)
st.title(t("compare.title"))
# The chosen provinces get the page's whole width: in a column, the picker showed 3 of 6 and cut the rest.
widgets.provinces_picker(s)
c2, c3, c4 = st.columns([3, 3, 1])
widgets.index_picker(s, c2)
widgets.indicator_picker(s, c3)
widgets.year_picker(s, c4)

provinces = data.call(reference.provinces, s.geo).set_index("slug")
chosen = provinces.loc[[p for p in s.provinces if p in provinces.index]]
ids = list(chosen["province_id"])
if len(ids) < 2:
    st.info(t("compare.need_more", n=len(ids)), icon="ℹ️")
else:
    names = {r["province_id"]: pick(r, "name") for r in chosen.to_dict("records")}
    series = data.call(compare.compare, ids, s.index, s.indicator, s.geo)
    series = series.assign(label=[names[p] for p in series["province_id"]])

    first = names[ids[0]]
    this = series[series["year"] == s.year].set_index("province_id")
    year_rows = [this.loc[pid] if pid in this.index else None for pid in ids]
    st.subheader(t("compare.year_table", index=row["short"], year=s.year or ""))
    tables.show({t("col.province"): [names[pid] for pid in ids],
                 t("col.value"): [format.value_text(s.index, r["value"] if r is not None else None) for r in year_rows],
                 t("col.rank"): [format.rank_text(r["rank"], r["rank_of"], r["rank_partial"]) if r is not None
                                 else "—" for r in year_rows],
                 t("col.gap_best"): ["" if r is None else t("compare.is_best") if r["gap_to_best"] == 0
                                     else format.change_text(s.index, r["gap_to_best"]) for r in year_rows],
                 t("col.gap_first", name=first): [format.change_text(s.index, r["gap_to_first"])
                                                  if r is not None and i else "" for i, r in enumerate(year_rows)]},
                key="year_table",
                right={t("col.value"), t("col.rank"), t("col.gap_best"), t("col.gap_first", name=first)})

    values = series[series["value"].notna()]
    rank_only = [names[pid] for pid in ids if pid not in set(values["province_id"])
                 and pid in set(series.loc[series["rank"].notna(), "province_id"])]
    ranks = trends.national_ranks(series)
    if len(ranks) and ranks["year"].nunique() > 1:
        st.plotly_chart(trend_figures.ranks(s.index, ids, s.indicator, s.geo), key="compare_ranks",
                        config=charts.config(f"{s.index}-compare-ranks"))
    if values.empty and not rank_only:
        st.info(t("compare.no_scores", index=row["short"], note=pick(row, "coverage_note")), icon="ℹ️")
    elif values["year"].nunique() > 1:  # one year is the table above, not a line on an axis of its own
        st.plotly_chart(trend_figures.values(s.index, ids, s.indicator, s.geo), key="compare_lines",
                        config=charts.config(f"{s.index}-compare"))
        st.subheader(t("compare.gaps_best"))
        gaps = values.pivot_table(index="year", columns="label", values="gap_to_best").sort_index(ascending=False)
        shown = [names[pid] for pid in ids if names[pid] in gaps.columns]
        tables.show({t("col.year"): [str(y) for y in gaps.index]}
                    | {name: [format.change_text(s.index, v) for v in gaps[name]] for name in shown}
                    | {t("col.best"): [format.value_text(s.index, v) for v in
                                       values.groupby("year")["national_best"].first().reindex(gaps.index)]},
                    key="gaps_table", right=set(shown) | {t("col.best")}, height=420 if len(gaps) > 10 else None)
    if rank_only:
        st.caption(t("compare.rank_only", names=", ".join(rank_only)))

    with_components = data.call(compare.component_years, ids, s.index)
    comp_year = max((y for y in with_components if s.year is None or y <= s.year), default=None)
    with st.container(key="components_note"):  # one place whether it says something or not: see notes.table_notices
        if comp_year is None:
            st.caption(t("compare.components_none", index=row["short"], year=s.year or ""))
        elif comp_year != s.year:
            st.caption(t("compare.components_other", index=row["short"], year=s.year, comp_year=comp_year))
    if comp_year is not None:
        st.plotly_chart(trend_figures.components(s.index, ids, comp_year, s.geo), key="compare_components",
                        config=charts.config(f"{s.index}-components"))
