"""A campaign of broken raw files, made by this test from copies of the real ones.

Every bad file is refused by the build with lines naming the file, the row (where there is one), the
column or value, and the reason; the warehouse that was in place stays byte-identical. A UTF-8 BOM and
CRLF line endings are not faults: those files load and give the same figures as the originals.
The single-rule tests live in tests/etl/test_bad_files.py; their fixtures and helpers are reused here.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from etl.build import build
from etl.paths import ROOT
from etl.problems import ValidationError
from etl.readers import MAX_FILE_BYTES
from etl.sidecar import read_sidecar
from tests.etl import conftest as etl_fixtures
from tests.etl.conftest import digest
from tests.etl.test_bad_files import record_checksum, refused

built_warehouse = etl_fixtures.built_warehouse
raw_copy = etl_fixtures.raw_copy
live_warehouse = etl_fixtures.live_warehouse

PCI = "pci/2021.csv"
PAR = "par_index/partial_2023.csv"
DTI_FACTS = "dti/facts.csv"
PCI_HEADER = 15
QN = "Quảng Ninh,73.022469,1,1,7.975819,7.390647,6.308932,8.516443,7.845551,6.959607,7.737109,7.390286,7.2679,7.905745,"
HA_NAM = ("Hà Nam,63.277241,42,,6.731269,7.350131,6.275816,7.036828,6.626124,6.071081,6.695195,6.199224,5.79066,"
          "6.354929,")
FORMULA = ("looks like a spreadsheet formula, not data; remove it or quote the text without a leading '=', '+', "
           "'-' or '@'")
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def text_edit(change: Callable[[str], str]) -> Callable[[bytes], bytes]:
    def apply(data: bytes) -> bytes:
        changed = change(data.decode("utf-8"))
        assert changed != data.decode("utf-8"), "the edit did not apply: the real file changed"
        return changed.encode("utf-8")
    return apply


def replace(old: str, new: str) -> Callable[[bytes], bytes]:
    return text_edit(lambda t: t.replace(old, new, 1))


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letter, then the tone as a combining mark."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tone = "".join(c for c in parts if c in TONES)
            out += (unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES)) + tone).encode("cp1258")
    return bytes(out)


def cut_inside_row(data: bytes) -> bytes:
    """The file as a copy interrupted in row 10, after its third cell."""
    lines = data.split(b"\n")
    return b"\n".join(lines[:9]) + b"\n" + b",".join(lines[9].split(b",")[:3])


def cut_inside_character(data: bytes) -> bytes:
    """The file cut after the first byte of the 'ả' in row 2's 'Quảng Ninh'."""
    return data[: data.index("ả".encode()) + 1]


def drop_column(name: str) -> Callable[[bytes], bytes]:
    def apply(data: bytes) -> bytes:
        lines = data.decode("utf-8").split("\n")
        at = lines[0].split(",").index(name)
        return "\n".join(",".join(c for i, c in enumerate(line.split(",")) if i != at) for line in lines).encode()
    return apply


