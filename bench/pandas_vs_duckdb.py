"""Benchmark: the two heaviest metrics on a SYNTHETIC warehouse, three ways, in the same run:
- as the product answers them: read the ranks the build made (table ranked_value), then the metric's pandas step;
- ranking at query time in DuckDB: the build's ranking query (etl/ranks.py) over this one indicator, then the same
  pandas step;
- ranking at query time in plain pandas: load the indicator's rows into DataFrames, join, groupby/rank.

The heaviest two in bench/metrics.py on the synthetic warehouse are movers and compare (both start from
metrics.values). The synthetic warehouse (10,000 units × 20 years × 50 indicators) is made in a temp dir, never
under data/. All answers are checked equal before any time is printed.
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
from etl.ranks import SIZES, VALUES_63, rank_sql  # noqa: E402
from metrics import compare, movers  # noqa: E402
from metrics.connection import open_warehouse  # noqa: E402
from metrics.values import typed  # noqa: E402

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


def ranked_duckdb(con, index: str, indicator: str) -> pd.DataFrame:
    """The build's ranking query over one indicator of the 63 geography, run at query time."""
    sql = rank_sql(f"{VALUES_63} AND f.index_code = $index AND f.indicator_code = $indicator",
                   SIZES.format(geography="'63'"))
    return typed(con.execute(f"{sql} ORDER BY year, rank NULLS LAST, name_vi",
                             {"index": index, "indicator": indicator}).df())


def movers_from(frame: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """metrics.movers.movers' selection step over a ranking made at query time."""
    return movers.biggest_moves(INDEX, frame, YEAR_FROM, YEAR_TO, n)


def compare_from(frame: pd.DataFrame) -> pd.DataFrame:
    """metrics.compare.compare's steps over a ranking made at query time."""
    best = frame.groupby("year")["value"].max().rename("national_best")
    out = frame[frame["province_id"].isin(UNITS)].merge(best, on="year", how="left")
    return compare.with_gaps(out, UNITS[0]).sort_values(["year", "province_id"]).reset_index(drop=True)


def same_answer(product: pd.DataFrame, plain: pd.DataFrame, key: list[str], columns: list[str]) -> None:
    """Raise unless both frames hold the same rows and values (floats to 1e-9)."""
    a = product.sort_values(key).reset_index(drop=True)[columns]
    b = plain.sort_values(key).reset_index(drop=True)[columns]
    pd.testing.assert_frame_equal(a, b, check_dtype=False, rtol=1e-9)


def check_ranking_sample(con) -> int:
    """Both rankings made at query time equal the product's on a sample of 2,000 (year, province) rows."""
    from metrics.values import ranked_values

    product = ranked_values(con, INDEX, INDICATOR)
    sample = product.sample(2000, random_state=7)[["year", "province_id"]]
    cols = ["year", "province_id", "value", "rank", "rank_of", "rank_partial", "n_ranked"]
    for other in (ranked_duckdb(con, INDEX, INDICATOR), ranked_pandas(load(con, INDEX, INDICATOR))):
        same_answer(sample.merge(product, on=["year", "province_id"]), sample.merge(other, on=["year", "province_id"]),
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
        duckdb_rank = lambda: ranked_duckdb(con, INDEX, INDICATOR)  # noqa: E731
        pandas_rank = lambda: ranked_pandas(load(con, INDEX, INDICATOR))  # noqa: E731
        cases = {
            f"movers {YEAR_FROM}-{YEAR_TO} (10,000 units)": (
                lambda: movers.movers(con, INDEX, YEAR_FROM, YEAR_TO, INDICATOR), lambda: movers_from(duckdb_rank()),
                lambda: movers_from(pandas_rank()), ["direction", "province_id"],
                ["province_id", "direction", "rank_from", "rank_to", "rank_change", "value_from", "value_to",
                 "value_change"]),
            "compare (4 units, 20 years)": (
                lambda: compare.compare(con, UNITS, INDEX, INDICATOR), lambda: compare_from(duckdb_rank()),
                lambda: compare_from(pandas_rank()), ["year", "province_id"],
                ["province_id", "year", "value", "rank", "rank_of", "rank_partial", "national_best", "gap_to_best",
                 "gap_to_first"]),
        }
        for product, duck, pand, key, columns in cases.values():
            same_answer(product(), duck(), key, columns)
            same_answer(product(), pand(), key, columns)
        print(f"same answers: movers, compare, and the ranking on a sample of {sampled:,} rows")
        load_ms = median_ms(lambda: load(con, INDEX, INDICATOR), RUNS)
        for name, (product, duck, pand, _, _) in cases.items():
            read, ranked, plain = median_ms(product, RUNS), median_ms(duck, RUNS), median_ms(pand, RUNS)
            rows.append((name, f"{read:.0f}", f"{ranked:.0f}", f"{plain:.0f}", f"{plain / ranked:.2f}"))
        con.close()
    print(f"\nsynthetic warehouse, median of {RUNS} runs after one warm-up; product = reads the ranks the build made; "
          "the other two rank at query time; ratio = pandas / DuckDB ranking (> 1: DuckDB faster)")
    print(f"{'metric':36} {'product ms':>10} {'DuckDB ms':>10} {'pandas ms':>10} {'ratio':>7}")
    for name, read, ranked, plain, ratio in rows:
        print(f"{name:36} {read:>10} {ranked:>10} {plain:>10} {ratio:>7}")
    print(f"pandas includes loading the indicator's rows from DuckDB into DataFrames (median {load_ms:.0f} ms); the "
          "DuckDB ranking also computes regional ranks, percentiles and previous values that these two metrics do "
          "not read")
    return rows


if __name__ == "__main__":
    main()
