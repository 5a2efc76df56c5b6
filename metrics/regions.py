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


# One year's means, nationally (region_code NULL) and per region, each beside the figure a publisher printed for
# it (its plainest line: the shortest metric name, so a cross-check note never replaces the figure itself).
YEAR_MEANS = """
WITH ranked AS ({ranked}), scopes AS (
    SELECT NULL AS region_code, NULL AS region_vi, NULL AS region_en, avg(value) AS mean, count(value) AS n,
           max(n_geography) AS n_provinces
    FROM ranked
    UNION ALL
    SELECT region_code, any_value(region_vi), any_value(region_en), avg(value), count(value), max(region_size)
    FROM ranked GROUP BY region_code
), printed AS (
    SELECT region_code, arg_min(value, length(metric)) AS published_mean,
           arg_min(source_url, length(metric)) AS published_source_url
    FROM source_fact
    WHERE index_code = $index AND year = $year AND value IS NOT NULL AND $indicator = 'total'
      AND ((region_code IS NULL AND (metric ILIKE '%national average%' OR metric = 'dti_mean_provincial'))
           OR (region_code IS NOT NULL AND $geography = '63' AND metric ILIKE '%regional average%'))
    GROUP BY region_code
)
SELECT s.*, p.published_mean, p.published_source_url
FROM scopes s LEFT JOIN printed p ON p.region_code IS NOT DISTINCT FROM s.region_code
WHERE s.n > 0 OR p.published_mean IS NOT NULL
ORDER BY s.region_code NULLS FIRST
"""


def year_means(con: duckdb.DuckDBPyConnection, index: str, year: int, indicator: str = "total",
               geography: str = "63") -> pd.DataFrame:
    """The national mean (first row, region_code NULL) and each region's for one year, with what each figure is:
    `basis` 'published' (the publisher printed it: `headline` is that figure), 'complete' (our mean over every
    province of the scope) or 'partial' (our mean over the `n` provinces with a figure, not the scope's mean)."""
    ranked, params = ranked_query([index], indicator, geography, [year])
    params |= {"index": index, "year": int(year)}
    out = con.execute(YEAR_MEANS.format(ranked=ranked), params).df()
    if out.empty:
        higher_is_better(con, index)  # an unknown index is an error, not an empty table
    out["n"] = out["n"].astype("Int64")
    out["n_provinces"] = out["n_provinces"].astype("Int64")
    published = out["published_mean"].notna()
    complete = (out["n"] >= out["n_provinces"]).fillna(False).astype(bool)
    out["basis"] = ["published" if p else "complete" if c else "partial"
                    for p, c in zip(published, complete, strict=True)]
    out["headline"] = out["published_mean"].where(published, out["mean"])
    return out
