"""The ranks we compute, made once per build into the table `ranked_value`, beside the ranks the sources give.

Every page asks for ranks, and ranking in a query costs DuckDB 2.0 about 25 ms of planning per call whatever the
size of the data (bench/metrics.py); the values only change when the warehouse is rebuilt, so the build ranks
every index, indicator, year and geography in two statements and metrics read rows. Grain of `ranked_value`:
one row per (geography, index, indicator, year, province) that has a value or a rank, in the 63-province view
(with historical provinces such as Hà Tây) and in the 34-province view of the 2025 merger.

Ranks are computed over the values that exist (published or derived); a blank value gets none. Ties share the
better rank (1, 2, 2, 4). Percentile: 100 is the best, 0 the worst, from the rank and its denominator; none for a
rank computed over a partial table, which would flatter or harm. A full published table (source kind 'table') is
complete even where some cells are blank (PAPI 2023 ranks 61). A regional rank is the one a source printed, or
one computed over the region's published values (`region_rank_basis` says which). Each row also carries the
province's previous value and rank: those of its latest earlier year with one.

The 34-province view: a merged province's figure is the mean of its former provinces' values, the rule DTI 2024
used, flagged derived; a figure published for the merged province wins. A mean is made only when every member
has a value (a mean over some members would not be the merged province's figure); how many had one is kept.
"""

from __future__ import annotations

import duckdb

from etl.precision import sql_decimals, sql_difference

VALUES_63 = """
SELECT f.index_code, f.indicator_code, f.year, p.province_id, p.code, p.slug, p.name_vi, p.name_en, p.region_code,
       r.name_vi AS region_vi, r.name_en AS region_en, f.value, f.value_status,
       f.rank AS rank_published, f.rank_status AS rank_published_status,
       f.region_rank AS region_rank_published, f.region_size AS region_size_published,
       f.tier, f.note, f.source_id, coalesce(f.source_url, s.url) AS source_url, s.kind AS source_kind,
       i.higher_is_better AS best_high
FROM fact_value f JOIN dim_province p USING (province_id) JOIN dim_region r USING (region_code)
JOIN dim_index i USING (index_code) LEFT JOIN dim_source s USING (source_id)
WHERE p.geography IN ('63', 'historical')
"""

VALUES_34 = """
WITH members AS (
    SELECT new_province_id, count(*) AS n_members FROM crosswalk_2025 GROUP BY new_province_id
), member_values AS (
    SELECT f.index_code, f.indicator_code, f.year, c.new_province_id, count(f.value) AS n_with_value,
           avg(f.value) AS mean_value, min(f.value) AS min_member, max(f.value) AS max_member
    FROM fact_value f JOIN crosswalk_2025 c ON c.old_province_id = f.province_id
    GROUP BY f.index_code, f.indicator_code, f.year, c.new_province_id
), published AS (
    SELECT f.* FROM fact_value f JOIN dim_province p USING (province_id) WHERE p.geography = '34'
), grid AS (
    SELECT y.index_code, y.indicator_code, y.year, p.*
    FROM (SELECT index_code, indicator_code, year FROM member_values
          UNION SELECT index_code, indicator_code, year FROM published) y,
         dim_province p WHERE p.geography = '34'
)
SELECT g.index_code, g.indicator_code, g.year, g.province_id, g.code, g.slug, g.name_vi, g.name_en, g.region_code,
       r.name_vi AS region_vi, r.name_en AS region_en,
       CASE WHEN pub.value IS NOT NULL THEN pub.value
            WHEN mv.n_with_value = m.n_members THEN mv.mean_value END AS value,
       CASE WHEN pub.value IS NOT NULL THEN pub.value_status
            WHEN mv.n_with_value = m.n_members THEN 'derived' ELSE 'missing' END AS value_status,
       pub.rank AS rank_published, pub.rank_status AS rank_published_status,
       pub.region_rank AS region_rank_published, pub.region_size AS region_size_published,
       pub.tier, CASE WHEN pub.value IS NULL AND mv.n_with_value = m.n_members
                      THEN 'mean of ' || m.n_members || ' former provinces' ELSE pub.note END AS note,
       pub.source_id, coalesce(pub.source_url, s.url) AS source_url, s.kind AS source_kind,
       m.n_members, coalesce(mv.n_with_value, 0) AS n_members_with_value, mv.min_member, mv.max_member,
       i.higher_is_better AS best_high
FROM grid g JOIN dim_region r USING (region_code) JOIN members m ON m.new_province_id = g.province_id
JOIN dim_index i ON i.index_code = g.index_code
LEFT JOIN member_values mv ON mv.index_code = g.index_code AND mv.indicator_code = g.indicator_code
                          AND mv.new_province_id = g.province_id AND mv.year = g.year
LEFT JOIN published pub ON pub.index_code = g.index_code AND pub.indicator_code = g.indicator_code
                       AND pub.province_id = g.province_id AND pub.year = g.year
LEFT JOIN dim_source s ON s.source_id = pub.source_id
WHERE pub.province_id IS NOT NULL OR mv.n_with_value > 0
"""

