"""The values of one indicator for every province and year, with the ranks we compute beside the
ranks the sources give. Every other metric starts from this frame.

Ranks are computed over the values that exist (published or derived); a blank value gets none.
Ties share the better rank (1, 2, 2, 4). Percentile: 100 is the best, 0 the worst, from the rank and
its denominator; none for a rank computed over a partial table, which would flatter or harm. A full
published table (source kind 'table') is complete even where some cells are blank (PAPI 2023 ranks 61).
"""

from __future__ import annotations

import duckdb
import numpy as np
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


def higher_is_better(con: duckdb.DuckDBPyConnection, index: str) -> bool:
    row = con.execute("SELECT higher_is_better FROM dim_index WHERE index_code = ?", [index]).fetchone()
    if row is None:
        raise ValueError(f"unknown index {index!r}")
    return bool(row[0])


def raw_values(con: duckdb.DuckDBPyConnection, index: str, indicator: str = "total",
               geography: str = "63") -> pd.DataFrame:
    """Rows that exist in the warehouse (63 geography) or the merged 34-province figures."""
    if geography == "34":
        from metrics.merged import merged_all_years

        return merged_all_years(con, index, indicator)
    return con.execute(VALUES_63, [index, indicator]).df()


def add_ranks(frame: pd.DataFrame, best_high: bool, sizes: pd.DataFrame) -> pd.DataFrame:
    """Computed national and regional ranks, percentiles and denominators, per year.

    `sizes` has year, n_geography (provinces that existed that year) and per-region sizes
    (year, region_code, region_size).
    """
    df = frame.copy()
    has = df["value"].notna()
    by_year = df[has].groupby("year")["value"]
    df["rank_computed"] = by_year.rank(method="min", ascending=not best_high)
    df["n_ranked"] = df["year"].map(by_year.count()).fillna(0).astype(int)
    by_region = df[has].groupby(["year", "region_code"])["value"]
    df["region_rank_computed"] = by_region.rank(method="min", ascending=not best_high)
    counts = by_region.count().rename("region_n_ranked").reset_index()
    df = df.merge(counts, on=["year", "region_code"], how="left")
    df["region_n_ranked"] = df["region_n_ranked"].fillna(0).astype(int)
    df = df.merge(sizes.drop_duplicates("year")[["year", "n_geography"]], on="year", how="left")
    df = df.merge(sizes[["year", "region_code", "region_size"]], on=["year", "region_code"], how="left")
    printed = df["rank_published"].notna() & (df["rank_published_status"] == "published")
    in_table = df["source_kind"] == "table"
    n_rows = df.groupby("year")["province_id"].transform("count")
    complete = (df["n_ranked"] >= df["n_geography"]) | (df.groupby("year")["source_kind"].transform("first")
                                                         == "table")
    df["rank"] = df["rank_published"].where(df["rank_published"].notna(), df["rank_computed"])
    df["rank_of"] = np.select([printed & in_table, printed], [n_rows, df["n_geography"]], df["n_ranked"])
    df["rank_partial"] = ~printed & ~complete & df["rank"].notna()
    span = (df["rank_of"] - 1).where(df["rank_of"] > 1)
    df["percentile"] = (100 * (df["rank_of"] - df["rank"]) / span).where(~df["rank_partial"]).clip(0, 100)
    region_published = df["region_rank_published"].notna()
    df["region_rank"] = df["region_rank_published"].where(region_published, df["region_rank_computed"])
    df["region_size"] = df["region_size_published"].where(region_published, df["region_size"])
    df["region_rank_basis"] = np.where(region_published, "published",
                                       np.where(df["region_rank_computed"].notna(), "computed", None))
    for col in ("rank", "rank_of", "rank_computed", "region_rank", "region_size", "n_geography"):
        df[col] = df[col].astype("Int64")
    return df


SIZES = """
WITH present AS (
    SELECT DISTINCT f.year, f.province_id FROM fact_value f WHERE f.index_code = ?
), geo AS (
    SELECT y.year, p.province_id, p.region_code
    FROM (SELECT DISTINCT year FROM present) y, dim_province p
    WHERE p.geography = ? OR (p.geography = 'historical' AND ? = '63'
          AND (y.year, p.province_id) IN (SELECT year, province_id FROM present))
)
SELECT year, region_code, count(*) OVER (PARTITION BY year) AS n_geography,
       count(*) OVER (PARTITION BY year, region_code) AS region_size
FROM geo
"""


def geography_sizes(con: duckdb.DuckDBPyConnection, index: str, geography: str) -> pd.DataFrame:
    """How many provinces existed each year (64 in PCI 2005-2008, with Hà Tây), nationally and per region."""
    return con.execute(SIZES, [index, geography, geography]).df().drop_duplicates(["year", "region_code"])


def ranked_values(con: duckdb.DuckDBPyConnection, index: str, indicator: str = "total",
                  geography: str = "63") -> pd.DataFrame:
    frame = raw_values(con, index, indicator, geography)
    return add_ranks(frame, higher_is_better(con, index), geography_sizes(con, index, geography))
