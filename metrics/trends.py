"""Series over years, with the publisher's method breaks marked so charts can draw them."""

from __future__ import annotations

import duckdb
import pandas as pd

from metrics.values import higher_is_better, ranked_query, typed

# Every year is ranked over all provinces; only the asked provinces leave DuckDB, with the break notes.
SERIES = """
SELECT r.province_id, r.name_vi, r.name_en, r.year, r.value, r.value_status, r.rank, r.rank_of, r.rank_partial,
       b.note_vi AS break_note_vi, b.note_en AS break_note_en
FROM ({ranked}) r LEFT JOIN dim_method_break b ON b.index_code = r.index_code AND b.year = r.year
WHERE list_contains($provinces, r.province_id)
ORDER BY r.province_id, r.year
"""


def trend(con: duckdb.DuckDBPyConnection, index: str, province_ids: list[str], indicator: str = "total",
          geography: str = "63") -> pd.DataFrame:
    ranked, params = ranked_query([index], indicator, geography)
    out = typed(con.execute(SERIES.format(ranked=ranked), params | {"provinces": list(province_ids)}).df())
    if out.empty:
        higher_is_better(con, index)  # an unknown index is an error, not an empty series
    out["break_before"] = out["break_note_vi"].notna()
    return out


def national_ranks(series: pd.DataFrame) -> pd.DataFrame:
    """The rows of a series whose rank is on the national scale: a rank among only the provinces with a value
    (PAR INDEX 2012: 6th of 8) is no place on a ranks-over-years chart."""
    return series[series["rank"].notna() & ~series["rank_partial"]]


def comparable(con: duckdb.DuckDBPyConnection, index: str, year_a: int, year_b: int) -> bool:
    """False when a method break falls in (year_a, year_b]: scores across it should not be compared."""
    lo, hi = sorted((year_a, year_b))
    n = con.execute("SELECT count(*) FROM dim_method_break WHERE index_code = ? AND year > ? AND year <= ?",
                    [index, lo, hi]).fetchone()[0]
    return n == 0
