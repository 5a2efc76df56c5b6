"""A SYNTHETIC warehouse for scale benchmarks: random values in the product's schema.

Never written under data/: callers pass a temporary path. Every name in it says 'synthetic'.
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl import ranks  # noqa: E402
from etl.build import SCHEMA  # noqa: E402
from etl.paths import ROOT  # noqa: E402

REGIONS = ["TDMNPB", "DBSH", "BTBDHMT", "TN", "DNB", "DBSCL"]
# Ranking 10 M values at build time takes DuckDB up to 16 GB of this 24 GB machine if let; bounded, it spills
# to disk beside the warehouse instead.
MEMORY_LIMIT = "6GB"


def make_synthetic_warehouse(path: Path, units: int = 10_000, years: int = 20, indicators: int = 50) -> Path:
    """units × years × indicators random values (seeded), one synthetic index, in the real schema, ranked as a
    build ranks them."""
    if Path(path).resolve().is_relative_to(ROOT / "data"):
        raise ValueError("synthetic warehouses are never written under data/")
    con = duckdb.connect(str(path), config={"memory_limit": MEMORY_LIMIT})
    try:
        con.execute(SCHEMA.read_text(encoding="utf-8"))
        con.execute("SELECT setseed(0.42)")
        con.executemany("INSERT INTO dim_region VALUES (?, ?, ?, ?)",
                        [(r, f"synthetic {r}", f"synthetic {r}", i) for i, r in enumerate(REGIONS)])
        con.execute("""INSERT INTO dim_index VALUES ('synthetic', 'SYN', 'synthetic', 'synthetic', 'synthetic',
                       'synthetic', 'points', 0, 100, true, 2000, NULL, NULL, NULL, NULL, 0)""")
        con.execute("""INSERT INTO dim_indicator SELECT 'synthetic', CASE WHEN i = 0 THEN 'total' ELSE 'i' || i END,
                       CASE WHEN i = 0 THEN NULL ELSE 'total' END, 'synthetic ' || i, 'synthetic ' || i, 0, 100,
                       NULL, NULL, i FROM range(?) t(i)""", [indicators])
        con.execute("""INSERT INTO dim_source (source_id, file, kind, publisher, title, licence, sha256)
                       VALUES ('synthetic', 'synthetic', 'table', 'synthetic', 'synthetic', 'synthetic',
                               'synthetic')""")
        con.execute("""INSERT INTO dim_province SELECT '63-S' || u, '63', 'S' || u, 'synthetic ' || u,
                       'synthetic ' || u, 'synthetic-' || u, NULL, ?[1 + u % 6], NULL, NULL, NULL, 'synthetic'
                       FROM range(?) t(u)""", [REGIONS, units])
        con.execute("""INSERT INTO fact_value (index_code, indicator_code, year, province_id, value, value_status,
                       source_id)
                       SELECT 'synthetic', CASE WHEN i = 0 THEN 'total' ELSE 'i' || i END, 2000 + y, '63-S' || u,
                              round(random() * 100, 2), 'published', 'synthetic'
                       FROM range(?) a(u), range(?) b(y), range(?) c(i)""", [units, years, indicators])
        ranks.materialise(con)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return Path(path)
