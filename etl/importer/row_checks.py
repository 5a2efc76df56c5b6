"""The cross-checks every row of a PDF or scanned table goes through before anything is stored.

A printed ranking table checks itself: STT runs 1..N, ranks follow the scores, values stay under
the scale and the maximum the header prints, components add up to the total, and the title says
how many provinces there are. A digit misread by OCR breaks one of these almost always, so a cell
that breaks one is a Doubt (etl.importer.confirm), never a value.
"""

from __future__ import annotations

import re

from openpyxl.utils import column_index_from_string

from etl.catalogue import Index
from etl.importer.blocks import PERCENT_TEXT
from etl.importer.confirm import CONFIDENCE, TABLE, Corrections, Doubt
from etl.importer.grid import Grid
from etl.importer.layout import Layout, column_of
from etl.importer.read_pdf import PdfGrid
from etl.names import fold, name_key
from etl.problems import Problem
from etl.readers import DECIMAL_COMMA
from etl.validate import GEOGRAPHY_SIZE

STT_WORDS = {"stt", "tt", "sott", "no", "number"}
MAX_POINTS = re.compile(r"(?:\(|/|tối đa|max\.?)\s*(\d+(?:[.,]\d+)?)\s*(?:điểm|đ|points?|%)?\s*\)?\s*$", re.I)
TITLE_COUNT = re.compile(r"(\d{2})\s*(?:tinh|dia phuong|provinces)", re.I)
SUGGESTED = re.compile(r"closest known names: (.+)$")
LABELS = ("province", "rank", "tier", "note")


def number(text: str) -> float | None:
    """A printed figure as a number (decimal comma, '%'), or None when it is not one."""
    text = text.strip()
    if found := PERCENT_TEXT.match(text):
        text = found[1]
    if DECIMAL_COMMA.match(text):
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def max_points(header: str) -> float | None:
    """The maximum a header prints after its name: 'Cải cách TTHC (10,5 điểm)', '... /12', '(max 10)'."""
    found = MAX_POINTS.search(header)
    return float(found[1].replace(",", ".")) if found else None


class Checker:
    """Collects doubts for one table; `cells` are the grid cells a person already confirmed."""

    def __init__(self, grid: PdfGrid, confirmed: set[tuple[int, int]]):
        self.grid, self.confirmed = grid, confirmed
        self.doubts: dict[tuple[int, int, int], Doubt] = {}

    def doubt(self, cell: tuple[int, int], header: str, reason: str, candidates: list[str] | None = None) -> None:
        info = self.grid.info.get(cell)
        if cell in self.confirmed or info is None:
            return
        key = (info.page, info.row, info.col)
        if key in self.doubts:
            self.doubts[key].reason += "; " + reason
            return
        self.doubts[key] = Doubt(key, header, self.grid.text(*cell), reason,
                                 candidates or [a for a in info.alternatives if a != self.grid.text(*cell)],
                                 info.confidence, cell)


def _cell(layout: Layout, number_: int, column: str) -> tuple[tuple[int, int], str] | None:
    found = layout.origin.get((number_, column))
    if found is None:
        return None
    source, header = found
    return (source.row - 1, column_index_from_string(source.column) - 1), header


def _problem_cell(problem: Problem, grid: PdfGrid) -> tuple[int, int] | None:
    if problem.file != grid.label or problem.row is None or not problem.column:
        return None
    letter = problem.column.split(" ", 1)[0]
    if not letter.isalpha():
        return None
    return problem.row - 1, column_index_from_string(letter) - 1


def _stt_column(grid: Grid, first_row: int) -> int | None:
    for row in range(max(0, first_row - 4), first_row):
        for col in range(grid.width):
            if name_key(grid.text(row, col)) in STT_WORDS:
                return col
    return None


def _stt(check: Checker, rows: list[int], col: int) -> None:
    """STT runs 1..N down the data rows, across pages."""
    for position, row in enumerate(rows, start=1):
        text = check.grid.text(row, col)
        if number(text) != position:
            check.doubt((row, col), "STT", f"STT should be {position} (STT runs 1..N)", [str(position)])


