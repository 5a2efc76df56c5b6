"""The coverage matrix: for each index and year, how many provinces have a value, by status."""

from __future__ import annotations

from pathlib import Path

import duckdb

COVERAGE_SQL = """
SELECT i.short AS index, f.year,
       count(*) FILTER (WHERE f.value_status = 'published') AS published,
       count(*) FILTER (WHERE f.value_status = 'derived') AS derived,
       count(*) FILTER (WHERE f.value_status = 'not_published') AS not_published,
       count(*) FILTER (WHERE f.value_status = 'missing' AND f.rank IS NULL) AS missing,
       count(*) FILTER (WHERE f.value IS NULL AND f.rank IS NOT NULL) AS rank_only
FROM fact_value f JOIN dim_index i USING (index_code)
WHERE f.indicator_code = 'total'
GROUP BY i.short, i.sort, f.year
ORDER BY i.sort, f.year
"""


def coverage(warehouse: Path) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(COVERAGE_SQL).fetchall()
    finally:
        con.close()


def coverage_text(warehouse: Path) -> str:
    header = ("index", "year", "published", "derived", "not_published", "missing", "rank_only")
    rows = [header] + [tuple(str(c) for c in r) for r in coverage(warehouse)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["  ".join(c.rjust(w) if i > 1 else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
             for r in rows]
    note = "headline totals; the other provinces of each year are absent from the sources (missing, never zero)"
    legend = ("rank_only: provinces with a rank but no score (the source printed only the rank, as for most of "
              "DTI 2022's 63); counted here, not under missing")
    return "\n".join(lines + ["", note, legend])
