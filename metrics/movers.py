"""Biggest rises and falls in rank and score between two years, among provinces ranked in both."""

from __future__ import annotations

import duckdb
import pandas as pd

from etl.names import sql_name_order
from etl.precision import difference
from metrics.values import higher_is_better, ranked_query, typed

# Only the two years are ranked, and only the columns the comparison reads leave DuckDB.
TWO_YEARS = """
SELECT year, province_id, name_vi, name_en, region_code, value, rank, rank_of, rank_partial FROM ({ranked})
ORDER BY year, rank NULLS LAST, {name_order}
"""


def movers(con: duckdb.DuckDBPyConnection, index: str, year_from: int, year_to: int, indicator: str = "total",
           n: int = 5, geography: str = "63") -> pd.DataFrame:
    ranked, params = ranked_query([index], indicator, geography, [year_from, year_to])
    frame = typed(con.execute(TWO_YEARS.format(ranked=ranked, name_order=sql_name_order("name_vi")), params).df())
    if frame.empty:
        higher_is_better(con, index)  # an unknown index is an error, not an empty list
    return biggest_moves(index, frame, year_from, year_to, n)


def biggest_moves(index: str, frame: pd.DataFrame, year_from: int, year_to: int, n: int = 5) -> pd.DataFrame:
    """The n biggest rises and falls in rank between two years of a ranked frame, among provinces ranked
    nationally (not over a partial table) in both, out of the same number of provinces (PCI 2005 ranked 42, 2006
    64: a move from 8th to 37th between them is no fall of 29); `n_compared` is how many those were."""
    cols = ["province_id", "name_vi", "name_en", "region_code", "value", "rank", "rank_of", "rank_partial"]
    a = frame[frame["year"] == year_from][cols]
    b = frame[frame["year"] == year_to][cols]
    both = a.merge(b, on=["province_id", "name_vi", "name_en", "region_code"], suffixes=("_from", "_to"))
    both = both[both["rank_from"].notna() & both["rank_to"].notna()
                & ~both["rank_partial_from"] & ~both["rank_partial_to"]
                & (both["rank_of_from"] == both["rank_of_to"])]
    both["rank_change"] = (both["rank_from"] - both["rank_to"]).astype(int)
    both["value_change"] = difference(index, both["value_to"], both["value_from"])
    ups = both[both["rank_change"] > 0].nlargest(n, "rank_change").assign(direction="up")
    downs = both[both["rank_change"] < 0].nsmallest(n, "rank_change").assign(direction="down")
    # How many provinces the moves are among (DTI 2021 ranked 25): a list drawn from few says so.
    return pd.concat([ups, downs], ignore_index=True).assign(n_compared=len(both))