# How many provinces existed each year (64 in PCI 2005-2008 with Hà Tây), nationally and per region:
# the provinces of the geography, plus the historical ones that have a row that year. `{geography}` is one of
# GEOGRAPHIES' SQL literals, never user input.
SIZES = """
SELECT index_code, indicator_code, year, region_code, sum(n) AS region_size,
       sum(sum(n)) OVER (PARTITION BY index_code, indicator_code, year) AS n_geography
FROM (
    SELECT y.index_code, y.indicator_code, y.year, p.region_code, count(*) AS n
    FROM (SELECT DISTINCT index_code, indicator_code, year FROM v) y CROSS JOIN dim_province p
    WHERE p.geography = {geography}
    GROUP BY y.index_code, y.indicator_code, y.year, p.region_code
    UNION ALL
    SELECT index_code, indicator_code, year, region_code, count(DISTINCT province_id) FROM v
    WHERE province_id LIKE 'historical-%' GROUP BY index_code, indicator_code, year, region_code
) GROUP BY index_code, indicator_code, year, region_code
"""

# The best value first: descending where higher is better, ascending otherwise (per index, so all indices rank
# in one query). NULLS LAST keeps blank values from moving any rank.
BEST_FIRST = "CASE WHEN best_high THEN value END DESC NULLS LAST, CASE WHEN NOT best_high THEN value END NULLS LAST"

