"""The five indices on one scale (percentile within each index's latest year) and how they correlate."""

from __future__ import annotations

import duckdb
import pandas as pd

from etl.names import sql_name_order
from metrics.values import ranked_query, typed

WIDE = 50  # a year with at least this many ranked provinces is preferred over a later, thinner one

# All indices ranked in one query; per index the year is chosen from how many provinces have a percentile.
LATEST = """
WITH ranked AS ({ranked}), counts AS (
    SELECT index_code, year, count(*) AS n FROM ranked WHERE percentile IS NOT NULL GROUP BY index_code, year
), chosen AS (
    SELECT index_code, coalesce(max(year) FILTER (WHERE n >= $wide), first(year ORDER BY n DESC, year DESC)) AS year
    FROM counts GROUP BY index_code
)
SELECT r.province_id, r.name_vi, r.name_en, r.percentile, r.rank, r.rank_of, r.index_code, i.short, r.year
FROM ranked r JOIN chosen c USING (index_code, year) JOIN dim_index i USING (index_code)
WHERE r.percentile IS NOT NULL
ORDER BY i.sort, r.rank NULLS LAST, {name_order}
"""


def cross_index(con: duckdb.DuckDBPyConnection, geography: str = "63") -> pd.DataFrame:
    """Province × index percentile, each index in its latest year with 50+ ranked provinces (else its widest)."""
    ranked, params = ranked_query(None, "total", geography)
    sql = LATEST.format(ranked=ranked, name_order=sql_name_order("r.name_vi"))
    out = typed(con.execute(sql, params | {"wide": WIDE}).df())
    return out if len(out) else pd.DataFrame()


def index_correlation(con: duckdb.DuckDBPyConnection, geography: str = "63") -> pd.DataFrame:
    """Spearman correlation of percentiles between each pair of indices, over the provinces in both (pandas ranks
    each pair's common provinces); none for a pair with fewer than 3."""
    wide = cross_index(con, geography).pivot(index="province_id", columns="short", values="percentile")
    rho = wide.corr(method="spearman", min_periods=3)
    present = wide.notna().astype(int)
    both = present.T @ present
    cols = list(wide.columns)
    return pd.DataFrame([{"index_a": a, "index_b": b, "spearman": rho.at[a, b], "n": int(both.at[a, b])}
                         for i, a in enumerate(cols) for b in cols[i + 1:]])
