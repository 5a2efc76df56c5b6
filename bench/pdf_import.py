"""PDF and scan import on the fixture set: seconds per A4 page, share of cells read right before the
checks, share of the cells the checks let through that are right, and wrong cells that would reach
the store (those no check or confidence held back; target 0). Wall seconds depend on the machine's
load; CPU seconds (this process and tesseract's) do not.

The fixtures are the tests' own (tests/importer/pdf_builders.py): PCI 2021 as the warehouse holds it
(63 real provinces and figures), typeset in three DejaVu faces and scanned at 150-300 dpi, turned,
blurred, noised and JPEG-compressed. Target: a scanned page in under 10 s on 2 cores.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl import paths  # noqa: E402
from etl.build import build  # noqa: E402
from etl.importer import preview_import  # noqa: E402
from etl.names import load_aliases  # noqa: E402
from tests.importer.builders import warehouse_table  # noqa: E402
from tests.importer.pdf_builders import annex_pdf, comma, scan, score_cells  # noqa: E402
from tests.importer.test_pdf_text import TITLE, pci_rows, two_page_annex  # noqa: E402

CASES = [
    # name, font, scan settings (None: the text PDF itself), target suffix
    ("text, 2 pages, DejaVuSans", "DejaVuSans", None, ".pdf"),
    ("text, 2 pages, DejaVuSerif", "DejaVuSerif", None, ".pdf"),
    ("scan 200 dpi, 0.7°, JPEG 65, DejaVuSans", "DejaVuSans", dict(dpi=200, angle=0.7, quality=65), ".pdf"),
    ("scan 300 dpi, -0.4°, JPEG 50, DejaVuSerif", "DejaVuSerif", dict(dpi=300, angle=-0.4, noise=8, quality=50),
     ".pdf"),
    ("scan 150 dpi, 1.0°, JPEG 70, DejaVuSansCondensed", "DejaVuSansCondensed", dict(dpi=150, angle=1.0, quality=70),
     ".pdf"),
    ("photo PNG 220 dpi, -0.8°, top 20, DejaVuSerif", "DejaVuSerif",
     dict(dpi=220, angle=-0.8, quality=70, pages=[0]), ".png"),
    ("no rules, PNG 250 dpi, 0.5°, top 20, DejaVuSans", "DejaVuSans", dict(dpi=250, angle=0.5, pages=[0]), ".png"),
]


def _cpu() -> float:
    """CPU seconds of this process and its finished children (tesseract runs as a child process): the
    figure that does not depend on what else the machine is doing."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> int:
    if not paths.WAREHOUSE.exists():
        build(paths.RAW_DIR, paths.WAREHOUSE, say=lambda _msg: None)
    table = warehouse_table(paths.WAREHOUSE, "pci", 2021)
    aliases = load_aliases(paths.RAW_DIR / "reference")
    print(f"{'case':<52} {'pages':>5} {'s/page':>7} {'cpu s/page':>10} {'right':>7} {'held':>5} {'passed right':>12} "
          f"{'wrong stored':>12}")
    totals = {"right": 0, "cells": 0, "passed": 0, "passed_right": 0, "wrong": 0}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for number, (name, font, settings, suffix) in enumerate(CASES):
            top = 20 if suffix == ".png" else 63
            if top == 20:
                text = annex_pdf(folder / f"text{number}.pdf", [["STT", "Tỉnh, thành phố", "Điểm PCI 2021",
                                                                  "Xếp hạng"]], pci_rows(table)[:20], font=font,
                                 title=TITLE[:1], widths=[40, 150, 90, 70], size=10, ruled="no rules" not in name)
            else:
                text = two_page_annex(folder / f"text{number}.pdf", table, font)
            path = text if settings is None else folder / f"scan{number}{suffix}"
            if settings is not None:
                scan(text, path, **settings)
            started, cpu = time.perf_counter(), _cpu()
            report = preview_import(path, "ranking_table", "pci", 2021, warehouse=paths.WAREHOUSE)
            seconds, cpu = time.perf_counter() - started, _cpu() - cpu
            pages = 1 if suffix == ".png" else 2
            truth = {i: (row["code"], comma(row["total"]), str(row["rank"]))
                     for i, (_, row) in enumerate(list(table.items())[:top], start=1)}
            doubted = {d.cell for d in report.to_confirm if d.cell}
            found = score_cells(report.grids[0], truth, aliases, doubted) if report.grids else None
            if found is None:
                print(f"{name:<52} failed: {[str(p) for p in report.problems][:2]}")
                continue
            passed = found["cells"] - found["doubted"]
            passed_right = passed - found["wrong_unflagged"]
            for key, value in (("right", found["right"]), ("cells", found["cells"]), ("passed", passed),
                               ("passed_right", passed_right), ("wrong", found["wrong_unflagged"])):
                totals[key] += value
            print(f"{name:<52} {pages:>5} {seconds / pages:>7.1f} {cpu / pages:>10.1f} "
                  f"{found['right'] / found['cells']:>7.1%} "
                  f"{found['doubted']:>5} {passed_right / max(passed, 1):>12.1%} {found['wrong_unflagged']:>12}")
    print(f"all cases: {totals['right'] / totals['cells']:.1%} of {totals['cells']} cells read right before the "
          f"checks; {totals['passed_right'] / max(totals['passed'], 1):.2%} of the {totals['passed']} cells the "
          f"checks let through are right; wrong cells that would reach the store: {totals['wrong']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
