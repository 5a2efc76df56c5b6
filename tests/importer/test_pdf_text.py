"""Text PDFs: annexes over two pages with the header repeated, footers, a title block, merged header
cells, a name over two lines, decimal commas, a landscape annex with component columns and their
maximum in the header. Every figure is PCI 2021 or PAR INDEX 2023 as the warehouse holds them."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from etl.build import build
from etl.catalogue import load_catalogue
from etl.importer import preview_import, store_import
from etl.importer.confirm import parse_corrections
from tests.importer.builders import warehouse_table
from tests.importer.pdf_builders import annex_pdf, comma
from tests.importer.test_cli import etl

TITLE = ["PHỤ LỤC", "KẾT QUẢ XẾP HẠNG CHỈ SỐ PCI NĂM 2021 CỦA 63 TỈNH, THÀNH PHỐ",
         "(Kèm theo Quyết định số 123/QĐ-BNV ngày 01 tháng 4 năm 2022 của Bộ Nội vụ)"]
TWO_LINES = {"Bà Rịa - Vũng Tàu": "Bà Rịa -\nVũng Tàu", "Thừa Thiên Huế": "Thừa Thiên\nHuế"}


def pci_rows(table: dict[str, dict], names: dict[str, str] | None = None) -> list[list[str]]:
    names = names or {}
    return [[str(i), names.get(name, TWO_LINES.get(name, name)), comma(row["total"]), str(row["rank"])]
            for i, (name, row) in enumerate(table.items(), start=1)]


def two_page_annex(path: Path, table: dict[str, dict], font: str, names: dict[str, str] | None = None,
                   rows: list[list[str]] | None = None) -> Path:
    header = [["STT", "Tỉnh, thành phố", "Chỉ số PCI 2021", ""], ["", "", "Điểm", "Xếp hạng"]]
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0))]
    return annex_pdf(path, header, rows or pci_rows(table, names), font=font, title=TITLE, spans=spans,
                     widths=[40, 150, 90, 70])


@pytest.fixture(scope="module")
def pci2021(warehouse: Path) -> dict[str, dict]:
    table = warehouse_table(warehouse, "pci", 2021)
    assert len(table) == 63
    return table


def _without_pci2021(root: Path) -> Path:
    """A copy of the raw layer under `root` without PCI 2021."""
    from etl.paths import RAW_DIR

    raw = root / "raw"
    shutil.copytree(RAW_DIR, raw)
    (raw / "pci/2021.csv").unlink()
    (raw / "pci/2021.csv.meta.yaml").unlink()
    return raw


@pytest.fixture(scope="module")
def no_pci2021_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse without PCI 2021, so an annex of it brings new values."""
    root = tmp_path_factory.mktemp("no-pci-2021")
    build(_without_pci2021(root), root / "warehouse.duckdb", say=lambda _msg: None)
    return root / "warehouse.duckdb"


@pytest.fixture
def without_pci2021(tmp_path: Path, no_pci2021_warehouse: Path) -> tuple[Path, Path]:
    """A throw-away raw layer without PCI 2021, and the warehouse built from such a layer."""
    return _without_pci2021(tmp_path), no_pci2021_warehouse


@pytest.mark.parametrize("font", ["DejaVuSans", "DejaVuSerif"])
def test_two_page_annex_reads_every_province(tmp_path, warehouse, pci2021, font):
    path = two_page_annex(tmp_path / "pci_2021_annex.pdf", pci2021, font)
    report = preview_import(path, "ranking_table", "pci", 2021, warehouse=warehouse)
    assert report.problems == [] and report.to_confirm == []
    rows = report.preview.set_index("province")
    assert len(rows) == 63
    assert rows.loc["Quảng Ninh", "score"] == "73.02" and rows.loc["Quảng Ninh", "rank"] == "1"
    assert rows.loc["Bà Rịa - Vũng Tàu", "score"] == comma(pci2021["Bà Rịa - Vũng Tàu"]["total"]).replace(",", ".")
    assert rows.loc["Cao Bằng", "rank"] == "63"
    assert report.counts == {"new": 0, "changed": 0, "identical": 63, "conflict": 0}
    assert report.verdict == "nothing_new"


