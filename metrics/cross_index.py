"""The five indices on one scale (percentile within each index's latest year) and how they correlate."""

from __future__ import annotations

import duckdb
import pandas as pd

from metrics.reference import indices
from metrics.values import ranked_values

WIDE = 50  # a year with at least this many ranked provinces is preferred over a later, thinner one


def cross_index(con: duckdb.DuckDBPyConnection, geography: str = "63") -> pd.DataFrame:
    """Province × index percentile, each index in its latest year with 50+ ranked provinces (else its widest)."""
    parts = []
    for idx in indices(con).itertuples():
        frame = ranked_values(con, idx.index_code, "total", geography)
        ranked = frame[frame["percentile"].notna()]
        if ranked.empty:
            continue
        counts = ranked.groupby("year").size()
        wide = counts[counts >= WIDE]
        year = int(wide.index.max() if len(wide) else counts[counts == counts.max()].index.max())
        part = ranked[ranked["year"] == year][["province_id", "name_vi", "name_en", "percentile", "rank", "rank_of"]]
        parts.append(part.assign(index_code=idx.index_code, short=idx.short, year=year))
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()


def index_correlation(con: duckdb.DuckDBPyConnection, geography: str = "63") -> pd.DataFrame:
    """Spearman correlation of percentiles between each pair of indices, over provinces in both."""
    wide = cross_index(con, geography).pivot_table(index="province_id", columns="short", values="percentile")
    rows = []
    cols = list(wide.columns)
    for i, a in enumerate(cols):
        for b in cols[i + 1:]:
            pair = wide[[a, b]].dropna()
            rho = pair[a].rank().corr(pair[b].rank()) if len(pair) > 2 else None
            rows.append({"index_a": a, "index_b": b, "spearman": rho, "n": len(pair)})
    return pd.DataFrame(rows)
