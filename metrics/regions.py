"""The six regions over time: our statistics over the values that exist, and the regional averages
that a publisher printed, side by side."""

from __future__ import annotations

import duckdb
import pandas as pd

from metrics.values import ranked_values

PUBLISHED = """
SELECT year, region_code, avg(value) AS published_mean, min(source_url) AS published_source_url
FROM source_fact
WHERE index_code = ? AND region_code IS NOT NULL AND value IS NOT NULL AND metric LIKE '%regional average'
GROUP BY year, region_code
"""


def region_summary(con: duckdb.DuckDBPyConnection, index: str, indicator: str = "total",
                   geography: str = "63") -> pd.DataFrame:
    frame = ranked_values(con, index, indicator, geography)
    has = frame[frame["value"].notna()]
    stats = has.groupby(["year", "region_code", "region_vi", "region_en"])["value"].agg(
        ["mean", "median", "min", "max", "count"]).reset_index().rename(columns={"count": "n"})
    sizes = frame.groupby(["year", "region_code"])["region_size"].max().rename("n_provinces").reset_index()
    out = stats.merge(sizes, on=["year", "region_code"], how="left")
    out["coverage"] = out["n"] / out["n_provinces"]
    national = has.groupby("year")["value"].mean().rename("national_mean").reset_index()
    out = out.merge(national, on="year", how="left")
    if indicator == "total" and geography == "63":
        out = out.merge(con.execute(PUBLISHED, [index]).df(), on=["year", "region_code"], how="left")
    else:
        out["published_mean"], out["published_source_url"] = None, None
    return out.sort_values(["year", "region_code"]).reset_index(drop=True)


def region_spread(con: duckdb.DuckDBPyConnection, index: str, year: int, indicator: str = "total",
                  geography: str = "63") -> pd.DataFrame:
    frame = ranked_values(con, index, indicator, geography)
    cols = ["province_id", "name_vi", "name_en", "region_code", "region_vi", "region_en", "value", "value_status",
            "rank", "rank_of", "region_rank", "region_size", "region_rank_basis", "region_n_ranked"]
    return frame[(frame["year"] == year) & frame["value"].notna()][cols].reset_index(drop=True)
