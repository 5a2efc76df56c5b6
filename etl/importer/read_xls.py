"""Old Excel workbooks (.xls, VCCI's PCI 2005-2011) through xlrd: the values Excel saved, percent-formatted
cells and merged cells filled from their top-left cell, as read_xlsx gives them for .xlsx."""

from __future__ import annotations

import struct
from pathlib import Path

import xlrd
from xlrd.compdoc import CompDocError

from etl.importer.grid import Grid, ReadError, Value
from etl.importer.guard import check_grid, read_limited
from etl.importer.read_xlsx import read_xlsx


def _value(cell: xlrd.sheet.Cell, datemode: int) -> Value:
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if cell.ctype == xlrd.XL_CELL_TEXT:
        return cell.value if cell.value.strip() else None
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#ERROR")
    if cell.ctype == xlrd.XL_CELL_DATE:
        return xlrd.xldate.xldate_as_datetime(cell.value, datemode).isoformat()
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    return float(cell.value)


def read_xls(path: Path, label: str) -> list[Grid]:
    """Every sheet of an .xls workbook as a Grid, in workbook order (read in a limited child process)."""
    return read_limited(_read_xls, path, label)


def _read_xls(path: Path, label: str) -> list[Grid]:
    try:
        try:
            book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
        except NotImplementedError:  # formats older than BIFF 5 carry no cell formats xlrd can read
            book = xlrd.open_workbook(str(path), on_demand=True)
    except (xlrd.XLRDError, CompDocError, OSError, AssertionError, IndexError, KeyError, ValueError, struct.error,
            UnicodeDecodeError) as err:
        raise ReadError(f"{label}: not a readable .xls workbook ({err}); open it in Excel or LibreOffice and save "
                        "it again") from None
    grids = []
    for index in range(book.nsheets):
        sheet = book.sheet_by_index(index)
        check_grid(f"{label} [{sheet.name}]", sheet.nrows, sheet.ncols)
        cells = [[_value(sheet.cell(r, c), book.datemode) for c in range(sheet.ncols)] for r in range(sheet.nrows)]
        percent = set()
        for r in range(sheet.nrows if book.formatting_info else 0):
            for c in range(sheet.ncols):
                xf = book.xf_list[sheet.cell_xf_index(r, c)]
                if cells[r][c] is not None and "%" in book.format_map[xf.format_key].format_str:
                    percent.add((r, c))
        for min_row, max_row, min_col, max_col in sheet.merged_cells:
            for r in range(min_row, max_row):
                for c in range(min_col, max_col):
                    cells[r][c] = cells[min_row][min_col]
        grids.append(Grid(label, sheet.name, cells, percent))
    book.release_resources()
    return grids


def read_workbook(path: Path, label: str) -> list[Grid]:
    """An Excel workbook of either format, by its suffix."""
    return read_xls(path, label) if path.suffix.lower() == ".xls" else read_xlsx(path, label)
