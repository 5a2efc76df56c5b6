"""The values of one indicator for every province and year, with the ranks we compute beside the
ranks the sources give. Every other metric starts from this engine.

The ranks are made once per build (etl/ranks.py, table `ranked_value`: its docstring says how they are
computed); the engine selects one ranking's rows from it, so a metric pays for a filtered read, not for
ranking (measured in bench/metrics.py). Metrics wrap `ranked_query` to filter or aggregate its rows in DuckDB,
so only the rows and columns they show reach pandas.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from etl.names import sql_name_order
from etl.ranks import rank_sql

# One ranking's rows: the filters match the table's sort order, so DuckDB skips the other row groups.
RANKED = """
SELECT * EXCLUDE (geography, indicator_code{members}) FROM ranked_value
WHERE geography = $geography AND indicator_code = $indicator{indices}{years}
"""

ROW_ORDER = f"ORDER BY index_code, year, rank NULLS LAST, {sql_name_order('name_vi')}"

# Columns only the 34-province view fills: how many former provinces a merged one's figure came from.
MEMBER_COLUMNS = ", n_members, n_members_with_value, min_member, max_member"

INT_COLUMNS = ("rank", "rank_of", "rank_computed", "region_rank", "region_size", "n_geography",
               "rank_published", "region_rank_published", "region_size_published", "region_rank_computed",
               "prev_year", "prev_rank_year", "prev_rank", "rank_change")


def higher_is_better(con: duckdb.DuckDBPyConnection, index: str) -> bool:
    row = con.execute("SELECT higher_is_better FROM dim_index WHERE index_code = ?", [index]).fetchone()
    if row is None:
        raise ValueError(f"unknown index {index!r}")
    return bool(row[0])


def typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Nullable integers for ranks and years, a plain bool for rank_partial, whatever subset was fetched."""
    for col in INT_COLUMNS:
        if col in frame:
            frame[col] = frame[col].astype("Int64")
    if "rank_partial" in frame:
        frame["rank_partial"] = frame["rank_partial"].fillna(False).astype(bool)
    return frame


def ranked_query(indices: list[str] | None, indicator: str = "total", geography: str = "63",
                 years: list[int] | None = None) -> tuple[str, dict]:
    """The engine as SQL and its named parameters, for metrics that go on in DuckDB; `indices` None is every
    index. Each row carries the province's previous value and rank (its latest earlier year with one), whichever
    `years` are kept."""
    params: dict = {"indicator": indicator, "geography": geography}
    if indices is not None:
        params["indices"] = list(indices)
    if years:
        params["years"] = [int(y) for y in years]
    return RANKED.format(members="" if geography == "34" else MEMBER_COLUMNS,
                         indices="" if indices is None else " AND list_contains($indices, index_code)",
                         years=" AND list_contains($years, year)" if years else ""), params


def ranked_values(con: duckdb.DuckDBPyConnection, index: str, indicator: str = "total", geography: str = "63",
                  years: list[int] | None = None, province_ids: list[str] | None = None) -> pd.DataFrame:
    """The engine's rows for one index, sorted by year, rank and name; optionally only some years or provinces
    (ranks are always over every province of the year)."""
    sql, params = ranked_query([index], indicator, geography, years)
    if province_ids is not None:
        sql = f"SELECT * FROM ({sql}) WHERE list_contains($provinces, province_id)"
        params["provinces"] = list(province_ids)
    frame = con.execute(f"{sql} {ROW_ORDER}", params).df()
    if frame.empty:
        higher_is_better(con, index)  # an unknown index is an error, not an empty table
    return typed(frame.drop(columns="index_code"))


def rank_frame(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, sizes: pd.DataFrame,
               best_high: bool = True) -> pd.DataFrame:
    """The same engine over an in-memory table (used by property tests on generated data)."""
    cur = con.cursor()
    cur.register("given_values", frame)
    cur.register("given_sizes", sizes)
    series = "'given' AS index_code, 'total' AS indicator_code"
    sql = rank_sql(f"SELECT {series}, $best_high AS best_high, * FROM given_values",
                   f"SELECT {series}, year, region_code, n_geography, region_size FROM given_sizes")
    return typed(cur.execute(f"{sql} ORDER BY year, rank NULLS LAST, {sql_name_order('name_vi')}",
                             {"best_high": best_high}).df()
                 .drop(columns=["index_code", "indicator_code"]))
