"""The Data page's import: hidden by default; with VNGOV_IMPORT=preview a visitor sees the build's checks and the
diff but nothing is stored; with VNGOV_IMPORT=store an accepted file lands in the raw layer the app points at."""

from __future__ import annotations

import shutil

import pytest

from etl import paths
from etl.build import build
from tests.importer.builders import tidy_csv, vcci_workbook, warehouse_table
from tests.importer.conftest import tree_digest

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def upload(open_page, name: str, content: bytes, mime: str, spec: str, index: str | None = None,
           year: int | None = None):
    at = open_page("data", lang="en")
    at.selectbox(key="import_spec").set_value(spec)
    if index:
        at.selectbox(key="import_index").set_value(index)
    if year:
        at.number_input(key="import_year").set_value(year)
    at.file_uploader(key="import_file").set_value((name, content, mime))
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_import_is_off_by_default(open_page, monkeypatch):
    monkeypatch.delenv("VNGOV_IMPORT", raising=False)
    at = open_page("data")
    assert len(at.file_uploader) == 0


def test_preview_of_a_repeat_says_nothing_new_and_writes_nothing(open_page, monkeypatch, tmp_path):
    monkeypatch.setenv("VNGOV_IMPORT", "preview")
    before = tree_digest(paths.RAW_DIR)
    workbook = vcci_workbook(tmp_path / "PCI_2016.xlsx", warehouse_table(paths.WAREHOUSE, "pci", 2016), 2016)
    at = upload(open_page, "PCI_2016.xlsx", workbook.read_bytes(), XLSX, "vcci_pci_workbook")
    assert [i.value for i in at.info][-1] == ("PCI_2016.xlsx only repeats what the warehouse holds for pci 2016 "
                                              "(693 identical values); nothing stored")
    assert [b.key for b in at.button] == ["prep_xlsx"], "no store button in preview mode"
    assert tree_digest(paths.RAW_DIR) == before


def test_a_conflicting_figure_is_refused_with_both_sources(open_page, monkeypatch, tmp_path):
    monkeypatch.setenv("VNGOV_IMPORT", "store")
    # A deliberately wrong figure: the warehouse holds Quảng Ninh PCI 2021 = 73.02 (VCCI).
    csv = tidy_csv(tmp_path / "pci_2021.csv", [("Quảng Ninh", "total", 80.0, 1)])
    at = upload(open_page, "../../pci_2021.csv", csv.read_bytes(), "text/csv", "tidy_csv", "pci", 2021)
    assert at.error[0].value == "Refused: nothing can be stored. Problems and conflicts:"
    report = at.code[0].value
    assert report.startswith("pci_2021.csv refused; nothing stored")
    assert ("conflict: total Quảng Ninh (63-22): warehouse 73.0225 rank 1 (published/published) from pci_2021 "
            "(pci/2021.csv; https://pcivietnam.vn) <> import 80 rank 1 from pci_2021.csv (spec tidy_csv)") in report
    assert ("The figures as read from the file, against the warehouse (0 new, 0 changed, 0 identical, 1 conflict); "
            "nothing is stored: see the problems above for the figures they touch.") in [c.value for c in at.caption]
    shown = next(d.value for d in at.dataframe if "change" in d.value.columns)
    assert shown[["province", "value", "warehouse_value", "change"]].values.tolist() == [
        ["Quảng Ninh", 80.0, 73.022469, "conflict"]]
    assert [b.key for b in at.button] == ["prep_xlsx"]


def test_store_mode_writes_an_accepted_file_into_the_raw_layer(open_page, monkeypatch, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(paths.RAW_DIR, raw)
    (raw / "pci/2016.csv").unlink()
    (raw / "pci/2016.csv.meta.yaml").unlink()
    before = tmp_path / "before.duckdb"
    build(raw, before, say=lambda _msg: None)
    workbook = vcci_workbook(tmp_path / "PCI_2016.xlsx", warehouse_table(paths.WAREHOUSE, "pci", 2016), 2016)
    monkeypatch.setenv("VNGOV_IMPORT", "store")
    monkeypatch.setattr(paths, "RAW_DIR", raw)
    monkeypatch.setattr(paths, "WAREHOUSE", before)
    at = upload(open_page, "PCI_2016.xlsx", workbook.read_bytes(), XLSX, "vcci_pci_workbook")
    assert at.success[0].value.startswith("The file passes every check of the build. Differences: 693 new")
    at.button(key="import_store").click().run()
    stored = sorted((raw / "pci").glob("imported_2016_*.csv"))
    assert len(stored) == 1
    assert at.success[-1].value == f"Stored as {stored[0]}. Run `python -m etl build` to load it."


@pytest.mark.parametrize("name", ["evil.exe", "../../etc/passwd", "report.xlsx.exe"])
def test_an_upload_with_a_name_outside_the_whitelist_is_refused(name):
    from etl.importer.upload import UploadRefused, safe_name

    with pytest.raises(UploadRefused,
                       match="only .xlsx, .xls, .csv, .html, .htm, .pdf, .png, .jpg, .jpeg files can be imported"):
        safe_name(name)


@pytest.mark.parametrize(("name", "safe"), [("../../data/raw/pci/2016.csv", "2016.csv"),
                                            ("..\\..\\PCI 2016 Tổng hợp.xlsx", "PCI_2016_Tong_hop.xlsx"),
                                            ("/tmp/Đà Nẵng.html", "Da_Nang.html")])
def test_an_upload_name_cannot_leave_its_folder(name, safe, tmp_path):
    from etl.importer.upload import save_upload

    target = save_upload(name, b"province,indicator,value,rank\n", tmp_path)
    assert target == tmp_path / safe and target.read_bytes().startswith(b"province")


def test_an_upload_over_the_size_limit_is_refused(tmp_path):
    from etl.importer.upload import MAX_BYTES, UploadRefused, save_upload

    with pytest.raises(UploadRefused, match="over the 20 MB limit"):
        save_upload("big.csv", b"x" * (MAX_BYTES + 1), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_import_setting_is_a_whitelist(monkeypatch):
    from ui.importing import mode

    for value, expected in [("store", "store"), (" Preview ", "preview"), ("yes", "off"), ("", "off")]:
        monkeypatch.setenv("VNGOV_IMPORT", value)
        assert mode() == expected
