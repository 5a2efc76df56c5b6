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
from tests.importer.builders import tidy_csv, warehouse_table, with_cached_values


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
    # The Bộ Nội vụ spec reads one province column; a second one (blank header) in another order is not guessed
    # away (two columns naming the same province on every row, a name in two languages, are one).
    path = sheet(tmp_path / "par_index_2023.xlsx", [
        ["STT", "Tỉnh, thành phố", "PAR INDEX 2023", None, None],
        [None, None, "Điểm", None, "Xếp hạng"],
        [1, "Hà Nội", 91.43, "Đà Nẵng", 3],
        [2, "Đà Nẵng", 88.68, "Hà Nội", 12],
    ], title="Phụ lục")
    report = preview_import(path, "moha_annex_table", "par_index", 2023, RAW_DIR, warehouse)
    assert [str(p) for p in report.problems] == [
        "par_index_2023.xlsx [Phụ lục]: 2 province columns (B (Tỉnh, thành phố), D (blank header)): a value column "
        "may be sorted on its own, so which province each figure belongs to is not guessed; say in the spec which "
        "province column each value column reads (province_columns: left)"]
    assert report.verdict == "refused"


def papi_2014_with_formula_totals(tmp_path: Path, warehouse: Path) -> Path:
    """PAPI 2014 in rows, the total a SUM formula over the six dimensions, as UNDP's workbook has it: Bắc
    Giang's dimensions are blank (not surveyed) and Excel saved its SUM as 0."""
    table = warehouse_table(warehouse, "papi", 2014)
    dims = [f"d{i}" for i in range(1, 7)]
    wb = Workbook()
    ws = wb.active
    ws.title = "2014_PAPI"
    ws.append(["Tỉnh/Thành phố", *[f"Lĩnh vực nội dung {d[1]}" for d in dims], "PAPI 2014"])
    for name in ("Quảng Trị", "Vĩnh Long", "Bắc Giang"):
        row = table[name]
        ws.append([name, *[row.get(d) for d in dims], f"=SUM(B{ws.max_row + 1}:G{ws.max_row + 1})"])
    wb.save(tmp_path / "PAPI_2014.xlsx")
    cached = {"H2": table["Quảng Trị"]["total"], "H3": table["Vĩnh Long"]["total"], "H4": 0}
    return with_cached_values(tmp_path / "PAPI_2014.xlsx", cached)


def test_a_formula_total_over_blank_cells_is_missing_not_zero(tmp_path: Path, warehouse: Path):
    path = papi_2014_with_formula_totals(tmp_path, warehouse)
    report = preview_import(path, "undp_papi_workbook", None, 2014, RAW_DIR, warehouse)
    assert report.problems == []
    scores = dict(zip(report.preview["province"], report.preview["score"], strict=True))
    assert scores == {"Quảng Trị": "39.84472", "Vĩnh Long": "39.733152", "Bắc Giang": ""}
    assert "PAPI_2014.xlsx [2014_PAPI] row 4 column H (PAPI 2014) Bắc Giang: formula =SUM(B4:G4) over blank cells " \
           "read as missing, not 0" in report.notes
    assert set(report.diff["province"]) == {"Quảng Trị", "Vĩnh Long"}, "a blank says nothing"
    assert report.counts == {"new": 0, "changed": 0, "identical": 14, "conflict": 0}


def test_a_papi_total_below_the_real_range_is_refused(tmp_path: Path, warehouse: Path):
    # 2014 had six dimensions of 1-10 each, so a total lies in 6-60: a published 0 or 5.5 is no PAPI total.
    path = tidy_csv(tmp_path / "papi_2014.csv", [("Bắc Giang", "total", 0, None), ("Đồng Tháp", "total", 5.5, None)])
    report = preview_import(path, "tidy_csv", "papi", 2014, RAW_DIR, warehouse)
    assert [str(p) for p in report.problems] == [
        "papi_2014.csv [csv], row 2, column 'C (value)', value '0': 0 is outside the real range 6-60 of papi/total in "
        "2014 (6 dimensions)",
        "papi_2014.csv [csv], row 3, column 'C (value)', value '5.5': 5.5 is outside the real range 6-60 of "
        "papi/total in 2014 (6 dimensions)"]
    assert {p.kind for p in report.problems} == {"scale"}


def test_a_group_typed_with_combining_marks_is_stored_precomposed(tmp_path: Path, warehouse: Path):
    # "Khá" as K-h-a + U+0301 (as the 2013 PCI table has it) is one group with "Khá" typed precomposed, and a
    # province name in that spelling still resolves.
    path = sheet(tmp_path / "PCI_2016.xlsx", [
        ["Tỉnh", "PCI 2016", "Xếp hạng", "Nhóm xếp hạng"],
        ["Đa\u0300 Nă\u0303ng", 70, 1, "Kha\u0301"],
        ["Hà Nội", 60, 2, "Khá"],
    ])
    report = preview_import(path, "vcci_pci_workbook", None, None, RAW_DIR, warehouse)
    rows = {r["province"]: r["tier"] for r in report.preview.to_dict("records")}
    assert rows == {"Đà Nẵng": "Khá", "Hà Nội": "Khá"}
