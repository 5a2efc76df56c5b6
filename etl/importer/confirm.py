"""Cells a person must confirm before a PDF or a scan is stored: OCR is never believed, it is checked.

Each row of a table read from a PDF is cross-checked (etl.importer.row_checks): the province
resolves through the alias table, STT runs 1..N, ranks follow the scores, values lie inside the
scale and under the maximum the header prints, components add up to the total, and the number of
provinces matches the title. A cell failing a check, or read by OCR under CONFIDENCE, is a Doubt:
its page, row and column, what was read, the candidates, and a PNG crop of the cell. Nothing is
stored while a doubt is open; a person confirms a cell by giving the value the page shows
(`--confirm corrections.csv`, or the preview table in the app), and that value is what is read.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from etl.importer.grid import Grid, ReadError
from etl.importer.read_pdf import IMAGE_SUFFIXES, PdfGrid

CONFIDENCE = 80.0
CSV_COLUMNS = ["page", "row", "column", "header", "read", "reason", "candidates", "confidence", "crop", "confirmed"]
TABLE = (0, 0, 0)


@dataclass
class Doubt:
    """A cell (or, with key TABLE, the table as a whole) that needs confirming."""

    key: tuple[int, int, int]
    header: str
    read: str
    reason: str
    candidates: list[str] = field(default_factory=list)
    confidence: float | None = None
    cell: tuple[int, int] | None = None
    crop: str = ""

    def line(self) -> str:
        page, row, col = self.key
        where = "table" if self.key == TABLE else f"page {page}, row {row}, column {col} ({self.header})"
        conf = "" if self.confidence is None else f", OCR confidence {self.confidence:.0f}"
        cands = f"; candidates: {', '.join(self.candidates)}" if self.candidates else ""
        crop = f"; crop {self.crop}" if self.crop else ""
        return f"needs confirming: {where}: read {self.read!r}: {self.reason}{conf}{cands}{crop}"

    def record(self) -> dict[str, str]:
        page, row, col = self.key
        blank = self.key == TABLE
        return {"page": "" if blank else str(page), "row": "" if blank else str(row),
                "column": "count" if blank else str(col), "header": self.header, "read": self.read,
                "reason": self.reason, "candidates": " | ".join(self.candidates),
                "confidence": "" if self.confidence is None else f"{self.confidence:.0f}", "crop": self.crop,
                "confirmed": ""}


Corrections = dict[tuple[int, int, int], str]


def parse_corrections(text: str, label: str) -> Corrections:
    """The confirmed cells of a corrections CSV (the needs-confirming list with `confirmed` filled in):
    page, row, column -> the value the page shows. Rows left unconfirmed are ignored."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in ("page", "row", "column", "confirmed") if c not in (reader.fieldnames or [])]
    if missing:
        raise ReadError(f"{label}: missing column(s) {', '.join(missing)}; expected {', '.join(CSV_COLUMNS)}")
    out: Corrections = {}
    for number, rec in enumerate(reader, start=2):
        value = (rec.get("confirmed") or "").strip()
        if not value:
            continue
        if rec["column"].strip() == "count":
            out[TABLE] = value
            continue
        try:
            key = (int(rec["page"]), int(rec["row"]), int(rec["column"]))
        except (TypeError, ValueError):
            raise ReadError(f"{label} row {number}: page, row and column must be whole numbers, got "
                            f"{rec['page']!r}, {rec['row']!r}, {rec['column']!r}") from None
        out[key] = value
    return out


def load_corrections(path: Path) -> Corrections:
    try:
        return parse_corrections(path.read_text(encoding="utf-8"), path.name)
    except (OSError, UnicodeDecodeError) as err:
        raise ReadError(f"{path.name}: cannot read the corrections file ({err})") from None


def apply_corrections(grids: list[Grid], corrections: Corrections) -> set[tuple[int, int]]:
    """Put each confirmed value in its cell; the grid cells confirmed. A correction for a cell that is
    not in the table is an error, so a typo in page, row or column is never silently ignored."""
    confirmed: set[tuple[int, int]] = set()
    grid = next((g for g in grids if isinstance(g, PdfGrid)), None)
    if grid is None:
        return confirmed
    where = {(i.page, i.row, i.col): cell for cell, i in grid.info.items()}
    for key, value in corrections.items():
        if key == TABLE:
            continue
        cell = where.get(key)
        if cell is None:
            raise ReadError(f"corrections: page {key[0]}, row {key[1]}, column {key[2]} is not a cell of the table")
        grid.cells[cell[0]][cell[1]] = value
        confirmed.add(cell)
    return confirmed


def table_crop(source: Path, page: int, box: tuple[float, float, float, float], dpi: int = 150):  # noqa: ANN201
    """The printed cell as an image (a numpy array), a little wider than its box."""
    import numpy as np

    if source.suffix.lower() in IMAGE_SUFFIXES:
        import cv2

        image = cv2.imdecode(np.frombuffer(source.read_bytes(), np.uint8), cv2.IMREAD_GRAYSCALE)
    else:
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(source))
        try:
            image = np.asarray(pdf[page - 1].render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
        finally:
            pdf.close()
    height, width = image.shape[:2]
    x0, top, x1, bottom = box
    pad_x, pad_y = 0.01 * width, 0.004 * height
    return image[max(0, int(top * height - pad_y)):min(height, int(bottom * height + pad_y)),
                 max(0, int(x0 * width - pad_x)):min(width, int(x1 * width + pad_x))]


def save_report(doubts: list[Doubt], grids: list[Grid], folder: Path) -> Path:
    """Write needs_confirming.csv and a PNG crop per doubtful cell into `folder`; the CSV, once its
    `confirmed` column is filled in, is the file `--confirm` reads."""
    import cv2

    folder.mkdir(parents=True, exist_ok=True)
    grid = next((g for g in grids if isinstance(g, PdfGrid)), None)
    for doubt in doubts:
        if grid is None or doubt.cell is None or grid.source is None or doubt.cell not in grid.info:
            continue
        info = grid.info[doubt.cell]
        name = f"p{info.page}_r{info.row}_c{info.col}.png"
        cv2.imwrite(str(folder / name), table_crop(grid.source, info.page, info.box))
        doubt.crop = str(folder / name)
    target = folder / "needs_confirming.csv"
    with open(target, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(d.record() for d in doubts)
    return target


def drop_doubted(problems: list, doubts: list[Doubt]) -> list:
    """Problems the build found in a cell that is already a doubt are said once, as the doubt."""
    from openpyxl.utils import get_column_letter

    cells = {(d.cell[0] + 1, get_column_letter(d.cell[1] + 1)) for d in doubts if d.cell}
    return [p for p in problems if not (p.row and p.column and (p.row, p.column.split(" ", 1)[0]) in cells)]
