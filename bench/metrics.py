"""Benchmark: median latency of every metric on the real warehouse and on a SYNTHETIC one
(10,000 units × 20 years × 50 indicators, generated in a temp dir, never under data/)."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import make_synthetic_warehouse  # noqa: E402
from etl.paths import WAREHOUSE  # noqa: E402
from metrics import compare, cross_index, merged, movers, rankings, regions, scorecard, targets, trends  # noqa: E402
from metrics.connection import open_warehouse  # noqa: E402


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    fn()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def real_calls(con) -> dict[str, Callable[[], object]]:
    return {
        "ranking pci 2021": lambda: rankings.ranking(con, "pci", 2021),
        "ranking par_index 2022 (partial)": lambda: rankings.ranking(con, "par_index", 2022),
        "ranking dti 2024, 34 provinces": lambda: rankings.ranking(con, "dti", 2024, geography="34"),
        "scorecard 63-26": lambda: scorecard.scorecard(con, "63-26"),
        "components 63-22 pci 2021": lambda: scorecard.components(con, "63-22", "pci", 2021),
        "trend papi": lambda: trends.trend(con, "papi", ["63-26", "63-22"]),
        "region_summary pci": lambda: regions.region_summary(con, "pci"),
        "compare 3 provinces pci": lambda: compare.compare(con, ["63-26", "63-22", "63-01"], "pci"),
        "movers pci 2020-2021": lambda: movers.movers(con, "pci", 2020, 2021),
        "cross_index": lambda: cross_index.cross_index(con),
        "index_correlation": lambda: cross_index.index_correlation(con),
        "merged_values pci 2021": lambda: merged.merged_values(con, "pci", 2021),
        "target_table (90 targets judged)": lambda: targets.target_table(con),
        "what_it_takes pci 2022 rank 5": lambda: targets.what_it_takes(con, "pci", 2022, 5, "63-26"),
    }


def synthetic_calls(con) -> dict[str, Callable[[], object]]:
    return {
        "ranking (10,000 units)": lambda: rankings.ranking(con, "synthetic", 2019, "i7"),
        "region_summary (20 years)": lambda: regions.region_summary(con, "synthetic", "i7"),
        "trend (5 units)": lambda: trends.trend(con, "synthetic", [f"63-S{i}" for i in range(5)], "i7"),
        "compare (4 units)": lambda: compare.compare(con, [f"63-S{i}" for i in range(4)], "synthetic", "i7"),
        "components (49 indicators)": lambda: scorecard.components(con, "63-S1", "synthetic", 2019),
        "movers (10,000 units)": lambda: movers.movers(con, "synthetic", 2018, 2019, "i7"),
    }


def main() -> list[tuple[str, str, str]]:
    rows = []
    con = open_warehouse(WAREHOUSE)
    for name, fn in real_calls(con).items():
        rows.append(("real", name, f"{median_ms(fn, 15):.1f}"))
    con.close()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        path = make_synthetic_warehouse(Path(tmp) / "synthetic.duckdb")
        rows.append(("synthetic", "generate 10,000 × 20 × 50 = 10 M values (s)",
                     f"{time.perf_counter() - started:.1f}"))
        con = open_warehouse(path)
        for name, fn in synthetic_calls(con).items():
            rows.append(("synthetic", name, f"{median_ms(fn, 5):.1f}"))
        con.close()
    print(f"{'warehouse':10} {'metric':48} {'median ms':>10}")
    for kind, name, value in rows:
        print(f"{kind:10} {name:48} {value:>10}")
    return rows


if __name__ == "__main__":
    main()
