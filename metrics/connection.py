"""One read-only connection to the warehouse that follows rebuilds.

A build renames a new file over the old one; an open connection keeps reading the old inode. The
Warehouse notices the new file identity and reopens, so a long-running app serves the new build
without ever seeing half of one.

DuckDB keeps one database instance per path and process: `duckdb.connect(path)` while a connection to the
old file is still open hands back the old, deleted file. So each build is opened under a path of its own, a
private hard link (or, where linking is not allowed, a private copy) that is removed as soon as DuckDB holds
the file open; the instance cache never sees the same path twice.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
import threading
from pathlib import Path

import duckdb

from etl.paths import WAREHOUSE
from etl.stale import clear_stale, reader_link_name

_serial = itertools.count()

Identity = tuple[int, int, int]


def _identity(st: os.stat_result) -> Identity:
    return st.st_ino, st.st_mtime_ns, st.st_size


def open_build(path: Path) -> tuple[duckdb.DuckDBPyConnection, Identity]:
    """A read-only connection to the build now at `path`, and that build's identity."""
    private = reader_link_name(path, os.getpid(), next(_serial))
    try:
        try:
            os.link(path, private)
            identity = _identity(os.stat(private))
        except OSError:  # another file system or a directory we may not write: a private copy elsewhere
            fd, name = tempfile.mkstemp(prefix=private.name, suffix=".duckdb")
            os.close(fd)
            private = Path(name)
            with open(path, "rb") as src, open(private, "wb") as dst:
                identity = _identity(os.fstat(src.fileno()))
                shutil.copyfileobj(src, dst)
        return duckdb.connect(str(private), read_only=True), identity
    finally:
        private.unlink(missing_ok=True)


def open_warehouse(path: Path | None = None) -> duckdb.DuckDBPyConnection:
    return open_build(Path(path or WAREHOUSE))[0]


class Warehouse:
    """Holds a read-only connection; `cursor()` gives a fresh cursor per query (safe across threads)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path or WAREHOUSE)
        self._lock = threading.Lock()
        self._identity: Identity | None = None
        self._con: duckdb.DuckDBPyConnection | None = None
        clear_stale(self.path)

    def _stat(self) -> Identity:
        return _identity(os.stat(self.path))

    def version(self) -> str:
        """Changes whenever a rebuild replaced the file: use it in cache keys."""
        return "-".join(map(str, self._stat()))

    def connection(self) -> duckdb.DuckDBPyConnection:
        identity = self._stat()
        with self._lock:
            if self._con is None or identity != self._identity:
                # The old connection is not closed here: cursors other threads hold on it may be mid-query.
                # It is released when the last of them is dropped.
                self._con, self._identity = open_build(self.path)
            return self._con

    def cursor(self) -> duckdb.DuckDBPyConnection:
        return self.connection().cursor()
