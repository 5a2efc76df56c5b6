"""The values of one indicator for every province and year, with the ranks we compute beside the
ranks the sources give. Every other metric starts from this engine.

Ranks are computed over the values that exist (published or derived); a blank value gets none.
Ties share the better rank (1, 2, 2, 4). Percentile: 100 is the best, 0 the worst, from the rank and
its denominator; none for a rank computed over a partial table, which would flatter or harm. A full
published table (source kind 'table') is complete even where some cells are blank (PAPI 2023 ranks 61).

The whole engine is one DuckDB query (`ranked_query`); metrics wrap it to filter or aggregate its rows
in DuckDB, so only the rows and columns they show reach pandas. Why it is shaped as it is (measured in
bench/metrics.py):
- ranks partition by index and year, so a year filter is applied before the windows (exact, and the
  scan skips the other years); a province filter is applied after them (ranks stay national);
- the windows carry only the keys and the value; the wide columns are joined back afterwards, and the
  counts behind the denominators are plain GROUP BYs, not more windows;
- several indices rank in one query (scorecard, cross-index) instead of one query each;
- the previous year's value and rank come from one window over a province's years, in SQL.
"""

from __future__ import annotations

import duckdb
import pandas as pd

# $years filters, applied before the windows. With `previous`, the years kept are the asked ones and, for
# each province, its latest earlier year with a value and with a value or a printed rank (where its rank
# was); in the 34 view a merged value depends on every member, so there all earlier years stay.
YEARS_IN = "list_contains($years, f.year)"
YEARS_UPTO = "f.year <= list_max($years)"
YEARS_NEEDED = """f.year IN (
    SELECT unnest($years)
    UNION
    SELECT unnest([max(e.year) FILTER (WHERE e.value IS NOT NULL),
                   max(e.year) FILTER (WHERE e.value IS NOT NULL OR e.rank IS NOT NULL)])
    FROM fact_value e JOIN (SELECT unnest($years) AS wanted) w ON e.year < w.wanted
    WHERE e.index_code IN (SELECT unnest($indices)) AND e.indicator_code = $indicator
    GROUP BY e.index_code, e.province_id, w.wanted)"""
ALL_YEARS = "true"

VALUES_63 = """
SELECT f.index_code, f.year, p.province_id, p.code, p.slug, p.name_vi, p.name_en, p.region_code,
       r.name_vi AS region_vi, r.name_en AS region_en, f.value, f.value_status,
       f.rank AS rank_published, f.rank_status AS rank_published_status,
       f.region_rank AS region_rank_published, f.region_size AS region_size_published,
       f.tier, f.note, f.source_id, coalesce(f.source_url, s.url) AS source_url, s.kind AS source_kind,
       i.higher_is_better AS best_high
FROM fact_value f JOIN dim_province p USING (province_id) JOIN dim_region r USING (region_code)
JOIN dim_index i USING (index_code) LEFT JOIN dim_source s USING (source_id)
WHERE f.index_code IN (SELECT unnest($indices)) AND f.indicator_code = $indicator
  AND p.geography IN ('63', 'historical') AND {years}
"""

# How many provinces existed each year (64 in PCI 2005-2008 with Hà Tây), nationally and per region:
# the provinces of the geography, plus the historical ones that have a row that year.
SIZES = """
SELECT index_code, year, region_code, sum(n) AS region_size,
       sum(sum(n)) OVER (PARTITION BY index_code, year) AS n_geography
FROM (
    SELECT y.index_code, y.year, p.region_code, count(*) AS n
    FROM (SELECT DISTINCT index_code, year FROM v) y CROSS JOIN dim_province p WHERE p.geography = $geography
    GROUP BY y.index_code, y.year, p.region_code
    UNION ALL
    SELECT index_code, year, region_code, count(DISTINCT province_id) FROM v
    WHERE province_id LIKE 'historical-%' GROUP BY index_code, year, region_code
) GROUP BY index_code, year, region_code
"""

# The best value first: descending where higher is better, ascending otherwise (per index, so several
# indices can rank in one query). NULLS LAST keeps blank values from moving any rank.
BEST_FIRST = "CASE WHEN best_high THEN value END DESC NULLS LAST, CASE WHEN NOT best_high THEN value END NULLS LAST"

