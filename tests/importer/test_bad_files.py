"""A bad file gets the build's own errors (file, row, column, value, reason) pointed at the published
cell, and a refused import changes nothing under data/raw nor the warehouse."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from etl.importer import ImportRefused, preview_import, report_text, store_import
from tests.importer.builders import vcci_workbook, warehouse_table
from tests.importer.conftest import tree_digest


@pytest.fixture
def pci_2016(tmp_path: Path, warehouse: Path) -> Path:
    return vcci_workbook(tmp_path / "PCI_2016.xlsx", warehouse_table(warehouse, "pci", 2016), 2016)


def spoil(path: Path, cell: str, value: object, sheet: str = "Tổng hợp") -> Path:
    """Write one deliberately wrong cell (the tests' only non-warehouse values)."""
    wb = load_workbook(path)
    wb[sheet][cell] = value
    wb.save(path)
    return path


def messages(path: Path, raw: Path, warehouse: Path) -> list[str]:
    report = preview_import(path, "vcci_pci_workbook", None, None, raw, warehouse)
    assert report.verdict == "refused"
    return [str(p) for p in report.problems]


def test_unknown_province_names_cell_and_closest_names(pci_2016, raw_copy, warehouse):
    spoil(pci_2016, "B5", "Hải Phongg")
    assert messages(pci_2016, raw_copy, warehouse) == [
        "PCI_2016.xlsx [Tổng hợp], row 5, column 'B (Tỉnh)', value 'Hải Phongg': unknown province 'Hải Phongg'; "
        "closest known names: Hải Phòng"]


def test_a_refused_file_still_shows_its_diff(pci_2016, raw_copy, warehouse):
    spoil(pci_2016, "B5", "Hải Phongg")
    report = preview_import(pci_2016, "vcci_pci_workbook", None, None, raw_copy, warehouse)
    assert report.verdict == "refused"
    assert report.counts == {"new": 0, "changed": 0, "identical": 63 * 11 - 1, "conflict": 0}
    text = report_text(report)
    assert "Validation: 1 problem(s)" in text
    assert f"Diff against {warehouse}: 0 new, 0 changed, 692 identical, 0 conflict" in text
    assert "identical: total Đà Nẵng (63-48): 70.0014 rank 1 (published/published) from pci_2016" in text


def test_duplicate_province(pci_2016, raw_copy, warehouse):
    spoil(pci_2016, "B6", "Đà Nẵng")
    found = messages(pci_2016, raw_copy, warehouse)
    assert "PCI_2016.xlsx [Tổng hợp], row 6: duplicate (pci, total, 2016, province 48); first at PCI_2016.xlsx " \
           "[Tổng hợp] row 4" in found, found


def test_value_outside_the_scale(pci_2016, raw_copy, warehouse):
    spoil(pci_2016, "C4", 700.01396)
    found = messages(pci_2016, raw_copy, warehouse)
    assert "PCI_2016.xlsx [Tổng hợp], row 4, column 'C (PCI 2016)', value '700.014': 700.014 is outside the scale " \
           "0-100 of pci/total" in found, found


def test_non_numeric_value_in_a_sub_index_sheet(pci_2016, raw_copy, warehouse):
    spoil(pci_2016, "C3", "chín", sheet="Gia nhập thị trường")
    assert messages(pci_2016, raw_copy, warehouse) == [
        "PCI_2016.xlsx [Gia nhập thị trường], row 3, column 'C (Chỉ số thành phần 1)', value 'chín': not a number"]


def test_missing_mapped_column(pci_2016, raw_copy, warehouse):
    spoil(pci_2016, "D3", "Ghi chú")
    found = messages(pci_2016, raw_copy, warehouse)
    assert found[0].startswith("PCI_2016.xlsx [Tổng hợp]: missing column for rank: no header matches 'Xếp hạng', "
                               "'Xếp hạng PCI {year}', 'Xếp hạng PCI', 'Xếp hạng {year}'; the headers are: PCI ID; "
                               "Tỉnh; PCI 2016; Ghi chú"), found


def test_formula_without_a_saved_value(pci_2016, raw_copy, warehouse):
    spoil(pci_2016, "C4", "=AVERAGE(C5:C66)")
    assert messages(pci_2016, raw_copy, warehouse) == [
        "PCI_2016.xlsx [Tổng hợp], row 4, column 'C (PCI 2016)', value '=AVERAGE(C5:C66)': formula without a saved "
        "value; open the file in Excel, let it calculate and save it"]


def test_a_broken_xls_names_the_file(tmp_path, raw_copy, warehouse):
    path = tmp_path / "PCI_2010.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0 not really a workbook")
    found = messages(path, raw_copy, warehouse)
    assert len(found) == 1 and found[0].startswith("PCI_2010.xls: PCI_2010.xls: not a readable .xls workbook ("), found
    assert found[0].endswith("open it in Excel or LibreOffice and save it again"), found


def test_a_refused_import_changes_nothing(pci_2016, raw_copy, tmp_path, warehouse):
    live = tmp_path / "warehouse.duckdb"
    shutil.copyfile(warehouse, live)
    raw_before, wh_before = tree_digest(raw_copy), live.read_bytes()
    spoil(pci_2016, "B5", "Hải Phongg")
    report = preview_import(pci_2016, "vcci_pci_workbook", None, None, raw_copy, live)
    with pytest.raises(ImportRefused, match="refused; nothing stored"):
        store_import(report, raw_copy)
    assert tree_digest(raw_copy) == raw_before
    assert live.read_bytes() == wh_before
