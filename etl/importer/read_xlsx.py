"""Excel workbooks through openpyxl: cached values only, merged cells filled from their top-left cell.

The workbook is opened twice: once for the values Excel saved (`data_only=True`) and once for the
formulas, so a formula that was never calculated is named instead of read as a blank.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from etl.importer.grid import Grid, ReadError
from etl.importer.guard import check_grid, check_xlsx_sheets, check_zip, read_limited


def read_xlsx(path: Path, label: str) -> list[Grid]:
    """Every sheet of the workbook as a Grid, in workbook order (read in a limited child process)."""
    return read_limited(_read_xlsx, path, label)


def _read_xlsx(path: Path, label: str) -> list[Grid]:
    if path.suffix.lower() == ".xls":
        raise ReadError(f"{label}: old Excel format (.xls) is not supported; open it in Excel or LibreOffice and "
                        "save as .xlsx (Excel Workbook), then import the .xlsx")
    check_zip(path, label)
    check_xlsx_sheets(path, label)
    try:
        values = load_workbook(path, data_only=True)
        formulas = load_workbook(path, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as err:
        raise ReadError(f"{label}: not a readable .xlsx workbook ({err}); save it again from Excel as .xlsx") from None
    grids = []
    for ws in values.worksheets:
        check_grid(f"{label} [{ws.title}]", ws.max_row, ws.max_column)
        cells = [[c.value for c in row] for row in ws.iter_rows()]
        percent = {(c.row - 1, c.column - 1) for row in ws.iter_rows() for c in row
                   if c.value is not None and "%" in str(c.number_format)}
        no_value = {(c.row - 1, c.column - 1): str(c.value) for row in formulas[ws.title].iter_rows() for c in row
                    if c.data_type == "f" and ws.cell(c.row, c.column).value is None}
        for merged in ws.merged_cells.ranges:
            min_col, min_row, max_col, max_row = merged.bounds
            top_left = cells[min_row - 1][min_col - 1]
            for r in range(min_row - 1, max_row):
                for c in range(min_col - 1, max_col):
                    cells[r][c] = top_left
                    if (min_row - 1, min_col - 1) in percent:
                        percent.add((r, c))
        grids.append(Grid(label, ws.title, cells, percent, no_value))
    return grids
