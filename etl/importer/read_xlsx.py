"""Excel workbooks through openpyxl: cached values only, merged cells filled from their top-left cell.

The workbook is opened twice: once for the values Excel saved (`data_only=True`) and once for the
formulas, so a formula that was never calculated is named instead of read as a blank, and a formula
whose saved result is 0 or empty over inputs that are all blank (a SUM of a province nobody surveyed)
is read as missing, never as a published 0.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.formula import Tokenizer
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook

from etl.importer.grid import Grid, ReadError
from etl.importer.guard import check_grid, check_xlsx_sheets, check_zip, read_limited

MAX_INPUTS = 100_000


def _inputs_blank(values: Workbook, sheet: str, formula: str) -> bool:
    """Whether every cell the formula refers to is empty; False when it refers to nothing it can check
    (no reference, a defined name, another workbook)."""
    refs = [t.value for t in Tokenizer(formula).items if t.type == "OPERAND" and t.subtype == "RANGE"]
    if not refs:
        return False
    for ref in refs:
        where, _, cells = ref.rpartition("!")
        name = where.strip("'").replace("''", "'") if where else sheet
        if name not in values.sheetnames or "[" in where:
            return False
        try:
            min_col, min_row, max_col, max_row = range_boundaries(cells.replace("$", ""))
        except ValueError:
            return False
        if None in (min_col, min_row, max_col, max_row) or \
                (max_col - min_col + 1) * (max_row - min_row + 1) > MAX_INPUTS:
            return False
        ws = values[name]
        for row in ws.iter_rows(min_row=min_row, max_row=max_row, min_col=min_col, max_col=max_col, values_only=True):
            if any(v is not None and str(v).strip() for v in row):
                return False
    return True


def read_xlsx(path: Path, label: str) -> list[Grid]:
    """Every sheet of the workbook as a Grid, in workbook order (read in a limited child process)."""
    return read_limited(_read_xlsx, path, label)


def _read_xlsx(path: Path, label: str) -> list[Grid]:
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
        no_value, blank_inputs = {}, {}
        for row in formulas[ws.title].iter_rows():
            for c in (c for c in row if c.data_type == "f"):
                cached = ws.cell(c.row, c.column).value
                if cached in (None, 0, "") and _inputs_blank(values, ws.title, str(c.value)):
                    cells[c.row - 1][c.column - 1] = None
                    blank_inputs[(c.row - 1, c.column - 1)] = str(c.value)
                elif cached is None:
                    no_value[(c.row - 1, c.column - 1)] = str(c.value)
        for merged in ws.merged_cells.ranges:
            min_col, min_row, max_col, max_row = merged.bounds
            top_left = cells[min_row - 1][min_col - 1]
            for r in range(min_row - 1, max_row):
                for c in range(min_col - 1, max_col):
                    cells[r][c] = top_left
                    if (min_row - 1, min_col - 1) in percent:
                        percent.add((r, c))
        grids.append(Grid(label, ws.title, cells, percent, no_value, blank_inputs=blank_inputs))
    return grids
