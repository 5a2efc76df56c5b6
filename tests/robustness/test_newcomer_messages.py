"""What a newcomer reads from the command line: a wrong path named as typed, an edited raw file with the command
that records the change, and the coverage matrix's rank_only column defined."""

from __future__ import annotations

import shutil
import subprocess
import sys

from etl.check_file import check_file
from etl.info import coverage_text
from etl.paths import RAW_DIR, ROOT, WAREHOUSE


def test_validate_names_a_wrong_path_as_typed():
    done = subprocess.run([sys.executable, "-m", "etl", "validate", "data/raw/pci/2099.csv"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert "data/raw/pci/2099.csv: no such file" in done.stderr + done.stdout


def test_validate_on_an_edited_raw_file_says_to_rehash_first(tmp_path):
    folder = tmp_path / "pci"
    folder.mkdir()
    for name in ("2021.csv", "2021.csv.meta.yaml"):
        shutil.copy(RAW_DIR / "pci" / name, folder / name)
    edited = folder / "2021.csv"
    edited.write_bytes(edited.read_bytes().replace(b"73.022469", b"73.022470"))
    (problem,) = check_file(edited, RAW_DIR)
    assert str(problem).startswith("2021.csv: checksum mismatch: the sidecar says ")
    assert str(problem).endswith(f"(run `.venv/bin/python -m etl rehash {edited}` first if the change is intended)")


def test_info_defines_rank_only():
    text = coverage_text(WAREHOUSE)
    assert text.splitlines()[0].split()[-1] == "rank_only"
    assert "rank_only: provinces with a rank but no score" in text
    (dti_2022,) = [line.split() for line in text.splitlines() if line.startswith("DTI") and " 2022 " in line]
    published, rank_only = int(dti_2022[2]), int(dti_2022[-1])
    assert published + rank_only == 63 and rank_only > published, "DTI 2022: all 63 ranked, few with a score"
