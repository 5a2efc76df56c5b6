"""The data's own rules hold across files: an import is checked on the rows the build would merge (the file
and the warehouse's raw layer) for each (index, indicator, year), not only on its own rows.

Every import here carries a deliberately wrong figure (marked); the warehouse's figures are the real ones.
"""

from __future__ import annotations

from pathlib import Path

from etl.importer import preview_import
from etl.paths import RAW_DIR
from tests.importer.builders import tidy_csv


def refused(path: Path, index: str, year: int, warehouse: Path) -> list[str]:
    report = preview_import(path, "tidy_csv", index, year, RAW_DIR, warehouse)
    assert report.verdict == "refused"
    return [str(p) for p in report.problems]


def test_filling_a_value_the_publisher_withheld_is_a_conflict(tmp_path: Path, warehouse: Path):
    # PAPI 2021 did not rank Quảng Ninh (data errors); 40 is made up.
    path = tidy_csv(tmp_path / "papi_2021.csv", [("Quảng Ninh", "total", 40, None)])
    report = preview_import(path, "tidy_csv", "papi", 2021, RAW_DIR, warehouse)
    assert report.counts["conflict"] == 1
    line = report.diff.iloc[0]
    assert (line["province"], line["warehouse_status"], line["change"]) == ("Quảng Ninh", "not_published/-",
                                                                              "conflict")
    assert [str(p) for p in report.problems] == [
        "papi_2021.csv [csv], row 2, column 'C (value)', value '40': papi/total 2021 province 22: papi/2021.csv row "
        "62 says the publisher did not publish this value; 40 cannot fill it"]


def test_sums_are_checked_on_the_merged_rows(tmp_path: Path, warehouse: Path):
    # PAPI 2018 Quảng Ninh: the warehouse has six of eight dimensions and no total. The import brings the two
    # missing dimensions and a total (all three made up) that is not the sum of the eight.
    path = tidy_csv(tmp_path / "papi_2018.csv", [("Quảng Ninh", "total", 50, None), ("Quảng Ninh", "d2", 6, None),
                                                 ("Quảng Ninh", "d4", 6, None)])
    assert refused(path, "papi", 2018, warehouse) == [
        "papi_2018.csv [csv], row 2, column 'C (value)', value '50': total 50 is not the sum of its 8 dimensions of "
        "the merged files (47.9832)"]


def test_ranks_follow_scores_in_a_partial_table(tmp_path: Path, warehouse: Path):
    # PCI 2023 has no table in the warehouse (VCCI published only its top 30); both figures are made up.
    path = tidy_csv(tmp_path / "pci_2023.csv", [("Hải Phòng", "total", 70.5, 1), ("Quảng Ninh", "total", 71.2, 2)])
    assert refused(path, "pci", 2023, warehouse) == [
        "pci_2023.csv [csv], row 3, column 'D (rank)', value '2': pci/total 2023: rank 2 with score 71.2 does not "
        "follow the scores: province 31 ranks 1 with 70.5 (pci_2023.csv [csv] row 2)"]


def test_a_rank_held_by_another_province_is_refused(tmp_path: Path, warehouse: Path):
    # PAR INDEX 2023: Quảng Ninh is #1 (92.18) in the published partial table; a second #1 (made up) is refused.
    path = tidy_csv(tmp_path / "par_index_2023.csv", [("Kiên Giang", "total", 80.0, 1)])
    assert refused(path, "par_index", 2023, warehouse) == [
        "par_index_2023.csv [csv], row 2, column 'D (rank)', value '1': par_index/total 2023: rank 1 is already held "
        "by province 22 (par_index/partial_2023.csv row 2); ranks are shared only by tied scores"]


def test_a_total_that_changes_without_its_components_is_refused(tmp_path: Path, warehouse: Path):
    # PAPI 2019 Bến Tre: the warehouse's total is the sum of its published dimensions (derived); 47.5 is made up.
    path = tidy_csv(tmp_path / "papi_2019.csv", [("Bến Tre", "total", 47.5, None)])
    found = refused(path, "papi", 2019, warehouse)
    assert ("papi_2019.csv, value '47.5': papi/total 2019 Bến Tre: the import changes the total from 46.7428 to 47.5 "
            "but none of its components; a total moves only with the components it is made of") in found, found
