"""Layouts that once put figures on the wrong province or stored a missing figure as 0, with "Validation OK".

Each test writes the smallest file that showed it; the figures are PCI 2016 (data/raw/pci/2016.csv: Đà Nẵng
70.00 #1) and PAR INDEX 2023 (Hà Nội 91.43 #3, Đà Nẵng 88.68 #12), except the cells marked as deliberately
swapped or spoiled.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from etl.importer import preview_import
from etl.paths import RAW_DIR


def sheet(path: Path, rows: list[list], title: str = "PCI 2016") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_each_value_column_reads_its_own_province_column(tmp_path: Path, warehouse: Path):
    # The minimal case of issue 12: the sub-index column is sorted on its own, so its province column (D, blank
    # header) lists the provinces in another order than column B. 9.1, 8.5 and 60 are made-up figures.
    path = sheet(tmp_path / "PCI_2016.xlsx", [
        ["Thứ tự", "Tỉnh", "Gia nhập thị trường", None, "PCI 2016", "Xếp hạng"],
        [1, "Hà Nội", 9.1, "Đà Nẵng", 70, 1],
        [2, "Đà Nẵng", 8.5, "Hà Nội", 60, 2],
    ])
    report = preview_import(path, "vcci_pci_workbook", None, None, RAW_DIR, warehouse)
    rows = {r["province"]: (r["score"], r["rank"], r["gia_nhap_thi_truong"]) for r in report.preview.to_dict("records")}
    assert rows == {"Hà Nội": ("60", "2", "9.1"), "Đà Nẵng": ("70", "1", "8.5")}
    da_nang = report.diff[(report.diff["province"] == "Đà Nẵng") & (report.diff["indicator"] == "total")].iloc[0]
    assert (da_nang["value"], da_nang["rank"], da_nang["change"]) == (70.0, 1, "identical")


def test_several_province_columns_without_binding_are_refused(tmp_path: Path, warehouse: Path):
    # The Bộ Nội vụ spec reads one province column; a second one (blank header) is not guessed away.
    path = sheet(tmp_path / "par_index_2023.xlsx", [
        ["STT", "Tỉnh, thành phố", "PAR INDEX 2023", None, None],
        [None, None, "Điểm", None, "Xếp hạng"],
        [1, "Hà Nội", 91.43, "Hà Nội", 3],
        [2, "Đà Nẵng", 88.68, "Đà Nẵng", 12],
    ], title="Phụ lục")
    report = preview_import(path, "moha_annex_table", "par_index", 2023, RAW_DIR, warehouse)
    assert [str(p) for p in report.problems] == [
        "par_index_2023.xlsx [Phụ lục]: 2 province columns (B (Tỉnh, thành phố), D (blank header)): a value column "
        "may be sorted on its own, so which province each figure belongs to is not guessed; say in the spec which "
        "province column each value column reads (province_columns: left)"]
    assert report.verdict == "refused"
