"""The Data page's files: CSV with a BOM, Parquet and Excel carry the same rows (real figures), Excel is made
on request, and every file comes with the README of columns, statuses, method breaks and citations."""

from __future__ import annotations

import io
import warnings

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
    with open_warehouse(WAREHOUSE) as con:
        rows = export.long_table_rows(con)
    assert at.download_button(key="dl_all").label == f"Download everything (CSV, {rows} rows)"
    at.button(key="prep_xlsx").click().run()
    assert not at.exception
    assert len(at.button) == 0, "the prepare button gives way to the Excel download"
    assert [b.key for b in at.download_button] == ["dl_csv", "dl_parquet", "dl_xlsx", "dl_readme", "dl_all"]


def test_codes_read_as_text_and_ranks_say_what_they_are_out_of():
    """The whole download, read by pandas with no dtype hints: no mixed-type column, no code read as a number,
    and the ranks the app shows with what they are out of (Vĩnh Phúc PAR INDEX 2022: 7/63 and 4/11)."""
    con = open_warehouse(WAREHOUSE)
    csv = downloads.csv_bytes(export.long_table(con))
    with warnings.catch_warnings():
        warnings.simplefilter("error", pd.errors.DtypeWarning)
        frame = pd.read_csv(io.BytesIO(csv), encoding="utf-8-sig")
    assert set(frame["geography"]) == {"provinces_63", "provinces_34", "historical"}
    row = frame[(frame["province_key"] == "VN-63-26") & (frame["index_code"] == "par_index")
                & (frame["year"] == 2022) & (frame["indicator_code"] == "total")]
    assert len(row) == 1
    assert row[["province_name", "province_iso", "rank", "rank_of", "region_rank", "region_size"]].iloc[0].tolist() == [
        "Vĩnh Phúc", "VN-70", 7, 63, 4, 11]
    assert row[["region", "region_en"]].iloc[0].tolist() == ["Đồng bằng sông Hồng", "Red River Delta"]
    assert frame[frame["province_key"] == "VN-63-01"]["province_iso"].iloc[0] == "VN-HN"


def test_the_34_province_figures_the_app_shows_are_in_the_download():
    con = open_warehouse(WAREHOUSE)
    frame = export.long_table(con, ["dti"], 2024, 2024, "34", components=False)
    assert set(frame["geography"]) == {"provinces_34"}
    top = frame.sort_values("rank").head(2)
    assert top["province_name"].tolist() == ["Hà Nội", "Huế"] and top["rank_of"].tolist() == [34, 34]
    derived = export.long_table(con, ["pci"], 2021, 2021, "34", components=False)
    phu_tho = derived[derived["province_key"] == "VN-34-25"].iloc[0]
    assert phu_tho["value_status"] == "derived" and phu_tho["rank_of"] == 34


def test_the_data_page_filters_by_province_and_indicator(open_page):
    at = open_page("data", index="papi")
    at.multiselect(key="data_provinces").set_value(["63-26"]).run()
    at.multiselect(key="data_indicators").set_value(["papi:d2"]).run()
    preview = at.dataframe[0].value
    assert list(preview.columns) == ["Tỉnh, thành phố", "Chỉ số", "Chỉ tiêu", "Năm", "Điểm", "Hạng"]
    assert set(preview["Tỉnh, thành phố"]) == {"Vĩnh Phúc"} and set(preview["Chỉ tiêu"]) == {"Công khai, minh bạch"}
    assert sorted(preview["Năm"]) == [str(y) for y in range(2011, 2025)]
    assert at.caption[0].value.startswith("Xem trước: 14 dòng, 6 trong 25 cột")
    with open_warehouse(WAREHOUSE) as con:
        first = export.long_table(con, ["papi"], 1900, 2100, "63", provinces=["63-26"], indicators=["papi:d2"])
    assert preview["Điểm"].iloc[0] == f"{first['value'].iloc[0]:.2f}" != str(first["value"].iloc[0])  # 2 decimals


def test_the_readme_states_dti_2022_coverage_as_the_warehouse_holds_it():
    # The README beside every download said 6 scores while the warehouse held 10.
    con = open_warehouse(WAREHOUSE)
    scores, ranks = con.execute(
        "SELECT count(value), count(rank) FROM ranked_value WHERE index_code = 'dti' AND year = 2022 "
        "AND indicator_code = 'total' AND geography = '63'").fetchone()
    assert (scores, ranks) == (10, 63)
    text = " ".join(downloads.readme_text().split())
    assert f"DTI 2022 has all ranks but {scores} scores" in text
