"""The six regions over time: our statistics over the values that exist, and the regional averages
that a publisher printed, side by side."""

from __future__ import annotations

import duckdb
import pandas as pd

from metrics.values import higher_is_better, ranked_query, typed

# Aggregated in DuckDB: only one row per region and year leaves it. n_provinces is the largest region
# size the engine gives that region and year (published where a source printed one).
SUMMARY = """
WITH ranked AS ({ranked}), stats AS (
    SELECT year, region_code, any_value(region_vi) AS region_vi, any_value(region_en) AS region_en,
           avg(value) AS mean, median(value) AS median, min(value) AS min, max(value) AS max, count(value) AS n,
           max(region_size) AS n_provinces
    FROM ranked GROUP BY year, region_code
), national AS (
    SELECT year, avg(value) AS national_mean FROM ranked GROUP BY year
)
SELECT s.year, s.region_code, s.region_vi, s.region_en, s.mean, s.median, s.min, s.max, s.n, s.n_provinces,
       s.n / s.n_provinces AS coverage, n.national_mean, {published}
FROM stats s JOIN national n USING (year) {published_join}
WHERE s.n > 0
ORDER BY s.year, s.region_code
"""
PUBLISHED = """LEFT JOIN (
    SELECT year, region_code, avg(value) AS published_mean, min(source_url) AS published_source_url
    FROM source_fact
    WHERE index_code = $index AND region_code IS NOT NULL AND value IS NOT NULL AND metric LIKE '%regional average'
    GROUP BY year, region_code
) p USING (year, region_code)"""


def region_summary(con: duckdb.DuckDBPyConnection, index: str, indicator: str = "total",
                   geography: str = "63") -> pd.DataFrame:
    ranked, params = ranked_query([index], indicator, geography)
    if indicator == "total" and geography == "63":
        sql = SUMMARY.format(ranked=ranked, published="p.published_mean, p.published_source_url",
                             published_join=PUBLISHED)
        params["index"] = index
    else:
        sql = SUMMARY.format(ranked=ranked, published="NULL AS published_mean, NULL AS published_source_url",
                             published_join="")
    out = con.execute(sql, params).df()
    if out.empty:
        higher_is_better(con, index)  # an unknown index is an error, not an empty summary
    out["n_provinces"] = out["n_provinces"].astype("Int64")
    return out


SPREAD = """
SELECT province_id, name_vi, name_en, region_code, region_vi, region_en, value, value_status, rank, rank_of,
       region_rank, region_size, region_rank_basis, region_n_ranked
FROM ({ranked}) WHERE value IS NOT NULL
ORDER BY year, rank NULLS LAST, name_vi
"""


def region_spread(con: duckdb.DuckDBPyConnection, index: str, year: int, indicator: str = "total",
                  geography: str = "63") -> pd.DataFrame:
    ranked, params = ranked_query([index], indicator, geography, [year])
    return typed(con.execute(SPREAD.format(ranked=ranked), params).df())