def _clash(a: tuple[int, float, float], b: tuple[int, float, float]) -> bool:
    """Two rows whose ranks contradict their scores: a better rank with a lower score, or a shared
    rank with different scores."""
    (_, score_a, rank_a), (_, score_b, rank_b) = a, b
    if rank_a == rank_b:
        return score_a != score_b
    return (score_a - score_b) * (rank_b - rank_a) < 0


def _ranks(check: Checker, layout: Layout, score_col: str) -> None:
    """Printed ranks follow the scores (a better rank never has a lower score, ties share a rank).
    The row in most contradictions is the doubtful one, taken out until none is left; of its score
    and its rank, the one out of step with its neighbours in the listing is the cell to confirm."""
    items = []
    for n, line in enumerate(layout.rows, start=2):
        score, rank = number(line.get(score_col, "")), number(line.get("rank", ""))
        if score is not None and rank is not None:
            items.append((n, round(score, 6), rank))
    left = list(range(len(items)))
    while True:
        counts = {i: sum(_clash(items[i], items[j]) for j in left if j != i) for i in left}
        worst = max(counts, key=lambda i: counts[i], default=None)
        if worst is None or counts[worst] == 0:
            return
        left.remove(worst)
        n, score, rank = items[worst]
        before, after = items[worst - 1] if worst else None, items[worst + 1] if worst + 1 < len(items) else None
        rank_fits = (before is None or before[2] <= rank) and (after is None or rank <= after[2])
        score_fits = (before is None or before[1] >= score) and (after is None or score >= after[1])
        for column, fits, what in (("rank", rank_fits, f"rank {rank:g}"), (score_col, score_fits, f"score {score:g}")):
            found = _cell(layout, n, column)
            if found and (not fits or rank_fits == score_fits):
                check.doubt(found[0], found[1], f"{what} contradicts the order of scores and ranks in "
                            f"{counts[worst]} other row(s)")


def _values(check: Checker, layout: Layout, columns: dict[str, tuple[float, float]]) -> None:
    """Each figure is a number, inside the indicator's scale and under the maximum its header prints;
    a blank where the other rows have a figure is a cell OCR may have missed."""
    for column, (low, high) in columns.items():
        filled = sum(1 for line in layout.rows if line.get(column))
        for n, line in enumerate(layout.rows, start=2):
            found = _cell(layout, n, column)
            text = line.get(column, "")
            if found is None:
                continue
            cell, header = found
            if not text:
                if filled * 2 > len(layout.rows):
                    check.doubt(cell, header, "blank where the other rows have a figure")
                continue
            if column == "rank":
                value = number(text)
                if value is None or not value.is_integer() or value < 1:
                    check.doubt(cell, header, "a rank is a whole number from 1")
                continue
            value = number(text)
            top = min(high, max_points(header) or high)
            if value is None:
                check.doubt(cell, header, "not a number")
            elif not low <= value <= top:
                check.doubt(cell, header, f"{value:g} is outside {low:g}..{top:g}")


def _sums(check: Checker, layout: Layout, parts: list[str]) -> None:
    """Components add up to the total within 0.01 plus their rounding, in a table where most rows do
    (the PAR INDEX annex's lĩnh vực points); a weighted index (PCI) never adds up and is left alone."""
    if len(parts) < 2:
        return
    sums = []
    for n, line in enumerate(layout.rows, start=2):
        total = number(line.get("score", ""))
        values = [number(line.get(p, "")) for p in parts]
        if total is not None and all(v is not None for v in values):
            sums.append((n, total, sum(v for v in values if v is not None)))
    tolerance = 0.01 + 0.005 * len(parts)
    good = [n for n, total, added in sums if abs(total - added) <= tolerance]
    if len(sums) < 3 or len(good) * 5 < len(sums) * 4:
        return
    for n, total, added in sums:
        if abs(total - added) > tolerance:
            found = _cell(layout, n, "score")
            if found:
                check.doubt(found[0], found[1], f"the components add up to {added:.2f}, not {total:g}")


