"""Check one raw file against the same rules as the build, without loading anything."""

from __future__ import annotations

from pathlib import Path

from etl.build import DATA_KINDS, checksum_problem
from etl.catalogue import load_catalogue
from etl.extract import extract
from etl.names import load_aliases
from etl.problems import Problem
from etl.sidecar import read_sidecar
from etl.targets.table import read_targets
from etl.validate import validate


def check_file(path: Path, raw_dir: Path) -> list[Problem]:
    """Every problem in `path` (which needs its sidecar); names resolve through raw_dir/reference."""
    label = path.name
    if not path.is_file():
        return [Problem(str(path), "no such file")]
    try:
        meta = read_sidecar(path)
    except ValueError as err:
        return [Problem(label, str(err))]
    mismatch = checksum_problem(path, str(path), meta)
    if mismatch:
        return [Problem(label, mismatch.reason)]
    catalogue = load_catalogue()
    if meta.kind == "targets":
        return read_targets(path, label, meta, catalogue, load_aliases(raw_dir / "reference"))[1]
    if meta.kind not in DATA_KINDS:
        return []
    out = extract(path, label, meta, catalogue, load_aliases(raw_dir / "reference"))
    full = {label} if meta.kind == "table" and not out.problems else set()
    return out.problems + validate(out.values, catalogue, full)
