"""Compare an import with what the warehouse holds, value by value, before anything is stored.

A difference with a figure the warehouse marks `published` is a conflict: two sources print
different numbers, and a person must decide, so the import is refused with both sources named.
A difference with a `derived` figure (computed by the data-kit compiler) is a change: the
publisher's own figure replaces the computed one. A figure for a value the warehouse marks
`not_published` (the publisher withheld it) is a conflict too: no file may fill what the publisher
did not publish.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from etl.build import same_figure
from etl.catalogue import Index
from etl.extract import ValueRow
from etl.problems import Problem

CHANGES = ("new", "changed", "identical", "conflict")
COLUMNS = ["indicator", "province_id", "province", "value", "rank", "warehouse_value", "warehouse_rank",
           "warehouse_status", "warehouse_source", "import_source", "change"]
WAREHOUSE_SQL = """
SELECT f.indicator_code, f.province_id, f.value, f.value_status, f.rank, f.rank_status,
       f.source_id || ' (' || coalesce(s.file, '') || '; ' || coalesce(f.source_url, s.url, '') || ')' AS source
FROM fact_value f LEFT JOIN dim_source s USING (source_id)
WHERE f.index_code = ? AND f.year = ?
"""
NAMES_SQL = "SELECT province_id, name_vi FROM dim_province"


def _part(new: float | int | None, old: float | int | None, old_status: str | None, equal: bool) -> str | None:
    if new is None:
        return None
    if old is None:
        return "conflict" if old_status == "not_published" else "new"
    if equal:
        return "identical"
    return "conflict" if old_status == "published" else "changed"


def classify(row: ValueRow, old: dict | None) -> str:
    """The change an imported value makes: the worst of what its value and its rank do."""
    if old is None:
        return "new"
    value = _part(row.value, old["value"], old["value_status"],
                  row.value is not None and old["value"] is not None and same_figure(row.value, old["value"]))
    rank = _part(row.rank, old["rank"], old["rank_status"], row.rank == old["rank"])
    parts = [p for p in (value, rank) if p]
    return max(parts, key=("identical", "new", "changed", "conflict").index) if parts else "identical"


def warehouse_values(warehouse: Path, index: str, year: int) -> tuple[dict[tuple[str, str], dict], dict[str, str]]:
    """The warehouse's rows for (index, year) by (indicator, province_id), and province names; empty when
    there is no warehouse yet."""
    if not warehouse.exists():
        return {}, {}
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        frame = con.execute(WAREHOUSE_SQL, [index, year]).df()
        names = dict(con.execute(NAMES_SQL).fetchall())
    finally:
        con.close()
    rows = {}
    for rec in frame.to_dict("records"):
        rec = {k: (None if pd.isna(v) else v) for k, v in rec.items()}
        rows[(rec["indicator_code"], rec["province_id"])] = rec
    return rows, names


def diff(warehouse: Path, index: str, year: int, values: list[ValueRow], import_source: str) -> pd.DataFrame:
    """One line per imported value or rank (blank cells say nothing and are left out)."""
    held, names = warehouse_values(warehouse, index, year)
    lines = []
    for row in values:
        if row.value is None and row.rank is None:
            continue
        province_id = f"{row.geography}-{row.province_code}"
        old = held.get((row.indicator, province_id))
        lines.append(dict(
            indicator=row.indicator, province_id=province_id, province=names.get(province_id, province_id),
            value=row.value, rank=row.rank, warehouse_value=old["value"] if old else None,
            warehouse_rank=old["rank"] if old else None,
            warehouse_status=f"{old['value_status']}/{old['rank_status'] or '-'}" if old else None,
            warehouse_source=old["source"] if old else None, import_source=import_source, change=classify(row, old),
        ))
    return pd.DataFrame(lines, columns=COLUMNS)


def lone_totals(warehouse: Path, lines: pd.DataFrame, index: Index, year: int, source: str) -> list[Problem]:
    """A total the import changes while the warehouse keeps the components it was made from, none of them
    changed: the total would no longer be the one its components give, so the import is refused."""
    changed = lines[(lines["indicator"] == "total") & (lines["change"] == "changed")]
    if changed.empty:
        return []
    held, _ = warehouse_values(warehouse, index.code, year)
    parts = {i.code for i in index.indicators if i.parent == "total" and i.exists_in(year)}
    out = []
    for line in changed.to_dict("records"):
        own = lines[(lines["province_id"] == line["province_id"]) & lines["indicator"].isin(parts)]
        kept = [p for p in parts if (held.get((p, line["province_id"])) or {}).get("value") is not None]
        if not kept or own["change"].isin(["changed", "new"]).any():
            continue
        out.append(Problem(source, f"{index.code}/total {year} {line['province']}: the import changes the total from "
                           f"{line['warehouse_value']:g} to {line['value']:g} but none of its components; a total "
                           "moves only with the components it is made of", value=f"{line['value']:g}",
                           kind="conflict"))
    return out
