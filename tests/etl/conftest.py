"""A warehouse built from the real raw layer once per session, and throw-away copies of the raw layer."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import duckdb
import pytest

from etl.build import build
from etl.paths import RAW_DIR


@pytest.fixture(scope="session")
def built_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("warehouse") / "warehouse.duckdb"
    build(RAW_DIR, target, say=lambda _msg: None)
    return target


@pytest.fixture(scope="session")
def con(built_warehouse: Path):
    connection = duckdb.connect(str(built_warehouse), read_only=True)
    yield connection
    connection.close()


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    target = tmp_path / "raw"
    shutil.copytree(RAW_DIR, target)
    return target


@pytest.fixture
def live_warehouse(tmp_path: Path, built_warehouse: Path) -> Path:
    """A good warehouse in place, as users would have it before a bad build is attempted."""
    target = tmp_path / "warehouse.duckdb"
    shutil.copyfile(built_warehouse, target)
    return target


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
