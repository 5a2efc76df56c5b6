"""Round trips of the publishers' own layouts: each workbook is written from the warehouse's figures in
VCCI's or UNDP's layout, imported with the shipped spec, and must come back identical, nothing changed or
in conflict. Then each layout feature on its own, where leaving it out would lose or misplace figures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from etl.importer import preview_import
from etl.paths import RAW_DIR
from tests.importer.builders import pci_subindices, warehouse_table
from tests.importer.publishers import papi_workbook_2011_2016, vcci_sheets, vcci_summary, write_xls, write_xlsx


def identical(report) -> int:
    assert report.problems == [], [str(p) for p in report.problems]
    counts = report.counts
    assert (counts["new"], counts["changed"], counts["conflict"]) == (0, 0, 0), counts
    return counts["identical"]


def test_vcci_pci_2016_as_published(tmp_path: Path, warehouse: Path):
    table = warehouse_table(warehouse, "pci", 2016)
    path = write_xlsx(tmp_path / "PCI_2016.xlsx", vcci_sheets(table, 2016))
    report = preview_import(path, "vcci_pci_workbook", None, None, RAW_DIR, warehouse)
    assert report.year == 2016
    assert identical(report) == 63 * 11
    top = report.diff[(report.diff["indicator"] == "total") & (report.diff["rank"] == 1)].iloc[0]
    assert (top["province"], round(top["value"], 2)) == ("Đà Nẵng", 70.00)
    assert sum("skipped: it repeats row" in n for n in report.notes) == 10, "each sub-index sheet's repeated row"


def test_vcci_pci_2013_with_sub_index_n_headers(tmp_path: Path, warehouse: Path):
    table = warehouse_table(warehouse, "pci", 2013)
    path = write_xlsx(tmp_path / "PCI_2013.xlsx", vcci_sheets(table, 2013, header="Sub-Index {n}"))
    report = preview_import(path, "vcci_pci_workbook", None, None, RAW_DIR, warehouse)
    assert report.year == 2013
    assert identical(report) == 63 * 11


def test_vcci_pci_2014_summary_alone_with_sub_index_n_headers(tmp_path: Path, warehouse: Path):
    table = warehouse_table(warehouse, "pci", 2014)
    path = write_xlsx(tmp_path / "PCI_2014.xlsx", {"PCI 2014": vcci_summary(table, 2014, header="Sub-Index {n}")})
    report = preview_import(path, "vcci_pci_workbook", None, None, RAW_DIR, warehouse)
    assert identical(report) == 63 * 11
    bias = report.diff[report.diff["indicator"] == "canh_tranh_binh_dang"]
    assert len(bias) == 63, "Sub-Index 6 is Cạnh tranh bình đẳng in 2013-2014"


def test_vcci_pci_2010_xls(tmp_path: Path, warehouse: Path):
    table = warehouse_table(warehouse, "pci", 2010)
    path = write_xls(tmp_path / "PCI_2010.xls", vcci_sheets(table, 2010, unweighted=True))
    report = preview_import(path, "vcci_pci_workbook", None, None, RAW_DIR, warehouse)
    assert report.year == 2010
    assert identical(report) == 63 * 11
    hcm = report.preview[report.preview["province"] == "Hồ Chí Minh"].iloc[0]
    assert hcm["pci_unweighted"] != ""


@pytest.fixture(scope="module")
def papi_2011_2016(tmp_path_factory: pytest.TempPathFactory, warehouse: Path) -> Path:
    tables = {year: warehouse_table(warehouse, "papi", year) for year in range(2011, 2017)}
    return papi_workbook_2011_2016(tmp_path_factory.mktemp("papi") / "PAPI_2011-2016.xlsx", tables)


@pytest.mark.parametrize("year", range(2011, 2017))
def test_undp_papi_2011_2016_every_year(papi_2011_2016: Path, warehouse: Path, year: int):
    report = preview_import(papi_2011_2016, "undp_papi_workbook", None, year, RAW_DIR, warehouse)
    assert report.year == year
    assert identical(report) == len(report.diff)
    assert set(report.diff["indicator"]) == {"total", "d1", "d2", "d3", "d4", "d5", "d6"}


def test_undp_papi_2014_blank_provinces_stay_missing(papi_2011_2016: Path, warehouse: Path):
    report = preview_import(papi_2011_2016, "undp_papi_workbook", None, 2014, RAW_DIR, warehouse)
    blank = report.preview[report.preview["province"].isin(["Bắc Giang", "Đồng Tháp"])]
    assert list(blank["score"]) == ["", ""]
    assert identical(report) == 61 * 7
    quang_tri = report.diff[(report.diff["province"] == "Quảng Trị") & (report.diff["indicator"] == "total")]
    assert round(quang_tri["value"].iloc[0], 2) == 39.84


def test_undp_papi_workbook_needs_the_year(papi_2011_2016: Path, warehouse: Path):
    report = preview_import(papi_2011_2016, "undp_papi_workbook", None, None, RAW_DIR, warehouse)
    assert [str(p) for p in report.problems] == [
        "PAPI_2011-2016.xlsx: PAPI_2011-2016.xlsx: the sheets '2011_PAPI', '2012_PAPI', '2013_PAPI', '2014_PAPI', "
        "'2015_PAPI', '2016_PAPI' each hold a year; say which with --year (the file name is not read for the year)"]
    assert report.verdict == "refused"


def pci_2016_problems(tmp_path: Path, warehouse: Path, spoil: Callable[[dict[str, list[list]]], None]) -> list[str]:
    """The problems of PCI 2016 in VCCI's layout after `spoil` changed its sheets."""
    sheets = vcci_sheets(warehouse_table(warehouse, "pci", 2016), 2016)
    spoil(sheets)
    path = write_xlsx(tmp_path / "PCI_2016.xlsx", sheets)
    return [str(p) for p in preview_import(path, "vcci_pci_workbook", None, None, RAW_DIR, warehouse).problems]


