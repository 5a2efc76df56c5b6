"""Download payloads: CSV with a BOM (Excel reads Vietnamese), Parquet, Excel, and the README beside them."""

from __future__ import annotations

import io

import pandas as pd
import streamlit as st
from openpyxl import Workbook

from metrics import export
from ui import data

COLUMNS_DOC = """Columns (type in brackets; every code is text: read province_code as text to keep its leading zero,
e.g. pandas.read_csv(..., dtype={"province_code": str}), or use province_key)
- province_code (text): GSO code of the province, two digits with a leading zero ("01" = Hà Nội)
- province_key (text): unambiguous key "VN-<geography>-<GSO code>", e.g. VN-63-01 (Hà Nội, 63 provinces),
  VN-34-25 (Phú Thọ, 34 provinces), VN-historical-28 (Hà Tây)
- province_iso (text): ISO 3166-2 code (VN-HN, VN-70 …) of the 63 provinces; empty for the 34 and Hà Tây
- province_name, province_name_en (text); region, region_en (text): one of the 6 socio-economic regions
  (Nghị quyết 81/2023/QH15), in Vietnamese and in English
- geography (text): provinces_63 (2008-08-01 to 2025-06-30), provinces_34 (from 2025-07-01; figures of a merged
  province are published, or derived as the mean of its former provinces when all have one), historical (Hà Tây,
  to 2008, shown with the 63)
- index_code, index_name, indicator_code (total = headline), indicator_name_vi, indicator_name_en (text); year
  (integer)
- value (decimal): the figure; empty when the source has none
- value_status: published | derived | not_published | missing (text)
    published: read from the publisher's table or a source that reports it
    derived: computed by us or by the data compiler (PAPI 2017-2024 totals and dimensions are sums of
             published sub-dimensions; 34-province means; ranks computed from complete tables)
    not_published: withheld by the publisher; missing: not in our sources (never zero)
- rank (integer): the rank the app shows (as printed, or computed from the values); rank_of (integer): the
  number it is out of; rank_partial (true/false): true when computed over a partial table (rank_of is then the
  number of provinces with a value, not the whole country); rank_status (text): published | derived
- region_rank, region_size (integers): rank within the region and the number of provinces it is out of;
  region_rank_basis (text): published (printed by a source) | computed
- source_url, source_id (text): where the figure comes from (see the Sources page of the app)
"""


MIME = {"csv": "text/csv", "parquet": "application/octet-stream",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def payload(fmt: str, indices: tuple[str, ...] | None, year_from: int, year_to: int,
            geography: str | None, provinces: tuple[str, ...] | None = None,
            indicators: tuple[str, ...] | None = None) -> bytes:
    """The file, built in the page run and cached per selection and warehouse version. Not a deferred callable:
    Streamlit 1.67 ties a deferred file to no session and drops it after any two script runs of any session, so
    on a busy server the browser's request for it got a 404 (found by bench/load.py)."""
    return _payload(fmt, data.warehouse().version(), indices, year_from, year_to, geography, provinces, indicators)


@st.cache_data(max_entries=16, show_spinner=False)
def _payload(fmt: str, version: str, indices: tuple[str, ...] | None, year_from: int, year_to: int,
             geography: str | None, provinces: tuple[str, ...] | None = None,
             indicators: tuple[str, ...] | None = None) -> bytes:
    frame = data.call(export.long_table, list(indices) if indices else None, year_from, year_to, geography,
                      provinces=list(provinces) if provinces else None,
                      indicators=list(indicators) if indicators else None)
    return {"csv": csv_bytes, "parquet": parquet_bytes, "xlsx": excel_bytes}[fmt](frame)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """RFC 4180 line ends (CRLF), so a field holding a CR is quoted instead of breaking its row."""
    return export.formula_safe(frame).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    frame.to_parquet(buf, index=False)
    return buf.getvalue()


def excel_bytes(frame: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        frame.to_excel(writer, index=False, sheet_name="data")
        pd.DataFrame({"README": readme_text().splitlines()}).to_excel(writer, index=False, sheet_name="README")
        text_not_formulas(writer.book)
    return buf.getvalue()


def text_not_formulas(book: Workbook) -> None:
    """openpyxl stores any text beginning with '=' as a live formula: store it as the text it is."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"


def readme_text() -> str:
    breaks = data.call(export.method_break_lines)
    cites = data.call(export.citation_lines)
    return "\n".join([
        "Vietnam provincial governance indices — long-format download", "", COLUMNS_DOC,
        "Method breaks (do not compare scores across them)", *breaks, "",
        "Citations", *cites,
        "- Map: administrative boundaries courtesy of geoBoundaries.org (Runfola et al. 2020), public domain", "",
        "Partial tables: PAR INDEX and SIPAS list only provinces named by official news; DTI 2022 has all ranks but",
        "10 scores; PCI 2023-2024 only provinces named in the press (VCCI publishes its top 30).",
    ])
