"""Each publisher layout, written with openpyxl / HTML / CSV from warehouse values, imports back to
the same values: merged headers, spacer and totals rows, percent fractions, decimal commas, and
every spelling of the alias table."""

from __future__ import annotations

from pathlib import Path

from etl.importer import preview_import
from etl.paths import RAW_DIR
from tests.importer.builders import annex_workbook, dti_html, papi_workbook, tidy_csv, vcci_workbook, warehouse_table

SPELLINGS = {"Hồ Chí Minh": "Tp.HCM", "Thừa Thiên Huế": "TT.Huế", "Bà Rịa - Vũng Tàu": "BRVT",
             "Bắc Kạn": "Bắc Cạn", "Hà Nội": "Ha Noi", "Quảng Ninh": "QNINH", "Đà Nẵng": "TP. Đà Nẵng"}


def counts(report) -> dict[str, int]:
    return report.counts


def test_vcci_round_trip_of_pci_2016_is_identical(tmp_path: Path, warehouse: Path):
    table = warehouse_table(warehouse, "pci", 2016)
    path = vcci_workbook(tmp_path / "PCI_2016.xlsx", table, 2016)
    report = preview_import(path, "vcci_pci_workbook", None, None, RAW_DIR, warehouse)
    assert report.problems == []
    assert report.year == 2016, "the year is read from the header 'PCI 2016'"
    totals = report.diff[report.diff["indicator"] == "total"]
    assert totals["change"].value_counts().to_dict() == {"identical": 63}
    assert counts(report) == {"new": 0, "changed": 0, "identical": 63 * 11, "conflict": 0}
    top = totals[totals["rank"] == 1].iloc[0]
    assert (top["province"], round(top["value"], 2), top["warehouse_source"].split()[0]) == ("Đà Nẵng", 70.00,
                                                                                           "pci_2016")
    assert report.verdict == "nothing_new"


def test_every_spelling_resolves(tmp_path: Path, warehouse: Path):
    table = warehouse_table(warehouse, "pci", 2016)
    path = vcci_workbook(tmp_path / "PCI_2016.xlsx", table, 2016, names=SPELLINGS)
    report = preview_import(path, "vcci_pci_workbook", None, 2016, RAW_DIR, warehouse)
    assert report.problems == []
    assert counts(report)["identical"] == 693
    assert set(SPELLINGS.values()) <= set(report.preview["province"])


def test_papi_2023_in_rows_and_in_columns(tmp_path: Path, warehouse: Path):
    table = warehouse_table(warehouse, "papi", 2023)
    for spec, transposed in (("undp_papi_workbook", False), ("undp_papi_workbook_transposed", True)):
        path = papi_workbook(tmp_path / f"papi_{transposed}.xlsx", table, 2023, transposed=transposed)
        report = preview_import(path, spec, None, 2023, RAW_DIR, warehouse)
        assert report.problems == [], spec
        assert counts(report) == {"new": 0, "changed": 0, "identical": 61 * 9, "conflict": 0}, spec
        hue = report.diff[(report.diff["indicator"] == "total") & (report.diff["province"] == "Thừa Thiên Huế")]
        assert round(hue["value"].iloc[0], 2) == 46.04
        blank = report.preview[report.preview["province"].isin(["Quảng Ninh", "Bình Dương"])]
        assert list(blank["score"]) == ["", ""], "missing provinces stay blank, not zero"


def test_moha_annex_with_merged_header_percent_and_decimal_commas(tmp_path: Path, warehouse: Path):
    table = warehouse_table(warehouse, "par_index", 2023)
    rows = []
    for name, row in table.items():
        score = row.get("total")
        if name == "Hà Nội":
            score = f"{score:.2f}".replace(".", ",")
        elif score is not None:
            score = score / 100
        rows.append((name, score, row.get("rank")))
    path = annex_workbook(tmp_path / "phu_luc_par_index_2023.xlsx", rows, "PAR INDEX 2023", percent=True)
    report = preview_import(path, "moha_annex_table", "par_index", None, RAW_DIR, warehouse)
    assert report.problems == []
    assert report.year == 2023
    qn = report.preview[report.preview["province"] == "Quảng Ninh"].iloc[0]
    assert (qn["score"], qn["rank"]) == ("92.18", "1")
    assert report.preview[report.preview["province"] == "Hà Nội"].iloc[0]["score"] == "91.43"
    assert counts(report)["conflict"] == 0 and counts(report)["new"] == 0
    assert report.verdict == "nothing_new"


def test_dti_html_table(tmp_path: Path, warehouse: Path):
    table = warehouse_table(warehouse, "dti", 2022)
    rows = [(name, row.get("total"), row.get("rank")) for name, row in table.items()]
    path = dti_html(tmp_path / "dti_2022.html", rows, 2022)
    report = preview_import(path, "dti_html_table", None, None, RAW_DIR, warehouse)
    assert report.problems == []
    totals = report.diff[report.diff["indicator"] == "total"]
    assert totals["change"].value_counts().to_dict() == {"identical": 63}
    first = totals[totals["rank"] == 1].iloc[0]
    assert (first["province"], first["value"]) == ("Đà Nẵng", 0.8002)
    assert int(totals["value"].notna().sum()) == 10, "DTI 2022 scores are published for 10 provinces"


def test_tidy_csv_with_pci_codes(tmp_path: Path, warehouse: Path):
    table = warehouse_table(warehouse, "pci", 2021)
    top = list(table.items())[:3]
    lines = [("QNINH" if name == "Quảng Ninh" else name, "total", row["total"], row["rank"]) for name, row in top]
    lines.append(("Hải Phòng", "Gia nhập thị trường", table["Hải Phòng"]["gia_nhap_thi_truong"], None))
    path = tidy_csv(tmp_path / "pci_2021.csv", lines)
    report = preview_import(path, "tidy_csv", "pci", 2021, RAW_DIR, warehouse)
    assert report.problems == []
    assert [p for p, *_ in top] == ["Quảng Ninh", "Hải Phòng", "Đồng Tháp"]
    assert round(report.diff.iloc[0]["value"], 2) == 73.02
    assert counts(report) == {"new": 0, "changed": 0, "identical": 4, "conflict": 0}
