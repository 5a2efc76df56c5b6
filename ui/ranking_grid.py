"""The rankings table in two parts: a sortable grid of the columns a leader reads first, narrow enough for a 390 px
phone without sideways scrolling (rank, province, score bar, rank change, status), and every other column in a
table that wraps, under "More columns"."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from etl.precision import decimals
from ui import format, tables
from ui.i18n import pick_column, t, tier


def _shared_denominator(table: pd.DataFrame) -> int | None:
    """The number every rank is out of, where all share one and none is a rank among only those with a value."""
    denominators = table.loc[table["rank"].notna(), ["rank_of", "rank_partial"]].drop_duplicates()
    if len(denominators) != 1 or denominators["rank_partial"].iloc[0] or pd.isna(denominators["rank_of"].iloc[0]):
        return None
    return int(denominators["rank_of"].iloc[0])


def since_previous(table: pd.DataFrame, column: str, since: int | None, year_column: str) -> pd.Series:
    """A change column kept only where it is measured from `since`, the index's previous edition: the warehouse
    measures from a province's latest earlier figure, which may be years older (PAR INDEX 2023: Hậu Giang from
    2016), and a column headed with one year must not mix others."""
    return table[column].where(table[year_column] == since)


def show(index: str, table: pd.DataFrame, scale_max: float, since: int | None) -> None:
    """Ranks as numbers, so the column sorts 1, 2, ... 10 (not "1/63", "10/63"): the denominator is in the format
    where every rank shares one, else in a narrow column of its own ("/63", or "/22*" with a footnote). The rank
    change is from `since`, the previous edition."""
    shared = _shared_denominator(table)
    narrow = shared is None
    rank, rank_of, province, value = t("col.rank"), t("col.rank_of"), t("col.province"), t("col.value")
    change, status = t("col.rank_change_short"), t("col.status_short")
    view = pd.DataFrame({rank: table["rank"].astype("Float64")})
    # The columns' widths add up to at most a 390 px phone's grid (356 px inside its border), with the extra column
    # or not; a wider screen stretches them.
    config = {rank: st.column_config.NumberColumn(format=f"%d/{shared}" if shared else "%d",
                                                  width=44 if narrow else 52)}
    if narrow:
        view[rank_of] = [format.rank_of_text(o, p) for o, p in
                         zip(table["rank_of"], table["rank_partial"], strict=True)]
        config[rank_of] = st.column_config.TextColumn(width=44)
    view[province] = pick_column(table, "name")
    view[value] = table["value"].astype("float64")
    view[change] = since_previous(table, "rank_change", since, "prev_rank_year").astype("Float64")
    view[status] = table["value_status"].map(format.status_icon)
    config |= {
        province: st.column_config.TextColumn(width=108 if narrow else 118),
        # At the index's precision: DTI's 0.7024 and 0.6975 (3rd and 4th in 2022) both read 0.70 at two decimals.
        value: st.column_config.ProgressColumn(format=f"%.{decimals(index)}f", min_value=0.0,
                                               max_value=scale_max,
                                               width=78 if narrow else 104),
        change: st.column_config.NumberColumn(
            help=t("col.rank_change_since", year=since) if since else t("col.rank_change"), width=48),
        status: st.column_config.TextColumn(help=format.status_legend(), width=32),
    }
    # A rank change of 0 reads "0", not "+0"; the column stays numeric, so it sorts.
    styled = view.style.format({change: format.rank_change_text})
    # A short table (one region) is drawn at its own height: no empty filler rows below it.
    st.dataframe(styled, hide_index=True, width="stretch", height=560 if len(table) > 15 else "auto",
                 key="ranking_table", placeholder="", column_config=config)
    partial = table.loc[table["rank_partial"], "rank_of"].dropna()
    st.caption("  \n".join([format.status_legend()] + [format.rank_partial_note(n) for n in partial.unique()]))


def more_columns(index: str, table: pd.DataFrame, since: int | None) -> None:
    """Score change, rank in region with the region's name, group and source by province: a table that wraps on a
    phone. It is drawn only while its expander is open, so a year change does not lay out 63 hidden rows."""
    with st.expander(t("rankings.more"), key="ranking_more", on_change="rerun"):
        if st.session_state.get("ranking_more"):
            _more_table(index, table, since)


def _more_table(index: str, table: pd.DataFrame, since: int | None) -> None:
    # Whether a rank is the publisher's or computed from the scores (the status icon is the score's): said once
    # below when the whole table shares it, else a mark on each computed one. No column: the table keeps to a phone.
    basis = table["rank_basis"]
    mixed = basis.dropna().nunique() > 1
    names = pick_column(table, "name")
    columns = {
        t("col.province"): names.where(basis != "computed", names + " †") if mixed else names,
        t("col.change"): [format.change_text(index, c)
                          for c in since_previous(table, "value_change", since, "prev_year")],
        t("col.region_rank"): [format.region_rank_text(a, b, c, d, region, star=True) for a, b, c, d, region in
                               zip(table["region_rank"], table["region_size"], table["region_rank_basis"],
                                   table["region_n_ranked"], pick_column(table, "region"), strict=True)],
    }
    if table["tier"].notna().any():
        columns[t("col.tier")] = [tier(x) if isinstance(x, str) else "" for x in table["tier"]]
    # One source for the whole table is named once below it; sources that differ by row (news reports of a partial
    # table) stay in a column. Either way the table keeps to a phone's width.
    sources = table["source_url"].dropna().unique()
    if len(sources) > 1:
        columns[t("col.source")] = [tables.link(u) for u in table["source_url"]]
    tables.show(columns, right={t("col.change")})
    if len(sources) == 1:
        st.caption(f"{t('col.source')}: {tables.link(sources[0], sources[0])}")
    if any("*" in r for r in columns[t("col.region_rank")]):
        st.caption(format.region_partial_note())
    if mixed:
        st.caption(t("rank.basis_mixed"))
    elif basis.notna().any():
        st.caption(t(f"rank.basis_{basis.dropna().iloc[0]}"))
