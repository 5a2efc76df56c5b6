"""CSV files into a grid: UTF-8 (with or without BOM), comma or semicolon separated, as text."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from etl.importer.grid import Grid, ReadError
from etl.importer.guard import check_grid, read_limited


def read_csv_grid(path: Path, label: str) -> list[Grid]:
    """The file as one grid (read in a limited child process)."""
    return read_limited(_read_csv_grid, path, label)


def _read_csv_grid(path: Path, label: str) -> list[Grid]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ReadError(f"{label}: not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
                        "save the file as UTF-8") from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    check_grid(f"{label} [csv]", len(rows), max((len(r) for r in rows), default=0))
    return [Grid(label, "csv", [[cell if cell.strip() else None for cell in row] for row in rows])]
