"""Files in the publishers' layouts, written by the tests from values read out of the built warehouse.

Every figure comes from the warehouse (so no number is invented); only the layout is synthetic.
The few deliberately wrong cells of the bad-file tests are marked where they are made.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from etl.catalogue import load_catalogue

VALUES_SQL = """
SELECT p.name_vi, p.code, f.indicator_code, f.value, f.rank, f.tier
FROM fact_value f JOIN dim_province p USING (province_id)
WHERE f.index_code = ? AND f.year = ?
ORDER BY f.rank NULLS LAST, p.code
"""


def warehouse_table(warehouse: Path, index: str, year: int) -> dict[str, dict]:
    """{province name: {'code':…, indicator: value, 'rank': rank, 'tier': tier}} in rank order."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = con.execute(VALUES_SQL, [index, year]).fetchall()
    finally:
        con.close()
    out: dict[str, dict] = {}
    for name, code, indicator, value, rank, tier in rows:
        entry = out.setdefault(name, {"code": code})
        entry[indicator] = value
        if indicator == "total":
            entry.update(rank=rank, tier=tier)
    return dict(sorted(out.items(), key=lambda kv: (kv[1].get("rank") or 999, kv[1]["code"])))


def pci_subindices(year: int) -> list:
    return [i for i in load_catalogue().index("pci").indicators if i.parent == "total" and i.exists_in(year)]


def vcci_workbook(path: Path, table: dict[str, dict], year: int, names: dict[str, str] | None = None) -> Path:
    """VCCI layout: a summary sheet (with a title, a blank spacer row and an average row at the end)
    and a sheet per sub-index with 'PCI ID, Tỉnh, Chỉ số thành phần N'. `names` respells provinces."""
    names = names or {}
    wb = Workbook()
    summary: Worksheet = wb.active
    summary.title = "Tổng hợp"
    summary.append([f"Bảng xếp hạng PCI {year}"])
    summary.append([])
    summary.append(["PCI ID", "Tỉnh", f"PCI {year}", "Xếp hạng", "Nhóm xếp hạng"])
    for name, row in table.items():
        summary.append([row["code"], names.get(name, name), row["total"], row["rank"], row["tier"]])
    summary.append(["", "Trung bình", None, None, None])
    for number, ind in enumerate(pci_subindices(year), start=1):
        sheet = wb.create_sheet(ind.name_vi[:31])
        sheet.append(["PCI ID", "Tỉnh", f"Chỉ số thành phần {number}"])
        for name, row in table.items():
            sheet.append([row["code"], "TP. Hồ Chí Minh" if name == "Hồ Chí Minh" else name, row[ind.code]])
    wb.save(path)
    return path


def papi_workbook(path: Path, table: dict[str, dict], year: int, transposed: bool = False) -> Path:
    """PAPI layout, provinces in rows (or in columns when `transposed`); blank cells stay blank."""
    dims = [f"d{i}" for i in range(1, 9)]
    papi = load_catalogue().index("papi")
    header = ["Tỉnh/Thành phố", f"PAPI {year}"] + [
        f"Lĩnh vực nội dung {d[1]}: {papi.indicator(d).name_vi}" for d in dims]
    lines = [[name, row.get("total"), *[row.get(d) for d in dims]] for name, row in table.items()]
    wb = Workbook()
    ws = wb.active
    if transposed:
        for r, label in enumerate(header):
            ws.append([label, *[line[r] for line in lines]])
    else:
        ws.append(header)
        for line in lines:
            ws.append(line)
    wb.save(path)
    return path


def annex_workbook(path: Path, rows: list[tuple[str, object, object]], title: str, percent: bool = False) -> Path:
    """The Bộ Nội vụ annex: 'STT | Tỉnh, thành phố | Điểm | Xếp hạng' under merged header cells,
    a blank spacer row after the header and a 'Cả nước' row at the end."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    ws.append(["STT", "Tỉnh, thành phố", title, None])
    ws.append([None, None, "Điểm", "Xếp hạng"])
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:B2")
    ws.merge_cells("C1:D1")
    ws.append([])
    for number, (name, score, rank) in enumerate(rows, start=1):
        ws.append([number, name, score, rank])
        if percent and isinstance(score, float):
            ws.cell(ws.max_row, 3).number_format = "0.00%"
    ws.append([None, "Cả nước", None, None])
    wb.save(path)
    return path


def dti_html(path: Path, rows: list[tuple[str, object, object]], year: int) -> Path:
    """The dti.gov.vn ranking table with a two-row header (rowspan/colspan)."""
    body = "".join(f"<tr><td>{rank}</td><td>{name}</td><td>{'' if score is None else score}</td></tr>"
                   for name, score, rank in rows)
    path.write_text(
        "<html><body><h1>Xếp hạng DTI</h1><table>"
        f"<thead><tr><th rowspan='2'>Xếp hạng</th><th rowspan='2'>Tỉnh, thành phố</th><th>DTI {year}</th></tr>"
        "<tr><th>Điểm</th></tr></thead>"
        f"<tbody>{body}</tbody></table></body></html>", encoding="utf-8")
    return path


def tidy_csv(path: Path, lines: list[tuple[str, str, object, object]]) -> Path:
    text = "province,indicator,value,rank\n" + "".join(
        f"{p},{i},{'' if v is None else v},{'' if r is None else r}\n" for p, i, v, r in lines)
    path.write_text(text, encoding="utf-8")
    return path


def with_cached_values(path: Path, cached: dict[str, object], sheet_file: str = "sheet1.xml") -> Path:
    """Give formula cells the result Excel would have saved (openpyxl writes formulas without one), as
    `<v>` after the cell's `<f>`: {"H3": 0} makes a SUM over blank cells look as Excel stores it."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    name = f"xl/worksheets/{sheet_file}"
    xml = parts[name].decode("utf-8")
    for cell, value in cached.items():
        xml, count = re.subn(rf'(<c r="{cell}"[^>]*>)(<f>[^<]*</f>)<v\s*/>', rf"\g<1>\g<2><v>{value}</v>", xml)
        assert count == 1, f"no formula cell {cell} in {name}"
    parts[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, data)
    return path
