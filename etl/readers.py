"""Strict CSV reading: UTF-8 only, a header, and row numbers as a person counts them (header = 1)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from etl.problems import Problem

DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")


@dataclass
class Table:
    file: str
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]


def read_csv(path: Path, label: str) -> tuple[Table | None, list[Problem]]:
    """Read a CSV as text cells; problems instead of exceptions for encoding and shape errors."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        row = data[: err.start].count(b"\n") + 1
        return None, [Problem(label, f"not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
                              "save the file as UTF-8", row=row)]
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        return None, [Problem(label, "empty file: no header row")]
    problems, rows = [], []
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            problems.append(Problem(label, f"{len(cells)} cells where the header has {len(header)}", row=number))
            continue
        rows.append((number, {h: c.strip() for h, c in zip(header, cells, strict=True)}))
    return Table(label, header, rows), problems


def parse_number(text: str, decimal: str) -> float | None:
    """A cell as a float (None when blank); raises ValueError with the reason."""
    if text == "":
        return None
    if decimal == "," and DECIMAL_COMMA.match(text):
        text = text.replace(",", ".")
    elif DECIMAL_COMMA.match(text):
        raise ValueError("decimal comma, but the file's metadata declares decimal '.'")
    try:
        return float(text)
    except ValueError:
        raise ValueError("not a number") from None


def parse_rank(text: str) -> int | None:
    if text == "":
        return None
    try:
        value = float(text)
    except ValueError:
        raise ValueError("rank is not a whole number") from None
    if value != int(value):
        raise ValueError("rank is not a whole number")
    return int(value)
