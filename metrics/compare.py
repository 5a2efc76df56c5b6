"""Two to six provinces side by side, with gaps to the national best and to the first province."""

from __future__ import annotations

import duckdb
import pandas as pd

from etl.precision import difference
from metrics.reference import geography_of
from metrics.values import higher_is_better, ranked_query, typed

MIN_PROVINCES, MAX_PROVINCES = 2, 6
COLUMNS = ["province_id", "name_vi", "name_en", "year", "value", "value_status", "rank", "rank_of", "rank_partial",
           "national_best", "gap_to_best", "gap_to_first"]


def _check(province_ids: list[str]) -> None:
    if not MIN_PROVINCES <= len(set(province_ids)) <= MAX_PROVINCES:
        raise ValueError(f"compare takes {MIN_PROVINCES} to {MAX_PROVINCES} provinces, got {len(set(province_ids))}")


# The national best of each year over every province, then only the compared provinces leave DuckDB. The best
# is known only where the rank-1 province's score is (a partial table's top score may not be the country's best).
SERIES = """
SELECT province_id, name_vi, name_en, year, value, value_status, rank, rank_of, rank_partial, national_best
FROM (SELECT *, CASE WHEN bool_or(rank = 1 AND NOT rank_partial AND value IS NOT NULL) OVER (PARTITION BY year)
                     THEN max(value) OVER (PARTITION BY year) END AS national_best FROM ({ranked}))
WHERE list_contains($provinces, province_id)
ORDER BY year, province_id
"""


def compare(con: duckdb.DuckDBPyConnection, province_ids: list[str], index: str, indicator: str = "total",
            geography: str = "63") -> pd.DataFrame:
    _check(province_ids)
    ranked, params = ranked_query([index], indicator, geography)
    out = typed(con.execute(SERIES.format(ranked=ranked), params | {"provinces": list(province_ids)}).df())
    if out.empty:
        higher_is_better(con, index)  # an unknown index is an error, not an empty comparison
    return with_gaps(index, out, province_ids[0])


def with_gaps(index: str, series: pd.DataFrame, first_id: str) -> pd.DataFrame:
    """Each province's gap to the national best and to the first province chosen, year by year (between the
    figures as printed)."""
    out = series.assign(gap_to_best=difference(index, series["value"], series["national_best"]))
    first = out[out["province_id"] == first_id].set_index("year")["value"].rename("first_value")
    out = out.merge(first, on="year", how="left")
    out["gap_to_first"] = difference(index, out["value"], out["first_value"])
    return out[COLUMNS]


# From ranked_value, the figures of the provinces' own geography: in the 34-province view, the merged provinces'
# components derived from their members' (fact_value holds the 63 provinces' only).
COMPONENTS = """
SELECT f.province_id, p.name_vi AS province_vi, p.name_en AS province_en, i.indicator_code, i.name_vi, i.name_en,
       i.sort, f.value, f.value_status,
       max(f.value) OVER (PARTITION BY f.indicator_code) AS national_best
FROM ranked_value f JOIN dim_indicator i USING (index_code, indicator_code) JOIN dim_province p USING (province_id)
WHERE f.index_code = ? AND f.year = ? AND f.geography = ? AND i.parent_code = 'total'
"""


def compare_components(con: duckdb.DuckDBPyConnection, province_ids: list[str], index: str,
                       year: int) -> pd.DataFrame:
    _check(province_ids)
    frame = con.execute(COMPONENTS, [index, year, geography_of(con, province_ids[0])]).df()
    out = frame[frame["province_id"].isin(province_ids)].copy()
    out["gap_to_best"] = difference(index, out["value"], out["national_best"])
    first = out[out["province_id"] == province_ids[0]][["indicator_code", "value"]].rename(
        columns={"value": "first_value"})
    out = out.merge(first, on="indicator_code", how="left")
    out["gap_to_first"] = difference(index, out["value"], out["first_value"])
    return out.sort_values(["sort", "province_id"]).drop(columns=["first_value"]).reset_index(drop=True)


COMPONENT_YEARS = """
SELECT DISTINCT f.year FROM ranked_value f JOIN dim_indicator i USING (index_code, indicator_code)
WHERE f.index_code = ? AND i.parent_code = 'total' AND f.value IS NOT NULL AND list_contains(?, f.province_id)
ORDER BY f.year
"""


def component_years(con: duckdb.DuckDBPyConnection, province_ids: list[str], index: str) -> list[int]:
    """The years in which at least one of the provinces has a component score (PCI publishes none for 2022)."""
    rows = con.execute(COMPONENT_YEARS, [index, list(province_ids)]).fetchall()
    return [int(r[0]) for r in rows]