RANK = """
WITH v AS MATERIALIZED ({values}), sizes AS ({sizes}), k AS (
    SELECT index_code, year, province_id,
           CASE WHEN value IS NOT NULL THEN rank() OVER (PARTITION BY index_code, year ORDER BY {best}) END
               AS rank_computed,
           CASE WHEN value IS NOT NULL THEN rank() OVER (PARTITION BY index_code, year, region_code ORDER BY {best})
           END AS region_rank_computed
    FROM v
), national AS (
    SELECT index_code, year, count(value) AS n_ranked, count(*) AS n_rows,
           bool_and(coalesce(source_kind, '') = 'table') AS year_is_table
    FROM v GROUP BY index_code, year
), regional AS (
    SELECT index_code, year, region_code, count(value) AS region_n_ranked FROM v GROUP BY index_code, year, region_code
), d AS (
    SELECT v.* EXCLUDE (best_high), k.rank_computed, n.n_ranked, k.region_rank_computed, g.region_n_ranked,
           s.n_geography, s.region_size AS geo_region_size, n.n_rows, n.year_is_table,
           coalesce(v.rank_published, k.rank_computed) AS rank,
           v.rank_published IS NOT NULL AND v.rank_published_status = 'published' AS printed
    FROM v JOIN k USING (index_code, year, province_id) JOIN national n USING (index_code, year)
    JOIN regional g USING (index_code, year, region_code)
    LEFT JOIN sizes s USING (index_code, year, region_code)
), e AS (
    SELECT * EXCLUDE (printed, year_is_table, n_rows),
           CASE WHEN printed AND source_kind = 'table' THEN n_rows WHEN printed THEN n_geography
                ELSE n_ranked END AS rank_of,
           NOT printed AND NOT (n_ranked >= n_geography OR year_is_table) AND rank IS NOT NULL AS rank_partial
    FROM d
)
SELECT * EXCLUDE (geo_region_size),
       CASE WHEN rank_partial OR rank IS NULL THEN NULL WHEN rank_of <= 1 THEN 100.0
            ELSE greatest(0.0, least(100.0, 100.0 * (rank_of - rank) / (rank_of - 1))) END AS percentile,
       coalesce(region_rank_published, region_rank_computed) AS region_rank,
       CASE WHEN region_rank_published IS NOT NULL THEN region_size_published ELSE geo_region_size END
           AS region_size,
       CASE WHEN region_rank_published IS NOT NULL THEN 'published'
            WHEN region_rank_computed IS NOT NULL THEN 'computed' END AS region_rank_basis{previous}
FROM e{window}
"""

# Each row's latest earlier year with a value, and with a rank, and what they were.
PREVIOUS = """,
       last_value(CASE WHEN value IS NOT NULL THEN year END IGNORE NULLS) OVER earlier AS prev_year,
       last_value(value IGNORE NULLS) OVER earlier AS prev_value,
       last_value(CASE WHEN rank IS NOT NULL THEN year END IGNORE NULLS) OVER earlier AS prev_rank_year,
       last_value(rank IGNORE NULLS) OVER earlier AS prev_rank,
       value - prev_value AS value_change, prev_rank - rank AS rank_change"""
EARLIER = """
WINDOW earlier AS (PARTITION BY index_code, province_id ORDER BY year
                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)"""

ROW_ORDER = "ORDER BY index_code, year, rank NULLS LAST, name_vi"

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


def rank_sql(values_sql: str, sizes_sql: str = SIZES, previous: bool = False) -> str:
    """The ranking query over a values relation (one row per index, year and province, with best_high)."""
    return RANK.format(values=values_sql, sizes=sizes_sql, best=BEST_FIRST,
                       previous=PREVIOUS if previous else "", window=EARLIER if previous else "")


def ranked_query(indices: list[str], indicator: str = "total", geography: str = "63", years: list[int] | None = None,
                 previous: bool = False) -> tuple[str, dict]:
    """The engine as SQL and its named parameters, for metrics that go on in DuckDB.

    `years` limits the rows to those years (ranks are per year, so this is exact); with `previous`, the
    earlier years stay in the query so each row can carry its previous value and rank.
    """
    if geography == "34":
        from metrics.merged import MERGED

        values = MERGED.format(years=ALL_YEARS if not years else YEARS_UPTO if previous else YEARS_IN)
    else:
        values = VALUES_63.format(years=ALL_YEARS if not years else YEARS_NEEDED if previous else YEARS_IN)
    params: dict = {"indices": list(indices), "indicator": indicator, "geography": geography}
    if years:
        params["years"] = [int(y) for y in years]
    return rank_sql(values, previous=previous), params


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
    sql = rank_sql("SELECT 'given' AS index_code, $best_high AS best_high, * FROM given_values",
                   "SELECT 'given' AS index_code, year, region_code, n_geography, region_size FROM given_sizes")
    return typed(cur.execute(f"{sql} ORDER BY year, rank NULLS LAST, name_vi", {"best_high": best_high}).df()
                 .drop(columns="index_code"))
