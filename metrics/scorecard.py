"""A province's scorecard across the five indices, and its components against region and best."""

from __future__ import annotations

import duckdb
import pandas as pd

from metrics.rankings import with_previous
from metrics.reference import indices
from metrics.values import ranked_values

CARD = ["year", "value", "value_status", "rank", "rank_of", "rank_partial", "region_rank", "region_size",
        "region_rank_basis", "region_n_ranked", "percentile", "value_change", "rank_change", "prev_year",
        "prev_rank_year", "source_url"]


def geography_of(con: duckdb.DuckDBPyConnection, province_id: str) -> str:
    row = con.execute("SELECT geography FROM dim_province WHERE province_id = ?", [province_id]).fetchone()
    if row is None:
        raise ValueError(f"unknown province {province_id!r}")
    return "63" if row[0] == "historical" else row[0]


def scorecard(con: duckdb.DuckDBPyConnection, province_id: str) -> pd.DataFrame:
    """One row per index: the latest year in which the province has a value or a rank."""
    geography = geography_of(con, province_id)
    rows = []
    for idx in indices(con).itertuples():
        frame = ranked_values(con, idx.index_code, "total", geography)
        mine = frame[(frame["province_id"] == province_id) & (frame["value"].notna() | frame["rank"].notna())]
        base = {"index_code": idx.index_code, "short": idx.short, "name_vi": idx.name_vi, "name_en": idx.name_en,
                "unit": idx.unit, "scale_min": idx.scale_min, "scale_max": idx.scale_max}
        if mine.empty:
            rows.append(base | {"year": None, "value_status": "missing"})
            continue
        year = int(mine["year"].max())
        cur = with_previous(frame, year)
        row = cur[cur["province_id"] == province_id].iloc[0]
        rows.append(base | {c: row[c] for c in CARD})
    return pd.DataFrame(rows)


COMPONENTS = """
WITH comp AS (
    SELECT i.indicator_code, i.name_vi, i.name_en, i.scale_max, i.sort, f.province_id, f.value, f.value_status,
           p.region_code, p.name_vi AS province_vi
    FROM dim_indicator i JOIN fact_value f ON f.index_code = i.index_code AND f.indicator_code = i.indicator_code
    JOIN dim_province p USING (province_id)
    WHERE i.index_code = ? AND i.parent_code = 'total' AND f.year = ?
), stats AS (
    SELECT indicator_code, avg(value) AS national_mean,
           avg(value) FILTER (WHERE region_code = (SELECT region_code FROM dim_province WHERE province_id = ?))
               AS region_mean,
           max(value) AS best_value, arg_max(province_id, value) AS best_province_id,
           arg_max(province_vi, value) AS best_name_vi
    FROM comp GROUP BY indicator_code
)
SELECT c.indicator_code, c.name_vi, c.name_en, c.value, c.value_status, s.region_mean, s.national_mean,
       s.best_value, s.best_province_id, s.best_name_vi, c.scale_max - c.value AS points_lost,
       s.best_value - c.value AS gap_to_best, c.value - s.region_mean AS gap_to_region, c.scale_max
FROM comp c JOIN stats s USING (indicator_code)
WHERE c.province_id = ? AND c.value IS NOT NULL
ORDER BY c.sort
"""


def components(con: duckdb.DuckDBPyConnection, province_id: str, index: str, year: int) -> pd.DataFrame:
    """Each component's value against the regional mean and the best province, and the points lost."""
    return con.execute(COMPONENTS, [index, year, province_id, province_id]).df()


def latest_component_year(con: duckdb.DuckDBPyConnection, province_id: str, index: str) -> int | None:
    row = con.execute("""SELECT max(f.year) FROM fact_value f JOIN dim_indicator i USING (index_code, indicator_code)
                         WHERE f.province_id = ? AND f.index_code = ? AND i.parent_code = 'total'
                         AND f.value IS NOT NULL""", [province_id, index]).fetchone()
    return None if row[0] is None else int(row[0])
