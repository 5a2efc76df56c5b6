"""Limits on what an uploaded file may make a reader do.

A 30 KB workbook with one cell at XFD1048576, a merged range A70:XFD1048576, 1.2 MB inflating to 1.1 GB, an
HTML cell with rowspan=100000 colspan=100000: each once ran for 10-40 s and ended in MemoryError. So a reader
checks what the file declares before building anything (`check_zip`, `check_xlsx_sheets`, `check_span`,
`check_grid`), and runs in a child process with a time and memory limit (`read_limited`), where any failure
becomes one line naming the file and the reason: never a traceback, never a server path.

For a new reader: write `_read_x(path, label) -> list[Grid]` calling the checks that fit, and export
`read_x = lambda path, label: read_limited(_read_x, path, label)` (a module-level function, as read_xlsx does).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
import resource
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from openpyxl.utils import column_index_from_string

from etl import paths
from etl.importer.grid import Grid, ReadError

MAX_ROWS = 20_000
MAX_COLUMNS = 2_000
MAX_CELLS = 2_000_000
MAX_UNZIPPED = 200 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 5_000
MAX_PIXELS = 60_000_000  # an A4 page scanned at 600 dpi is 35 million pixels
TIME_LIMIT = 60
MEMORY_LIMIT = 2 * 1024 ** 3
LIMITS = f"{MAX_ROWS:,} rows, {MAX_COLUMNS:,} columns and {MAX_CELLS:,} cells"
CELL_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")

Reader = Callable[[Path, str], list[Grid]]
CHILD = "from etl.importer.guard import main; main()"


def check_grid(where: str, rows: int, columns: int) -> None:
    """Refuse a sheet, table or merged range declared larger than an import reads."""
    if rows > MAX_ROWS or columns > MAX_COLUMNS or rows * columns > MAX_CELLS:
        raise ReadError(f"{where}: {rows:,} rows x {columns:,} columns is more than an import reads ({LIMITS}); "
                        "is this the publisher's table?")


def check_pixels(where: str, width: float, height: float) -> None:
    """Refuse an image, or a PDF page at the scan resolution, larger than a scanned page, before it is decoded:
    a 20 MB PNG can declare a billion pixels."""
    if width * height > MAX_PIXELS:
        declared = f"{width:,.0f} x {height:,.0f} pixels" if math.isfinite(width) else "an image"
        raise ReadError(f"{where}: {declared} is more than a scanned page ({MAX_PIXELS:,} pixels); scan the annex "
                        "at 150-300 dpi")


def check_span(where: str, row: int, column: int, rowspan: int, colspan: int, placed: int) -> None:
    """Refuse an HTML cell whose rowspan/colspan would reach past the grid limits (0-based row and column)."""
    if row + rowspan > MAX_ROWS or column + colspan > MAX_COLUMNS or placed + rowspan * colspan > MAX_CELLS:
        raise ReadError(f"{where}: row {row + 1}, column {column + 1}: rowspan={rowspan} colspan={colspan} spreads "
                        f"past what an import reads ({LIMITS})")


def check_zip(path: Path, label: str) -> None:
    """Refuse an archive whose members declare more than MAX_UNZIPPED bytes or inflate more than MAX_RATIO times
    (zipfile never returns more than a member declares, so the declared sizes bound the read)."""
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, OSError) as err:
        raise ReadError(f"{label}: not a readable .xlsx workbook ({err}); save it again from Excel as .xlsx") from None
    if len(members) > MAX_MEMBERS:
        raise ReadError(f"{label}: {len(members):,} parts in the archive, more than the {MAX_MEMBERS:,} a workbook has")
    total = sum(m.file_size for m in members)
    if total > MAX_UNZIPPED:
        raise ReadError(f"{label}: unpacks to {total / 1e6:,.0f} MB, more than the {MAX_UNZIPPED // 2 ** 20} MB an "
                        "import reads")
    for m in members:
        if m.file_size > 1024 * 1024 and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise ReadError(f"{label}: part {m.filename} inflates {m.file_size // max(m.compress_size, 1):,} times "
                            f"(to {m.file_size / 1e6:,.0f} MB); a real workbook compresses far less")


def _cell(ref: str) -> tuple[int, int] | None:
    match = CELL_REF.match(ref)
    if not match:
        return None
    return int(match.group(2)), column_index_from_string(match.group(1).upper())


def check_xlsx_sheets(path: Path, label: str) -> None:
    """Scan every worksheet's XML for cells and merged ranges beyond the grid limits, before openpyxl builds
    them (a merged range makes openpyxl visit every cell it covers)."""
    with zipfile.ZipFile(path) as zf:
        sheets = [m for m in zf.infolist() if re.fullmatch(r"xl/worksheets/[^/]+\.xml", m.filename)]
        for member in sheets:
            where = f"{label} [{Path(member.filename).stem}]"
            cells = merged = 0
            with zf.open(member) as fh:
                for _event, elem in iterparse(fh):
                    tag = elem.tag.rsplit("}", 1)[-1]
                    if tag == "c":
                        cells += 1
                        at = _cell(elem.get("r") or "A1") or (1, 1)
                        if cells > MAX_CELLS or at[0] > MAX_ROWS or at[1] > MAX_COLUMNS:
                            raise ReadError(f"{where}: cell {elem.get('r') or cells} lies beyond what an import "
                                            f"reads ({LIMITS})")
                        elem.clear()
                    elif tag == "mergeCell":
                        first, _, last = (elem.get("ref") or "").partition(":")
                        a, b = _cell(first), _cell(last or first)
                        if a and b:
                            rows, columns = abs(b[0] - a[0]) + 1, abs(b[1] - a[1]) + 1
                            merged += rows * columns
                            check_grid(f"{where}: merged range {elem.get('ref')}", max(a[0], b[0]),
                                       max(a[1], b[1]))
                            if merged > MAX_CELLS:
                                check_grid(f"{where}: merged ranges", merged, 1)


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return {"$" + type(value).__name__: value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {"$timedelta": value.total_seconds()}
    if value is None or isinstance(value, str | int | float):
        return value
    return str(value)


DECODE = {"$datetime": dt.datetime.fromisoformat, "$date": dt.date.fromisoformat, "$time": dt.time.fromisoformat,
          "$timedelta": lambda s: dt.timedelta(seconds=s)}


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        (tag, text), = value.items()
        return DECODE[tag](text)
    return value


def grids_to_data(grids: list[Grid]) -> list[dict]:
    """Grids as JSON data (never pickle: the parent must not run what a child fed a hostile file sends back)."""
    return [{"file": g.file, "sheet": g.sheet, "cells": [[_encode(v) for v in row] for row in g.cells],
                        "percent": sorted(g.percent), "no_value": [[r, c, f] for (r, c), f in g.no_value.items()],
                        "transposed": g.transposed,
                        "blank_inputs": [[r, c, f] for (r, c), f in g.blank_inputs.items()]} for g in grids]


def grids_from_data(data: list[dict]) -> list[Grid]:
    return [Grid(g["file"], g["sheet"], [[_decode(v) for v in row] for row in g["cells"]],
                 {(r, c) for r, c in g["percent"]}, {(r, c): f for r, c, f in g["no_value"]}, g["transposed"],
                 {(r, c): f for r, c, f in g["blank_inputs"]})
            for g in data]


def _one_line(label: str, path: Path, err: BaseException) -> str:
    """A reader's unexpected failure as one line, with no server path and no traceback."""
    reason = " ".join(str(err).split()).replace(str(path), label).replace(str(path.parent), "…")
    if isinstance(err, DefusedXmlException):
        reason = "declares XML entities, which an import refuses (billion laughs, external files)"
    kind = path.suffix.lower().lstrip(".") or "this kind of"
    return f"{label}: not a readable {kind} file ({type(err).__name__}: {reason[:200]})"


