"""Each kind of bad raw file is refused with a line naming file, row, column and value, and the
warehouse that was there before stays byte-identical."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from etl.build import build
from etl.paths import ROOT
from etl.problems import ValidationError
from etl.sidecar import read_sidecar, sha256_of, write_sidecar
from tests.etl.conftest import digest


def edit(path: Path, change: Callable[[str], str], rehash: bool = True) -> None:
    """Change a raw file; with rehash, record its new checksum so the change reaches the validators."""
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    if rehash:
        record_checksum(path)


def record_checksum(path: Path) -> None:
    meta = read_sidecar(path)
    meta.sha256 = sha256_of(path)
    write_sidecar(path, meta)


def refused(raw: Path, warehouse: Path) -> list[str]:
    before = digest(warehouse)
    with pytest.raises(ValidationError) as err:
        build(raw, warehouse, say=lambda _msg: None)
    assert digest(warehouse) == before, "a refused build changed the warehouse"
    assert not list(warehouse.parent.glob("*.tmp-*")), "a refused build left a temporary file"
    return [str(p) for p in err.value.problems]


def test_unknown_province_names_file_row_value_and_closest_names(raw_copy, live_warehouse):
    edit(raw_copy / "pci/2021.csv", lambda t: t.replace("\nHải Phòng,", "\nHải Phongg,", 1))
    assert refused(raw_copy, live_warehouse) == [
        "pci/2021.csv, row 3, column 'province', value 'Hải Phongg': unknown province 'Hải Phongg'; "
        "closest known names: Hải Phòng"
    ]


def test_duplicate_province(raw_copy, live_warehouse):
    edit(raw_copy / "par_index/partial_2023.csv", lambda t: t.replace("\nHà Nội,91.43", "\nHà Nội,91.43", 1)
         + "Ha Noi,91.43,3,,https://example.org\n")
    problems = refused(raw_copy, live_warehouse)
    assert any(p.startswith("par_index/partial_2023.csv, row 34: duplicate (par_index, total, 2023, province 01); "
                            "first at par_index/partial_2023.csv row 4") for p in problems), problems


def test_score_outside_the_scale(raw_copy, live_warehouse):
    edit(raw_copy / "dti/2022.csv", lambda t: t.replace("TP. Đà Nẵng,48,0.8002", "TP. Đà Nẵng,48,8.002", 1))
    assert "dti/2022.csv, row 2, column 'score', value '8.002': 8.002 is outside the scale 0-1 of dti/total" in \
        refused(raw_copy, live_warehouse)


def test_rank_outside_1_to_n(raw_copy, live_warehouse):
    edit(raw_copy / "sipas/partial_2023.csv", lambda t: t.replace("Quảng Ninh,90.61,1,", "Quảng Ninh,90.61,71,", 1))
    assert "sipas/partial_2023.csv, row 2, column 'rank', value '71': rank 71 is outside 1..63" in \
        refused(raw_copy, live_warehouse)


def test_rank_inconsistent_with_the_scores_of_a_complete_table(raw_copy, live_warehouse):
    edit(raw_copy / "pci/2016.csv", lambda t: t.replace("\nĐà Nẵng,70.001396,1,", "\nĐà Nẵng,70.001396,2,", 1))
    problems = refused(raw_copy, live_warehouse)
    assert "pci/2016.csv, row 2, column 'rank', value '2': rank 2 does not follow the scores: score 70.0014 ranks 1" \
        in problems


def test_papi_total_that_is_not_the_sum_of_its_dimensions(raw_copy, live_warehouse):
    edit(raw_copy / "papi/2023.csv", lambda t: t.replace("Thua Thien Hue,46.04154,", "Thua Thien Hue,47.04154,", 1))
    assert ("papi/2023.csv, row 2, column 'score', value '47.0415': total 47.0415 is not the sum of its 8 "
            "dimensions (46.0415)") in refused(raw_copy, live_warehouse)


def test_checksum_mismatch(raw_copy, live_warehouse):
    edit(raw_copy / "pci/2021.csv", lambda t: t.replace("73.022469", "74.022469", 1), rehash=False)
    [problem] = refused(raw_copy, live_warehouse)
    assert problem.startswith("pci/2021.csv: checksum mismatch: the sidecar says 66f088b5d6b5…")


def test_missing_column(raw_copy, live_warehouse):
    edit(raw_copy / "pci/2020.csv", lambda t: t.replace("province,score,", "province,points,", 1))
    assert refused(raw_copy, live_warehouse) == ["pci/2020.csv: missing column(s): score"]


def test_non_utf8_file(raw_copy, live_warehouse):
    path = raw_copy / "sipas/partial_2021.csv"
    lines = path.read_bytes().split(b"\n")
    lines[3] = lines[3].replace("à".encode(), b"\xe0", 1)  # a Windows-1258 byte in a UTF-8 file
    path.write_bytes(b"\n".join(lines))
    record_checksum(path)
    [problem] = refused(raw_copy, live_warehouse)
    assert problem.startswith("sipas/partial_2021.csv, row 4: not UTF-8 (byte 0xe0 at offset ")


def test_decimal_comma_not_declared_in_metadata(raw_copy, live_warehouse):
    edit(raw_copy / "par_index/partial_2023.csv", lambda t: t.replace("Quảng Ninh,92.18,", 'Quảng Ninh,"92,18",', 1))
    assert ("par_index/partial_2023.csv, row 2, column 'score', value '92,18': decimal comma, but the file's "
            "metadata declares decimal '.'") in refused(raw_copy, live_warehouse)


def test_decimal_comma_declared_in_metadata_loads(raw_copy, tmp_path):
    path = raw_copy / "par_index/partial_2023.csv"
    edit(path, lambda t: t.replace("Quảng Ninh,92.18,", 'Quảng Ninh,"92,18",', 1))
    meta = read_sidecar(path)
    meta.decimal = ","
    write_sidecar(path, meta)
    counts = build(raw_copy, tmp_path / "new.duckdb", say=lambda _msg: None)
    assert counts["fact_value"] > 40000


def test_missing_sidecar(raw_copy, live_warehouse):
    (raw_copy / "dti/2022.csv.meta.yaml").unlink()
    assert refused(raw_copy, live_warehouse) == ["dti/2022.csv: 2022.csv: no metadata sidecar 2022.csv.meta.yaml"]


def test_cli_exits_non_zero_with_one_line_per_problem(raw_copy, live_warehouse):
    edit(raw_copy / "pci/2021.csv", lambda t: t.replace("\nHải Phòng,", "\nHai Phongg,", 1))
    edit(raw_copy / "pci/2019.csv", lambda t: t.replace("province,score,", "province,points,", 1))
    before = digest(live_warehouse)
    env = {"VNGOV_RAW_DIR": str(raw_copy), "VNGOV_WAREHOUSE": str(live_warehouse), "PATH": ""}
    result = subprocess.run([sys.executable, "-m", "etl", "build"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert errors == [
        "error: pci/2019.csv: missing column(s): score",
        "error: pci/2021.csv, row 3, column 'province', value 'Hai Phongg': unknown province 'Hai Phongg'; "
        "closest known names: Hải Phòng",
    ]
    assert "2 problem(s); nothing was written" in result.stderr
    assert digest(live_warehouse) == before


def test_validate_one_file_without_loading(raw_copy, live_warehouse):
    edit(raw_copy / "sipas/partial_2023.csv", lambda t: t.replace("Quảng Ninh,90.61,1,", "Quảng Ninh,190.61,1,", 1))
    before = digest(live_warehouse)
    env = {"VNGOV_RAW_DIR": str(raw_copy), "VNGOV_WAREHOUSE": str(live_warehouse), "PATH": ""}
    bad = subprocess.run([sys.executable, "-m", "etl", "validate", str(raw_copy / "sipas/partial_2023.csv")],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    good = subprocess.run([sys.executable, "-m", "etl", "validate", str(raw_copy / "pci/2021.csv")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1
    assert "partial_2023.csv, row 2, column 'score', value '190.61': 190.61 is outside the scale 0-100" in bad.stderr
    assert good.returncode == 0 and good.stdout.strip().endswith("pci/2021.csv: OK")
    assert digest(live_warehouse) == before
