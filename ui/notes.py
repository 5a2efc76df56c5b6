"""What to say when a selection is partial or empty, and where the method changed."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from metrics import reference
from ui import data
from ui.i18n import pick, t


def coverage_notice(index: str, year: int | None, table: pd.DataFrame) -> bool:
    """Explain a partial or empty table; return False when there is nothing to draw."""
    row = data.index_row(index)
    n_values = int(table["value"].notna().sum())
    n_ranks = int(table["rank"].notna().sum())
    total = len(table)
    note = pick(row, "coverage_note")
    if n_values + n_ranks == 0:
        merged = total and (table["geography"] == "34").all()  # the 63-province table may have figures
        st.info(t("empty.none_34", index=row["short"], year=year) if merged
                else t("empty.none", index=row["short"], year=year, note=note), icon="ℹ️")
        return False
    if min(n_values, n_ranks) < total:  # DTI 2022: every province ranked, 10 with a score
        st.info(t("partial.note", n_ranks=n_ranks, n_values=n_values, total=total, note=note), icon="ℹ️")
    return True


def table_notices(index: str, year: int | None, table: pd.DataFrame | None) -> bool:
    """The coverage and method-break notices of a year's table, in one block that is always on the page; return
    False when there is no table to draw. Why one block: the elements after it keep their places when a year brings
    a notice or takes one away, so the browser updates them (the map recolours, the grid refills) instead of
    mounting them anew."""
    with st.container(key="notices"):
        shown = table is not None and coverage_notice(index, year, table)
        if shown:
            method_break_notice(index, year)
    return shown


def method_break_notice(index: str, year: int | None) -> None:
    breaks = data.call(reference.method_breaks, index)
    for b in breaks[breaks["year"] == year].itertuples():
        st.caption("⚠️ " + t("break.note", year=b.year, note=pick(b, "note")))
