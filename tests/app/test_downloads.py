"""The Data page's files: CSV with a BOM, Parquet and Excel carry the same rows (real figures), Excel is made
on request, and every file comes with the README of columns, statuses, method breaks and citations."""

from __future__ import annotations

import io

import pandas as pd
from openpyxl import load_workbook

from etl.paths import WAREHOUSE
from metrics import export
from metrics.connection import open_warehouse
from ui import downloads


def pci_2021_top(frame: pd.DataFrame) -> list[tuple[str, float]]:
    top = frame[(frame["year"] == 2021) & (frame["indicator_code"] == "total")].sort_values("rank").head(2)
    return [(n, round(float(v), 2)) for n, v in zip(top["province_name"], top["value"], strict=True)]


def test_csv_parquet_and_excel_hold_the_same_real_rows():
    con = open_warehouse(WAREHOUSE)
    frame = export.long_table(con, ["pci"], 2021, 2021, "63")
    csv = downloads.csv_bytes(frame)
    assert csv.startswith(b"\xef\xbb\xbf")
    from_csv = pd.read_csv(io.BytesIO(csv), encoding="utf-8-sig")
    from_parquet = pd.read_parquet(io.BytesIO(downloads.parquet_bytes(frame)))
    book = load_workbook(io.BytesIO(downloads.excel_bytes(frame)), read_only=True)
    rows = list(book["data"].values)
    from_excel = pd.DataFrame(rows[1:], columns=rows[0])
    for read in (from_csv, from_parquet, from_excel):
        assert len(read) == len(frame) == export.long_table_rows(con, ["pci"], 2021, 2021, "63")
        assert pci_2021_top(read) == [("Quảng Ninh", 73.02), ("Hải Phòng", 70.61)]
    readme = [r[0] for r in book["README"].values]
    assert any(line and line.startswith("- value_status: published | derived | not_published | missing")
               for line in readme)
    assert any(line and "PCI 2013" in line for line in readme), "method breaks are listed"


def test_excel_is_made_when_asked(open_page):
    at = open_page("data", lang="en", index="sipas")
    assert [b.key for b in at.button] == ["prep_xlsx"]
    assert [b.key for b in at.download_button] == ["dl_csv", "dl_parquet", "dl_readme", "dl_all"]
    at.button(key="prep_xlsx").click().run()
    assert not at.exception
    assert len(at.button) == 0, "the prepare button gives way to the Excel download"
    assert [b.key for b in at.download_button] == ["dl_csv", "dl_parquet", "dl_xlsx", "dl_readme", "dl_all"]
