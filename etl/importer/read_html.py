"""HTML tables (as on dti.gov.vn) with the standard library's html.parser; colspan and rowspan are
spread like merged Excel cells so the same layout rules apply."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from etl.importer.grid import Grid, ReadError
from etl.importer.guard import check_span, read_limited


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[tuple[str, int, int]]]] = []
        self._stack: list[list[list[tuple[str, int, int]]]] = []
        self._cell: list[str] | None = None
        self._span = (1, 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._stack.append([])
        elif tag == "tr" and self._stack:
            self._stack[-1].append([])
        elif tag in ("td", "th") and self._stack:
            if not self._stack[-1]:
                self._stack[-1].append([])
            found = dict(attrs)
            self._cell, self._span = [], (_span(found.get("rowspan")), _span(found.get("colspan")))
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._stack:
            self._stack[-1][-1].append((" ".join("".join(self._cell).split()), *self._span))
            self._cell = None
        elif tag == "table" and self._stack:
            self.tables.append(self._stack.pop())

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _span(text: str | None) -> int:
    return int(text) if text and text.strip().isdigit() and int(text) > 0 else 1


def _place(rows: list[list[tuple[str, int, int]]], where: str) -> list[list[str | None]]:
    """Lay cells out on a grid, repeating a spanning cell's text over the cells it covers."""
    taken: dict[tuple[int, int], str] = {}
    for r, row in enumerate(rows):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in taken:
                c += 1
            check_span(where, r, c, rowspan, colspan, len(taken))
            for dr in range(rowspan):
                for dc in range(colspan):
                    taken[(r + dr, c + dc)] = text
            c += colspan
    height = max((r for r, _ in taken), default=-1) + 1
    width = max((c for _, c in taken), default=-1) + 1
    return [[taken.get((r, c)) or None for c in range(width)] for r in range(height)]


def read_html(path: Path, label: str) -> list[Grid]:
    """Every <table> in the page, in document order, named 'table 1', 'table 2', ... (read in a limited child
    process)."""
    return read_limited(_read_html, path, label)


def _read_html(path: Path, label: str) -> list[Grid]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReadError(f"{label}: not UTF-8; save the page as UTF-8 HTML") from None
    parser = _Tables()
    parser.feed(text)
    parser.close()
    if not parser.tables:
        raise ReadError(f"{label}: no <table> in the page")
    return [Grid(label, f"table {i}", _place(rows, f"{label} [table {i}]"))
            for i, rows in enumerate(parser.tables, start=1)]
