"""Benchmark-only helpers: process memory and CPU from /proc, the floor page, medians and percentiles. The servers,
Chromium and the recorder are in tests/support/harness.py, shared with the browser tests."""

from __future__ import annotations

import contextlib
import math
import os
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path


def _children(pid: int) -> list[int]:
    found: list[int] = []
    with contextlib.suppress(FileNotFoundError, ProcessLookupError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(FileNotFoundError):
                found += [int(c) for c in (task / "children").read_text().split()]
    return found


def rss_bytes(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc (no psutil needed)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        with contextlib.suppress(FileNotFoundError, ProcessLookupError):
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        stack += _children(current)
    return total


def cpu_seconds(pid: int, exclude: Sequence[int] = ()) -> float:
    """CPU time (user + system) of a process and its live descendants, with what they reaped of their exited
    children, from /proc; subtrees rooted at `exclude` are left out (e.g. the servers under the load client)."""
    tick = os.sysconf("SC_CLK_TCK")
    total, stack = 0.0, [pid]
    while stack:
        current = stack.pop()
        if current in exclude:
            continue
        with contextlib.suppress(FileNotFoundError, ProcessLookupError, IndexError, ValueError):
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(f) for f in fields[11:15]) / tick  # utime stime cutime cstime
        stack += _children(current)
    return total


FLOOR_APP = 'import streamlit as st; st.plotly_chart({"data": [{"type": "bar", "y": [1, 2, st.selectbox("Year", [2021, 2022, 2023], key="year")]}]})\n'  # noqa: E501


def write_floor_app(directory: Path) -> Path:
    """The one-line Streamlit page that sets the floor: one select box and one Plotly chart that depends on it."""
    path = Path(directory) / "floor_app.py"
    path.write_text(FLOOR_APP)
    return path


def floor_launcher(floor_app: Path) -> tuple[str, ...]:
    """The command that serves the floor page as `make run` serves the app (`ui.serve.run`, without the app's
    warm-up); run from the repository, whose `.streamlit/config.toml` it then shares."""
    return sys.executable, "-c", "import sys; from ui.serve import run; run(sys.argv[1], sys.argv[2:])", str(floor_app)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]
