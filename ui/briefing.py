"""The province briefing as a PDF (A4, one or two pages): the same tables the profile shows, laid out by reportlab,
so what prints does not depend on the browser window the way a printed page does (ui/printing.py)."""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

# A font with Vietnamese letters (DejaVu, as Debian and the CI install it).
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"

Section = tuple[str, Mapping[str, Iterable[object]]]


def _register() -> bool:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return True
    for folder in FONT_DIRS:
        if (folder / f"{FONT}.ttf").exists() and (folder / f"{BOLD}.ttf").exists():
            pdfmetrics.registerFont(TTFont(FONT, str(folder / f"{FONT}.ttf")))
            pdfmetrics.registerFont(TTFont(BOLD, str(folder / f"{BOLD}.ttf")))
            return True
    return False


def available() -> bool:
    """Whether a font with Vietnamese letters is installed (else the page offers no PDF)."""
    return _register()


def _table(columns: Mapping[str, Iterable[object]], width: float) -> Table:
    head = [Paragraph(f"<b>{escape(str(name))}</b>", CELL) for name in columns]
    rows = [[Paragraph(escape("" if cell is None else str(cell)), CELL) for cell in row]
            for row in zip(*columns.values(), strict=True)]
    table = Table([head, *rows], colWidths=[width / len(head)] * len(head), repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f0f2f6")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


CELL = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=10)
TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=18, leading=22, spaceAfter=4)
HEADING = ParagraphStyle("heading", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
NOTE = ParagraphStyle("note", fontName=FONT, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#555555"))


def pdf_bytes(title: str, subtitle: str, sections: Sequence[Section], notes: Sequence[str]) -> bytes:
    """An A4 PDF: the title, a line under it, each (heading, columns) as a table, and the notes in small print."""
    if not _register():
        raise RuntimeError(f"no {FONT}.ttf in {', '.join(map(str, FONT_DIRS))}: install fonts-dejavu-core")
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title=title)
    story = [Paragraph(escape(title), TITLE), Paragraph(escape(subtitle), NOTE)]
    for heading, columns in sections:
        story += [Paragraph(escape(heading), HEADING), _table(columns, doc.width)]
    story += [Spacer(1, 6 * mm), *(Paragraph(escape(n), NOTE) for n in notes)]
    doc.build(story)
    return buf.getvalue()
