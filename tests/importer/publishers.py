"""Workbooks in the layouts VCCI and UNDP publish, written by the tests from the warehouse's own figures.

What each layout holds comes from the publishers' files (PCI 2005-2016, PAPI 2011-2016): VCCI's summary
sheet "PCI <year>" with every value column sorted on its own and its own province column just to its left
(blank header), the rows VCCI prints below it, one sheet per sub-index with a row of variable codes and
statistics rows; UNDP's sheet per year with two header rows (Vietnamese, English), the province header
`tentinh_vie`, a SUM formula for the total, and "Điểm cao nhất" / "Highest" rows. Every figure is the
warehouse's; the statistics rows (median, min, max, highest) are computed from those figures.
"""

from __future__ import annotations

import statistics
from pathlib import Path

import xlwt
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from etl.catalogue import load_catalogue
from etl.names import fold
from tests.importer.builders import pci_subindices, with_cached_values

# VCCI's own sheet names where they are not the catalogue's (found in the published workbooks).
VCCI_SHEETS = {"gia_nhap_thi_truong": "Chi phí gia nhập thị trường", "ho_tro_doanh_nghiep": "Dịch vụ hỗ trợ DN"}
PAPI_DIMS = {2011: 6, 2012: 6, 2013: 6, 2014: 6, 2015: 6, 2016: 6}


def _sorted(table: dict[str, dict], key: str) -> list[tuple[str, dict]]:
    """The provinces with a figure for `key`, best first, as VCCI sorts each column."""
    return sorted(((n, r) for n, r in table.items() if r.get(key) is not None), key=lambda item: -item[1][key])


def vcci_summary(table: dict[str, dict], year: int, unweighted: bool = False,
                 header: str | None = None) -> list[list]:
    """The summary sheet: Thứ tự | Tỉnh | sub-index 1 | (blank) | sub-index 2 | ... | (blank) | PCI <year> |
    Xếp hạng | Nhóm xếp hạng, each (province, value) pair sorted on its own; then a blank row, the header
    again, one province's row and the row of its ranks titled "Thứ tự". `header` ("Sub-Index {n}") heads
    the sub-index columns instead of their names."""
    subs = pci_subindices(year)
    names = [ind.name_vi if header is None else header.format(n=n) for n, ind in enumerate(subs, start=1)]
    header = ["Thứ tự", "Tỉnh"]
    for i, name in enumerate(names):
        header += ([] if i == 0 else [None]) + [name]
    header += [None, f"PCI {year}", "Xếp hạng", "Nhóm xếp hạng"] + (["PCI chưa có trọng số"] if unweighted else [])
    columns = [_sorted(table, ind.code) for ind in subs]
    total = _sorted(table, "total")
    rows = [header]
    for position in range(len(total)):
        line: list = [position + 1]
        for ind, ordered in zip(subs, columns, strict=True):
            name, row = ordered[position]
            line += [name, row[ind.code]]
        name, row = total[position]
        line += [name, row["total"], row["rank"], row.get("tier")] + ([row["pci_unweighted"]] if unweighted else [])
        rows.append(line)
    shown = total[0][0]
    rows += [[], header, [None, shown] + [v for ind in subs for v in (table[shown][ind.code], None)][:-1]
             + [None, table[shown]["total"], table[shown]["rank"], table[shown].get("tier")]]
    ranks = ["Thứ tự", None]
    for ordered in columns:
        ranks += [[n for n, _ in ordered].index(shown) + 1, None]
    rows.append(ranks[:-1])
    return rows


def vcci_subindex_sheet(table: dict[str, dict], code: str, number: int, header: str) -> list[list]:
    """One sub-index sheet: PCI ID | Tỉnh | <header>, a blank row, the variable codes, the 63 rows, the first
    province's row again, then Median / Min / Max of the column."""
    values = [r[code] for r in table.values() if r.get(code) is not None]
    rows = [["PCI ID", "Tỉnh", header], [], ["pci_id", "tinh", f"sub{number}_{code.split('_')[0]}"]]
    rows += [[r["code"], name, r[code]] for name, r in table.items()]
    first = next(iter(table))
    rows.append([table[first]["code"], first, table[first][code]])
    rows += [[None, "Median", statistics.median(values)], [None, "Min", min(values)], [None, "Max", max(values)]]
    return rows


