"""Scanned tables: a page image to a table of cells, each with the words' OCR confidence.

Libraries, each for what it does best: pypdfium2 (PDFium, Chrome's PDF engine) renders an image-only
page; OpenCV turns it upright (tesseract's orientation detection, when the text runs up or down the
page) and level (the angle that makes the text rows sharpest), binarises it, and finds the
ruling lines, hence the cells and the merged cells; tesseract (Debian's tesseract-ocr with the `vie`
model) reads the words through pytesseract's image_to_data, which gives each word its box and
confidence. A table printed without rules is cut by etl.importer.unruled from the word boxes.

Every figure is read twice: once with the page, once cell by cell in a strip of its column's cells
restricted to digits. A cell where the two reads differ gets a low confidence and both reads as
candidates, so etl.importer.confirm asks a person.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from etl.importer.grid import ReadError
from etl.importer.guard import check_pixels
from etl.importer.read_pdf import FIGURE, CellInfo, PageTable

DPI = 300
LANG = "vie"
DIGITS = "-c tessedit_char_whitelist=0123456789,.%"
DISAGREE = 40.0
Box = tuple[int, int, int, int]


def read_image_file(path: Path, label: str) -> tuple[list[PageTable], str]:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as declared:  # reads the header only
            size = declared.size
    except Image.DecompressionBombError:  # Pillow's own limit, past ours: say it as ours
        size = (float("inf"), 1.0)
    except (UnidentifiedImageError, OSError):
        raise ReadError(f"{label}: not a readable image") from None
    check_pixels(label, *size)
    image = cv2.imdecode(np.frombuffer(path.read_bytes(), np.uint8), cv2.IMREAD_GRAYSCALE)
    if image is None:
        raise ReadError(f"{label}: not a readable image")
    return read_page_image(image, 1)


def read_pdf_page(path: Path, number: int, label: str) -> tuple[list[PageTable], str]:
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        raise ReadError(f"{label}: not a readable PDF") from None
    try:
        width, height = pdf[number - 1].get_size()
        check_pixels(f"{label}, page {number}", width * DPI / 72, height * DPI / 72)
        image = np.asarray(pdf[number - 1].render(scale=DPI / 72, grayscale=True).to_pil().convert("L"))
    finally:
        pdf.close()
    return read_page_image(image, number)


def _sideways(gray: np.ndarray) -> bool:
    """Text running up or down the page (a landscape annex scanned sideways): with the rules taken out
    and the letters of a word joined, more words stand tall than lie wide."""
    scale = 1000 / max(gray.shape)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 15, 15)
    horizontal, vertical = _lines(small, ink)
    text = cv2.bitwise_and(ink, cv2.bitwise_not(cv2.bitwise_or(horizontal, vertical)))

    def words(kernel: tuple[int, int], axis: int) -> int:
        closed = cv2.morphologyEx(text, cv2.MORPH_CLOSE, np.ones(kernel, np.uint8))
        stats = cv2.connectedComponentsWithStats(closed)[2][1:]
        stats = stats[stats[:, 4] > 8]
        long, short = (stats[:, 2], stats[:, 3]) if axis == 0 else (stats[:, 3], stats[:, 2])
        return int((long > 2.5 * short).sum())

    return words((5, 1), 1) > 1.3 * max(words((1, 5), 0), 1)


def upright(gray: np.ndarray) -> np.ndarray:
    """A page scanned sideways, turned upright; tesseract's orientation detection says which way, and
    is asked only when the page looks sideways (it costs seconds)."""
    import pytesseract

    if not _sideways(gray):
        return gray
    try:
        found = pytesseract.image_to_osd(gray, config="--psm 0", output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:
        return gray
    turns = {90: -1, 180: 2, 270: 1}.get(int(found.get("rotate", 0)), 0)
    return np.ascontiguousarray(np.rot90(gray, turns)) if turns else gray


def deskew(gray: np.ndarray) -> np.ndarray:
    """Turn the page so its text rows are level: the angle (within 3 degrees) whose row profile of ink
    is sharpest."""
    small = cv2.resize(gray, None, fx=800 / gray.shape[1], fy=800 / gray.shape[1], interpolation=cv2.INTER_AREA)
    ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)[1]
    h, w = ink.shape

    def sharpness(angle: float) -> float:
        turned = cv2.warpAffine(ink, cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0), (w, h))
        return float(np.var(turned.sum(axis=1, dtype=np.float64)))

    best = max(np.arange(-3, 3.01, 0.25), key=sharpness)
    best = max(np.arange(best - 0.25, best + 0.26, 0.05), key=sharpness)
    if abs(best) < 0.05:
        return gray
    h, w = gray.shape
    return cv2.warpAffine(gray, cv2.getRotationMatrix2D((w / 2, h / 2), float(best), 1.0), (w, h),
                          flags=cv2.INTER_CUBIC, borderValue=255)


def _positions(profile: np.ndarray, threshold: float) -> list[int]:
    """Centres of the runs where a line mask's profile is over `threshold`."""
    hits = np.flatnonzero(profile > threshold)
    if not len(hits):
        return []
    runs, start = [], hits[0]
    for a, b in zip(hits, hits[1:], strict=False):
        if b - a > 3:
            runs.append((start + a) // 2)
            start = b
    runs.append((start + hits[-1]) // 2)
    return [int(r) for r in runs]


def _lines(gray: np.ndarray, ink: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The horizontal and vertical rules: long thin runs of ink. A blot or a filled box (dark over a
    square many times a rule's thickness) is left out first, with its edges."""
    h, w = ink.shape
    side = max(9, w // 150)
    dark = (gray < 190).astype(np.uint8) * 255
    blots = cv2.dilate(cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((side, side), np.uint8)),
                       np.ones((side, side), np.uint8))
    ink = cv2.bitwise_and(ink, cv2.bitwise_not(blots))
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (w // 30, 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, h // 60)))
    return horizontal, vertical


def _words(image: np.ndarray, config: str = "--psm 6") -> list[dict]:
    import pytesseract

    data = pytesseract.image_to_data(image, lang=LANG, config=config, output_type=pytesseract.Output.DICT)
    out = []
    for i, text in enumerate(data["text"]):
        text = text.strip()
        if text and float(data["conf"][i]) >= 0:
            out.append({"text": text, "conf": float(data["conf"][i]), "x": data["left"][i], "y": data["top"][i],
                        "w": data["width"][i], "h": data["height"][i],
                        "line": (data["block_num"][i], data["par_num"][i], data["line_num"][i])})
    return out


def _join(words: list[dict]) -> str:
    """Words of one cell in reading order: by line (tops within half a word's height), then left."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: w["y"] + w["h"] / 2):
        if lines:
            centre = np.mean([x["y"] + x["h"] / 2 for x in lines[-1]])
            height = max(word["h"], max(x["h"] for x in lines[-1]))
            if abs(word["y"] + word["h"] / 2 - centre) < height * 0.6:
                lines[-1].append(word)
                continue
        lines.append([word])
    return " ".join(" ".join(w["text"] for w in sorted(line, key=lambda w: w["x"])) for line in lines)


def _merged(horizontal: np.ndarray, vertical: np.ndarray, rows: list[int], cols: list[int]) -> dict:
    """Which cell each grid position belongs to: a missing rule between two positions merges them."""
    parent = {(r, c): (r, c) for r in range(len(rows) - 1) for c in range(len(cols) - 1)}

    def find(a: tuple[int, int]) -> tuple[int, int]:
        while parent[a] != a:
            a = parent[a]
        return a

    for r in range(len(rows) - 1):
        for c in range(len(cols) - 1):
            x0, x1, y0, y1 = cols[c], cols[c + 1], rows[r], rows[r + 1]
            if c + 1 < len(cols) - 1:
                band = vertical[y0 + 4:y1 - 3, max(0, cols[c + 1] - 4):cols[c + 1] + 5].max(axis=1)
                if band.size and (band > 0).mean() < 0.5:
                    parent[find((r, c + 1))] = find((r, c))
            if r + 1 < len(rows) - 1:
                band = horizontal[max(0, rows[r + 1] - 4):rows[r + 1] + 5, x0 + 4:x1 - 3].max(axis=0)
                if band.size and (band > 0).mean() < 0.5:
                    parent[find((r + 1, c))] = find((r, c))
    return {k: find(k) for k in parent}


def _ruled(gray: np.ndarray, ink: np.ndarray, number: int) -> tuple[list[PageTable], str] | None:
    horizontal, vertical = _lines(gray, ink)
    h, w = ink.shape
    rows = _positions(horizontal.sum(axis=1) / 255, 0.25 * (horizontal.sum(axis=1).max() / 255))
    cols = _positions(vertical.sum(axis=0) / 255, 0.25 * (vertical.sum(axis=0).max() / 255))
    if len(rows) < 3 or len(cols) < 3:
        return None
    rules = cv2.dilate(cv2.bitwise_or(horizontal, vertical), np.ones((5, 5), np.uint8))
    clean = gray.copy()
    clean[rules > 0] = 255
    words = _words(clean)
    owner = _merged(horizontal, vertical, rows, cols)
    boxes: dict[tuple[int, int], Box] = {}
    for (r, c), root in owner.items():
        x0, y0, x1, y1 = boxes.get(root, (cols[c], rows[r], cols[c + 1], rows[r + 1]))
        boxes[root] = (min(x0, cols[c]), min(y0, rows[r]), max(x1, cols[c + 1]), max(y1, rows[r + 1]))
    in_cell: dict[tuple[int, int], list[dict]] = {}
    title = []
    for word in words:
        cx, cy = word["x"] + word["w"] / 2, word["y"] + word["h"] / 2
        if cy < rows[0]:
            title.append(word)
            continue
        r = int(np.searchsorted(rows, cy)) - 1
        c = int(np.searchsorted(cols, cx)) - 1
        if 0 <= r < len(rows) - 1 and 0 <= c < len(cols) - 1:
            in_cell.setdefault(owner[(r, c)], []).append(word)
    texts: list[list[str | None]] = [[None] * (len(cols) - 1) for _ in range(len(rows) - 1)]
    info: dict[tuple[int, int], CellInfo] = {}
    for (r, c), root in owner.items():
        found = in_cell.get(root, [])
        text = _join(found)
        x0, y0, x1, y1 = boxes[root]
        inner = clean[y0 + 5:y1 - 4, x0 + 5:x1 - 4]
        inked = inner.size and (inner < 200).mean() > 0.01
        confidence = min((wd["conf"] for wd in found), default=0.0 if inked else 100.0)
        texts[r][c] = text
        info[(r, c)] = CellInfo(number, r + 1, c + 1, (x0 / w, y0 / h, x1 / w, y1 / h), confidence, text)
    _reread_figures(clean, texts, info, boxes, owner)
    _reread_doubtful(clean, texts, info, boxes, owner)
    return [PageTable(number, texts, info)], _join(title)


def _reread_doubtful(clean: np.ndarray, texts: list[list[str | None]], info: dict, boxes: dict, owner: dict) -> None:
    """Cells read with low confidence are read again on their own (a name over two lines confuses a
    whole-page read). A figure keeps its page read, with the cell read's confidence when the two agree
    and a low one when they do not; of a name, the more confident read is kept. Other reads are left
    as candidates."""
    from etl.importer.confirm import CONFIDENCE

    for (r, c), root in owner.items():
        if root != (r, c) or (info[(r, c)].confidence or 0) >= CONFIDENCE:
            continue
        x0, y0, x1, y1 = boxes[root]
        crop = cv2.copyMakeBorder(clean[y0 + 5:y1 - 4, x0 + 5:x1 - 4], 20, 20, 20, 20, cv2.BORDER_CONSTANT,
                                  value=255)
        if crop.size == 0:
            continue
        old = info[(r, c)]
        figure = bool(old.alternatives) or bool(texts[r][c] and FIGURE.match(texts[r][c]))
        words = _words(crop, f"--psm 7 {DIGITS}" if figure else "--psm 6")
        text = "".join(w["text"] for w in sorted(words, key=lambda w: w["x"])) if figure else _join(words)
        confidence = min((w["conf"] for w in words), default=0.0)
        reads = tuple(dict.fromkeys((*old.alternatives, old.read, text)))
        if figure:
            agreed = text == (texts[r][c] or "").replace(" ", "")
            new_conf = confidence if agreed else min(confidence, old.confidence or 0, DISAGREE)
            info[(r, c)] = CellInfo(old.page, old.row, old.col, old.box, new_conf, old.read, reads)
            continue
        if confidence > (old.confidence or 0):
            for (rr, cc), other in owner.items():
                if other == root:
                    texts[rr][cc] = text
            info[(r, c)] = CellInfo(old.page, old.row, old.col, old.box, confidence, text, reads)


def _reread_figures(clean: np.ndarray, texts: list[list[str | None]], info: dict, boxes: dict, owner: dict) -> None:
    """Read each figure column again as a strip of its cells, digits only; where the two reads differ
    the cell's confidence drops under the threshold and both reads become candidates."""
    height = len(texts)
    for c in range(len(texts[0]) if texts else 0):
        cells = [r for r in range(height) if owner[(r, c)] == (r, c) and texts[r][c] and FIGURE.match(texts[r][c])]
        if len(cells) < 3:
            continue
        crops = []
        for r in cells:
            x0, y0, x1, y1 = boxes[(r, c)]
            crops.append(clean[y0 + 5:y1 - 4, x0 + 5:x1 - 4])
        width = max(cr.shape[1] for cr in crops) + 40
        gap = 30
        strip = np.full((sum(cr.shape[0] + gap for cr in crops) + gap, width), 255, np.uint8)
        tops, y = [], gap
        for crop in crops:
            strip[y:y + crop.shape[0], 20:20 + crop.shape[1]] = crop
            tops.append((y, y + crop.shape[0]))
            y += crop.shape[0] + gap
        words = _words(strip, f"--psm 6 {DIGITS}")
        second: dict[int, list[dict]] = {}
        for word in words:
            cy = word["y"] + word["h"] / 2
            for i, (a, b) in enumerate(tops):
                if a - gap / 2 <= cy <= b + gap / 2:
                    second.setdefault(i, []).append(word)
        for i, r in enumerate(cells):
            again = "".join(w["text"] for w in sorted(second.get(i, []), key=lambda w: w["x"]))
            first = (texts[r][c] or "").replace(" ", "")
            if again != first:
                old = info[(r, c)]
                info[(r, c)] = CellInfo(old.page, old.row, old.col, old.box, min(old.confidence or 0, DISAGREE),
                                        old.read, (first, again) if again else (first,))


def _unruled(gray: np.ndarray, number: int) -> tuple[list[PageTable], str]:
    """A table without rules: tesseract's words, cut into cells by etl.importer.unruled."""
    from etl.importer.unruled import Word, cut

    words = [Word(w["text"], w["x"], w["y"], w["x"] + w["w"], w["y"] + w["h"], w["conf"]) for w in _words(gray)]
    tables, title = cut(words, gray.shape[1], gray.shape[0], number)
    h, w = gray.shape
    for table in tables:
        owner = {cell: cell for cell in table.info}
        boxes = {cell: (int(i.box[0] * w), max(0, int(i.box[1] * h) - 6), int(i.box[2] * w),
                        min(h, int(i.box[3] * h) + 6)) for cell, i in table.info.items()}
        _reread_figures(gray, table.texts, table.info, boxes, owner)
        _reread_doubtful(gray, table.texts, table.info, boxes, owner)
    return tables, title


def read_page_image(gray: np.ndarray, number: int) -> tuple[list[PageTable], str]:
    """The table of one page image (grey levels), turned upright and level, and the title block above it."""
    gray = deskew(upright(gray))
    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    return _ruled(gray, ink, number) or _unruled(gray, number)
