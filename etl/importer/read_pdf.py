"""PDF annexes and scanned tables as the common grid, with each cell's page, box and OCR confidence.

Text pages are read with pdfplumber (its ruled-table finder, or etl.importer.unruled on its words when
the table has no rules); pages without text and PNG/JPEG/TIFF files go through OCR (etl.importer.ocr). The tables of
every page are stacked into one grid, so a table that runs over pages reads as one; the header
printed again on each page is skipped by the block reader like any repeated header, and page
headers, footers and the title block lie outside the table. Each cell keeps where it was printed,
so a doubtful one can be shown to a person (etl.importer.confirm).
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from etl.importer.grid import Grid, ReadError
from etl.names import name_key

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
PDF_SUFFIXES = (".pdf",)
MIN_TEXT_CHARS = 20
MAX_PAGES = 40
COLUMN_NUMBERS = re.compile(r"^\(?\d{1,2}\)?(?:\s*=.*)?$")
FIGURE = re.compile(r"^[+-]?\d+(?:[.,]\d+)?\s*%?$")
MAXIMUM_LABEL = re.compile(r"^(?:điểm\s*)?(?:tối\s*đa|max(?:imum)?|thang\s*điểm)(?:\s*points?)?$", re.I)
PROVINCE_HINTS = ("tinh", "province", "diaphuong", "donvi")
RULED = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


@dataclass(frozen=True)
class CellInfo:
    """Where a cell was printed: page (1-based), its row and column in that page's table (1-based),
    its box as fractions of the page (x0, top, x1, bottom), and the OCR confidence (0-100; None for
    text read from the PDF itself, which needs none); `alternatives` are other reads of it."""

    page: int
    row: int
    col: int
    box: tuple[float, float, float, float]
    confidence: float | None = None
    read: str = ""
    alternatives: tuple[str, ...] = ()


@dataclass
class PageTable:
    """One table on one page: its texts (None where a merged cell covers it) and their CellInfo."""

    page: int
    texts: list[list[str | None]]
    info: dict[tuple[int, int], CellInfo]


@dataclass
class PdfGrid(Grid):
    """A Grid stacked from page tables; `info` maps a grid cell to where it was printed, `title` holds
    the text above the first table (the annex's title block), `source` the file the pages came from."""

    info: dict[tuple[int, int], CellInfo] = field(default_factory=dict)
    title: str = ""
    source: Path | None = None
    scanned_pages: list[int] = field(default_factory=list)
    header_rows: int | None = None


def _spread(texts: list[list[str | None]]) -> list[list[str | None]]:
    """Merged cells (None) take the text of the cell that covers them: left first, then above."""
    out = [list(r) for r in texts]
    for r, row in enumerate(out):
        for c, value in enumerate(row):
            if value is not None:
                continue
            if c > 0 and row[c - 1] is not None and r < 3:
                row[c] = row[c - 1]
            elif r > 0 and c < len(out[r - 1]):
                row[c] = out[r - 1][c]
    return out


def _unmerge(table, texts: list[list[str | None]]) -> list[list[str | None]]:  # noqa: ANN001 - pdfplumber Table
    """A merged cell's text in every position it covers, found by its box (across or down)."""
    boxes = [(box, texts[r][c]) for r, row in enumerate(table.rows) for c, box in enumerate(row.cells)
             if box is not None and c < len(texts[r])]
    lefts: dict[int, float] = {}
    rights: dict[int, float] = {}
    for row in table.rows:
        for c, box in enumerate(row.cells):
            if box is not None:
                lefts[c] = max(lefts.get(c, box[0]), box[0])
                rights[c] = min(rights.get(c, box[2]), box[2])
    out = [list(r) for r in texts]
    for r, row in enumerate(table.rows):
        for c, box in enumerate(row.cells):
            if box is not None or c not in lefts or c >= len(out[r]):
                continue
            x, y = (lefts[c] + rights[c]) / 2, (row.bbox[1] + row.bbox[3]) / 2
            out[r][c] = next((t for b, t in boxes if b[0] <= x <= b[2] and b[1] <= y <= b[3]), None)
    return out


def _column_numbers(row: list[str | None]) -> bool:
    """The '(1) (2) (3)' row many annexes print under the header."""
    filled = [t.strip() for t in row if t and t.strip()]
    return len(filled) >= 3 and all(COLUMN_NUMBERS.match(t) for t in filled)


def _text_tables(page, number: int) -> tuple[list[PageTable], str]:  # noqa: ANN001 - a pdfplumber Page
    """The page's tables; rows are numbered down the page across its tables, so (page, row, column)
    names one printed cell."""
    width, height = float(page.width), float(page.height)
    found = page.find_tables(RULED)
    if not found:
        from etl.importer.unruled import Word, cut

        words = [Word(w["text"], float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]))
                 for w in page.extract_words(keep_blank_chars=False, use_text_flow=False)]
        return cut(words, width, height, number)
    tables, title, offset = [], "", 0
    for t_index, table in enumerate(found):
        if t_index == 0:
            title = page.crop((0, 0, width, max(1.0, float(table.bbox[1])))).extract_text() or ""
        texts = _unmerge(table, table.extract())
        info = {}
        for r, row in enumerate(table.rows):
            for c, box in enumerate(row.cells):
                if box is None or c >= len(texts[r]):
                    continue
                x0, top, x1, bottom = box
                frac = (x0 / width, top / height, x1 / width, bottom / height)
                info[(r, c)] = CellInfo(number, offset + r + 1, c + 1, frac, None, texts[r][c] or "")
        tables.append(PageTable(number, texts, info))
        offset += len(texts)
    return tables, title


