"""`python -m etl facts FILE_OR_TEXT [--source URL] [--out CSV] [--lang vi|en] [--with-snippet]`.

Candidates go to stdout or to --out, never under data/raw: a person reviews them against the
article first and pastes accepted rows into data/raw/<index>/facts.csv. Ambiguities go to stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from etl import paths
from etl.catalogue import load_catalogue
from etl.names import load_aliases
from etl.news.extract import extract_facts
from etl.news.output import write_csv
from etl.news.text import article_text

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}


class InputError(ValueError):
    """An input or output path the command will not use; the message says why."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="FILE_OR_TEXT",
                        help="a .txt/.md/.html file, '-' for stdin, or the text itself")
    parser.add_argument("--source", default="", help="URL of the article (fills source_url)")
    parser.add_argument("--out", type=Path, help="CSV file to write (not under data/raw); default stdout")
    parser.add_argument("--lang", choices=("vi", "en"), help="only this language's phrasings; sets the decimal mark")
    parser.add_argument("--with-snippet", action="store_true", help="add a snippet column quoting your input")


def read_input(arg: str) -> str:
    if arg == "-":
        return sys.stdin.read()
    path = Path(arg)
    if not path.is_file():
        return arg
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return article_text(path.read_text(encoding="utf-8"))
    if suffix in TEXT_SUFFIXES:
        return path.read_text(encoding="utf-8")
    raise InputError(f"{arg}: unsupported file type {suffix!r} (use .txt, .md or .html)")


def check_out(out: Path) -> None:
    """Refuse any output inside the raw layer, whichever way the path is spelled."""
    target = out.resolve()
    for raw in {paths.RAW_DIR.resolve(), (paths.ROOT / "data" / "raw").resolve()}:
        if target == raw or raw in target.parents:
            raise InputError(f"refusing to write {out} under {raw}: candidate rows are unreviewed; write them "
                             "elsewhere and paste accepted rows into the raw file by hand")


def input_text(args: argparse.Namespace) -> str | None:
    """The text `args.input` names, once an --out under the raw layer is refused; None, with the reason on stderr,
    when the input or the output is refused. `etl facts` and `etl targets` both read their input this way."""
    try:
        if args.out is not None:
            check_out(args.out)
        return read_input(args.input)
    except (InputError, OSError, UnicodeDecodeError) as err:
        print(f"error: {err}", file=sys.stderr)
        return None


def run(args: argparse.Namespace) -> int:
    text = input_text(args)
    if text is None:
        return 2
    aliases = load_aliases(paths.RAW_DIR / "reference")
    facts, ambiguities = extract_facts(text, args.source, aliases, load_catalogue(), lang=args.lang)
    snippet_text = text if args.with_snippet else None
    if args.out is None:
        write_csv(facts, sys.stdout, snippet_text)
    else:
        with open(args.out, "w", encoding="utf-8", newline="") as f:
            write_csv(facts, f, snippet_text)
    for amb in ambiguities:
        print(f"ambiguous: {amb}", file=sys.stderr)
    if not args.source:
        print("note: no --source given; fill source_url before pasting rows", file=sys.stderr)
    print(f"{len(facts)} candidate fact(s), {len(ambiguities)} ambiguous sentence(s)", file=sys.stderr)
    return 0


def run_facts_cli(argv: list[str]) -> int:
    """Entry point for `python -m etl facts ...` (argv without the `facts` word)."""
    parser = argparse.ArgumentParser(prog="python -m etl facts", description=__doc__.split("\n\n")[1])
    add_arguments(parser)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return run(args)
