"""Benchmark: full warehouse build from data/raw (median of several runs) and the warehouse size."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.build import build  # noqa: E402
from etl.paths import RAW_DIR  # noqa: E402

RUNS = 5


def main() -> list[tuple[str, str]]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "warehouse.duckdb"
        for _ in range(RUNS):
            started = time.perf_counter()
            counts = build(RAW_DIR, target, say=lambda _msg: None)
            times.append(time.perf_counter() - started)
        size = target.stat().st_size
    rows = [
        (f"etl build, median of {RUNS} (s)", f"{statistics.median(times):.2f}"),
        ("etl build, min / max (s)", f"{min(times):.2f} / {max(times):.2f}"),
        ("warehouse size (MB)", f"{size / 1e6:.1f}"),
        ("fact_value rows", str(counts["fact_value"])),
        ("raw files", str(counts["dim_source"])),
    ]
    for name, value in rows:
        print(f"{name:32} {value:>12}")
    return rows


if __name__ == "__main__":
    main()
