"""What a preview found: problems, the normalised table, the diff, and what storing it would write."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from etl.importer.confirm import Corrections, Doubt
from etl.importer.diff import CHANGES, COLUMNS
from etl.importer.grid import Grid
from etl.problems import Problem
from etl.sidecar import SourceMeta


@dataclass
class ImportReport:
    """The result of preview_import. `verdict` is 'refused' (problems, conflicts or cells that need
    confirming), 'nothing_new' (every value repeats the warehouse) or 'ok' (store_import may write it)."""

    source: Path
    spec: str
    index: str | None
    year: int | None
    warehouse: Path
    problems: list[Problem] = field(default_factory=list)
    preview: pd.DataFrame = field(default_factory=pd.DataFrame)
    diff: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=COLUMNS))
    notes: list[str] = field(default_factory=list)
    csv_text: str = ""
    meta: SourceMeta | None = None
    file_name: str = ""
    to_confirm: list[Doubt] = field(default_factory=list)
    corrections: Corrections = field(default_factory=dict)
    grids: list[Grid] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        found = self.diff["change"].value_counts() if len(self.diff) else {}
        return {c: int(found.get(c, 0)) for c in CHANGES}

    @property
    def verdict(self) -> str:
        if self.problems or self.to_confirm or self.meta is None or self.counts["conflict"]:
            return "refused"
        if not (self.counts["new"] or self.counts["changed"]):
            return "nothing_new"
        return "ok"

    def conflict_lines(self) -> list[str]:
        return [diff_line(r) for r in self.diff[self.diff["change"] == "conflict"].to_dict("records")]


def _figure(value: float | None, rank: float | None) -> str:
    shown = "blank" if value is None or pd.isna(value) else f"{value:g}"
    return shown + ("" if rank is None or pd.isna(rank) else f" rank {int(rank)}")


def diff_line(r: dict) -> str:
    """One diff line; a changed or conflicting value shows both figures and both sources."""
    head = f"{r['change']}: {r['indicator']} {r['province']} ({r['province_id']}): "
    imported = f"{_figure(r['value'], r['rank'])} from {r['import_source']}"
    if r["change"] == "new":
        return head + imported
    held = f"{_figure(r['warehouse_value'], r['warehouse_rank'])} ({r['warehouse_status']}) from " \
           f"{r['warehouse_source']}"
    return head + (held if r["change"] == "identical" else f"warehouse {held} <> import {imported}")


def report_text(report: ImportReport, preview_rows: int = 10, lines_per_change: int = 20) -> str:
    """The report as a person reads it in a terminal: validation, preview, diff."""
    out = [f"Import of {report.source.name} with spec {report.spec}: {report.index or '?'} {report.year or '?'}"]
    out.append(f"Validation: {len(report.problems)} problem(s)" if report.problems else "Validation: OK")
    out += [f"error: {p}" for p in report.problems]
    out += [f"note: {n}" for n in report.notes]
    if report.to_confirm:
        out.append(f"{len(report.to_confirm)} cell(s) need confirming; nothing is stored until they are confirmed")
        out += [d.line() for d in report.to_confirm]
    if len(report.preview):
        out.append(f"Preview (first {min(preview_rows, len(report.preview))} of {len(report.preview)} rows):")
        out.append(report.preview.head(preview_rows).to_string(index=False))
    counts = report.counts
    out.append(f"Diff against {report.warehouse}: " + ", ".join(f"{n} {c}" for c, n in counts.items()))
    for change in ("conflict", "changed", "new", "identical"):
        lines = [diff_line(r) for r in report.diff[report.diff["change"] == change].to_dict("records")]
        out += lines[:lines_per_change]
        if len(lines) > lines_per_change:
            out.append(f"... and {len(lines) - lines_per_change} more {change}")
    return "\n".join(out)
