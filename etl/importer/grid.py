"""The common grid every reader produces: cells as a person sees them, with their own coordinates.

Keeping each cell's original address (sheet, row, column letter) is what lets an error in an
imported file point at the cell to fix, even after the table was transposed or merged.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

Value = str | int | float | None


class ReadError(ValueError):
    """A file that cannot be read as the spec says; the message says what to do about it."""


@dataclass
class Grid:
    """One sheet or table. `percent` holds cells formatted as percentages; `no_value` maps formula
    cells without a saved result to their formula; `blank_inputs` maps formula cells read as missing
    (their saved result 0 or empty, every cell they refer to blank) to their formula."""

    file: str
    sheet: str
    cells: list[list[Value]]
    percent: set[tuple[int, int]] = field(default_factory=set)
    no_value: dict[tuple[int, int], str] = field(default_factory=dict)
    transposed: bool = False
    blank_inputs: dict[tuple[int, int], str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # One spelling per word, whatever the reader: "Khá" typed with a combining accent (as some publishers'
        # files have it) is read as the precomposed "Khá", so a group or a name compares as one value.
        self.cells = [[unicodedata.normalize("NFC", v) if isinstance(v, str) else v for v in row]
                      for row in self.cells]

    @property
    def label(self) -> str:
        return f"{self.file} [{self.sheet}]"

    @property
    def height(self) -> int:
        return len(self.cells)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.cells), default=0)

    def value(self, row: int, col: int) -> Value:
        line = self.cells[row] if row < len(self.cells) else []
        return line[col] if col < len(line) else None

    def text(self, row: int, col: int) -> str:
        value = self.value(row, col)
        return "" if value is None else " ".join(str(value).split())

    def address(self, row: int, col: int) -> tuple[int, str]:
        """The 1-based row and the column letter of a cell in the file as published."""
        if self.transposed:
            row, col = col, row
        return row + 1, get_column_letter(col + 1)

    def transpose(self) -> Grid:
        height, width = self.height, self.width
        cells = [[self.value(r, c) for r in range(height)] for c in range(width)]
        return Grid(self.file, self.sheet, cells, {(c, r) for r, c in self.percent},
                    {(c, r): f for (r, c), f in self.no_value.items()}, not self.transposed,
                    {(c, r): f for (r, c), f in self.blank_inputs.items()})
