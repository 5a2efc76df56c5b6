"""The ranking table of one index, indicator and year: every province of the geography, ranked or not."""

from __future__ import annotations

import duckdb
import pandas as pd

from metrics.values import higher_is_better, ranked_query, typed

KEEP = ["province_id", "value", "value_status", "rank_published", "rank_published_status", "rank_computed",
        "n_ranked", "n_geography", "rank", "rank_of", "rank_partial", "rank_basis", "percentile", "region_rank",
        "region_size", "region_rank_basis", "region_n_ranked", "tier", "source_id", "source_url", "note"]
PREVIOUS = ["prev_year", "prev_value", "prev_rank_year", "prev_rank", "value_change", "rank_change"]

# Every province of the geography (and a historical one that has a row that year) beside its ranked row.
TABLE = """
SELECT p.province_id, p.geography, p.code, p.slug, p.name_vi, p.name_en, p.type, p.region_code,
       g.name_vi AS region_vi, g.name_en AS region_en, p.iso_3166_2, {columns}
FROM dim_province p JOIN dim_region g USING (region_code)
LEFT JOIN ({ranked}) r USING (province_id)
WHERE p.geography = $geography OR r.province_id IS NOT NULL
"""


def ranking(con: duckdb.DuckDBPyConnection, index: str, year: int, indicator: str = "total",
            geography: str = "63", region: str | None = None) -> pd.DataFrame:
    """One query: the year's ranked rows (with the previous value and rank) joined to the province list."""
    ranked, params = ranked_query([index], indicator, geography, [year])
    columns = ", ".join(f"r.{c}" for c in KEEP[1:] + PREVIOUS)
    out = typed(con.execute(TABLE.format(ranked=ranked, columns=columns), params).df())
    if out["value_status"].isna().all():
        higher_is_better(con, index)  # an unknown index is an error, not an empty table
    out["value_status"] = out["value_status"].fillna("missing")
    out["rank_partial"] = out["rank_partial"].astype("boolean").fillna(False)
    if out["n_ranked"].isna().all():
        out["n_ranked"] = 0
    out["n_ranked"] = out["n_ranked"].fillna(out["n_ranked"].max()).astype(int)
    if region:
        out = out[out["region_code"] == region]
    out["year"] = year
    # Ranked rows first; ranks over a partial table are not on the national scale: they follow the nationally
    # ranked rows.
    out["_unranked"] = out["rank"].isna()
    return (out.sort_values(["_unranked", "rank_partial", "rank", "name_vi"], na_position="last")
            .drop(columns="_unranked").reset_index(drop=True))


def leaders(table: pd.DataFrame) -> pd.DataFrame:
    """The rank-1 rows of a ranking table (ties share rank 1), on the national scale where one exists; none when
    no row is ranked first (a press-named 13th place is not the leader)."""
    ranked = table[table["rank"].notna()]
    national = ranked[~ranked["rank_partial"]]
    scale = national if len(national) else ranked
    return scale[scale["rank"] == 1]
