"""preview_import: read a publisher's file with a spec, check it exactly as the build would, and
compare it with the warehouse, without writing anything under data/raw.

The normalised CSV is written to a temporary folder and run through the build's own `extract`
and `validate`, then through `extract_all` together with every raw file already there, so a
preview that passes is a build that passes.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pandas as pd

from etl import paths
from etl.build import RawFile, extract_all, raw_files
from etl.catalogue import Catalogue, Index, load_catalogue
from etl.extract import ValueRow, extract
from etl.importer.blocks import column_text
from etl.importer.confirm import Corrections, apply_corrections, drop_doubted
from etl.importer.diff import diff, lone_totals
from etl.importer.grid import Grid, ReadError
from etl.importer.layout import Layout, check_targets, lay_out, with_components
from etl.importer.read_csv import read_csv_grid
from etl.importer.read_html import read_html
from etl.importer.read_pdf import IMAGE_SUFFIXES, PDF_SUFFIXES, read_pdf
from etl.importer.read_xls import read_workbook
from etl.importer.report import ImportReport
from etl.importer.row_checks import check_table
from etl.importer.spec import Spec, SpecError, load_spec
from etl.importer.store_csv import csv_text
from etl.names import load_aliases
from etl.problems import Problem
from etl.sidecar import SourceMeta
from etl.validate import GEOGRAPHY_SIZE, validate

READERS: dict[str, Callable[[Path, str], list[Grid]]] = {"xlsx": read_workbook, "html": read_html, "csv": read_csv_grid,
                                                          "pdf": read_pdf}
SUFFIXES = {"xlsx": (".xlsx", ".xlsm", ".xls"), "html": (".html", ".htm"), "csv": (".csv", ".txt"),
            "pdf": PDF_SUFFIXES + IMAGE_SUFFIXES}
YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _index(spec: Spec, index: str | None, catalogue: Catalogue) -> Index:
    code = index or spec.index
    codes = [i.code for i in catalogue.indices]
    if code not in codes:
        hint = "this spec does not name an index; pass --index" if code is None else f"no index {code!r}"
        raise SpecError(f"{hint} (one of {', '.join(codes)})")
    return catalogue.index(code)


def _year(spec: Spec, year: int | None, layout: Layout, source: Path) -> int:
    found = year or spec.year or layout.year
    if found is None:
        years = set(YEAR_IN_NAME.findall(source.stem))
        found = int(years.pop()) if len(years) == 1 else None
    if found is None:
        raise SpecError(f"{source.name}: the year is not in the headers nor the file name; pass --year")
    return found


def _to_source(problem: Problem, label: str, layout: Layout, source: str) -> Problem:
    """A problem the build found in the normalised CSV, pointed back at the published cell."""
    if problem.file != label:
        return problem
    found = layout.origin.get((problem.row, problem.column)) if problem.row else None
    found = found or (layout.origin.get((problem.row, "province")) if problem.row else None)
    if found is None:
        return Problem(source, problem.reason, value=problem.value, kind=problem.kind)

    def cell_at(match: re.Match[str]) -> str:
        cell = layout.origin.get((int(match[1]), "province"))
        return f"{cell[0].label} row {cell[0].row}" if cell else match[0]

    reason = re.sub(rf"{re.escape(label)} row (\d+)", cell_at, problem.reason)
    cell, header = found
    same_column = (problem.row, problem.column) in layout.origin
    return Problem(cell.label, reason, row=cell.row, column=column_text(cell.column, header) if same_column else None,
                   value=problem.value, kind=problem.kind)


def _meta(spec: Spec, index: Index, year: int, source: Path, kind: str, text: str, has_table: bool) -> SourceMeta:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    original = hashlib.sha256(source.read_bytes()).hexdigest()
    fields = {"publisher": index.publisher, "title": f"{index.short} {year}", "licence": "as published",
              "url": "", **spec.source}
    rule = ("stored as a partial table because this (index, year) already has a complete table; by the build rule "
            "(docs/IMPORTING.md) its figures fill blanks there and replace derived figures, and must agree with "
            "published ones" if has_table else
            "complete table: partial tables of the same (index, year) only fill its blanks and must agree with it "
            "(docs/IMPORTING.md)" if kind == "table" else "partial table: provinces not listed are missing, not zero")
    return SourceMeta(
        source_id=f"{index.code}_{year}_import_{digest[:8]}", kind=kind, publisher=fields["publisher"],
        title=fields["title"].format(year=year), licence=fields["licence"], sha256=digest,
        url=fields["url"] or f"imported from {source.name}", index=index.code, year=year, geography=spec.geography,
        date_accessed=date.today().isoformat(),
        rank_basis="computed: the order of the rows in the file" if spec.ranks == "order" else
        f"as printed in {source.name}", transcribed_from=f"{source.name} (sha256 {original})",
        notes=[f"imported with spec {spec.name} from {source.name}", rule],
    )


def _kind(values: list[ValueRow], geography: str, files: list[RawFile], index: str, year: int) -> tuple[str, bool]:
    """'table' when every province of the geography is there and no complete table exists yet."""
    has_table = any(f.meta.kind == "table" and f.meta.index == index and f.meta.year == year for f in files)
    complete = len({v.province_code for v in values}) >= GEOGRAPHY_SIZE[geography]
    return ("table" if complete and not has_table else "partial"), has_table


def preview_import(path: Path, spec_name: str, index: str | None = None, year: int | None = None,
                   raw_dir: Path = paths.RAW_DIR, warehouse: Path = paths.WAREHOUSE,
                   corrections: Corrections | None = None) -> ImportReport:
    """Read, check and compare `path`; nothing is written under raw_dir. See docs/IMPORTING.md. The preview
    and the diff are filled even when the file is refused, so a person sees which figures the problems touch.
    `corrections` holds the cells of a PDF or scan a person confirmed (etl.importer.confirm)."""
    report = ImportReport(source=path, spec=spec_name, index=index, year=year, warehouse=warehouse,
                          corrections=dict(corrections or {}))
    try:
        _fill(report, path, spec_name, index, year, raw_dir, warehouse)
    except (SpecError, ReadError) as err:
        report.problems.append(Problem(path.name, str(err), kind="read"))
    report.problems = drop_doubted(report.problems, report.to_confirm)
    return report


def _fill(report: ImportReport, path: Path, spec_name: str, index_code: str | None, year: int | None,
          raw_dir: Path, warehouse: Path) -> None:
    spec = load_spec(spec_name)
    catalogue = load_catalogue()
    index = _index(spec, index_code, catalogue)
    report.index = index.code
    if path.suffix.lower() not in SUFFIXES[spec.file_type]:
        raise ReadError(f"{path.name}: spec {spec.name} reads {spec.file_type} files "
                        f"({', '.join(SUFFIXES[spec.file_type])})")
    if not path.is_file():
        raise ReadError(f"{path.name}: no such file")
    aliases = load_aliases(raw_dir / "reference")
    blocks = [with_components(b, index) if b.components else b for b in spec.blocks]
    bad = check_targets(index, [t for b in blocks for t in b.columns if spec.shape == "wide"])
    if bad:
        raise SpecError(f"spec {spec.name}: {', '.join(bad)} not an indicator of {index.code} (nor rank, tier, note)")
    report.grids = READERS[spec.file_type](path, path.name)
    confirmed = apply_corrections(report.grids, report.corrections)
    layout = lay_out(spec, report.grids, index, year, aliases)
    report.to_confirm = check_table(layout, report.grids, index, spec.geography, confirmed, report.corrections)
    report.notes, report.problems = layout.notes, list(layout.problems)
    report.preview = pd.DataFrame(layout.rows, columns=layout.header)
    report.year = year = _year(spec, year, layout, path)
    report.problems += [Problem(path.name, f"{ind.code} is not part of {index.short} in {year}", kind="layout")
                        for ind in index.indicators if ind.code in layout.targets and not ind.exists_in(year)]
    if report.problems and not layout.rows:
        return
    files, raw_problems = raw_files(raw_dir)
    text = csv_text(layout.header, layout.rows)
    with tempfile.TemporaryDirectory() as tmp:
        normalised = Path(tmp) / "normalised.csv"
        normalised.write_text(text, encoding="utf-8")
        probe = SourceMeta(source_id="probe", kind="partial", publisher="", title="", licence="", sha256="",
                           index=index.code, year=year, geography=spec.geography, rank_basis=(
                               "computed" if spec.ranks == "order" else None))
        out = extract(normalised, "normalised.csv", probe, catalogue, aliases)
        kind, has_table = _kind(out.values, spec.geography, files, index.code, year)
        report.meta = _meta(spec, index, year, path, kind, text, has_table)
        report.file_name = f"imported_{year}_{report.meta.sha256[:8]}.csv"
        label = f"{index.code}/{report.file_name}"
        out = extract(normalised, label, report.meta, catalogue, aliases)
        full = {label} if kind == "table" and not out.problems else set()
        found = out.problems + validate(out.values, catalogue, full)
        report.problems += [_to_source(p, label, layout, path.name) for p in found]
        stored = raw_dir / index.code / report.file_name
        if stored.exists():
            report.problems.append(Problem(path.name, f"already stored as {stored}; an import never overwrites a "
                                           "raw file"))
        if not report.problems:
            report.problems += raw_problems
            _, _, joint = extract_all([*files, RawFile(normalised, label, report.meta)], catalogue, aliases,
                                      lambda _msg: None)
            report.problems += [_to_source(p, label, layout, path.name) for p in joint]
    report.csv_text = text
    report.diff = diff(warehouse, index.code, year, out.values, f"{path.name} (spec {spec.name})")
    report.problems += lone_totals(warehouse, report.diff, index, year, path.name)
    if report.problems:
        report.meta = None
