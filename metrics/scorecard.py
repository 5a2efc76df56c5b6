"""A province's scorecard across the five indices, and its components against region and best."""

from __future__ import annotations

import duckdb
import pandas as pd

from etl.precision import decimals, sql_difference
from metrics.reference import geography_of
from metrics.trends import comparable
from metrics.values import ranked_query, typed

CARD = ["year", "value", "value_status", "rank", "rank_of", "rank_partial", "region_rank", "region_size",
        "region_rank_basis", "region_n_ranked", "percentile", "value_change", "rank_change", "prev_year",
        "prev_rank_year", "source_url"]

# Per index, the province's latest year with a value or a rank (a rank exists exactly where a value or a
# printed rank does), and its ranked row that year; every index, even one without a row.
CARD_SQL = """
WITH ranked AS ({ranked}), mine AS (
    SELECT * FROM ranked WHERE province_id = $province
), latest AS (
    SELECT index_code, max(year) AS year FROM mine WHERE value IS NOT NULL OR rank IS NOT NULL GROUP BY index_code
)
SELECT i.index_code, i.short, i.name_vi, i.name_en, i.unit, i.scale_min, i.scale_max, {columns}
FROM dim_index i LEFT JOIN latest l USING (index_code) LEFT JOIN mine m ON m.index_code = l.index_code
                                                                        AND m.year = l.year
ORDER BY i.sort
"""


def scorecard(con: duckdb.DuckDBPyConnection, province_id: str) -> pd.DataFrame:
    """One row per index: the latest year in which the province has a value or a rank; for a merged province,
    how many former provinces it has and how many had a figure (n_members, n_members_with_value).

    The five indices' ranked rows are read in one query, not one query each.
    """
    geography = geography_of(con, province_id)
    ranked, params = ranked_query(None, "total", geography)
    members = ["n_members", "n_members_with_value"] if geography == "34" else []
    columns = ", ".join(f"m.{c}" for c in CARD + members)
    card = typed(con.execute(CARD_SQL.format(ranked=ranked, columns=columns), params | {"province": province_id}).df())
    card["value_status"] = card["value_status"].fillna("missing")
    card["rank_partial"] = card["rank_partial"].astype("boolean").mask(card["year"].isna())  # no row, no answer
    return card


COMPONENTS = """
WITH comp AS (
    SELECT i.indicator_code, i.name_vi, i.name_en, i.scale_max, i.sort, f.province_id, f.value, f.value_status,
           p.region_code, p.name_vi AS province_vi, p.name_en AS province_en
    FROM dim_indicator i JOIN ranked_value f ON f.index_code = i.index_code AND f.indicator_code = i.indicator_code
    JOIN dim_province p USING (province_id)
    WHERE i.index_code = ? AND i.parent_code = 'total' AND f.year = ? AND f.geography = ?
), stats AS (
    SELECT indicator_code, avg(value) AS national_mean,
           avg(value) FILTER (WHERE region_code = (SELECT region_code FROM dim_province WHERE province_id = ?))
               AS region_mean,
           count(value) AS n_scored, max(value) AS best_value, arg_max(province_id, value) AS best_province_id,
           arg_max(province_vi, value) AS best_name_vi,
           arg_max(province_en, value) AS best_name_en
    FROM comp GROUP BY indicator_code
)
SELECT c.indicator_code, c.name_vi, c.name_en, c.value, c.value_status, s.region_mean, s.national_mean,
       s.n_scored, s.best_value, s.best_province_id, s.best_name_vi, s.best_name_en,
       {points_lost} AS points_lost, {gap_to_best} AS gap_to_best, {gap_to_region} AS gap_to_region, c.scale_max
FROM comp c JOIN stats s USING (indicator_code)
WHERE c.province_id = ? AND c.value IS NOT NULL
ORDER BY c.sort
"""


def components(con: duckdb.DuckDBPyConnection, province_id: str, index: str, year: int) -> pd.DataFrame:
    """Each component's value against the regional mean and the best province, and the points lost; `n_scored` is
    how many provinces the best and the means are over."""
    places = str(int(decimals(index)))  # a whole number of ours, never user input
    sql = COMPONENTS.format(points_lost=sql_difference("c.scale_max", "c.value", places),
                            gap_to_best=sql_difference("s.best_value", "c.value", places),
                            gap_to_region=sql_difference("c.value", "s.region_mean", places))
    return con.execute(sql, [index, year, geography_of(con, province_id), province_id, province_id]).df()


def latest_component_year(con: duckdb.DuckDBPyConnection, province_id: str, index: str) -> int | None:
    row = con.execute("""SELECT max(f.year) FROM ranked_value f JOIN dim_indicator i USING (index_code, indicator_code)
                         WHERE f.province_id = ? AND f.index_code = ? AND i.parent_code = 'total'
                         AND f.value IS NOT NULL""", [province_id, index]).fetchone()
    return None if row[0] is None else int(row[0])


# A province's components in one year beside their latest earlier figure (made with the ranks at build time).
MOVES = """
SELECT r.indicator_code, i.name_vi, i.name_en, r.value, r.prev_year, r.prev_value, r.value_change, r.rank,
       r.prev_rank, r.rank_change
FROM ranked_value r JOIN dim_indicator i USING (index_code, indicator_code)
WHERE r.geography = $geography AND r.index_code = $index AND r.year = $year AND r.province_id = $province
  AND i.parent_code = 'total' AND r.value_change IS NOT NULL
ORDER BY r.value_change DESC, i.sort
"""


def component_moves(con: duckdb.DuckDBPyConnection, province_id: str, index: str, year: int) -> pd.DataFrame:
    """What moved a province's rank: each component's change since its previous figure, largest gain first, and
    `comparable` False where a method break lies between the two years (the change is then not a change)."""
    params = {"geography": geography_of(con, province_id), "index": index, "year": int(year), "province": province_id}
    out = typed(con.execute(MOVES, params).df())
    out["comparable"] = [comparable(con, index, int(p), int(year)) for p in out["prev_year"]]
    return out