def vcci_sheets(table: dict[str, dict], year: int, header: str = "Chỉ số thành phần {n}",
                unweighted: bool = False) -> dict[str, list[list]]:
    sheets = {f"PCI {year}": vcci_summary(table, year, unweighted)}
    for number, ind in enumerate(pci_subindices(year), start=1):
        name = VCCI_SHEETS.get(ind.code, ind.name_vi)[:31]
        sheets[name] = vcci_subindex_sheet(table, ind.code, number, header.format(n=number))
    return sheets


def write_xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def write_xls(path: Path, sheets: dict[str, list[list]]) -> Path:
    """The same sheets as an Excel 97-2003 workbook, as VCCI published PCI 2005-2011."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, rows in sheets.items():
        ws = book.add_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    ws.write(r, c, value)
    book.save(str(path))
    return path


def papi_sheet(table: dict[str, dict], year: int) -> tuple[list[list], list[int]]:
    """One year of UNDP's workbook: two header rows (Vietnamese with variable names, then English), No. |
    tentinh_eng | tentinh_vie | the six dimensions | the total as =SUM of them; then "Điểm cao nhất" /
    "Highest" rows. Returns the rows and the sheet rows whose SUM is over blank dimensions."""
    papi = load_catalogue().index("papi")
    dims = [papi.indicator(f"d{i}") for i in range(1, PAPI_DIMS[year] + 1)]
    vi = ["STT", "tentinh_eng", "tentinh_vie", *[f"Lĩnh vực nội dung {i}: {d.name_vi}" for i, d in
                                                 enumerate(dims, start=1)], f"Tổng điểm PAPI {year}"]
    en = ["No.", "Province", "Tỉnh/Thành phố", *[f"Dimension {i}: {d.name_en}" for i, d in enumerate(dims, start=1)],
          f"PAPI {year} (unweighted sum)"]
    rows, blank = [vi, en], []
    last = get_column_letter(3 + len(dims))
    for number, (name, row) in enumerate(sorted(table.items(), key=lambda kv: kv[1]["code"]), start=1):
        line = len(rows) + 1
        figures = [row.get(d.code) for d in dims]
        if all(f is None for f in figures):
            blank.append(line)
        rows.append([number, fold(name), name, *figures, f"=SUM(D{line}:{last}{line})"])
    highest = [max(r[d.code] for r in table.values() if r.get(d.code) is not None) for d in dims]
    rows.append([None, "Highest", "Điểm cao nhất", *highest, None])
    return rows, blank


def papi_workbook_2011_2016(path: Path, tables: dict[int, dict[str, dict]]) -> Path:
    """UNDP's PAPI_2011-2016.xlsx: a sheet per year named '<year>_PAPI', each total a SUM formula whose saved
    result is the published total (0 where the dimensions are blank, as Excel saves it)."""
    sheets, cached = {}, {}
    for number, (year, table) in enumerate(sorted(tables.items()), start=1):
        rows, blank = papi_sheet(table, year)
        sheets[f"{year}_PAPI"] = rows
        total_col = get_column_letter(len(rows[0]))
        by_line = {len(rows[:2]) + i + 1: r for i, (_, r) in enumerate(sorted(table.items(),
                                                                          key=lambda kv: kv[1]["code"]))}
        cached[f"sheet{number}.xml"] = {f"{total_col}{line}": 0 if line in blank else row["total"]
                                        for line, row in by_line.items()}
    write_xlsx(path, sheets)
    for sheet_file, cells in cached.items():
        with_cached_values(path, cells, sheet_file)
    return path
