"""A warehouse built once from the real raw layer, and throw-away copies of the raw layer for writes."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from etl.build import build
from etl.paths import RAW_DIR


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("importer-warehouse") / "warehouse.duckdb"
    build(RAW_DIR, target, say=lambda _msg: None)
    return target


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    target = tmp_path / "raw"
    shutil.copytree(RAW_DIR, target)
    return target


def tree_digest(root: Path) -> str:
    """One hash over every file name and content under root."""
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()
