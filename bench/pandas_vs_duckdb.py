"""Benchmark: the two heaviest metrics on a SYNTHETIC warehouse, as the product computes them (one DuckDB
window query in metrics.values, then the metric's own pandas step) against the same ranking done in plain
pandas (load the indicator's rows into DataFrames, join, groupby/rank), in the same run.

The heaviest two in bench/metrics.py on the synthetic warehouse are movers and compare (both start from
metrics.values.ranked_values). The synthetic warehouse (10,000 units × 20 years × 50 indicators) is made in a
temp dir, never under data/. Both answers are checked equal before any time is printed.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.metrics import median_ms  # noqa: E402
from bench.synthetic import make_synthetic_warehouse  # noqa: E402
from metrics import compare, movers  # noqa: E402
from metrics.connection import open_warehouse  # noqa: E402

RUNS = 5
INDEX, INDICATOR, YEAR_FROM, YEAR_TO = "synthetic", "i7", 2018, 2019
UNITS = [f"63-S{i}" for i in range(4)]

FACTS = """SELECT year, province_id, value, value_status, rank AS rank_published, rank_status AS rank_published_status,
                  source_id
           FROM fact_value WHERE index_code = ? AND indicator_code = ?"""
PROVINCES = """SELECT province_id, code, slug, name_vi, name_en, region_code, geography FROM dim_province
               WHERE geography IN ('63', 'historical')"""


def load(con, index: str, indicator: str) -> dict[str, pd.DataFrame]:
    """The rows the ranking needs, as plain DataFrames; no join or window runs in DuckDB."""
    return {"facts": con.execute(FACTS, [index, indicator]).df(), "provinces": con.execute(PROVINCES).df(),
            "sources": con.execute("SELECT source_id, kind AS source_kind FROM dim_source").df(),
            "best_high": con.execute("SELECT higher_is_better FROM dim_index WHERE index_code = ?",
                                     [index]).fetchone()[0]}


def ranked_pandas(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """metrics.values.ranked_values (63 geography) in pandas: the columns movers and compare read."""
    provinces = data["provinces"]
    v = (data["facts"].merge(provinces.drop(columns="geography"), on="province_id")
         .merge(data["sources"], on="source_id", how="left"))
    by_year = v.groupby("year")
    v["rank_computed"] = by_year["value"].rank(method="min", ascending=not data["best_high"]).astype("Int64")
    v["n_ranked"] = by_year["value"].transform("count")
    n_rows = by_year["value"].transform("size")
    year_is_table = (v["source_kind"].fillna("") == "table").groupby(v["year"]).transform("all")
    historical = v[v["province_id"].str.startswith("historical-")].groupby("year")["province_id"].nunique()
    n_geography = (provinces["geography"] == "63").sum() + v["year"].map(historical).fillna(0).astype(int)
    printed = v["rank_published"].notna() & (v["rank_published_status"] == "published")
    v["rank"] = v["rank_published"].astype("Int64").fillna(v["rank_computed"])
    v["rank_of"] = pd.Series(np.select([printed & (v["source_kind"] == "table"), printed],
                                       [n_rows, n_geography], v["n_ranked"]), index=v.index).astype("Int64")
    v["rank_partial"] = (~printed & ~((v["n_ranked"] >= n_geography) | year_is_table)
                         & v["rank"].notna()).astype(bool)
    return v.sort_values(["year", "rank", "name_vi"], na_position="last").reset_index(drop=True)


def movers_pandas(con, n: int = 5) -> pd.DataFrame:
    """metrics.movers.movers over the pandas ranking (its selection step is pandas in the product too)."""
    return movers.biggest_moves(ranked_pandas(load(con, INDEX, INDICATOR)), YEAR_FROM, YEAR_TO, n)


def compare_pandas(con) -> pd.DataFrame:
    """metrics.compare.compare over the pandas ranking."""
    frame = ranked_pandas(load(con, INDEX, INDICATOR))
    best = frame.groupby("year")["value"].max().rename("national_best")
    out = frame[frame["province_id"].isin(UNITS)].merge(best, on="year", how="left")
    return compare.with_gaps(out, UNITS[0]).sort_values(["year", "province_id"]).reset_index(drop=True)


def same_answer(product: pd.DataFrame, plain: pd.DataFrame, key: list[str], columns: list[str]) -> None:
    """Raise unless both frames hold the same rows and values (floats to 1e-9)."""
    a = product.sort_values(key).reset_index(drop=True)[columns]
    b = plain.sort_values(key).reset_index(drop=True)[columns]
    pd.testing.assert_frame_equal(a, b, check_dtype=False, rtol=1e-9)


def check_ranking_sample(con) -> int:
    """The full pandas ranking equals the product's on a sample of 2,000 (year, province) rows."""
    from metrics.values import ranked_values

    product = ranked_values(con, INDEX, INDICATOR)
    plain = ranked_pandas(load(con, INDEX, INDICATOR))
    sample = product.sample(2000, random_state=7)[["year", "province_id"]]
    cols = ["year", "province_id", "value", "rank", "rank_of", "rank_partial", "n_ranked"]
    same_answer(sample.merge(product, on=["year", "province_id"]), sample.merge(plain, on=["year", "province_id"]),
                ["year", "province_id"], cols)
    return len(sample)


def main() -> list[tuple[str, str, str, str]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        path = make_synthetic_warehouse(Path(tmp) / "synthetic.duckdb")
        print(f"synthetic warehouse (10,000 units × 20 years × 50 indicators) made in "
              f"{time.perf_counter() - started:.1f} s")
        con = open_warehouse(path)
        sampled = check_ranking_sample(con)
        same_answer(movers.movers(con, INDEX, YEAR_FROM, YEAR_TO, INDICATOR), movers_pandas(con),
                    ["direction", "province_id"], ["province_id", "direction", "rank_from", "rank_to", "rank_change",
                                                   "value_from", "value_to", "value_change"])
        same_answer(compare.compare(con, UNITS, INDEX, INDICATOR), compare_pandas(con), ["year", "province_id"],
                    ["province_id", "year", "value", "rank", "rank_of", "rank_partial", "national_best",
                     "gap_to_best", "gap_to_first"])
        print(f"same answers: movers, compare, and the ranking on a sample of {sampled:,} rows")
        cases = {
            f"movers {YEAR_FROM}-{YEAR_TO} (10,000 units)": (
                lambda: movers.movers(con, INDEX, YEAR_FROM, YEAR_TO, INDICATOR), lambda: movers_pandas(con)),
            "compare (4 units, 20 years)": (
                lambda: compare.compare(con, UNITS, INDEX, INDICATOR), lambda: compare_pandas(con)),
        }
        load_ms = median_ms(lambda: load(con, INDEX, INDICATOR), RUNS)
        for name, (product, plain) in cases.items():
            duck, pand = median_ms(product, RUNS), median_ms(plain, RUNS)
            rows.append((name, f"{duck:.0f}", f"{pand:.0f}", f"{pand / duck:.2f}"))
        con.close()
    print(f"\nsynthetic warehouse, median of {RUNS} runs after one warm-up; ratio = pandas / DuckDB "
          "(> 1: DuckDB faster)")
    print(f"{'metric':36} {'DuckDB ms':>10} {'pandas ms':>10} {'ratio':>7}")
    for name, duck, pand, ratio in rows:
        print(f"{name:36} {duck:>10} {pand:>10} {ratio:>7}")
    print(f"pandas includes loading the indicator's rows from DuckDB into DataFrames (median {load_ms:.0f} ms); the "
          "product's query also computes regional ranks and percentiles that these two metrics do not read")
    return rows


if __name__ == "__main__":
    main()
