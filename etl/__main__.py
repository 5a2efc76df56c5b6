"""Command line: `python -m etl build | validate PATH | info | snapshot KIT | rehash FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from etl import paths
from etl.problems import ValidationError


def _build(args: argparse.Namespace) -> int:
    from etl.build import build

    build(paths.RAW_DIR, paths.WAREHOUSE)
    return 0


def _validate(args: argparse.Namespace) -> int:
    from etl.check_file import check_file

    problems = check_file(Path(args.path), paths.RAW_DIR)
    if problems:
        raise ValidationError(problems)
    print(f"{args.path}: OK")
    return 0


def _info(args: argparse.Namespace) -> int:
    from etl.info import coverage_text

    print(coverage_text(paths.WAREHOUSE))
    return 0


def _snapshot(args: argparse.Namespace) -> int:
    from etl.snapshot import snapshot

    for path in snapshot(Path(args.kit), paths.RAW_DIR):
        print(path.relative_to(paths.RAW_DIR))
    return 0


def _rehash(args: argparse.Namespace) -> int:
    from etl.sidecar import read_sidecar, sha256_of, write_sidecar

    path = Path(args.path)
    path = path if path.exists() else paths.RAW_DIR / args.path
    meta = read_sidecar(path)
    meta.sha256 = sha256_of(path)
    write_sidecar(path, meta)
    print(f"{path}: sha256 {meta.sha256}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="rebuild data/warehouse.duckdb from data/raw/").set_defaults(run=_build)
    p = sub.add_parser("validate", help="check one raw file (with its sidecar) without loading it")
    p.add_argument("path")
    p.set_defaults(run=_validate)
    sub.add_parser("info", help="print the coverage matrix (index x year)").set_defaults(run=_info)
    p = sub.add_parser("snapshot", help="copy the data kit into data/raw/ with sidecars")
    p.add_argument("kit")
    p.set_defaults(run=_snapshot)
    p = sub.add_parser("rehash", help="record a raw file's new checksum in its sidecar")
    p.add_argument("path")
    p.set_defaults(run=_rehash)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except ValidationError as err:
        for problem in err.problems:
            print(f"error: {problem}", file=sys.stderr)
        print(f"{len(err.problems)} problem(s); nothing was written", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