def _count(grid: PdfGrid, rows: int, geography: str, corrections: Corrections) -> Doubt | None:
    """The number of provinces read matches the count the title states (or 63/34 for a full table)."""
    stated = TITLE_COUNT.search(fold(grid.title))
    expected = int(stated[1]) if stated else None
    size = GEOGRAPHY_SIZE[geography]
    if expected is None and rows <= size:
        return None
    if expected == rows or corrections.get(TABLE) == str(rows):
        return None
    reason = (f"the title states {expected} provinces" if expected else f"more rows than the {size} provinces")
    return Doubt(TABLE, "", str(rows), f"{rows} provinces read; {reason}; confirm the count with "
                 f"{rows} when the table really lists {rows}", [str(expected or size)])


def _confidence(check: Checker, cell: tuple[int, int], header: str) -> None:
    info = check.grid.info.get(cell)
    if info is not None and info.confidence is not None and info.confidence < CONFIDENCE:
        check.doubt(cell, header, f"under the confidence threshold {CONFIDENCE:.0f}")


def check_table(layout: Layout, grids: list[Grid], index: Index, geography: str, confirmed: set[tuple[int, int]],
                corrections: Corrections) -> list[Doubt]:
    """The doubts of a table read from a PDF or a scan. Problems the layout found in a cell (an unknown
    province, values without a name) become doubts with their candidates and leave layout.problems,
    unless the cell was confirmed: a confirmed name that is still unknown stays a problem."""
    grid = next((g for g in grids if isinstance(g, PdfGrid)), None)
    if grid is None:
        return []
    check = Checker(grid, confirmed)
    kept = []
    province_rows, refused_rows = [], set()
    for problem in layout.problems:
        cell = _problem_cell(problem, grid)
        if cell is not None and cell in confirmed:
            refused_rows.add(cell[0])
        if cell is None or cell not in grid.info or cell in confirmed:
            kept.append(problem)
            continue
        found = SUGGESTED.search(problem.reason)
        check.doubt(cell, (problem.column or "").split(" ", 1)[-1].strip("()"), problem.reason.split(";")[0],
                    found[1].split(", ") if found else [])
        province_rows.append(cell[0])
    layout.problems[:] = kept
    data_rows = sorted({_cell(layout, n, "province")[0][0] for n in range(2, len(layout.rows) + 2)
                        if _cell(layout, n, "province")} | set(province_rows) | refused_rows)
    columns: dict[int, str] = {}
    for n in range(2, len(layout.rows) + 2):
        for column in layout.header:
            found = _cell(layout, n, column)
            if found is None:
                continue
            columns[found[0][1]] = found[1]
            _confidence(check, found[0], found[1])
    figure_columns = {found[0][1] for n in range(2, len(layout.rows) + 2) for column in layout.header
                      if column not in LABELS and (found := _cell(layout, n, column))}
    for row in province_rows:
        for col, header in columns.items():
            _confidence(check, (row, col), header)
            if col in figure_columns and grid.text(row, col) and number(grid.text(row, col)) is None:
                check.doubt((row, col), header, "not a number")
    if data_rows:
        stt = _stt_column(grid, data_rows[0])
        if stt is not None:
            _stt(check, data_rows, stt)
    figures = {column_of(index, i.code): (i.scale_min, i.scale_max) for i in index.indicators
               if column_of(index, i.code) in layout.header}
    if "rank" in layout.header:
        figures["rank"] = (1, 10**6)
    _values(check, layout, figures)
    if "rank" in layout.header and "score" in layout.header:
        _ranks(check, layout, "score")
    _sums(check, layout, [c for c in layout.header if c not in (*LABELS, "score") and not c.startswith("rank_")])
    doubts = list(check.doubts.values())
    count = _count(grid, len(layout.rows) + len(set(province_rows) | refused_rows), geography, corrections)
    return doubts + ([count] if count else [])