RANK = """
WITH v AS MATERIALIZED ({values}), sizes AS ({sizes}), k AS (
    SELECT index_code, indicator_code, year, province_id,
           CASE WHEN value IS NOT NULL THEN rank() OVER (PARTITION BY index_code, indicator_code, year
                                                         ORDER BY {best}) END AS rank_computed,
           CASE WHEN value IS NOT NULL THEN rank() OVER (PARTITION BY index_code, indicator_code, year, region_code
                                                         ORDER BY {best}) END AS region_rank_computed
    FROM v
), national AS (
    SELECT index_code, indicator_code, year, count(value) AS n_ranked, count(*) AS n_rows,
           bool_and(coalesce(source_kind, '') = 'table') AS year_is_table
    FROM v GROUP BY index_code, indicator_code, year
), regional AS (
    SELECT index_code, indicator_code, year, region_code, count(value) AS region_n_ranked
    FROM v GROUP BY index_code, indicator_code, year, region_code
), d AS (
    SELECT v.* EXCLUDE (best_high), k.rank_computed, n.n_ranked, k.region_rank_computed, g.region_n_ranked,
           s.n_geography, s.region_size AS geo_region_size, n.n_rows, n.year_is_table,
           coalesce(v.rank_published, k.rank_computed) AS rank,
           -- A rank the source gave, on its national scale: printed, or derived from its facts without a value
           -- (DTI 2021: a published rank change); a derived rank beside a value was computed from the values.
           v.rank_published IS NOT NULL AND (v.rank_published_status = 'published' OR v.value IS NULL) AS printed
    FROM v JOIN k USING (index_code, indicator_code, year, province_id)
    JOIN national n USING (index_code, indicator_code, year)
    JOIN regional g USING (index_code, indicator_code, year, region_code)
    LEFT JOIN sizes s USING (index_code, indicator_code, year, region_code)
), c AS (
    SELECT * EXCLUDE (rank, region_rank_computed),
           n_ranked >= n_geography OR year_is_table AS complete,
           -- A rank computed over a partial table is left out where the source ranked other provinces that year:
           -- it cannot be placed among theirs (PAR INDEX 2023: Cà Mau, 14th of the 22 with a score, scored below
           -- the province ranked 33rd).
           CASE WHEN printed OR complete
                     OR count(*) FILTER (WHERE printed) OVER (PARTITION BY index_code, indicator_code, year) = 0
                THEN rank END AS rank,
           -- A regional rank computed from values only where every province of the region has one.
           CASE WHEN region_n_ranked >= geo_region_size THEN region_rank_computed END AS region_rank_computed
    FROM d
), e AS (
    SELECT * EXCLUDE (printed, year_is_table, n_rows, complete),
           CASE WHEN printed AND source_kind = 'table' THEN n_rows WHEN printed THEN n_geography
                ELSE n_ranked END AS rank_of,
           CASE WHEN rank IS NULL THEN NULL WHEN printed THEN 'published' ELSE 'computed' END AS rank_basis,
           NOT printed AND NOT complete AND rank IS NOT NULL AS rank_partial
    FROM c
), placed AS (
    -- Where not every province of a region has a value but every one has a national rank (DTI 2022: the ministry
    -- ranked all 63, the data has 10 scores), the regional rank follows from the national ranks.
    SELECT *, count(rank) FILTER (WHERE NOT rank_partial AND rank_of = n_geography)
                  OVER (PARTITION BY index_code, indicator_code, year, region_code) AS region_n_placed
    FROM e
), f AS (
    SELECT * EXCLUDE (region_n_placed) REPLACE (
           CASE WHEN region_rank_computed IS NULL AND region_n_placed >= geo_region_size
                THEN rank() OVER (PARTITION BY index_code, indicator_code, year, region_code ORDER BY rank)
                ELSE region_rank_computed END AS region_rank_computed,
           CASE WHEN region_rank_computed IS NULL AND region_n_placed >= geo_region_size THEN region_n_placed
                ELSE region_n_ranked END AS region_n_ranked)
    FROM placed
)
SELECT * EXCLUDE (geo_region_size),
       CASE WHEN rank_partial OR rank IS NULL THEN NULL WHEN rank_of <= 1 THEN 100.0
            ELSE greatest(0.0, least(100.0, 100.0 * (rank_of - rank) / (rank_of - 1))) END AS percentile,
       coalesce(region_rank_published, region_rank_computed) AS region_rank,
       CASE WHEN region_rank_published IS NOT NULL THEN region_size_published ELSE geo_region_size END
           AS region_size,
       CASE WHEN region_rank_published IS NOT NULL THEN 'published'
            WHEN region_rank_computed IS NOT NULL THEN 'computed' END AS region_rank_basis,
       last_value(CASE WHEN value IS NOT NULL THEN year END IGNORE NULLS) OVER earlier AS prev_year,
       last_value(value IGNORE NULLS) OVER earlier AS prev_value,
       last_value(CASE WHEN rank IS NOT NULL THEN year END IGNORE NULLS) OVER earlier AS prev_rank_year,
       last_value(rank IGNORE NULLS) OVER earlier AS prev_rank,
       -- between the figures as printed (etl/precision.py)
       {value_change} AS value_change,
       -- Ranks compare only on one scale: both national and out of the same number (PCI 2005 ranked 42
       -- provinces, 2006 64).
       CASE WHEN NOT rank_partial
                 AND last_value(CASE WHEN rank IS NOT NULL THEN rank_of END IGNORE NULLS) OVER earlier = rank_of
                 AND NOT last_value(CASE WHEN rank IS NOT NULL THEN rank_partial END IGNORE NULLS) OVER earlier
            THEN prev_rank - rank END AS rank_change
FROM f
WINDOW earlier AS (PARTITION BY index_code, indicator_code, province_id ORDER BY year
                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
"""

# Rows of one ranking sit together on disk, so a metric's filter on index, indicator and year reads few of them.
ROW_ORDER = "ORDER BY geography, index_code, indicator_code, year, rank NULLS LAST, name_vi"


GEOGRAPHIES = {"63": VALUES_63, "34": VALUES_34}


def rank_sql(values_sql: str, sizes_sql: str) -> str:
    """The ranking query over a values relation (one row per index, indicator, year and province, with
    best_high) and a sizes relation (n_geography and region_size per index, indicator, year and region)."""
    return RANK.format(values=values_sql, sizes=sizes_sql, best=BEST_FIRST,
                       value_change=sql_difference("value", "prev_value", sql_decimals()))


def materialise(con: duckdb.DuckDBPyConnection) -> int:
    """(Re)make `ranked_value` from the facts on `con`; returns its number of rows. The 34-province view has
    its members' columns (n_members ...), NULL in the 63-province rows."""
    views = "\nUNION ALL BY NAME\n".join(
        f"SELECT '{geo}' AS geography, * FROM ({rank_sql(values, SIZES.format(geography=repr(geo)))})"
        for geo, values in GEOGRAPHIES.items())
    con.execute("DROP TABLE IF EXISTS ranked_value")
    con.execute(f"CREATE TABLE ranked_value AS SELECT * FROM ({views}) {ROW_ORDER}")
    return con.execute("SELECT count(*) FROM ranked_value").fetchone()[0]