def test_an_unmatched_sub_index_sheet_is_an_error(tmp_path: Path, warehouse: Path):
    # A sheet holding a sub-index's 63 figures under a name the spec does not know would lose them silently.
    def rename(sheets: dict[str, list[list]]) -> None:
        sheets["CSTP số 8"] = sheets.pop("Dịch vụ hỗ trợ DN")

    assert pci_2016_problems(tmp_path, warehouse, rename) == [
        "PCI_2016.xlsx [CSTP số 8]: sheet 'CSTP số 8' has a value column C (Chỉ số thành phần 8) but its name is not "
        "a PCI sub-index; add the name to the spec's aliases (its figures would be lost)"]


def test_a_repeated_row_with_other_figures_is_a_duplicate(tmp_path: Path, warehouse: Path):
    def change_the_repeat(sheets: dict[str, list[list]]) -> None:
        sheet = sheets["Tiếp cận đất đai"]
        sheet[-4] = [*sheet[-4][:2], 1.5]  # the repeated first row, its figure deliberately changed

    assert pci_2016_problems(tmp_path, warehouse, change_the_repeat) == [
        "PCI_2016.xlsx [Tiếp cận đất đai], row 67, value '1.5': tiep_can_dat_dai for Đà Nẵng is given twice with "
        "different figures: 1.5 here, 6.291233 at PCI_2016.xlsx [PCI 2016] row 12"]


def test_vcci_pci_2007_summary_on_the_second_sheet_with_one_province_column(tmp_path: Path, warehouse: Path):
    # PCI 2005-2007 put the table on the workbook's second sheet, one province column, rows in rank order.
    table = warehouse_table(warehouse, "pci", 2007)
    subs = pci_subindices(2007)
    rows = [["STT", "Tỉnh", *[i.name_vi for i in subs], "PCI 2007", "Xếp hạng"]]
    rows += [[n, name, *[r[i.code] for i in subs], r["total"], r["rank"]]
             for n, (name, r) in enumerate(table.items(), start=1)]
    path = write_xls(tmp_path / "PCI_2007.xls", {"Giới thiệu": [["Chỉ số năng lực cạnh tranh cấp tỉnh 2007"]],
                                                 "Xếp hạng PCI 2007": rows})
    report = preview_import(path, "vcci_pci_workbook", None, None, RAW_DIR, warehouse)
    assert report.year == 2007
    assert identical(report) == len(table) * (1 + len(subs))
    assert "sheet 'Giới thiệu' not read: its name is not a PCI sub-index" in report.notes


def test_undp_papi_workbook_without_the_year_asked_for(papi_2011_2016: Path, warehouse: Path):
    report = preview_import(papi_2011_2016, "undp_papi_workbook", None, 2019, RAW_DIR, warehouse)
    assert [str(p) for p in report.problems] == [
        "PAPI_2011-2016.xlsx: PAPI_2011-2016.xlsx: no sheet for 2019; the sheets of years are '2011_PAPI', "
        "'2012_PAPI', '2013_PAPI', '2014_PAPI', '2015_PAPI', '2016_PAPI'"]
