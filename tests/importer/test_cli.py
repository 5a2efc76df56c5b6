"""`python -m etl import` end to end in subprocesses, against a raw copy and temp warehouses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb

from etl.paths import ROOT
from tests.importer.builders import vcci_workbook, warehouse_table
from tests.importer.conftest import tree_digest


def etl(*args: str, raw: Path, warehouse: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "VNGOV_RAW_DIR": str(raw), "VNGOV_WAREHOUSE": str(warehouse)}
    return subprocess.run([sys.executable, "-m", "etl", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def test_preview_of_a_repeat_says_nothing_new(raw_copy, tmp_path, warehouse):
    path = vcci_workbook(tmp_path / "PCI_2016.xlsx", warehouse_table(warehouse, "pci", 2016), 2016)
    before = tree_digest(raw_copy)
    run = etl("import", str(path), "--spec", "vcci_pci_workbook", "--yes", raw=raw_copy, warehouse=warehouse)
    assert run.returncode == 0, run.stderr
    assert "Diff against" in run.stdout and "0 new, 0 changed, 693 identical, 0 conflict" in run.stdout
    assert "only repeats what the warehouse holds for pci 2016 (693 identical values); nothing stored" in run.stdout
    assert tree_digest(raw_copy) == before


def test_refused_import_exits_1_and_names_the_cell(raw_copy, tmp_path, warehouse):
    table = warehouse_table(warehouse, "pci", 2016)
    path = vcci_workbook(tmp_path / "PCI_2016.xlsx", table, 2016, names={"Hải Phòng": "Hải Phongg"})
    run = etl("import", str(path), "--spec", "vcci_pci_workbook", "--yes", raw=raw_copy, warehouse=warehouse)
    assert run.returncode == 1
    assert "value 'Hải Phongg': unknown province 'Hải Phongg'; closest known names: Hải Phòng" in run.stdout
    assert "PCI_2016.xlsx refused; nothing stored" in run.stderr


def test_unknown_spec_exits_1(raw_copy, tmp_path, warehouse):
    path = tmp_path / "x.csv"
    path.write_text("province,indicator,value\n", encoding="utf-8")
    run = etl("import", str(path), "--spec", "nope", raw=raw_copy, warehouse=warehouse)
    assert run.returncode == 1
    assert "no spec named 'nope'; known specs: dti_html_table, moha_annex_table" in run.stdout


def test_import_yes_then_build_holds_the_values(raw_copy, tmp_path, warehouse):
    (raw_copy / "pci/2016.csv").unlink()
    (raw_copy / "pci/2016.csv.meta.yaml").unlink()
    target = tmp_path / "warehouse.duckdb"
    assert etl("build", raw=raw_copy, warehouse=target).returncode == 0
    path = vcci_workbook(tmp_path / "PCI_2016.xlsx", warehouse_table(warehouse, "pci", 2016), 2016)
    dry = etl("import", str(path), "--spec", "vcci_pci_workbook", raw=raw_copy, warehouse=target)
    assert dry.returncode == 0 and "693 new" in dry.stdout and "dry run: nothing written" in dry.stdout
    run = etl("import", str(path), "--spec", "vcci_pci_workbook", "--yes", raw=raw_copy, warehouse=target)
    assert run.returncode == 0, run.stderr
    assert "stored " in run.stdout
    built = etl("build", raw=raw_copy, warehouse=target)
    assert built.returncode == 0, built.stderr
    con = duckdb.connect(str(target), read_only=True)
    try:
        top = con.execute("SELECT province_id, round(value, 2), rank FROM fact_value WHERE index_code = 'pci' "
                          "AND year = 2016 AND indicator_code = 'total' AND rank = 1").fetchall()
    finally:
        con.close()
    assert top == [("63-48", 70.0, 1)]
