"""PDF annexes and their scans, written by the tests with reportlab and Debian's fonts.

Every figure comes from the warehouse or the raw layer (real provinces, real values); only the
layout is synthetic: a title block, a header repeated on each page, page footers, a landscape annex
with component columns and their maximum in the header, a stamp and a signature on the last page.
Scans are rasterised with pypdfium2, rotated, blurred, noised and JPEG-compressed by OpenCV.
"""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pypdfium2
from reportlab.graphics.shapes import Circle, Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

# Debian's Liberation fonts have no glyphs for Vietnamese letters with two marks (ả, ố, ỉ), so the
# fixtures use DejaVu's sans, serif and condensed faces: three letter shapes for text and OCR alike.
FONTS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
}


def _font(name: str) -> str:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, FONTS[name]))
    return name


def comma(value: float, places: int = 2) -> str:
    """A figure as the ministry prints it: decimal comma."""
    return f"{value:.{places}f}".replace(".", ",")


def annex_pdf(path: Path, header: list[list[str]], rows: list[list[str]], font: str = "DejaVuSans",
              title: list[str] | None = None, wide: bool = False,
              spans: list[tuple[tuple[int, int], tuple[int, int]]] | None = None, widths: list[float] | None = None,
              signature: bool = True, size: float = 9, ruled: bool = True) -> Path:
    """An annex: title block, a table (ruled, or not) whose header repeats on every page, 'Trang n'
    footers, and a signature block with a round stamp after the table."""
    name = _font(font)
    page = landscape(A4) if wide else A4
    style = ParagraphStyle("t", fontName=name, fontSize=11, leading=14, alignment=1)
    story: list = [Paragraph(line, style) for line in (title or [])] + [Spacer(1, 4 * mm)]
    head = ParagraphStyle("h", fontName=name, fontSize=size, leading=size * 1.2, alignment=1)
    data = [[Paragraph(t, head) if t else "" for t in line] for line in header] + rows
    table = Table(data, repeatRows=len(header), colWidths=widths)
    rules = [("GRID", (0, 0), (-1, -1), 0.6, colors.black)] if ruled else []
    commands = [("FONT", (0, 0), (-1, -1), name, size), *rules,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (2, len(header)), (-1, -1), "RIGHT"),
                ("ALIGN", (0, 0), (-1, len(header) - 1), "CENTER")]
    commands += [("SPAN", a, b) for a, b in spans or []]
    table.setStyle(TableStyle(commands))
    story.append(table)
    if signature:
        stamp = Drawing(60 * mm, 34 * mm)
        stamp.add(Circle(30 * mm, 17 * mm, 16 * mm, strokeColor=colors.red, strokeWidth=2, fillColor=None))
        stamp.add(String(30 * mm, 16 * mm, "BỘ NỘI VỤ", fontName=name, fontSize=9, fillColor=colors.red,
                         textAnchor="middle"))
        story += [Spacer(1, 8 * mm), Paragraph("KT. BỘ TRƯỞNG<br/>THỨ TRƯỞNG", style), stamp,
                  Paragraph("Nguyễn Văn A", style)]

    def footer(canvas, doc) -> None:  # noqa: ANN001 - reportlab's callback
        canvas.saveState()
        canvas.setFont(name, 8)
        canvas.drawString(20 * mm, 10 * mm, f"Trang {doc.page}")
        canvas.drawRightString(page[0] - 20 * mm, page[1] - 10 * mm, "Bộ Nội vụ - Phụ lục")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=page, topMargin=15 * mm, bottomMargin=15 * mm,
                            leftMargin=15 * mm, rightMargin=15 * mm)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


def scan(pdf: Path, target: Path, dpi: int = 200, angle: float = 0.6, noise: float = 6.0, blur: int = 3,
         quality: int = 70, pages: list[int] | None = None,
         smudges: dict[int, list[tuple[float, float, float, float]]] | None = None) -> list[np.ndarray]:
    """The pages as a photocopier would give them back: grey, slightly turned, blurred, noisy, JPEG'd.
    `smudges` blots boxes (fractions of the page) on page numbers (1-based) before the page is turned.
    Written as an image-only PDF when `target` ends in .pdf, else as one image (the first page)."""
    document = pypdfium2.PdfDocument(str(pdf))
    rng = np.random.default_rng(11)
    images = []
    for number in pages or range(len(document)):
        image = np.asarray(document[number].render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
        for box in (smudges or {}).get(number + 1, []):
            image = smudge(image, box)
        h, w = image.shape
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        image = cv2.warpAffine(image, matrix, (w, h), borderValue=255, flags=cv2.INTER_LINEAR)
        if blur:
            image = cv2.GaussianBlur(image, (blur, blur), 0)
        image = np.clip(image + rng.normal(0, noise, image.shape), 0, 255).astype(np.uint8)
        ok, jpeg = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
        assert ok
        images.append(cv2.imdecode(jpeg, cv2.IMREAD_GRAYSCALE))
    document.close()
    if target.suffix.lower() == ".pdf":
        _image_pdf(images, target, dpi)
    else:
        cv2.imwrite(str(target), images[0])
    return images


def _image_pdf(images: list[np.ndarray], target: Path, dpi: int) -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    first = images[0]
    canvas = Canvas(str(target), pagesize=(first.shape[1] * 72 / dpi, first.shape[0] * 72 / dpi))
    for image in images:
        w, h = image.shape[1] * 72 / dpi, image.shape[0] * 72 / dpi
        canvas.setPageSize((w, h))
        ok, jpeg = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 85])
        assert ok
        canvas.drawImage(ImageReader(io.BytesIO(jpeg.tobytes())), 0, 0, w, h)
        canvas.showPage()
    canvas.save()


def smudge(image: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    """A blot over part of a cell (a fraction box of the page), as a coffee ring or a fold would leave:
    the ink under it is darkened and smeared so the letters run into one another."""
    out = image.copy()
    h, w = out.shape
    x0, y0, x1, y1 = int(box[0] * w), int(box[1] * h), int(box[2] * w), int(box[3] * h)
    region = cv2.GaussianBlur(out[y0:y1, x0:x1], (0, 0), 3)
    out[y0:y1, x0:x1] = (region * 0.55).astype(np.uint8)
    return out


def score_cells(grid, truth: dict[int, tuple[str, str, str]], aliases, doubted: set[tuple[int, int]]) -> dict:  # noqa: ANN001
    """How a grid read from a scan compares with what was printed. `truth` maps STT to (province
    code, score as printed, rank); the k-th row under the header is STT k (the STT cell itself is
    checked by the import). Counts cells read right, cells a check or the confidence holds back
    (`doubted`, grid cells), and wrong cells no check caught: these would reach the store."""
    from etl.names import UnknownProvince

    out = {"cells": 0, "right": 0, "doubted": 0, "wrong_unflagged": 0, "wrong": []}
    for number, r in enumerate(range(grid.header_rows or 0, grid.height), start=1):
        expected = truth.get(number)
        for c in (1, 2, 3):
            out["cells"] += 1
            text = grid.text(r, c)
            if c == 1:
                try:
                    right = expected is not None and aliases.resolve(text).code == expected[0]
                except UnknownProvince:
                    right = False
            else:
                right = expected is not None and text == expected[c - 1]
            out["right"] += right
            if (r, c) in doubted:
                out["doubted"] += 1
            elif not right:
                out["wrong_unflagged"] += 1
                out["wrong"].append((r, c, text, expected))
    return out
