"""The ranking table of one index, indicator and year: every province of the geography, ranked or not."""

from __future__ import annotations

import duckdb
import pandas as pd

from metrics.reference import provinces
from metrics.values import ranked_values

KEEP = ["province_id", "value", "value_status", "rank_published", "rank_published_status", "rank_computed",
        "n_ranked", "n_geography", "rank", "rank_of", "rank_partial", "percentile", "region_rank", "region_size",
        "region_rank_basis", "region_n_ranked", "tier", "source_id", "source_url", "note"]


def with_previous(frame: pd.DataFrame, year: int) -> pd.DataFrame:
    """For each province, its figures in `year` and in the latest earlier year with a value (and with a rank)."""
    cur = frame[frame["year"] == year]
    earlier = frame[frame["year"] < year].sort_values("year")
    prev = earlier[earlier["value"].notna()].groupby("province_id").tail(1)[["province_id", "year", "value"]]
    prev = prev.rename(columns={"year": "prev_year", "value": "prev_value"})
    prev_rank = earlier[earlier["rank"].notna()].groupby("province_id").tail(1)[["province_id", "year", "rank"]]
    prev_rank = prev_rank.rename(columns={"year": "prev_rank_year", "rank": "prev_rank"})
    out = cur.merge(prev, on="province_id", how="left").merge(prev_rank, on="province_id", how="left")
    out["value_change"] = out["value"] - out["prev_value"]
    out["rank_change"] = (out["prev_rank"] - out["rank"]).astype("Int64")
    return out


def ranking(con: duckdb.DuckDBPyConnection, index: str, year: int, indicator: str = "total",
            geography: str = "63", region: str | None = None) -> pd.DataFrame:
    frame = ranked_values(con, index, indicator, geography)
    cur = with_previous(frame, year)
    base = provinces(con, geography)
    historical = cur[~cur["province_id"].isin(base["province_id"])]
    if len(historical):
        extra = con.execute("""SELECT p.province_id, p.geography, p.code, p.slug, p.name_vi, p.name_en, p.type,
                               p.region_code, r.name_vi AS region_vi, r.name_en AS region_en, p.iso_3166_2
                               FROM dim_province p JOIN dim_region r USING (region_code)
                               WHERE list_contains(?, p.province_id)""",
                            [historical["province_id"].tolist()]).df()
        base = pd.concat([base, extra], ignore_index=True)
    columns = KEEP + ["prev_year", "prev_value", "prev_rank_year", "prev_rank", "value_change", "rank_change"]
    out = base.merge(cur[columns], on="province_id", how="left")
    out["value_status"] = out["value_status"].fillna("missing")
    out["rank_partial"] = out["rank_partial"].astype("boolean").fillna(False)
    if out["n_ranked"].isna().all():
        out["n_ranked"] = 0
    out["n_ranked"] = out["n_ranked"].fillna(out["n_ranked"].max()).astype(int)
    if region:
        out = out[out["region_code"] == region]
    out["year"] = year
    # Ranks over a partial table are not on the national scale: they follow the nationally ranked rows.
    return out.sort_values(["rank_partial", "rank", "name_vi"], na_position="last").reset_index(drop=True)
