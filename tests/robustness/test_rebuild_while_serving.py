"""Readers keep querying while the warehouse is rebuilt again and again: none sees an error or half a build."""

from __future__ import annotations

import shutil
import threading

import pytest

from etl.build import build
from etl.paths import RAW_DIR
from etl.problems import ValidationError
from metrics.connection import Warehouse
from metrics.rankings import ranking

BUILDS = 4
READERS = 4


def test_readers_never_see_a_half_built_warehouse(tmp_path):
    target = tmp_path / "warehouse.duckdb"
    counts = build(RAW_DIR, target, say=lambda _m: None)
    expected = counts["fact_value"]
    warehouse = Warehouse(target)
    errors: list[BaseException] = []
    seen: list[int] = []
    versions: set[str] = set()
    done = threading.Event()

    def reader() -> None:
        while not done.is_set():
            try:
                cur = warehouse.cursor()
                seen.append(cur.execute("SELECT count(*) FROM fact_value").fetchone()[0])
                top = ranking(cur, "pci", 2021)
                assert top["name_vi"].iloc[0] == "Quảng Ninh"
                versions.add(warehouse.version())
            except BaseException as err:  # every failure is what this test looks for
                errors.append(err)
                return

    threads = [threading.Thread(target=reader) for _ in range(READERS)]
    for th in threads:
        th.start()
    try:
        for _ in range(BUILDS):
            build(RAW_DIR, target, say=lambda _m: None)
    finally:
        done.set()
        for th in threads:
            th.join(timeout=60)
    assert errors == []
    assert seen and set(seen) == {expected}
    assert len(versions) >= 2, "readers never picked up a rebuilt warehouse"


def test_a_failed_rebuild_leaves_readers_on_the_old_warehouse(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw)
    target = tmp_path / "warehouse.duckdb"
    build(raw, target, say=lambda _m: None)
    warehouse = Warehouse(target)
    before = warehouse.version()
    (raw / "pci" / "2021.csv").write_text("province,score\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        build(raw, target, say=lambda _m: None)
    assert warehouse.version() == before
    assert warehouse.cursor().execute("SELECT count(*) FROM fact_value WHERE year = 2021 AND index_code = 'pci'"
                                      ).fetchone()[0] > 0
