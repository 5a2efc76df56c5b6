"""One read-only connection to the warehouse that follows rebuilds.

A build renames a new file over the old one; an open connection keeps reading the old inode. The
Warehouse notices the new file identity and reopens, so a long-running app serves the new build
without ever seeing half of one.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import duckdb

from etl.paths import WAREHOUSE


def open_warehouse(path: Path | None = None) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path or WAREHOUSE), read_only=True)


class Warehouse:
    """Holds a read-only connection; `cursor()` gives a fresh cursor per query (safe across threads)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path or WAREHOUSE)
        self._lock = threading.Lock()
        self._identity: tuple[int, int] | None = None
        self._con: duckdb.DuckDBPyConnection | None = None

    def _stat(self) -> tuple[int, int]:
        st = os.stat(self.path)
        return st.st_ino, st.st_mtime_ns

    def version(self) -> str:
        """Changes whenever a rebuild replaced the file: use it in cache keys."""
        ino, mtime = self._stat()
        return f"{ino}-{mtime}"

    def connection(self) -> duckdb.DuckDBPyConnection:
        identity = self._stat()
        with self._lock:
            if self._con is None or identity != self._identity:
                # The old connection is not closed here: cursors other threads hold on it may be mid-query.
                # It is released when the last of them is dropped.
                self._con = open_warehouse(self.path)
                self._identity = identity
            return self._con

    def cursor(self) -> duckdb.DuckDBPyConnection:
        return self.connection().cursor()
