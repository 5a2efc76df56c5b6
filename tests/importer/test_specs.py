"""Specs load with clear errors that name the spec file and the key to fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.importer.spec import SpecError, list_specs, load_spec

SHIPPED = ["dti_html_table", "moha_annex_table", "moha_decision_annex", "ranking_table", "tidy_csv",
           "undp_papi_workbook", "undp_papi_workbook_transposed", "vcci_pci_workbook"]


def test_every_shipped_spec_loads():
    assert list_specs() == SHIPPED
    assert load_spec("vcci_pci_workbook").blocks[1].sheet == "*"
    assert load_spec("undp_papi_workbook_transposed").blocks[0].transpose is True
    assert load_spec("tidy_csv").shape == "long"
    assert load_spec("vcci_pci_workbook").blocks[0].province_columns == "left"
    assert load_spec("undp_papi_workbook").blocks[0].sheet == ("*{year}*", 0)
    assert "Dịch vụ hỗ trợ DN" in load_spec("vcci_pci_workbook").aliases["ho_tro_doanh_nghiep"]


def test_unknown_spec_name_lists_the_known_ones():
    with pytest.raises(SpecError, match=r"no spec named '\.\./etc/passwd'; known specs: dti_html_table"):
        load_spec("../etc/passwd")


@pytest.mark.parametrize(("body", "message"), [
    ("description: x\nfile_type: xls\nblocks: [{columns: {total: Điểm}}]\n",
     "etl/specs/bad.yaml.file_type: 'xls' is not one of xlsx, html, csv"),
    ("description: x\nfile_type: xlsx\nblocks: [{columns: {total: Điểm}, sheeet: 1}]\n",
     "etl/specs/bad.yaml.blocks[0]: unknown key(s) sheeet"),
    ("description: x\nfile_type: xlsx\n", "etl/specs/bad.yaml: missing key 'blocks'"),
    ("description: x\nfile_type: xlsx\nblocks: [{columns: {total: Điểm}, optional: [rank]}]\n",
     "etl/specs/bad.yaml.blocks[0].optional: rank not among the mapped columns"),
    ("description: x\nfile_type: xlsx\nranks: maybe\nblocks: [{columns: {total: Điểm}}]\n",
     "etl/specs/bad.yaml.ranks: 'maybe' is not one of column, order, none"),
    ("description: x\nfile_type: xlsx\nblocks: [{columns: {total: Điểm}, province_columns: right}]\n",
     "etl/specs/bad.yaml.blocks[0].province_columns: 'one' (a single province column) or 'left' (each value column "
     "reads the nearest province column on its left), got 'right'"),
    ("description: x\nfile_type: xlsx\nblocks: [{columns: {total: Điểm}, sheet: ['*', 0]}]\n",
     "etl/specs/bad.yaml.blocks[0].sheet: a sheet name, a 0-based sheet number, a list of them, '*' or 'any'"),
    ("description: x\nfile_type: xlsx\naliases: [d1]\nblocks: [{columns: {total: Điểm}}]\n",
     "etl/specs/bad.yaml.aliases: a mapping of indicator code -> other names (sheet names, headers)"),
])
def test_bad_spec_names_file_and_key(tmp_path: Path, body: str, message: str):
    (tmp_path / "bad.yaml").write_text(body, encoding="utf-8")
    with pytest.raises(SpecError) as err:
        load_spec("bad", tmp_path)
    assert str(err.value).startswith(message), str(err.value)
