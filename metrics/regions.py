"""The six regions over time: our statistics over the values that exist, and the regional averages
that a publisher printed, side by side."""

from __future__ import annotations

import duckdb
import pandas as pd

from etl.names import sql_name_order
from metrics.values import higher_is_better, ranked_query, typed

# The regional averages a publisher printed (63-province regions), one per region and year: where a source also
# quotes a figure with a qualifier ("as 2023 baseline quoted in 2024 article"), the plain metric's figure.
PRINTED_REGIONAL = """
SELECT year, region_code, arg_min(value, length(metric)) AS published_mean,
       arg_min(source_url, length(metric)) AS published_source_url
FROM source_fact
WHERE index_code = $index AND region_code IS NOT NULL AND value IS NOT NULL AND metric ILIKE '%regional average%'
GROUP BY year, region_code
"""
# A region the publisher printed a mean for is listed even when none of its provinces has a figure that year
# (PAR INDEX 2024: the Mekong Delta's 87.37 and the Central Highlands' 85.63).
PRINTED_ONLY = """coalesce(s.region_code, p.region_code) AS region_code,
       coalesce(s.region_vi, r.name_vi) AS region_vi, coalesce(s.region_en, r.name_en) AS region_en"""
REGION_SIZE = """coalesce(s.n_provinces, (SELECT count(*) FROM dim_province d
                                 WHERE d.region_code = p.region_code AND d.geography = '63'))"""

# Aggregated in DuckDB: only one row per region and year leaves it. n_provinces is the largest region
# size the engine gives that region and year (published where a source printed one).
SUMMARY = f"""
WITH ranked AS ({{ranked}}), stats AS (
    SELECT year, region_code, any_value(region_vi) AS region_vi, any_value(region_en) AS region_en,
           avg(value) AS mean, median(value) AS median, min(value) AS min, max(value) AS max, count(value) AS n,
           max(region_size) AS n_provinces
    FROM ranked GROUP BY year, region_code
), national AS (
    SELECT year, avg(value) AS national_mean FROM ranked GROUP BY year
), printed AS ({{printed}})
SELECT coalesce(s.year, p.year) AS year, {PRINTED_ONLY}, s.mean, s.median, s.min, s.max,
       coalesce(s.n, 0) AS n, {REGION_SIZE} AS n_provinces, coalesce(s.n, 0) / {REGION_SIZE} AS coverage,
       n.national_mean, p.published_mean, p.published_source_url
FROM stats s FULL JOIN printed p ON p.year = s.year AND p.region_code = s.region_code
LEFT JOIN dim_region r ON r.region_code = p.region_code
LEFT JOIN national n ON n.year = coalesce(s.year, p.year)
WHERE s.n > 0 OR p.published_mean IS NOT NULL
ORDER BY 1, 2
"""
NONE_PRINTED = """SELECT NULL::INTEGER AS year, NULL::VARCHAR AS region_code, NULL::DOUBLE AS published_mean,
       NULL::VARCHAR AS published_source_url WHERE false"""


def region_summary(con: duckdb.DuckDBPyConnection, index: str, indicator: str = "total",
                   geography: str = "63") -> pd.DataFrame:
    ranked, params = ranked_query([index], indicator, geography)
    if indicator == "total" and geography == "63":
        printed, params = PRINTED_REGIONAL, params | {"index": index}
    else:
        printed = NONE_PRINTED
    out = con.execute(SUMMARY.format(ranked=ranked, printed=printed), params).df()
    if out.empty:
        higher_is_better(con, index)  # an unknown index is an error, not an empty summary
    out["n_provinces"] = out["n_provinces"].astype("Int64")
    return out


SPREAD = """
SELECT province_id, slug, name_vi, name_en, region_code, region_vi, region_en, value, value_status, rank, rank_of,
       rank_partial, region_rank, region_size, region_rank_basis, region_n_ranked
FROM ({ranked}) WHERE value IS NOT NULL
ORDER BY year, rank NULLS LAST, {name_order}
"""


def region_spread(con: duckdb.DuckDBPyConnection, index: str, year: int, indicator: str = "total",
                  geography: str = "63") -> pd.DataFrame:
    ranked, params = ranked_query([index], indicator, geography, [year])
    return typed(con.execute(SPREAD.format(ranked=ranked, name_order=sql_name_order("name_vi")), params).df())


# One year's means, nationally (region_code NULL) and per region, each beside the figure a publisher printed for
# it (its plainest line: the shortest metric name, so a cross-check note never replaces the figure itself).
YEAR_MEANS = f"""
WITH ranked AS ({{ranked}}), scopes AS (
    SELECT NULL AS region_code, NULL AS region_vi, NULL AS region_en, avg(value) AS mean, count(value) AS n,
           max(n_geography) AS n_provinces
    FROM ranked
    UNION ALL
    SELECT region_code, any_value(region_vi), any_value(region_en), avg(value), count(value), max(region_size)
    FROM ranked GROUP BY region_code
), printed AS (
    SELECT NULL AS region_code, arg_min(value, length(metric)) AS published_mean,
           arg_min(source_url, length(metric)) AS published_source_url
    FROM source_fact
    WHERE index_code = $index AND year = $year AND value IS NOT NULL AND $indicator = 'total' AND region_code IS NULL
      AND (metric ILIKE '%national average%' OR metric = 'dti_mean_provincial')
    HAVING count(*) > 0
    UNION ALL
    SELECT region_code, published_mean, published_source_url FROM ({PRINTED_REGIONAL})
    WHERE year = $year AND $indicator = 'total' AND $geography = '63'
)
SELECT {PRINTED_ONLY}, s.mean, coalesce(s.n, 0) AS n, {REGION_SIZE} AS n_provinces, p.published_mean,
       p.published_source_url
FROM scopes s FULL JOIN printed p ON p.region_code IS NOT DISTINCT FROM s.region_code
LEFT JOIN dim_region r ON r.region_code = p.region_code
WHERE s.n > 0 OR p.published_mean IS NOT NULL
ORDER BY 1 NULLS FIRST
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
