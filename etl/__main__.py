"""Command line: `python -m etl build | validate PATH | info | snapshot KIT | rehash FILE | import FILE --spec S
| facts TEXT | targets TEXT`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from etl import paths
from etl.news.cli import add_arguments as add_facts_arguments
from etl.problems import ValidationError
from etl.targets.cli import add_arguments as add_targets_arguments


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


def _import(args: argparse.Namespace) -> int:
    """Preview an import; with --yes store it. Exit 1 when it is refused (problems or conflicts)."""
    from etl.importer import ImportRefused, preview_import, refusal, report_text, store_import
    from etl.importer.confirm import load_corrections, save_report
    from etl.importer.grid import ReadError

    try:
        corrections = load_corrections(Path(args.confirm)) if args.confirm else {}
    except ReadError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    report = preview_import(Path(args.file), args.spec, args.index, args.year, paths.RAW_DIR, paths.WAREHOUSE,
                            corrections)
    if report.to_confirm:
        folder = Path(args.report_dir) if args.report_dir else Path(args.file).with_suffix(".confirm")
        listing = save_report(report.to_confirm, report.grids, folder)
        print(f"{len(report.to_confirm)} cell(s) need confirming: fill the `confirmed` column of {listing} with the "
              f"value the page shows (crops of the cells beside it), then run again with --confirm {listing}")
    print(report_text(report))
    why = refusal(report)
    if report.verdict == "refused":
        print(why, file=sys.stderr)
        return 1
    if not args.yes:
        print(why or "dry run: nothing written; run again with --yes to store it under "
              f"{paths.RAW_DIR / report.index}")
        return 0
    if why:
        print(why)
        return 0
    try:
        target = store_import(report, paths.RAW_DIR)
    except ImportRefused as err:
        print(err, file=sys.stderr)
        return 1
    print(f"stored {target} and {target.name}.meta.yaml; run `python -m etl build` to load it")
    return 0


def _facts(args: argparse.Namespace) -> int:
    from etl.news.cli import run

    return run(args)


def _targets(args: argparse.Namespace) -> int:
    from etl.targets.cli import run

    return run(args)


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
    p = sub.add_parser("import", help="bring in a publisher's file (xlsx, html, csv, pdf, png, jpeg) through a spec "
                       "in etl/specs/")
    p.add_argument("file")
    p.add_argument("--spec", required=True, help="a spec name (a file in etl/specs/ without .yaml)")
    p.add_argument("--index", help="the index, when the spec does not name it")
    p.add_argument("--year", type=int, help="the year, when neither the headers nor the file name give it")
    p.add_argument("--yes", action="store_true", help="store the file when it passes (without: preview only)")
    p.add_argument("--confirm", help="a PDF or scan's needs_confirming.csv with the `confirmed` column filled in")
    p.add_argument("--report-dir", help="where the cells to confirm are listed with their crops (default: FILE "
                   "with the suffix .confirm)")
    p.set_defaults(run=_import)
    p = sub.add_parser("facts", help="candidate facts from a news text, for review (never written to data/raw)")
    add_facts_arguments(p)
    p.set_defaults(run=_facts)
    p = sub.add_parser("targets", help="candidate targets from a plan or news text, for review (never written to "
                       "data/raw)")
    add_targets_arguments(p)
    p.set_defaults(run=_targets)
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
