"""The Data page's import of a PDF annex: cells to confirm are listed with their crops, nothing is stored
while one is open, and once the person's confirmed value is in, the annex stores."""

from __future__ import annotations

from etl import paths
from etl.build import build
from tests.app.test_import_section import upload
from tests.importer.builders import warehouse_table
from tests.importer.test_pdf_text import _without_pci2021, two_page_annex


def test_a_pdf_cell_to_confirm_blocks_storing_until_it_is_confirmed(open_page, monkeypatch, tmp_path):
    raw = _without_pci2021(tmp_path)
    before = tmp_path / "before.duckdb"
    build(raw, before, say=lambda _msg: None)
    pdf = two_page_annex(tmp_path / "PCI 2021 phụ lục.pdf", warehouse_table(paths.WAREHOUSE, "pci", 2021),
                         "DejaVuSans", names={"Vĩnh Phúc": "Vinh Phuuc xx"})
    monkeypatch.setenv("VNGOV_IMPORT", "store")
    monkeypatch.setattr(paths, "RAW_DIR", raw)
    monkeypatch.setattr(paths, "WAREHOUSE", before)
    at = upload(open_page, pdf.name, pdf.read_bytes(), "application/pdf", "ranking_table", "pci", 2021)
    assert at.error[0].value == "Refused: nothing can be stored. Problems and conflicts:"
    assert ("needs confirming: page 1, row 7, column 2 (Tỉnh, thành phố): read 'Vinh Phuuc xx': unknown province "
            "'Vinh Phuuc xx'; candidates: Vĩnh Phúc") in at.code[0].value
    assert "import_store" not in [b.key for b in at.button]
    assert "import_confirm_apply" in [b.key for b in at.button]
    assert len(at.get("image")) == 1
    at.session_state["import_confirmed"] = {(1, 7, 2): "Vĩnh Phúc"}
    at.run()
    assert at.success[0].value.startswith("The file passes every check of the build. Differences: 63 new")
    assert "1 cell(s) confirmed; the confirmed value is used instead of what was read." in [c.value for c in at.caption]
    at.button(key="import_store").click().run()
    stored = sorted((raw / "pci").glob("imported_2021_*.csv"))
    assert len(stored) == 1 and "Vĩnh Phúc,69.69,5" in stored[0].read_text(encoding="utf-8")
