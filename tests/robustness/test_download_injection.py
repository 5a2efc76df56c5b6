"""Downloads never carry a live formula: CSV text starting = + - @ (or tab, CR) gets the OWASP apostrophe, and the
Excel file stores such text as text. No stored value starts so today; these frames stand for a future source."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest
from openpyxl import load_workbook

from ui.downloads import csv_bytes, excel_bytes

HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


@pytest.fixture
def frame() -> pd.DataFrame:
    return pd.DataFrame({"province_name": [*HOSTILE, "Hà Nội"], "value": [-1.5, 2, 3, 4, 5, 6, 7.25]})


def test_csv_text_that_would_run_gets_an_apostrophe(frame):
    rows = list(csv.reader(io.StringIO(csv_bytes(frame).decode("utf-8-sig"), newline="")))
    assert [r[0] for r in rows[1:]] == [f"'{v}" for v in HOSTILE] + ["Hà Nội"]
    assert [r[1] for r in rows[1:]] == ["-1.5", "2.0", "3.0", "4.0", "5.0", "6.0", "7.25"], "numbers stay numbers"


def test_excel_stores_formula_text_as_text(frame, monkeypatch):
    monkeypatch.setattr("ui.downloads.readme_text", lambda: "README\n=1+1")
    book = load_workbook(io.BytesIO(excel_bytes(frame)))
    cells = [row[0] for row in book["data"].iter_rows(min_row=2)]
    assert all(c.data_type == "s" for c in cells), [(c.value, c.data_type) for c in cells]
    xml_read = [v.replace("\r", "\n") for v in HOSTILE]  # XML reads a lone CR as LF
    assert [c.value for c in cells] == [*xml_read, "Hà Nội"], "the text itself, not a formula"
    assert [c.data_type for c in book["README"]["A"]][1:] == ["s", "s"]
    assert book["data"]["B2"].value == -1.5