def test_wrong_figure_and_unknown_name_need_confirming_and_the_diff_is_still_shown(tmp_path, warehouse, pci2021):
    rows = pci_rows(pci2021, {"Vĩnh Phúc": "Vinh Phuuc xx"})
    rows[5][2] = "96,61"  # deliberately wrong: Bình Dương's 69,61 with two digits swapped
    path = two_page_annex(tmp_path / "pci_2021_bad.pdf", pci2021, "DejaVuSerif", rows=rows)
    report = preview_import(path, "ranking_table", "pci", 2021, warehouse=warehouse)
    lines = [d.line() for d in report.to_confirm]
    assert any("page 1, row 7, column 2 (Tỉnh, thành phố): read 'Vinh Phuuc xx': unknown province" in ln
               and "candidates: Vĩnh Phúc" in ln for ln in lines), lines
    assert any("page 1, row 8, column 3 (Chỉ số PCI 2021 Điểm): read '96,61': score 96.61 contradicts" in ln
               for ln in lines), lines
    assert len(report.to_confirm) == 2
    assert report.verdict == "refused"
    assert report.counts["identical"] == 61 and report.counts["conflict"] == 1


def test_cli_lists_crops_then_stores_once_confirmed(tmp_path, pci2021, without_pci2021):
    raw, warehouse = without_pci2021
    path = two_page_annex(tmp_path / "pci_2021.pdf", pci2021, "DejaVuSans", names={"Vĩnh Phúc": "Vinh Phuuc xx"})
    first = etl("import", str(path), "--spec", "ranking_table", "--index", "pci", "--year", "2021", "--yes",
                raw=raw, warehouse=warehouse)
    assert first.returncode == 1
    assert "1 cell(s) need confirming" in first.stdout and "62 new, 0 changed" in first.stdout
    listing = tmp_path / "pci_2021.confirm" / "needs_confirming.csv"
    assert (tmp_path / "pci_2021.confirm" / "p1_r7_c2.png").stat().st_size > 200
    assert list((raw / "pci").glob("imported_2021_*")) == []
    records = list(csv.DictReader(listing.open(encoding="utf-8")))
    assert [(r["page"], r["row"], r["column"], r["read"]) for r in records] == [("1", "7", "2", "Vinh Phuuc xx")]
    records[0]["confirmed"] = "Vĩnh Phúc"
    with listing.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(records[0]))
        writer.writeheader()
        writer.writerows(records)
    second = etl("import", str(path), "--spec", "ranking_table", "--index", "pci", "--year", "2021", "--yes",
                 "--confirm", str(listing), raw=raw, warehouse=warehouse)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "63 new" in second.stdout and "stored " in second.stdout
    stored = next((raw / "pci").glob("imported_2021_*.csv")).read_text(encoding="utf-8")
    assert "Vĩnh Phúc,69.69,5" in stored and "Vinh Phuuc" not in stored


def test_a_correction_for_a_cell_not_in_the_table_is_an_error(tmp_path, warehouse, pci2021):
    path = two_page_annex(tmp_path / "pci_2021.pdf", pci2021, "DejaVuSans")
    corrections = parse_corrections("page,row,column,confirmed\n3,4,2,Hà Nội\n", "fix.csv")
    report = preview_import(path, "ranking_table", "pci", 2021, warehouse=warehouse, corrections=corrections)
    assert [str(p) for p in report.problems] == [
        "pci_2021.pdf: corrections: page 3, row 4, column 2 is not a cell of the table"]