def read_limited(reader: Reader, path: Path, label: str, seconds: int = TIME_LIMIT) -> list[Grid]:
    """`reader(path, label)` in a child process limited to `seconds` and MEMORY_LIMIT bytes; every failure is a
    ReadError of one line. `reader` must be a module-level function (the child imports it by name)."""
    path = Path(path).resolve()
    command = [sys.executable, "-c", CHILD, reader.__module__, reader.__name__, str(path), label, str(seconds)]
    try:
        done = subprocess.run(command, cwd=paths.ROOT, capture_output=True, timeout=seconds,
                              env={**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"})
    except subprocess.TimeoutExpired:
        raise ReadError(f"{label}: reading took longer than {seconds} s; is this the publisher's table?") from None
    out = json.loads(done.stdout) if done.returncode == 0 and done.stdout.startswith(b"{") else None
    if out is None:
        raise ReadError(f"{label}: the reader stopped (exit {done.returncode}) before the end of the file, over "
                        f"its limit of {seconds} s and {MEMORY_LIMIT // 2 ** 20} MB")
    if "error" in out:
        raise ReadError(out["error"])
    return grids_from_data(out["grids"])


def _child(module: str, name: str, path: Path, label: str, seconds: int) -> str:
    """Run in the limited process: the reader's grids, or its failure as one line, as JSON."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))
    try:
        reader = getattr(__import__(module, fromlist=[name]), name)
        return json.dumps({"grids": grids_to_data(reader(path, label))}, ensure_ascii=False)
    except ReadError as err:
        return json.dumps({"error": " ".join(str(err).split())})
    except MemoryError:
        return json.dumps({"error": f"{label}: needs more than {MEMORY_LIMIT // 2 ** 20} MB to read; is this the "
                                    "publisher's table?"})
    except Exception as err:  # any parser's failure on a hostile file becomes the importer's own one line
        return json.dumps({"error": _one_line(label, path, err)})


def main() -> None:
    sys.stdout.write(_child(sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4], int(sys.argv[5])))
