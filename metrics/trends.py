"""Series over years, with the publisher's method breaks marked so charts can draw them."""

from __future__ import annotations

import duckdb
import pandas as pd

from metrics.reference import method_breaks
from metrics.values import ranked_values


def trend(con: duckdb.DuckDBPyConnection, index: str, province_ids: list[str], indicator: str = "total",
          geography: str = "63") -> pd.DataFrame:
    frame = ranked_values(con, index, indicator, geography)
    out = frame[frame["province_id"].isin(province_ids)][
        ["province_id", "name_vi", "name_en", "year", "value", "value_status", "rank", "rank_of", "rank_partial"]]
    breaks = method_breaks(con, index)[["year", "note_vi", "note_en"]].rename(
        columns={"note_vi": "break_note_vi", "note_en": "break_note_en"})
    out = out.merge(breaks, on="year", how="left")
    out["break_before"] = out["break_note_vi"].notna()
    return out.sort_values(["province_id", "year"]).reset_index(drop=True)


def comparable(con: duckdb.DuckDBPyConnection, index: str, year_a: int, year_b: int) -> bool:
    """False when a method break falls in (year_a, year_b]: scores across it should not be compared."""
    lo, hi = sorted((year_a, year_b))
    n = con.execute("SELECT count(*) FROM dim_method_break WHERE index_code = ? AND year > ? AND year <= ?",
                    [index, lo, hi]).fetchone()[0]
    return n == 0
