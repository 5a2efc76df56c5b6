"""`python -m etl targets FILE_OR_TEXT [--source URL] [--out CSV]`: candidate targets from a plan or news text.

Rows go to stdout or --out (never under data/raw) in the kit's targets columns plus the span each came from, for a
person to check against the text and paste into data/raw/targets/targets.csv. Sentences that are ambiguous, or set
a district's, commune's, department's or ministry's target, go to stderr.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import TextIO

from etl import paths
from etl.catalogue import load_catalogue
from etl.names import load_aliases
from etl.news.cli import input_text
from etl.targets.extract import COLUMNS, CandidateTarget, extract_targets


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="FILE_OR_TEXT", help="a .txt/.md/.html file, '-' for stdin, or the text")
    parser.add_argument("--source", default="", help="URL of the plan or article (fills source_url)")
    parser.add_argument("--out", type=Path, help="CSV file to write (not under data/raw); default stdout")


def write_csv(found: list[CandidateTarget], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=COLUMNS + ["span_start", "span_end"], lineterminator="\n")
    writer.writeheader()
    for c in found:
        writer.writerow({name: "" if getattr(c, name) is None else getattr(c, name)
                         for name in COLUMNS + ["span_start", "span_end"]})


def run(args: argparse.Namespace) -> int:
    text = input_text(args)
    if text is None:
        return 2
    found, reports = extract_targets(text, args.source, load_aliases(paths.RAW_DIR / "reference"), load_catalogue())
    if args.out is None:
        write_csv(found, sys.stdout)
    else:
        with open(args.out, "w", encoding="utf-8", newline="") as fh:
            write_csv(found, fh)
    for report in reports:
        print(f"not listed: {report}", file=sys.stderr)
    if not args.source:
        print("note: no --source given; fill source_url before pasting rows", file=sys.stderr)
    print(f"{len(found)} candidate target(s), {len(reports)} sentence(s) not listed", file=sys.stderr)
    return 0
