"""Readers keep querying while the warehouse is rebuilt again and again, with data that changes between builds:
none sees an error or half a build, and every reader moves on to the new data (DuckDB's per-process instance
cache once handed the old, deleted file back to a reopened connection)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import duckdb
import pytest

from etl.build import build
from etl.paths import RAW_DIR
from etl.problems import ValidationError
from etl.stale import reader_link_name, tmp_name
from metrics.connection import Warehouse
from metrics.rankings import ranking

BUILDS = 4
READERS = 4
COUNT = "SELECT count(*) FROM fact_value"


def quiet(_message: str) -> None:
    pass


@pytest.fixture(scope="module")
def two_raw_dirs(tmp_path_factory) -> tuple[Path, Path]:
    """The real raw layer, and a copy without PCI 2010: two builds whose fact_value differ by 63 provinces
    x 11 indicators (total and 10 sub-indices)."""
    smaller = tmp_path_factory.mktemp("raw") / "raw"
    shutil.copytree(RAW_DIR, smaller)
    for name in ("2010.csv", "2010.csv.meta.yaml"):
        (smaller / "pci" / name).unlink()
    return RAW_DIR, smaller


def replace_with(target: Path, rows: int) -> None:
    """Put a different small warehouse at `target` the way a build does: write beside it, rename over it."""
    tmp = target.with_name(target.name + ".next")
    con = duckdb.connect(str(tmp))
    con.execute(f"CREATE TABLE fact_value AS SELECT range AS i FROM range({rows})")
    con.close()
    os.replace(tmp, target)


def test_a_reader_sees_the_new_file_after_a_replace(tmp_path):
    target = tmp_path / "warehouse.duckdb"
    replace_with(target, 3)
    warehouse = Warehouse(target)
    first = warehouse.cursor()
    assert first.execute(COUNT).fetchone()[0] == 3
    replace_with(target, 5)
    assert warehouse.cursor().execute(COUNT).fetchone()[0] == 5
    assert first.execute(COUNT).fetchone()[0] == 3, "a cursor already handed out keeps its build"
    replace_with(target, 7)
    assert Warehouse(target).cursor().execute(COUNT).fetchone()[0] == 7
    assert warehouse.cursor().execute(COUNT).fetchone()[0] == 7
    assert sorted(p.name for p in tmp_path.iterdir()) == ["warehouse.duckdb"], "a private link was left behind"


def test_a_plain_connect_in_the_same_process_is_not_served_an_old_build(tmp_path):
    """The importer's diff opens the warehouse with duckdb.connect while the app's Warehouse is open."""
    target = tmp_path / "warehouse.duckdb"
    replace_with(target, 3)
    warehouse = Warehouse(target)
    assert warehouse.cursor().execute(COUNT).fetchone()[0] == 3
    replace_with(target, 4)
    with duckdb.connect(str(target), read_only=True) as con:
        assert con.execute(COUNT).fetchone()[0] == 4


def test_readers_never_see_a_half_built_warehouse_and_follow_changing_data(tmp_path, two_raw_dirs):
    target = tmp_path / "warehouse.duckdb"
    counts = [build(raw, target, say=quiet)["fact_value"] for raw in reversed(two_raw_dirs)]
    assert counts[1] - counts[0] == 63 * 11
    warehouse = Warehouse(target)
    errors: list[BaseException] = []
    seen: set[int] = set()
    done = threading.Event()

    def reader() -> None:
        while not done.is_set():
            try:
                cur = warehouse.cursor()
                seen.add(cur.execute(COUNT).fetchone()[0])
                top = ranking(cur, "pci", 2021)
                assert top["name_vi"].iloc[0] == "Quảng Ninh"
            except BaseException as err:  # every failure is what this test looks for
                errors.append(err)
                return

    threads = [threading.Thread(target=reader) for _ in range(READERS)]
    for th in threads:
        th.start()
    try:
        for i in range(BUILDS):
            raw = two_raw_dirs[i % 2]
            build(raw, target, say=quiet)
            expected = counts[1] if raw == RAW_DIR else counts[0]
            assert warehouse.cursor().execute(COUNT).fetchone()[0] == expected, f"build {i + 1} not served"
    finally:
        done.set()
        for th in threads:
            th.join(timeout=60)
    assert errors == []
    assert seen <= set(counts) and seen
    assert not [p for p in tmp_path.iterdir() if p.name != "warehouse.duckdb"], "a build or reader left a file"


def test_a_failed_rebuild_leaves_readers_on_the_old_warehouse(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw)
    target = tmp_path / "warehouse.duckdb"
    build(raw, target, say=quiet)
    warehouse = Warehouse(target)
    before = warehouse.version()
    (raw / "pci" / "2021.csv").write_text("province,score\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        build(raw, target, say=quiet)
    assert warehouse.version() == before
    assert warehouse.cursor().execute("SELECT count(*) FROM fact_value WHERE year = 2021 AND index_code = 'pci'"
                                      ).fetchone()[0] > 0


def dead_pid() -> int:
    """The id of a process that has ended (reaped, so the id names no live process)."""
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    return int(proc.stdout)


def test_a_build_clears_what_killed_builds_and_readers_left(tmp_path, two_raw_dirs):
    target = tmp_path / "warehouse.duckdb"
    pid = dead_pid()
    stale = [tmp_name(target, pid), tmp_name(target, pid).with_name(f"{target.name}.tmp-{pid}.wal"),
             reader_link_name(target, pid, 3)]
    live = tmp_name(target, os.getppid())  # a build still running in another process
    unrelated = tmp_path / "notes.tmp-1"
    for path in (*stale, live, unrelated):
        path.write_bytes(b"x" * 1024)
    messages: list[str] = []
    build(two_raw_dirs[1], target, say=messages.append)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, live.name, unrelated.name])
    assert sum("killed" in m for m in messages) == 3


def test_where_links_are_refused_a_private_copy_serves_each_build(tmp_path, monkeypatch):
    """A warehouse on another file system or in a folder the app may not write: each build is copied instead."""

    def refuse(_src, _dst):
        raise PermissionError("read-only folder")

    monkeypatch.setattr("metrics.connection.os.link", refuse)
    target = tmp_path / "warehouse.duckdb"
    replace_with(target, 3)
    warehouse = Warehouse(target)
    assert warehouse.cursor().execute(COUNT).fetchone()[0] == 3
    replace_with(target, 5)
    assert warehouse.cursor().execute(COUNT).fetchone()[0] == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["warehouse.duckdb"]
    assert not list(Path(tempfile.gettempdir()).glob(f".warehouse.duckdb.read-{os.getpid()}-*")), "a copy was left"
