"""Strict CSV reading: UTF-8 only, a header, and row numbers as a person counts them (header = 1).

Raw tables are small (the largest is about 40 kB), so a file over MAX_FILE_BYTES is refused unread
rather than parsed: a runaway export cannot stall a build. Cells that a spreadsheet would run as a
formula are refused, so an injection string never reaches the warehouse.
"""

from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from etl.problems import Problem

DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+\Z", re.ASCII)
NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\Z", re.ASCII)
MAX_FILE_BYTES = 2_000_000
FORMULA_START = ("=", "+", "-", "@")
SHOWN_CHARS = 60


@dataclass
class Table:
    file: str
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]


def _decode(data: bytes, label: str) -> tuple[str | None, list[Problem]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        row = data[: err.start].count(b"\n") + 1
        hint = "save the file as UTF-8"
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            hint = "it looks like UTF-16; save the file as UTF-8"
        elif err.reason == "unexpected end of data":
            hint = "the file ends inside a character, so it was cut short"
        return None, [Problem(label, f"not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); {hint}",
                              row=row)]
    if "\x00" in text:
        row = text[: text.index("\x00")].count("\n") + 1
        return None, [Problem(label, "contains a NUL byte: binary data, not a text table", row=row)]
    # One spelling per word: "Khá" typed as K-h-a + combining acute (as some publishers' files have it) is stored
    # as the precomposed "Khá", so a tier or a note groups and compares as one value.
    return unicodedata.normalize("NFC", text), []


def _formula(cell: str) -> bool:
    """True for a cell a spreadsheet would evaluate ('=SUM(A1:A3)', '@cmd'); signed numbers and a lone '-' are fine."""
    return len(cell) > 1 and cell.startswith(FORMULA_START) and not NUMBER.match(cell)


def read_csv(path: Path, label: str) -> tuple[Table | None, list[Problem]]:
    """Read a CSV as text cells; problems instead of exceptions for size, encoding and shape errors."""
    with open(path, "rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        return None, [Problem(label, f"file is larger than {MAX_FILE_BYTES:,} bytes, the limit for a raw table")]
    text, problems = _decode(data, label)
    if text is None:
        return None, problems
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    number = 1
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        return None, [Problem(label, "empty file: no header row")]
    except csv.Error as err:
        return None, [Problem(label, f"malformed CSV: {err}", row=number)]
    repeated = sorted({h for h in header if header.count(h) > 1})
    if repeated:
        return None, [Problem(label, f"column {h!r} appears more than once in the header", row=1, column=h)
                      for h in repeated]
    rows = []
    try:
        for number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                problems.append(Problem(label, f"{len(cells)} cells where the header has {len(header)}", row=number))
                continue
            row = {h: c.strip() for h, c in zip(header, cells, strict=True)}
            formulas = [Problem(label, "looks like a spreadsheet formula, not data; remove it or quote the text "
                                "without a leading '=', '+', '-' or '@'", row=number, column=h, value=c[:SHOWN_CHARS])
                        for h, c in row.items() if _formula(c)]
            if formulas:
                problems += formulas
                continue
            rows.append((number, row))
    except csv.Error as err:
        problems.append(Problem(label, f"malformed CSV: {err}", row=number + 1))
        return None, problems
    if not rows and not problems:
        problems.append(Problem(label, "no data rows under the header"))
    return Table(label, header, rows), problems


def parse_number(text: str, decimal: str) -> float | None:
    """A cell as a finite float (None when blank); raises ValueError with the reason."""
    if text == "":
        return None
    if decimal == "," and DECIMAL_COMMA.match(text):
        text = text.replace(",", ".")
    elif DECIMAL_COMMA.match(text):
        raise ValueError("decimal comma, but the file's metadata declares decimal '.'")
    if not NUMBER.match(text):
        raise ValueError("not a number")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("not a finite number")
    return value


def parse_rank(text: str) -> int | None:
    """A rank cell as an int (None when blank); raises ValueError with the reason."""
    if text == "":
        return None
    value = float(text) if NUMBER.match(text) else math.nan
    if not math.isfinite(value) or value != int(value):
        raise ValueError("rank is not a whole number")
    return int(value)
