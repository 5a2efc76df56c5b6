"""Scans: the text annexes rasterised, turned, blurred, noised and JPEG-compressed, then read by OCR.
No cell read wrong may get past the checks; a smudged digit and an unreadable name are held back
until a person confirms them, and then the import stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.importer import preview_import, store_import
from etl.importer.read_pdf import read_pdf
from etl.names import load_aliases
from etl.paths import RAW_DIR
from tests.importer.builders import warehouse_table
from tests.importer.pdf_builders import annex_pdf, comma, scan, score_cells
from tests.importer.test_pdf_text import TITLE, no_pci2021_warehouse, pci_rows, two_page_annex, without_pci2021

__all__ = ["no_pci2021_warehouse", "without_pci2021"]


@pytest.fixture(scope="module")
def pci2021(warehouse: Path) -> dict[str, dict]:
    return warehouse_table(warehouse, "pci", 2021)


def truth(table: dict[str, dict], count: int | None = None) -> dict[int, tuple[str, str, str]]:
    return {i: (row["code"], comma(row["total"]), str(row["rank"]))
            for i, (_, row) in enumerate(list(table.items())[:count], start=1)}


def doubted(report) -> set[tuple[int, int]]:  # noqa: ANN001
    return {d.cell for d in report.to_confirm if d.cell}


def test_scanned_two_page_annex_lets_no_wrong_cell_through(tmp_path, warehouse, pci2021):
    text = two_page_annex(tmp_path / "annex.pdf", pci2021, "DejaVuSans")
    path = tmp_path / "pci_2021_scan.pdf"
    scan(text, path, dpi=200, angle=0.7, noise=6, blur=3, quality=65)
    report = preview_import(path, "ranking_table", "pci", 2021, warehouse=warehouse)
    assert report.problems == []
    grid = report.grids[0]
    assert grid.scanned_pages == [1, 2]
    found = score_cells(grid, truth(pci2021), load_aliases(RAW_DIR / "reference"), doubted(report))
    assert found["cells"] == 63 * 3
    assert found["wrong_unflagged"] == 0, found["wrong"]
    assert found["right"] >= 0.95 * found["cells"]
    assert report.counts["conflict"] == 0 and report.counts["identical"] >= 55
    assert report.verdict in ("refused", "nothing_new")


def test_smudged_digit_and_unreadable_name_are_held_back_then_confirmed(tmp_path, pci2021, without_pci2021):
    raw, warehouse = without_pci2021
    rows = pci_rows(pci2021)[:20]
    text = annex_pdf(tmp_path / "top20.pdf", [["STT", "Tỉnh, thành phố", "Điểm PCI 2021", "Xếp hạng"]], rows,
                     font="DejaVuSerif", title=TITLE[:1] + ["20 tỉnh, thành phố dẫn đầu PCI 2021"],
                     widths=[40, 150, 90, 70], size=10)
    grid = read_pdf(text, "top20.pdf")[0]
    where = {(i.row, i.col): i.box for i in grid.info.values()}
    digit = where[(5, 3)]  # row of STT 4 (Đà Nẵng 70,42): blot the last digit
    name = where[(10, 2)]  # STT 9: the province name
    blots = [(digit[0] + 0.8 * (digit[2] - digit[0]), digit[1] + 0.15 * (digit[3] - digit[1]), digit[2] - 0.003,
              digit[3] - 0.15 * (digit[3] - digit[1])),
             (name[0] + 0.02 * (name[2] - name[0]), name[1] + 0.1 * (name[3] - name[1]), name[2] - 0.01,
              name[3] - 0.1 * (name[3] - name[1]))]
    path = tmp_path / "pci_2021_top20.png"
    scan(text, path, dpi=220, angle=-0.8, noise=5, blur=3, quality=70, pages=[0], smudges={1: blots})
    report = preview_import(path, "ranking_table", "pci", 2021, raw, warehouse)
    keys = {d.key: d for d in report.to_confirm}
    assert (1, 5, 3) in keys and (1, 10, 2) in keys, [d.line() for d in report.to_confirm]
    assert report.verdict == "refused" and report.counts["new"] >= 15
    found = score_cells(report.grids[0], truth(pci2021, 20), load_aliases(raw / "reference"), doubted(report))
    assert found["wrong_unflagged"] == 0, found["wrong"]
    names = list(pci2021)[:20]
    corrections = {d.key: (names[d.key[1] - 2] if d.key[2] == 2 else rows[d.key[1] - 2][d.key[2] - 1])
                   for d in report.to_confirm}
    confirmed = preview_import(path, "ranking_table", "pci", 2021, raw, warehouse, corrections)
    assert confirmed.to_confirm == [] and confirmed.verdict == "ok", [d.line() for d in confirmed.to_confirm]
    target = store_import(confirmed, raw)
    stored = target.read_text(encoding="utf-8")
    ninth = pci2021[names[8]]
    assert "Đà Nẵng,70.42,4" in stored and f"{names[8]},{ninth['total']:.2f},9" in stored


def test_a_page_scanned_sideways_is_turned_upright(tmp_path, warehouse, pci2021):
    import cv2
    import numpy as np

    text = annex_pdf(tmp_path / "top12.pdf", [["STT", "Tỉnh, thành phố", "Điểm PCI 2021", "Xếp hạng"]],
                     pci_rows(pci2021)[:12], font="DejaVuSansCondensed", widths=[40, 150, 90, 70], size=10)
    path = tmp_path / "pci_2021_sideways.jpg"
    page = scan(text, tmp_path / "upright.png", dpi=200, angle=0.4, pages=[0])[0]
    cv2.imwrite(str(path), np.rot90(page, 1), [cv2.IMWRITE_JPEG_QUALITY, 75])
    report = preview_import(path, "ranking_table", "pci", 2021, warehouse=warehouse)
    found = score_cells(report.grids[0], truth(pci2021, 12), load_aliases(RAW_DIR / "reference"), doubted(report))
    assert found["cells"] == 36 and found["wrong_unflagged"] == 0, found["wrong"]
    assert found["right"] >= 33


def test_a_scanned_table_without_rules_lets_no_wrong_cell_through(tmp_path, warehouse, pci2021):
    text = annex_pdf(tmp_path / "top25.pdf", [["STT", "Tỉnh, thành phố", "Điểm PCI 2021", "Xếp hạng"]],
                     pci_rows(pci2021)[:25], font="DejaVuSans", title=TITLE, widths=[40, 150, 90, 70], ruled=False)
    path = tmp_path / "pci_2021_unruled.png"
    scan(text, path, dpi=250, angle=0.5, pages=[0])
    report = preview_import(path, "ranking_table", "pci", 2021, warehouse=warehouse)
    found = score_cells(report.grids[0], truth(pci2021, 25), load_aliases(RAW_DIR / "reference"), doubted(report))
    assert found["cells"] == 75 and found["wrong_unflagged"] == 0, found["wrong"]
    assert found["right"] >= 70
    assert any("25 provinces read; the title states 63 provinces" in d.line() for d in report.to_confirm)


def test_a_page_the_pdf_turns_is_read_as_shown(tmp_path, warehouse, pci2021):
    import pypdfium2

    text = annex_pdf(tmp_path / "top12.pdf", [["STT", "Tỉnh, thành phố", "Điểm PCI 2021", "Xếp hạng"]],
                     pci_rows(pci2021)[:12], font="DejaVuSans", widths=[40, 150, 90, 70], signature=False)
    document = pypdfium2.PdfDocument(str(text))
    document[0].set_rotation(90)
    path = tmp_path / "pci_2021_rotated.pdf"
    document.save(str(path))
    document.close()
    report = preview_import(path, "ranking_table", "pci", 2021, warehouse=warehouse)
    assert report.grids[0].scanned_pages == [1]
    found = score_cells(report.grids[0], truth(pci2021, 12), load_aliases(RAW_DIR / "reference"), doubted(report))
    assert found["cells"] == 36 and found["wrong_unflagged"] == 0, found["wrong"]
    assert report.counts["identical"] >= 10 and report.counts["conflict"] == 0
