"""Files a killed process leaves beside the warehouse, and their removal.

A build writes `warehouse.duckdb.tmp-PID` (and DuckDB its `.wal`); a reader opens each build through a private
link `.warehouse.duckdb.read-PID-N`. Both are removed by their owner; a process killed mid-way leaves them, 12 MB
each. Whoever starts next clears the ones whose process is gone.
"""

from __future__ import annotations

import os
import re
from pathlib import Path


def tmp_name(target: Path, pid: int) -> Path:
    return target.with_name(f"{target.name}.tmp-{pid}")


def reader_link_name(target: Path, pid: int, serial: int) -> Path:
    return target.with_name(f".{target.name}.read-{pid}-{serial}")


def _owner_pattern(target: Path) -> re.Pattern[str]:
    name = re.escape(target.name)
    return re.compile(rf"^(?:{name}\.tmp-(\d+)(?:\.wal)?|\.{name}\.read-(\d+)-\d+(?:\.wal)?)$")


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def clear_stale(target: Path) -> list[Path]:
    """Remove the temporary files and reader links beside `target` whose process has ended; return them."""
    pattern = _owner_pattern(target)
    removed = []
    try:
        entries = list(target.parent.iterdir())
    except FileNotFoundError:
        return removed
    for path in entries:
        match = pattern.match(path.name)
        if not match:
            continue
        pid = int(match.group(1) or match.group(2))
        if pid != os.getpid() and not process_alive(pid):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