def test_landscape_annex_reads_components_under_their_maximum(tmp_path, warehouse, pci2021):
    subs = [i for i in load_catalogue().index("pci").indicators if i.parent == "total" and i.exists_in(2021)]
    header = [["STT", "Tỉnh, thành phố", *[f"{i.name_vi} (10 điểm)" for i in subs], "PCI 2021", "Xếp hạng"]]
    rows = [[str(n), name, *[comma(row[i.code]) for i in subs], comma(row["total"]), str(row["rank"])]
            for n, (name, row) in enumerate(list(pci2021.items())[:30], start=1)]
    rows[2][4] = "12,40"  # deliberately over the header's maximum of 10
    path = annex_pdf(tmp_path / "pci_2021_landscape.pdf", header, rows, font="DejaVuSerif", wide=True, size=7,
                     title=["BẢNG XẾP HẠNG PCI 2021: 30 TỈNH DẪN ĐẦU"], widths=[24, 90, *[52] * 10, 42, 40])
    report = preview_import(path, "ranking_table", "pci", 2021, warehouse=warehouse)
    rows_read = report.preview.set_index("province")
    assert len(rows_read) == 30
    first = next(iter(pci2021))
    assert rows_read.loc[first, "gia_nhap_thi_truong"] == f"{pci2021[first]['gia_nhap_thi_truong']:.2f}"
    assert rows_read.loc[first, "tinh_nang_dong"] == f"{pci2021[first]['tinh_nang_dong']:.2f}"
    lines = [d.line() for d in report.to_confirm]
    assert len(lines) == 1 and "page 1, row 4, column 5" in lines[0] and "12.4 is outside 0..10" in lines[0], lines


def test_moha_annex_with_percent_scores(tmp_path, warehouse):
    table = warehouse_table(warehouse, "par_index", 2023)
    top = [(name, row) for name, row in table.items() if row.get("total") is not None][:5]
    header = [["STT", "Tỉnh, thành phố", "Chỉ số PAR INDEX 2023 (%)", "Xếp hạng"]]
    rows = [[str(n), name, f"{comma(row['total'])}%", str(row["rank"])] for n, (name, row) in enumerate(top, 1)]
    path = annex_pdf(tmp_path / "par_2023.pdf", header, rows, font="DejaVuSans",
                     title=["PHỤ LỤC", "Kèm theo Quyết định số 456/QĐ-BNV"])
    report = preview_import(path, "moha_decision_annex", "par_index", 2023, warehouse=warehouse)
    assert report.to_confirm == [] and report.problems == []
    assert report.preview["score"].tolist() == [f"{row['total']:.2f}" for _, row in top]
    assert report.counts["identical"] == 5


@pytest.mark.parametrize("score_header", ["Chỉ số CCHC năm 2023 (%)", "Chỉ số cải cách hành chính năm 2023",
                                          "Tổng điểm đạt được", "PAR Index 2023"])
def test_moha_annex_reads_the_score_headers_annexes_print(tmp_path, warehouse, score_header):
    table = warehouse_table(warehouse, "par_index", 2023)
    top = [(name, row) for name, row in table.items() if row.get("total") is not None and row.get("rank")][:4]
    rows = [[str(n), name, comma(row["total"]), str(row["rank"])] for n, (name, row) in enumerate(top, 1)]
    path = annex_pdf(tmp_path / "par_2023.pdf", [["STT", "Tên tỉnh, thành phố", score_header, "Xếp hạng"]], rows,
                     font="DejaVuSerif", title=["PHỤ LỤC", "Kèm theo Quyết định số 123/QĐ-BNV"])
    report = preview_import(path, "moha_decision_annex", "par_index", 2023, warehouse=warehouse)
    assert report.to_confirm == [] and report.problems == []
    assert report.preview["score"].tolist() == [f"{row['total']:.2f}" for _, row in top]
    assert report.counts["identical"] == 4


def test_store_rereads_with_the_same_corrections(tmp_path, pci2021, without_pci2021):
    raw, warehouse = without_pci2021
    path = two_page_annex(tmp_path / "pci_2021_b.pdf", pci2021, "DejaVuSerif", names={"Hà Nội": "Ha Noii 9"})
    report = preview_import(path, "ranking_table", "pci", 2021, raw, warehouse)
    assert [d.key for d in report.to_confirm] == [(1, 12, 2)]
    fixed = preview_import(path, "ranking_table", "pci", 2021, raw, warehouse, {(1, 12, 2): "Hà Nội"})
    assert fixed.verdict == "ok", [str(p) for p in fixed.problems]
    target = store_import(fixed, raw)
    assert "Hà Nội,68.60,10" in target.read_text(encoding="utf-8")