def _garbled(chars: list[dict]) -> bool:
    """Text a font maps to nothing (NUL, '(cid:..)', U+FFFD): such a page is read as an image."""
    bad = sum(1 for c in chars if c["text"] in ("\x00", "\ufffd") or c["text"].startswith("(cid:"))
    return bad * 50 > len(chars)


def _figure(text: str | None) -> bool:
    return bool(text) and FIGURE.match(text.strip()) is not None


def _header_rows(rows: list[list[str | None]]) -> tuple[int, int]:
    """(first, count): the rows of a page table's header, which lies above its first row with two
    figures in it; leading rows with a single filled cell are a title, not header."""
    first = 0
    while first < len(rows) and sum(1 for t in rows[first] if t and t.strip()) < 2:
        first += 1
    end = first
    while end < len(rows) and sum(1 for t in rows[end] if _figure(t)) < 2:
        end += 1
    if end == len(rows):
        return first, 0
    return first, end - first


def _maxima(rows: list[list[str | None]]) -> list[list[str | None]]:
    """The row of maximum points some annexes print under the header ("Điểm tối đa | 9,5 | 7,0 | …"), before
    the first province, becomes header text: "(tối đa 9,5)" under each column's name."""
    out = []
    for i, row in enumerate(rows):
        filled = [t.strip() for t in row if t and t.strip()]
        figures = [t for t in filled if _figure(t)]
        words = [t for t in filled if not _figure(t)]
        if len(figures) >= 2 and all(MAXIMUM_LABEL.match(t) for t in words):
            out.append([f"(tối đa {t.strip()})" if _figure(t) else "" for t in row])
            continue
        if len(figures) >= 2:
            return out + rows[i:]
        out.append(row)
    return out


def _same_header(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two headers alike but for a few letters OCR read differently on another page."""
    return difflib.SequenceMatcher(None, "|".join(a), "|".join(b)).ratio() >= 0.85


def _stack(label: str, tables: list[PageTable], title: str, source: Path, scanned: list[int]) -> PdfGrid:
    """Stack the page tables; a header printed again on a later page is dropped, the first kept (a
    different header, such as the provinces' table after the ministries' in one annex, is kept too).
    The grid's header height is that of the first header naming provinces."""
    cells: list[list[str | None]] = []
    info: dict[tuple[int, int], CellInfo] = {}
    header_rows, named, seen = None, False, set()
    for table in tables:
        spread = _spread(table.texts)
        spread = _maxima([row if not _column_numbers(row) else [] for row in spread])
        kept = [i for i, r in enumerate(spread) if r]
        first, count = _header_rows([spread[i] for i in kept])
        rows = [spread[i] for i in kept[first:first + count]]
        signature = tuple(name_key(" ".join(t or "" for t in row)) for row in rows)
        provinces = any(hint in part for part in signature for hint in PROVINCE_HINTS)
        if count and (header_rows is None or (provinces and not named)):
            header_rows, named = count, provinces
        skip = set()
        if count and any(_same_header(signature, other) for other in seen):
            skip = set(kept[first:first + count])
        seen.add(signature)
        for r, row in enumerate(spread):
            if not row or r in skip:
                continue
            out_row = len(cells)
            cells.append([" ".join(t.split()) if t else None for t in row])
            for c in range(len(row)):
                found = table.info.get((r, c))
                if found is not None:
                    info[(out_row, c)] = found
    if not cells:
        raise ReadError(f"{label}: no table found on any page (for a scan: is the image sharp and upright?)")
    return PdfGrid(label, "table", cells, info=info, title=title, source=source, scanned_pages=scanned,
                   header_rows=header_rows)


_CACHE: dict[str, PdfGrid] = {}


def read_pdf(path: Path, label: str) -> list[Grid]:
    """The file's table as one grid. A page the PDF turns (/Rotate, a landscape annex in a portrait file)
    is read from its rendered image, which PDFium turns as a viewer does; pdfplumber reads its text in the
    unturned frame. OCR results are kept per file content for this process, so the
    check just before storing reads the same cells the preview showed without running OCR again."""
    data = path.read_bytes()
    key = hashlib.sha256(data).hexdigest() + label
    if key not in _CACHE:
        _CACHE[key] = _read(path, label)
    cached = _CACHE[key]
    return [PdfGrid(cached.file, cached.sheet, [list(r) for r in cached.cells], info=dict(cached.info),
                    title=cached.title, source=cached.source, scanned_pages=list(cached.scanned_pages),
                    header_rows=cached.header_rows)]


def _read(path: Path, label: str) -> PdfGrid:
    from etl.importer import ocr

    suffix = path.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        tables, title = ocr.read_image_file(path, label)
        return _stack(label, tables, title, path, [1])
    if suffix not in PDF_SUFFIXES:
        raise ReadError(f"{label}: not a PDF or an image ({', '.join(PDF_SUFFIXES + IMAGE_SUFFIXES)})")
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    tables: list[PageTable] = []
    titles, scanned = [], []
    try:
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise ReadError(f"{label}: {len(pdf.pages)} pages; an annex has a few (at most {MAX_PAGES} are "
                                "read): save the annex's pages as their own PDF")
            for number, page in enumerate(pdf.pages, start=1):
                if len(page.chars) >= MIN_TEXT_CHARS and not _garbled(page.chars) and not page.rotation % 360:
                    found, title = _text_tables(page, number)
                else:
                    scanned.append(number)
                    found, title = ocr.read_pdf_page(path, number, label)
                tables += found
                if title and not titles:
                    titles.append(title)
    except PDFSyntaxError:
        raise ReadError(f"{label}: not a readable PDF (damaged, or not a PDF)") from None
    return _stack(label, tables, "\n".join(titles), path, scanned)
