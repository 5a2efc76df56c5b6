"""The rankings table in two parts: a sortable table of the columns a leader reads first, narrow enough for a 390 px
phone without sideways scrolling (rank, province, score bar, rank change, status), and every other column in a
table that wraps, under "More columns".

Why not st.dataframe: it draws on a canvas and, 200 ms after every redraw, rebuilds the copy of its table that it
keeps for screen readers, so a year change was never done before that (0.41 s against the floor page's 0.14 s). The
table is a small custom component (ranking_table.js, registered by ui/components.py) that stays mounted and rewrites
only the cells that change; it is a real HTML table, so a screen reader, the browser's search and copying read it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui import components, data, echo, format, tables
from ui.i18n import pick_column, t, tier

_COMPONENT = components.component("ranking_table")


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


def show(index: str, table: pd.DataFrame, scale_max: float, since: int | None) -> object:
    """Draw the table and its legend; what the browser sent as the province clicked in this run (see
    components.draw)."""
    clicked = components.draw(_COMPONENT, "ranking_table", table_data(index, table, scale_max, since))
    partial = table.loc[table["rank_partial"], "rank_of"].dropna()
    # The header's help is a tooltip, which a phone never shows: what the change column counts is said here too.
    st.caption("  \n".join([format.status_legend(), f"{t('col.rank_change_short')}: {_change_help(since)}",
                             t("rankings.table_hint")] + [format.rank_partial_note(n) for n in partial.unique()]))
    return clicked


def _change_help(since: int | None) -> str:
    return t("col.rank_change_since", year=since) if since else t("col.rank_change")


def _number(value: object) -> float | None:
    """A figure as JSON's number, or None (null) for no figure: the table sorts a blank last."""
    return None if pd.isna(value) else float(value)


def table_data(index: str, table: pd.DataFrame, scale_max: float, since: int | None) -> dict:
    """What the component draws: its columns (header, help, kind, width share, first sort direction) and per
    province its slug, the value bar's share of the scale and each cell as [sort key, text, title].

    Ranks sort as numbers (1, 2, ... 10, never "1/63", "10/63"): the denominator is in the rank's text where every
    rank shares one, else in a narrow column of its own ("/63", or "/22*" with a footnote). Values are at the index's
    precision (DTI's 0.7024 and 0.6975, 3rd and 4th in 2022, both read 0.70 at two decimals). The rank change is
    from `since`, the previous edition; no move reads "0", never "+0". The width shares are a 390 px phone's pixels
    (356 inside its border), with the extra column or not; a wider screen stretches them."""
    shared = _shared_denominator(table)
    narrow = shared is None
    columns = [_column("rank", t("col.rank"), 44 if narrow else 52)]
    if narrow:
        columns.append(_column("rank_of", t("col.rank_of"), 44))
    columns += [
        _column("province", t("col.province"), 108 if narrow else 118),
        _column("bar", t("col.value"), 78 if narrow else 104, first="desc"),
        _column("change", t("col.rank_change_short"), 48, first="desc", help=_change_help(since)),
        _column("icon", t("col.status_short"), 32, help=format.status_legend()),
    ]
    statuses = list(format.STATUS_ICON)
    changes = since_previous(table, "rank_change", since, "prev_rank_year")
    rows = []
    for record, name, change in zip(table.to_dict("records"), pick_column(table, "name"), changes, strict=True):
        rank, value = _number(record["rank"]), _number(record["value"])
        status = format.status_key(record["value_status"])
        cells = [[rank, format.rank_text(rank, shared, False), ""]]  # "1/63", or "1" beside its own "/22*"
        if narrow:
            cells.append([_number(record["rank_of"]), format.rank_of_text(record["rank_of"], record["rank_partial"]),
                          ""])
        cells += [
            [name, name, ""],
            [value, format.value_text(index, value), ""],
            [_number(change), format.rank_change_text(change), ""],
            [statuses.index(status), format.STATUS_ICON[status], t(f"status.{status}")],
        ]
        bar = None if value is None or not scale_max else min(1.0, max(0.0, value / scale_max))
        rows.append({"slug": record["slug"], "bar": bar, "cells": cells})
    year = int(table["year"].iloc[0]) if len(table) else ""
    return {"label": t("rankings.table_label", index=data.index_row(index)["short"], year=year), "columns": columns,
            "rows": rows, "scroll": len(rows) > 15}


def _column(kind: str, label: str, width: int, first: str = "asc", help: str = "") -> dict:
    return {"kind": kind, "label": label, "width": width, "first": first, "help": help}


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
    tables.show(columns, key="more_table", right={t("col.change")})
    if len(sources) == 1:
        st.caption(f"{t('col.source')}: {echo.link(sources[0])}")
    if any("*" in r for r in columns[t("col.region_rank")]):
        st.caption(format.region_partial_note())
    if mixed:
        st.caption(t("rank.basis_mixed"))
    elif basis.notna().any():
        st.caption(t(f"rank.basis_{basis.dropna().iloc[0]}"))
