"""Metrics run on a real warehouse built from data/raw, and on small generated ones for properties."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from etl.build import build
from etl.paths import RAW_DIR


@pytest.fixture(scope="session")
def con(tmp_path_factory: pytest.TempPathFactory):
    target = tmp_path_factory.mktemp("metrics") / "warehouse.duckdb"
    build(RAW_DIR, target, say=lambda _m: None)
    connection = duckdb.connect(str(target), read_only=True)
    yield connection
    connection.close()


@pytest.fixture(scope="session")
def warehouse_path(con) -> Path:
    return Path(con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()")
                .fetchone()[0])