def header_then_rows(size: int) -> Callable[[bytes], bytes]:
    """The real header followed by real rows repeated until the file passes `size` bytes."""
    def apply(data: bytes) -> bytes:
        header, *rows = data.rstrip(b"\n").split(b"\n")
        body = b"\n".join(rows) + b"\n"
        return header + b"\n" + body * (size // len(body) + 1)
    return apply


@dataclass(frozen=True)
class Case:
    file: str
    make: Callable[[bytes], bytes]
    expected: tuple[str, ...]
    exact: bool = True  # the report is exactly `expected`; otherwise each expected line is among its lines


CASES = {
    "truncated-mid-row": Case(PCI, cut_inside_row, (f"{PCI}, row 10: 3 cells where the header has {PCI_HEADER}",)),
    "truncated-mid-utf8-character": Case(PCI, cut_inside_character, (
        f"{PCI}, row 2: not UTF-8 (byte 0xe1 at offset 237); the file ends inside a character, so it was cut short",)),
    "truncated-inside-quoted-cell": Case(PAR, lambda d: d[: d.index(b'"another source') + 20], (
        f"{PAR}, row 3: malformed CSV: unexpected end of data",)),
    "encoding-cp1258": Case(PCI, lambda d: cp1258(d.decode("utf-8")), (
        f"{PCI}, row 2: not UTF-8 (byte 0xd2 at offset 238); save the file as UTF-8",)),
    "encoding-utf16": Case(PCI, lambda d: d.decode("utf-8").encode("utf-16"), (
        f"{PCI}, row 1: not UTF-8 (byte 0xff at offset 0); it looks like UTF-16; save the file as UTF-8",)),
    "encoding-latin1": Case(PCI, lambda d: d.decode("utf-8").encode("latin-1", errors="replace"), (
        f"{PCI}, row 3: not UTF-8 (byte 0xf2 at offset 366); save the file as UTF-8",)),
    "extra-cell-in-a-row": Case(PCI, replace(QN, QN + "oops,"), (
        f"{PCI}, row 2: {PCI_HEADER + 1} cells where the header has {PCI_HEADER}",)),
    "column-name-repeated-in-the-header": Case(PCI, replace(",province_std", ",province"), (
        f"{PCI}, row 1, column 'province': column 'province' appears more than once in the header",)),
    "missing-column": Case(PCI, drop_column("rank"), (f"{PCI}: missing column(s): rank",)),
    "missing-cell-in-a-row": Case(PCI, replace(HA_NAM, HA_NAM.removesuffix("6.354929,")), (
        f"{PCI}, row 43: {PCI_HEADER - 1} cells where the header has {PCI_HEADER}",)),
    "duplicate-province": Case(PCI, text_edit(lambda t: t + QN.replace("Quảng Ninh", "Tỉnh Quảng Ninh") + "\n"), (
        f"{PCI}, row 65: duplicate (pci, total, 2021, province 22); first at {PCI} row 2",), exact=False),
    "names-colliding-without-diacritics": Case(PCI, text_edit(lambda t: t + HA_NAM.replace("Hà Nam", "Hà Nấm")
                                                              + "Hà Nấm\n"), (
        f"{PCI}, row 65: duplicate (pci, total, 2021, province 35); first at {PCI} row 43",
        f"{PCI}, row 65: duplicate (pci, tinh_minh_bach, 2021, province 35); first at {PCI} row 43"), exact=False),
    "value-above-scale": Case(PCI, replace("Quảng Ninh,73.022469,", "Quảng Ninh,173.022469,"), (
        f"{PCI}, row 2, column 'score', value '173.022': 173.022 is outside the scale 0-100 of pci/total",)),
    "value-below-scale": Case(PCI, replace(",6.308932,", ",-6.308932,"), (
        f"{PCI}, row 2, column 'tinh_minh_bach', value '-6.30893': -6.30893 is outside the scale 0-10 of "
        "pci/tinh_minh_bach",)),
    "non-numeric-value": Case(PCI, replace(",6.308932,", ",n/a,"), (
        f"{PCI}, row 2, column 'tinh_minh_bach', value 'n/a': not a number",)),
    "nan-value": Case(PCI, replace(",6.308932,", ",nan,"), (
        f"{PCI}, row 2, column 'tinh_minh_bach', value 'nan': not a number",)),
    "infinite-value": Case(PCI, replace(",6.308932,", ",1e999,"), (
        f"{PCI}, row 2, column 'tinh_minh_bach', value '1e999': not a finite number",)),
    "fullwidth-digits": Case(PCI, replace(",6.308932,", ",６.３０８９３２,"), (
        f"{PCI}, row 2, column 'tinh_minh_bach', value '６.３０８９３２': not a number",)),
    "digit-group-underscore": Case(PCI, replace(",6.308932,", ",6.308_932,"), (
        f"{PCI}, row 2, column 'tinh_minh_bach', value '6.308_932': not a number",)),
    "infinite-rank": Case(PCI, replace("Quảng Ninh,73.022469,1,", "Quảng Ninh,73.022469,inf,"), (
        f"{PCI}, row 2, column 'rank', value 'inf': rank is not a whole number",)),
    "formula-sum-as-value": Case(PCI, replace(",6.308932,", ",=SUM(A1:A3),"), (
        f"{PCI}, row 2, column 'tinh_minh_bach', value '=SUM(A1:A3)': {FORMULA}",)),
    "formula-hyperlink-in-a-note": Case(PAR, replace("Quảng Ninh,92.18,1,,", 'Quảng Ninh,92.18,1,'
                                                     '"=HYPERLINK(""http://evil.example"",""Click"")",'), (
        f"{PAR}, row 2, column 'note', value '=HYPERLINK(\"http://evil.example\",\"Click\")': {FORMULA}",)),
    "formula-at-command-in-a-fact": Case(DTI_FACTS, replace("2020,Đà Nẵng,dti_score,0.4874,", "2020,Đà Nẵng,"
                                                            "dti_score,@cmd|' /C calc'!A0,"), (
        f"{DTI_FACTS}, row 2, column 'value', value \"@cmd|' /C calc'!A0\": {FORMULA}",)),
    "ten-megabyte-file": Case(PCI, header_then_rows(10_000_000), (
        f"{PCI}: file is larger than {MAX_FILE_BYTES:,} bytes, the limit for a raw table",)),
    "huge-single-cell": Case(PAR, replace("Quảng Ninh,92.18,1,,", "Quảng Ninh,92.18,1," + "x" * 1_500_000 + ","), (
        f"{PAR}, row 2: malformed CSV: field larger than field limit (131072)",)),
    "empty-file": Case(PCI, lambda _d: b"", (f"{PCI}: empty file: no header row",)),
    "header-only": Case(PCI, lambda d: d.split(b"\n")[0] + b"\n", (f"{PCI}: no data rows under the header",)),
    "nul-byte-in-a-note": Case(PAR, replace("Quảng Ninh,92.18,1,,", "Quảng Ninh,92.18,1,ok\x00,"), (
        f"{PAR}, row 2: contains a NUL byte: binary data, not a text table",)),
    "stray-quote-inside-a-cell": Case(PAR, replace("Quảng Ninh,92.18,1,,", 'Quảng Ninh,92.18,1,"a"b,'), (
        f"{PAR}, row 2: malformed CSV: ',' expected after '\"'",)),
}
CLI_CASES = ("encoding-utf16", "formula-sum-as-value", "header-only", "ten-megabyte-file", "nul-byte-in-a-note")


def write_case(raw: Path, case: Case) -> Path:
    path = raw / case.file
    path.write_bytes(case.make(path.read_bytes()))
    record_checksum(path)
    return path


@pytest.mark.parametrize("name", list(CASES))
def test_bad_file_is_refused_and_the_warehouse_kept(name, raw_copy, live_warehouse):
    case = CASES[name]
    write_case(raw_copy, case)
    problems = refused(raw_copy, live_warehouse)
    if case.exact:
        assert problems == list(case.expected)
    else:
        missing = [line for line in case.expected if line not in problems]
        assert missing == [], problems


@pytest.mark.parametrize("name", CLI_CASES)
def test_validate_command_refuses_the_file(name, raw_copy, live_warehouse):
    case = CASES[name]
    path = write_case(raw_copy, case)
    before = digest(live_warehouse)
    env = {"VNGOV_RAW_DIR": str(raw_copy), "VNGOV_WAREHOUSE": str(live_warehouse), "PATH": ""}
    result = subprocess.run([sys.executable, "-m", "etl", "validate", str(path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert errors == [f"error: {line.replace(case.file, path.name)}" for line in case.expected]
    assert f"{len(case.expected)} problem(s); nothing was written" in result.stderr
    assert digest(live_warehouse) == before


PAR_LF = "par_index/partial_2022.csv"
ACCEPTED = {  # the real PCI file has CRLF line endings, the PAR INDEX 2022 one LF
    "utf8-bom": (PCI, lambda d: b"\xef\xbb\xbf" + d),
    "crlf-to-lf-line-endings": (PCI, lambda d: d.replace(b"\r\n", b"\n")),
    "lf-to-crlf-line-endings": (PAR_LF, lambda d: d.replace(b"\n", b"\r\n")),
    "bom-and-crlf": (PAR_LF, lambda d: b"\xef\xbb\xbf" + d.replace(b"\n", b"\r\n")),
}


def fact_rows(warehouse: Path, source_id: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute("SELECT * FROM fact_value WHERE source_id = ? ORDER BY ALL", [source_id]).fetchall()


@pytest.mark.parametrize("name", list(ACCEPTED))
def test_harmless_byte_differences_load_the_same_values(name, raw_copy, built_warehouse, tmp_path):
    file, change = ACCEPTED[name]
    path = raw_copy / file
    original = path.read_bytes()
    path.write_bytes(change(original))
    assert path.read_bytes() != original
    record_checksum(path)
    target = tmp_path / "new.duckdb"
    build(raw_copy, target, say=lambda _msg: None)
    source_id = read_sidecar(path).source_id
    expected = fact_rows(built_warehouse, source_id)
    assert len(expected) >= 10
    assert fact_rows(target, source_id) == expected


def test_superscript_rank_in_a_fact_does_not_crash_the_build(raw_copy, live_warehouse):
    fact = "2020,Đà Nẵng,dti_score,0.4874,"
    write_case(raw_copy, Case(DTI_FACTS, replace(fact + "1,", fact + "²,"), ()))
    before = digest(live_warehouse)
    try:
        build(raw_copy, live_warehouse, say=lambda _msg: None)
    except ValidationError:
        assert digest(live_warehouse) == before
        return
    with duckdb.connect(str(live_warehouse), read_only=True) as con:
        assert con.execute("SELECT value FROM fact_value WHERE index_code = 'dti' AND year = 2020 AND "
                           "indicator_code = 'total' AND province_id = '63-48'").fetchall() == [(0.4874,)]
