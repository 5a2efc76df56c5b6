"""The values of one indicator for every province and year, with the ranks we compute beside the
ranks the sources give. Every other metric starts from this frame.

Ranks are computed over the values that exist (published or derived); a blank value gets none.
Ties share the better rank (1, 2, 2, 4). Percentile: 100 is the best, 0 the worst, from the rank and
its denominator; none for a rank computed over a partial table, which would flatter or harm. A full
published table (source kind 'table') is complete even where some cells are blank (PAPI 2023 ranks 61).
The whole engine is one DuckDB query with window functions.
"""

from __future__ import annotations

import duckdb
import pandas as pd

COLUMNS = """f.year, p.province_id, p.code, p.slug, p.name_vi, p.name_en, p.region_code,
             r.name_vi AS region_vi, r.name_en AS region_en, f.value, f.value_status,
             f.rank AS rank_published, f.rank_status AS rank_published_status,
             f.region_rank AS region_rank_published, f.region_size AS region_size_published,
             f.tier, f.note, f.source_id, coalesce(f.source_url, s.url) AS source_url, s.kind AS source_kind"""

VALUES_63 = f"""
SELECT {COLUMNS}
FROM fact_value f JOIN dim_province p USING (province_id) JOIN dim_region r USING (region_code)
LEFT JOIN dim_source s USING (source_id)
WHERE f.index_code = ? AND f.indicator_code = ? AND p.geography IN ('63', 'historical')
"""

# How many provinces existed each year (64 in PCI 2005-2008 with Hà Tây), nationally and per region.
SIZES = """
WITH members AS (
    SELECT y.year, p.province_id, p.region_code
    FROM (SELECT DISTINCT year FROM v) y CROSS JOIN dim_province p WHERE p.geography = ?
    UNION
    SELECT DISTINCT v.year, v.province_id, v.region_code FROM v WHERE v.province_id LIKE 'historical-%'
)
SELECT year, region_code, sum(count(*)) OVER (PARTITION BY year) AS n_geography, count(*) AS region_size
FROM members GROUP BY year, region_code
"""

RANK = """
WITH v AS MATERIALIZED ({values}), sizes AS ({sizes}), r AS (
    SELECT v.*,
           CASE WHEN value IS NOT NULL THEN rank() OVER (PARTITION BY year, value IS NULL ORDER BY value {order})
           END AS rank_computed,
           count(value) OVER (PARTITION BY year) AS n_ranked,
           CASE WHEN value IS NOT NULL THEN rank() OVER (PARTITION BY year, region_code, value IS NULL
                                                         ORDER BY value {order}) END AS region_rank_computed,
           count(value) OVER (PARTITION BY year, region_code) AS region_n_ranked,
           count(*) OVER (PARTITION BY year) AS n_rows,
           bool_and(coalesce(source_kind, '') = 'table') OVER (PARTITION BY year) AS year_is_table,
           rank_published IS NOT NULL AND rank_published_status = 'published' AS printed
    FROM v
), d AS (
    SELECT r.*, s.n_geography, s.region_size AS geo_region_size,
           coalesce(r.rank_published, r.rank_computed) AS rank,
           CASE WHEN printed AND source_kind = 'table' THEN n_rows WHEN printed THEN s.n_geography
                ELSE n_ranked END AS rank_of,
           NOT printed AND NOT (n_ranked >= s.n_geography OR year_is_table)
               AND coalesce(r.rank_published, r.rank_computed) IS NOT NULL AS rank_partial
    FROM r LEFT JOIN sizes s ON s.year = r.year AND s.region_code = r.region_code
)
SELECT * EXCLUDE (geo_region_size, printed, year_is_table, n_rows),
       CASE WHEN rank_partial OR rank IS NULL THEN NULL WHEN rank_of <= 1 THEN 100.0
            ELSE greatest(0.0, least(100.0, 100.0 * (rank_of - rank) / (rank_of - 1))) END AS percentile,
       coalesce(region_rank_published, region_rank_computed) AS region_rank,
       CASE WHEN region_rank_published IS NOT NULL THEN region_size_published ELSE geo_region_size END
           AS region_size,
       CASE WHEN region_rank_published IS NOT NULL THEN 'published'
            WHEN region_rank_computed IS NOT NULL THEN 'computed' END AS region_rank_basis
FROM d ORDER BY year, rank NULLS LAST, name_vi
"""

INT_COLUMNS = ("rank", "rank_of", "rank_computed", "region_rank", "region_size", "n_geography", "rank_published",
               "region_rank_published", "region_size_published", "region_rank_computed")


def higher_is_better(con: duckdb.DuckDBPyConnection, index: str) -> bool:
    row = con.execute("SELECT higher_is_better FROM dim_index WHERE index_code = ?", [index]).fetchone()
    if row is None:
        raise ValueError(f"unknown index {index!r}")
    return bool(row[0])


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    for col in INT_COLUMNS:
        if col in frame:
            frame[col] = frame[col].astype("Int64")
    frame["rank_partial"] = frame["rank_partial"].fillna(False).astype(bool)
    return frame


def rank_sql(values_sql: str, best_high: bool, sizes_sql: str = SIZES) -> str:
    """The ranking query over a values relation; the order is chosen from two fixed strings."""
    return RANK.format(values=values_sql, sizes=sizes_sql, order="DESC" if best_high else "ASC")


def ranked_values(con: duckdb.DuckDBPyConnection, index: str, indicator: str = "total",
                  geography: str = "63") -> pd.DataFrame:
    best_high = higher_is_better(con, index)
    if geography == "34":
        from metrics.merged import MERGED

        sql, params = rank_sql(MERGED, best_high), [index, indicator, index, indicator, "34"]
    else:
        sql, params = rank_sql(VALUES_63, best_high), [index, indicator, "63"]
    return _typed(con.execute(sql, params).df())


def rank_frame(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, sizes: pd.DataFrame,
               best_high: bool = True) -> pd.DataFrame:
    """The same engine over an in-memory table (used by property tests on generated data)."""
    cur = con.cursor()
    cur.register("given_values", frame)
    cur.register("given_sizes", sizes)
    sql = rank_sql("SELECT * FROM given_values", best_high,
                   "SELECT year, region_code, n_geography, region_size FROM given_sizes")
    return _typed(cur.execute(sql).df())