def test_a_row_of_maximum_points_under_the_header_is_header(tmp_path, warehouse, pci2021):
    subs = [i for i in load_catalogue().index("pci").indicators if i.parent == "total" and i.exists_in(2021)][:4]
    header = [["STT", "Tỉnh, thành phố", *[i.name_vi for i in subs], "Điểm PCI", "Xếp hạng"],
              ["", "Điểm tối đa", *["10" for _ in subs], "100", ""]]
    rows = [[str(n), name, *[comma(row[i.code]) for i in subs], comma(row["total"]), str(row["rank"])]
            for n, (name, row) in enumerate(list(pci2021.items())[:12], start=1)]
    path = annex_pdf(tmp_path / "pci_2021_max.pdf", header, rows, font="DejaVuSansCondensed", wide=True,
                     widths=[30, 110, *[90] * 4, 60, 50])
    report = preview_import(path, "ranking_table", "pci", 2021, warehouse=warehouse)
    assert report.problems == [] and report.to_confirm == [], [d.line() for d in report.to_confirm]
    assert report.preview.columns.tolist() == ["province", "score", "rank", *[i.columns[0] for i in subs]]
    assert len(report.preview) == 12 and report.counts["identical"] == 12 * 5


def test_a_confirmed_name_that_is_still_unknown_is_refused(tmp_path, warehouse, pci2021):
    path = two_page_annex(tmp_path / "pci_2021.pdf", pci2021, "DejaVuSans", names={"Vĩnh Phúc": "Vinh Phuuc xx"})
    report = preview_import(path, "ranking_table", "pci", 2021, warehouse=warehouse,
                            corrections={(1, 7, 2): "Vinh Phuc zz"})
    assert report.to_confirm == [] and report.verdict == "refused"
    assert [str(p) for p in report.problems] == [
        "pci_2021.pdf [table], row 7, column 'B (Tỉnh, thành phố)', value 'Vinh Phuc zz': unknown province "
        "'Vinh Phuc zz'; closest known names: Vĩnh Phúc, Bình Phước"]


def test_a_table_without_rules_is_cut_by_its_white_gaps(tmp_path, warehouse, pci2021):
    rows = pci_rows(pci2021)
    path = annex_pdf(tmp_path / "pci_2021_unruled.pdf", [["STT", "Tỉnh, thành phố", "Điểm PCI 2021", "Xếp hạng"]],
                     rows, font="DejaVuSerif", title=TITLE, widths=[40, 150, 90, 70], ruled=False)
    report = preview_import(path, "ranking_table", "pci", 2021, warehouse=warehouse)
    assert report.problems == [] and report.to_confirm == [], [d.line() for d in report.to_confirm]
    read = report.preview.set_index("province")
    assert len(read) == 63 and read.loc["Bà Rịa - Vũng Tàu", "rank"] == "9"
    assert read.loc["Thừa Thiên Huế", "score"] == f"{pci2021['Thừa Thiên Huế']['total']:.2f}"
    assert report.counts["identical"] == 63


def test_a_pdf_of_many_pages_is_refused_before_it_is_read(tmp_path, warehouse):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "cong_bao.pdf"
    canvas = Canvas(str(path))
    for number in range(41):
        canvas.drawString(72, 720, f"Trang {number + 1}")
        canvas.showPage()
    canvas.save()
    report = preview_import(path, "ranking_table", "pci", 2021, warehouse=warehouse)
    assert [str(p) for p in report.problems] == [
        "cong_bao.pdf: cong_bao.pdf: 41 pages; an annex has a few (at most 40 are read): save the annex's pages as "
        "their own PDF"]
