"""A table printed without ruling lines, cut into cells from its words' boxes (from pdfplumber for a text
page, from tesseract for a scan): the same rule for both.

Rows are the text lines; a data row is a line with two figures or more, or (a figure misread) with
words in three columns or more. Columns are the white gaps that
run down every data row. The lines just above the first data row, over two columns or more, are the
header (a header wrapped over lines is joined per column); a line between data rows with no figure is
the rest of a name printed over two lines, joined to the nearer row. Lines after the last data row (the
signature, the footer) are not part of the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.importer.read_pdf import FIGURE, CellInfo, PageTable

MAX_HEADER_LINES = 4


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float | None = None

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words at one height, none above another: a word under a word of the line starts the next line."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.middle):
        if lines:
            last = lines[-1]
            height = max(max(w.bottom - w.top for w in last), word.bottom - word.top)
            beside = not any(w.x0 < word.x1 and word.x0 < w.x1 for w in last)
            if beside and abs(word.middle - sum(w.middle for w in last) / len(last)) < 0.5 * height:
                last.append(word)
                continue
        lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _figures(line: list[Word]) -> int:
    return sum(1 for w in line if FIGURE.match(w.text))


def _least(rows: list[list[Word]]) -> float:
    """The narrowest white gap between two columns: most of a letter's height (the space between two
    words of a name is narrower)."""
    heights = sorted(w.bottom - w.top for line in rows for w in line)
    return 0.8 * heights[len(heights) // 2]


def _phrases(line: list[Word], least: float) -> list[list[Word]]:
    """The line's words grouped where they are closer than a column gap."""
    out: list[list[Word]] = []
    for word in line:
        if out and word.x0 - out[-1][-1].x1 < least:
            out[-1].append(word)
        else:
            out.append([word])
    return out


def _edges(rows: list[list[Word]], width: float) -> list[float]:
    """Column boundaries: the middle of each white gap shared by all data rows, wider than _least."""
    spans = sorted((w.x0, w.x1) for line in rows for w in line)
    least = _least(rows)
    edges, reach = [0.0], spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 > reach + least:
            edges.append((reach + x0) / 2)
        reach = max(reach, x1)
    return [*edges, width]


def _column(word: Word, edges: list[float]) -> int:
    centre = (word.x0 + word.x1) / 2
    return next(i for i in range(len(edges) - 1) if centre < edges[i + 1] or i == len(edges) - 2)


def cut(words: list[Word], width: float, height: float, page: int) -> tuple[list[PageTable], str]:
    """The table the words form, and the text above it (the title block)."""
    lines = _lines([w for w in words if w.text.strip()])
    figured = [i for i, line in enumerate(lines) if _figures(line) >= 2]
    core = _body(figured, 1)
    if not core:
        return [], "\n".join(" ".join(w.text for w in line) for line in lines)
    edges = _edges([lines[i] for i in core], width)
    rowlike = [i for i, line in enumerate(lines) if _fits(line, edges)
               and (_figures(line) >= 2 or len({_column(w, edges) for w in line}) >= 3)]
    body = _body(rowlike, 3)
    start = min((i for i in body if i in figured), default=core[0])
    data = [i for i in body if i >= start]
    first, last = data[0], data[-1]
    spacing = sorted(_gap(lines, a, b) for a, b in zip(data, data[1:], strict=False)) or [0.0]
    step = spacing[len(spacing) // 2]
    least = _least([lines[i] for i in core])
    header: list[int] = []
    for i in range(first - 1, max(-1, first - 1 - MAX_HEADER_LINES), -1):
        below = header[0] if header else first
        if len(_phrases(lines[i], least)) < 2 or (step and _gap(lines, i, below) > 1.8 * step):
            break
        header.insert(0, i)
    rows: list[list[list[Word]]] = []
    if header:
        merged: list[list[Word]] = [[] for _ in range(len(edges) - 1)]
        for i in header:
            for phrase in _phrases(lines[i], least):
                merged[_column(Word("", phrase[0].x0, 0, phrase[-1].x1, 0), edges)] += phrase
        rows.append(merged)
    pending: list[Word] = []
    for i in range(first, last + 1):
        cells: list[list[Word]] = [[] for _ in range(len(edges) - 1)]
        for w in lines[i]:
            cells[_column(w, edges)].append(w)
        if i in data:
            for w in pending:
                cells[_column(w, edges)].insert(0, w)
            pending = []
            rows.append(cells)
        elif rows and i - 1 in data and (i + 1 > last or _gap(lines, i, i - 1) <= _gap(lines, i, i + 1)):
            for w in lines[i]:
                rows[-1][_column(w, edges)].append(w)
        else:
            pending += lines[i]
    texts, info = [], {}
    for r, cells in enumerate(rows):
        texts.append([" ".join(w.text for w in _reading(cell)) for cell in cells])
        for c, cell in enumerate(cells):
            top = min((w.top for w in cell), default=min(w.top for line in cells for w in line))
            bottom = max((w.bottom for w in cell), default=max(w.bottom for line in cells for w in line))
            confidence = None if not cell or cell[0].confidence is None else min(w.confidence or 0 for w in cell)
            if cell == [] and any(w.confidence is not None for line in cells for w in line):
                confidence = 100.0
            info[(r, c)] = CellInfo(page, r + 1, c + 1, (edges[c] / width, top / height, edges[c + 1] / width,
                                                         bottom / height), confidence, texts[-1][c])
    above = header[0] if header else first
    title = "\n".join(" ".join(w.text for w in line) for line in lines[:above])
    return [PageTable(page, texts, info)], re.sub(r"[ \t]+", " ", title)


def _fits(line: list[Word], edges: list[float]) -> bool:
    """At most one word of the line runs across a column boundary (a title line runs across several;
    a scanned word may reach a little over one)."""
    return sum(1 for w in line for edge in edges[1:-1] if w.x0 < edge < w.x1) <= 1


def _body(data: list[int], step: int) -> list[int]:
    """The longest run of lines with figures, `step` - 1 lines without allowed between two of them (a
    name over two lines): the table's body, not a title that happens to hold a year and a count."""
    runs: list[list[int]] = []
    for i in data:
        if runs and i - runs[-1][-1] <= step:
            runs[-1].append(i)
        else:
            runs.append([i])
    return max(runs, key=len, default=[])


def _gap(lines: list[list[Word]], a: int, b: int) -> float:
    return abs(sum(w.middle for w in lines[a]) / len(lines[a]) - sum(w.middle for w in lines[b]) / len(lines[b]))


def _reading(cell: list[Word]) -> list[Word]:
    return [w for line in _lines(cell) for w in line]
