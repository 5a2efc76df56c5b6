"""Storing an import, the next build including it, and the build rule for a complete table beside
partial tables of the same (index, year). All writes go to copies of data/raw and temp warehouses."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from etl.build import amend, build, same_figure
from etl.extract import ValueRow
from etl.importer import ImportRefused, preview_import, store_import
from etl.sidecar import read_sidecar
from tests.importer.builders import tidy_csv, vcci_workbook, warehouse_table
from tests.importer.conftest import tree_digest

TOTALS_SQL = """SELECT p.name_vi, f.value, f.rank, f.source_id FROM fact_value f JOIN dim_province p USING (province_id)
WHERE f.index_code = 'pci' AND f.year = 2016 AND f.indicator_code = 'total' ORDER BY f.rank"""


def without_pci_2016(raw: Path, tmp_path: Path) -> Path:
    """The raw copy without PCI 2016, and a warehouse built from it, so the real 2016 table is new again."""
    (raw / "pci/2016.csv").unlink()
    (raw / "pci/2016.csv.meta.yaml").unlink()
    target = tmp_path / "before.duckdb"
    build(raw, target, say=lambda _msg: None)
    return target


def totals(warehouse: Path) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(TOTALS_SQL).fetchall()
    finally:
        con.close()


def test_store_then_build_holds_the_imported_values(raw_copy, tmp_path, warehouse):
    before = without_pci_2016(raw_copy, tmp_path)
    path = vcci_workbook(tmp_path / "PCI_2016.xlsx", warehouse_table(warehouse, "pci", 2016), 2016)
    report = preview_import(path, "vcci_pci_workbook", None, None, raw_copy, before)
    assert (report.verdict, report.counts["new"], report.meta.kind) == ("ok", 693, "table")
    stored = store_import(report, raw_copy)
    assert stored.parent == raw_copy / "pci" and stored.name.startswith("imported_2016_")
    meta = read_sidecar(stored)
    assert (meta.index, meta.year, meta.kind, meta.url) == ("pci", 2016, "table", "https://pcivietnam.vn")
    assert meta.notes[0] == "imported with spec vcci_pci_workbook from PCI_2016.xlsx"
    after = tmp_path / "after.duckdb"
    build(raw_copy, after, say=lambda _msg: None)
    rows = totals(after)
    assert len(rows) == 63
    assert (rows[0][0], round(rows[0][1], 2), rows[0][2]) == ("Đà Nẵng", 70.00, 1)
    assert rows[0][3] == meta.source_id
    with pytest.raises(ImportRefused, match="already exists; an import never overwrites a raw file"):
        store_import(report, raw_copy)


def test_complete_import_beside_a_partial_keeps_one_row_per_province(raw_copy, tmp_path, warehouse):
    before = without_pci_2016(raw_copy, tmp_path)
    table = warehouse_table(warehouse, "pci", 2016)
    top = list(table.items())[:5]
    partial = tidy_csv(tmp_path / "pci_2016_top5.csv", [(n, "total", r["total"], r["rank"]) for n, r in top])
    report = preview_import(partial, "tidy_csv", "pci", 2016, raw_copy, before)
    assert (report.verdict, report.meta.kind) == ("ok", "partial")
    store_import(report, raw_copy)
    middle = tmp_path / "middle.duckdb"
    build(raw_copy, middle, say=lambda _msg: None)
    full = vcci_workbook(tmp_path / "PCI_2016.xlsx", table, 2016)
    report = preview_import(full, "vcci_pci_workbook", None, None, raw_copy, middle)
    totals_diff = report.diff[report.diff["indicator"] == "total"]["change"].value_counts().to_dict()
    assert totals_diff == {"new": 58, "identical": 5}
    assert report.meta.kind == "table"
    assert "partial tables of the same (index, year) only fill its blanks" in report.meta.notes[1]
    store_import(report, raw_copy)
    after = tmp_path / "after.duckdb"
    build(raw_copy, after, say=lambda _msg: None)
    rows = totals(after)
    assert len(rows) == len({r[0] for r in rows}) == 63
    assert {r[3] for r in rows} == {read_sidecar(p).source_id for p in (raw_copy / "pci").glob("imported_*.csv")
                                   if read_sidecar(p).kind == "table"}


def test_a_conflict_is_refused_with_both_sources(raw_copy, tmp_path, warehouse):
    table = warehouse_table(warehouse, "pci", 2016)
    table["Đà Nẵng"] = {**table["Đà Nẵng"], "total": 71.5}  # deliberately wrong: the conflict under test
    path = vcci_workbook(tmp_path / "PCI_2016.xlsx", table, 2016)
    before = tree_digest(raw_copy)
    report = preview_import(path, "vcci_pci_workbook", None, None, raw_copy, warehouse)
    assert report.verdict == "refused"
    assert report.conflict_lines() == [
        "conflict: total Đà Nẵng (63-48): warehouse 70.0014 rank 1 (published/published) from pci_2016 "
        "(pci/2016.csv; https://pcivietnam.vn) <> import 71.5 rank 1 from PCI_2016.xlsx (spec vcci_pci_workbook)"]
    with pytest.raises(ImportRefused, match="conflict: total Đà Nẵng"):
        store_import(report, raw_copy)
    assert tree_digest(raw_copy) == before


def row(value: float | None, status: str, rank: int | None, rank_status: str | None, file: str) -> ValueRow:
    return ValueRow(index="pci", indicator="total", year=2022, province_code="22", geography="63", value=value,
                    value_status=status, source_id=file, file=file, row=2, rank=rank, rank_status=rank_status)


def test_same_figure_compares_at_the_printed_precision():
    assert same_figure(70.00, 70.001396)
    assert same_figure(90.1, 90.0987)
    assert not same_figure(90.1, 90.12)
    assert not same_figure(0.8002, 0.8012)


def test_amend_fills_blanks_and_replaces_derived_figures():
    base = row(70.5, "derived", 3, "derived", "pci/2022.csv")
    merged, problems = amend([base], [row(70.6, "published", 2, "published", "pci/imported.csv")])
    assert problems == []
    assert (merged[0].value, merged[0].rank, merged[0].source_id) == (70.6, 2, "pci/imported.csv")
    merged, problems = amend([row(None, "missing", None, None, "a.csv")], [row(70.6, "published", 2, "published",
                                                                                "b.csv")])
    assert (merged[0].value, merged[0].rank, problems) == (70.6, 2, [])


def test_amend_refuses_two_published_figures_that_disagree():
    base = row(70.5, "published", 3, "published", "pci/2022.csv")
    merged, problems = amend([base], [row(70.6, "published", 3, "published", "pci/imported.csv")])
    assert merged == [base]
    assert [str(p) for p in problems] == [
        "pci/imported.csv, row 2, column 'score', value '70.6': pci/total 2022 province 22: published value 70.6 "
        "disagrees with the published 70.5 in pci/2022.csv row 2"]
