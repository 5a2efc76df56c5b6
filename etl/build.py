"""Build the warehouse: verify, extract and validate every raw file, then swap in a new DuckDB file.

Nothing is written over the old warehouse until every check has passed: the new one is built
beside it and moved into place with one atomic rename, so readers never see half a build.
"""

from __future__ import annotations

import csv
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd

from etl import ranks
from etl.catalogue import METHOD_TOPICS, Catalogue, load_catalogue
from etl.extract import Extracted, SourceFact, ValueRow, extract
from etl.names import AliasTable, fold, load_aliases, name_key, slugify
from etl.outlines import outline_frame
from etl.problems import Problem, ValidationError
from etl.sidecar import SIDECAR_SUFFIX, SourceMeta, read_sidecar, sha256_of
from etl.stale import clear_stale, tmp_name
from etl.targets.table import TargetRow, read_targets
from etl.validate import check_grain, check_merged, validate

SCHEMA = Path(__file__).with_name("schema.sql")
DATA_KINDS = ("table", "partial", "components", "facts")


@dataclass
class RawFile:
    path: Path
    label: str
    meta: SourceMeta


def checksum_problem(path: Path, label: str, meta: SourceMeta) -> Problem | None:
    """A file whose bytes are not those its sidecar describes, and what to run when the change is intended."""
    actual = sha256_of(path)
    if actual == meta.sha256:
        return None
    return Problem(label, f"checksum mismatch: the sidecar says {meta.sha256[:12]}…, the file is {actual[:12]}…; "
                   f"the file changed after it was described (run `.venv/bin/python -m etl rehash {label}` first if "
                   "the change is intended)")


def raw_files(raw_dir: Path) -> tuple[list[RawFile], list[Problem]]:
    """Every data file under raw_dir with its sidecar; a missing sidecar or a wrong checksum is a problem."""
    files, problems = [], []
    for path in sorted(p for p in raw_dir.rglob("*") if p.is_file() and not p.name.endswith(SIDECAR_SUFFIX)):
        label = path.relative_to(raw_dir).as_posix()
        try:
            meta = read_sidecar(path)
        except ValueError as err:
            problems.append(Problem(label, str(err)))
            continue
        mismatch = checksum_problem(path, label, meta)
        if mismatch:
            problems.append(mismatch)
            continue
        files.append(RawFile(path, label, meta))
    return files, problems


def merge_facts(table_rows: list[ValueRow], fact_rows: list[ValueRow]) -> list[ValueRow]:
    """Facts fill what tables leave empty and never overwrite a table's figure."""
    merged: dict[tuple, ValueRow] = {
        (r.index, r.indicator, r.year, r.geography, r.province_code): r for r in table_rows
    }
    for f in fact_rows:
        key = (f.index, f.indicator, f.year, f.geography, f.province_code)
        old = merged.get(key)
        if old is None:
            merged[key] = f
            continue
        fills = {}
        if old.value is None and f.value is not None:
            fills.update(value=f.value, value_status=f.value_status)
        if old.rank is None and f.rank is not None:
            fills.update(rank=f.rank, rank_status=f.rank_status)
        if old.region_rank is None and f.region_rank is not None:
            fills.update(region_rank=f.region_rank, region_size=f.region_size)
        if fills:
            merged[key] = replace(old, **fills)
    return list(merged.values())


def same_figure(a: float, b: float) -> bool:
    """Two printings of one figure agree at the precision of the coarser one, at least 2 decimals (70.00 = 70.0014)."""
    places = max(2, min(-Decimal(repr(x)).as_tuple().exponent for x in (a, b)))
    return abs(a - b) <= 0.5 * 10 ** -places + 1e-9


def superseded_partials(files: list[RawFile]) -> set[str]:
    """Partial tables that only amend another table of their (index, year): all of them when it has a
    complete table, else all but the first partial by file name (docs/IMPORTING.md, the build rule)."""
    complete = {(f.meta.index, f.meta.year) for f in files if f.meta.kind == "table"}
    first: dict[tuple, str] = {}
    for f in sorted(files, key=lambda f: f.label):
        if f.meta.kind == "partial":
            first.setdefault((f.meta.index, f.meta.year), f.label)
    return {f.label for f in files if f.meta.kind == "partial"
            and ((f.meta.index, f.meta.year) in complete or first[(f.meta.index, f.meta.year)] != f.label)}


def _amend_one(base: ValueRow, extra: ValueRow) -> tuple[ValueRow, Problem | None]:
    """Blanks are filled and a derived figure gives way to a published one; two published figures must agree."""
    fills: dict = {}
    where = f"{extra.index}/{extra.indicator} {extra.year} province {extra.province_code}"
    if extra.value is not None and base.value is None and base.value_status == "not_published":
        return base, Problem(extra.file, f"{where}: {base.file} row {base.row} says the publisher did not publish this "
                             f"value; {extra.value:g} cannot fill it", row=extra.row,
                             column="score" if extra.indicator == "total" else extra.indicator,
                             value=f"{extra.value:g}", kind="conflict")
    if extra.value is not None:
        differs = base.value is not None and not same_figure(base.value, extra.value)
        if base.value is None or (differs and base.value_status == "derived" and extra.value_status == "published"):
            fills.update(value=extra.value, value_status=extra.value_status, source_id=extra.source_id,
                         source_url=extra.source_url, file=extra.file, row=extra.row)
        elif differs and base.value_status == extra.value_status == "published":
            return base, Problem(extra.file, f"{where}: published value {extra.value:g} disagrees with the published "
                                 f"{base.value:g} in {base.file} row {base.row}", row=extra.row,
                                 column="score" if extra.indicator == "total" else extra.indicator,
                                 value=f"{extra.value:g}", kind="conflict")
    if extra.rank is not None and extra.rank != base.rank:
        if base.rank is None or (base.rank_status == "derived" and extra.rank_status == "published"):
            fills.update(rank=extra.rank, rank_status=extra.rank_status)
        elif base.rank_status == extra.rank_status == "published":
            return base, Problem(extra.file, f"{where}: published rank {extra.rank} disagrees with the published rank "
                                 f"{base.rank} in {base.file} row {base.row}", row=extra.row, column="rank",
                                 value=str(extra.rank), kind="conflict")
    for name in ("region_rank", "region_size", "tier", "note"):
        if getattr(base, name) is None and getattr(extra, name) is not None:
            fills[name] = getattr(extra, name)
    return (replace(base, **fills) if fills else base), None


def amend(table_rows: list[ValueRow], extra_rows: list[ValueRow]) -> tuple[list[ValueRow], list[Problem]]:
    """Apply a superseded partial's rows to the complete table's rows (see docs/IMPORTING.md, the build rule)."""
    merged = {(r.index, r.indicator, r.year, r.geography, r.province_code): r for r in table_rows}
    problems = []
    for extra in extra_rows:
        key = (extra.index, extra.indicator, extra.year, extra.geography, extra.province_code)
        if key not in merged:
            merged[key] = extra
            continue
        merged[key], problem = _amend_one(merged[key], extra)
        if problem:
            problems.append(problem)
    return list(merged.values()), problems


def extract_all(files: list[RawFile], catalogue: Catalogue, aliases: AliasTable,
                say: Callable[[str], None]) -> tuple[list[ValueRow], list[SourceFact], list[Problem]]:
    table_rows, fact_rows, facts, problems = [], [], [], []
    for f in files:
        if f.meta.kind not in DATA_KINDS:
            continue
        out: Extracted = extract(f.path, f.label, f.meta, catalogue, aliases)
        (fact_rows if f.meta.kind == "facts" else table_rows).extend(out.values)
        facts.extend(out.facts)
        problems.extend(out.problems)
    say(f"      {len(table_rows)} table values, {len(facts)} source facts")
    broken = {p.file for p in problems}
    full = {f.label for f in files if f.meta.kind == "table" and f.label not in broken}
    superseded = superseded_partials(files)
    extra_rows = [r for r in table_rows if r.file in superseded]
    problems += validate([r for r in table_rows if r.file not in superseded], catalogue, full)
    for label in sorted(superseded):
        problems += check_grain([r for r in extra_rows if r.file == label])
    table_rows, amend_problems = amend([r for r in table_rows if r.file not in superseded], extra_rows)
    problems += amend_problems
    rows = merge_facts(table_rows, fact_rows)
    problems += [p for p in validate([r for r in rows if r.file not in full], catalogue, set())
                 if p.kind != "duplicate"]
    problems += check_merged(table_rows, catalogue, full)
    return rows, facts, problems


def read_all_targets(files: list[RawFile], catalogue: Catalogue,
                     aliases: AliasTable) -> tuple[list[TargetRow], list[Problem]]:
    """The rows of every targets file (kind `targets`), checked row by row (etl/targets/table.py)."""
    rows, problems = [], []
    for f in files:
        if f.meta.kind == "targets":
            got, bad = read_targets(f.path, f.label, f.meta, catalogue, aliases)
            rows += got
            problems += bad
    return rows, problems


def _target_frame(targets: list[TargetRow]) -> pd.DataFrame:
    columns = ["source_id", "row", "province_id", "geography", "index_code", "kind", "threshold", "threshold_value",
               "threshold_max", "year_from", "year_to", "document", "issued_by", "date_issued", "source_url"]
    frame = pd.DataFrame([(t.source_id, t.row, t.province_id, t.geography, t.index, t.kind, t.threshold,
                           t.threshold_value, t.threshold_max, t.year_from, t.year_to, t.document, t.issued_by,
                           t.date_issued, t.source_url) for t in targets], columns=columns)
    return frame.astype({"row": "Int64", "year_from": "Int64", "year_to": "Int64",
                         "threshold_value": "Float64", "threshold_max": "Float64"})


def _reference_frames(raw_dir: Path, catalogue: Catalogue, aliases: AliasTable) -> dict[str, pd.DataFrame]:
    ref = raw_dir / "reference"
    region_of = {name_key(r.name_vi): r.code for r in catalogue.regions}
    with open(ref / "provinces_63.csv", encoding="utf-8") as fh:
        p63 = list(csv.DictReader(fh))
    with open(ref / "merger_2025.csv", encoding="utf-8") as fh:
        merger = list(csv.DictReader(fh))
    provinces = [dict(province_id=f"63-{r['code']}", geography="63", code=r["code"], name_vi=r["name"],
                      name_en=fold(r["name"]), slug=slugify(r["name"]), type=r["type"],
                      region_code=region_of[name_key(r["region"])], valid_from="2008-08-01",
                      valid_to="2025-06-30", iso_3166_2=r["iso_3166_2"], note=r["notes"] or None) for r in p63]
    by_code = {r["code"]: r for r in p63}
    for code, members in _groups(merger).items():
        namesake = next((m for m in members if m["old_name"] == m["new_name"]), None) or next(
            m for m in members if m["old_code"] == code)
        head = members[0]
        provinces.append(dict(
            province_id=f"34-{code}", geography="34", code=code, name_vi=head["new_name"],
            name_en=fold(head["new_name"]), slug=slugify(head["new_name"]),
            type="thành phố trực thuộc Trung ương" if head["new_name_full"].startswith("Thành phố") else "tỉnh",
            region_code=region_of[name_key(by_code[namesake["old_code"]]["region"])], valid_from="2025-07-01",
            valid_to=None, iso_3166_2=None,
            note="region: that of the member province whose name the new province carries (derived)"))
    provinces.append(dict(province_id="historical-28", geography="historical", code="28", name_vi="Hà Tây",
                          name_en="Ha Tay", slug="ha-tay", type="tỉnh", region_code="DBSH", valid_from=None,
                          valid_to="2008-07-31", iso_3166_2=None, note="merged into Hà Nội on 2008-08-01"))
    crosswalk = [dict(old_province_id=f"63-{m['old_code']}", new_province_id=f"34-{m['new_code']}") for m in merger]
    alias_rows = [dict(alias_key=key, geography=geo, alias=alias, province_id=f"{geo}-{code}")
                  for alias, key, code, geo in aliases.rows]
    regions = [dict(region_code=r.code, name_vi=r.name_vi, name_en=r.name_en, sort=r.sort) for r in catalogue.regions]
    return {"dim_region": pd.DataFrame(regions), "dim_province": pd.DataFrame(provinces),
            "crosswalk_2025": pd.DataFrame(crosswalk), "dim_province_alias": pd.DataFrame(alias_rows)}


def _groups(merger: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for m in merger:
        out.setdefault(m["new_code"], []).append(m)
    return out


def _catalogue_frames(catalogue: Catalogue) -> dict[str, pd.DataFrame]:
    indices, indicators, breaks, notes = [], [], [], []
    for sort, idx in enumerate(catalogue.indices):
        indices.append(dict(index_code=idx.code, short=idx.short, name_vi=idx.name_vi, name_en=idx.name_en,
                            publisher_vi=idx.publisher,
                            publisher_en=idx.publisher_en, unit=idx.unit, scale_min=idx.scale_min,
                            scale_max=idx.scale_max, higher_is_better=idx.higher_is_better,
                            first_year=idx.first_year, coverage_note_vi=idx.coverage_note_vi,
                            coverage_note_en=idx.coverage_note_en, top_n_year=idx.top_n_year, top_n=idx.top_n,
                            sort=sort))
        indicators += [dict(index_code=idx.code, indicator_code=i.code, parent_code=i.parent, name_vi=i.name_vi,
                            name_en=i.name_en, scale_min=i.scale_min, scale_max=i.scale_max,
                            first_year=i.first_year, last_year=i.last_year, sort=i.sort) for i in idx.indicators]
        breaks += [dict(index_code=idx.code, year=b.year, note_vi=b.note_vi, note_en=b.note_en)
                   for b in idx.method_breaks]
        notes += [dict(index_code=idx.code, topic=n.topic, text_vi=n.vi, text_en=n.en,
                       sort=METHOD_TOPICS.index(n.topic)) for n in idx.method]
    return {"dim_index": pd.DataFrame(indices), "dim_indicator": pd.DataFrame(indicators),
            "dim_method_break": pd.DataFrame(breaks), "dim_index_method": pd.DataFrame(notes)}


def _fact_frames(files: list[RawFile], rows: list[ValueRow], facts: list[SourceFact]) -> dict[str, pd.DataFrame]:
    sources = [dict(source_id=f.meta.source_id, file=f.label, kind=f.meta.kind, index_code=f.meta.index,
                    year=f.meta.year, publisher=f.meta.publisher, title=f.meta.title, url=f.meta.url or None,
                    licence=f.meta.licence, sha256=f.meta.sha256, date_published=f.meta.date_published,
                    date_accessed=f.meta.date_accessed, transcribed_from=f.meta.transcribed_from,
                    rank_basis=f.meta.rank_basis, score_basis=f.meta.score_basis,
                    notes="; ".join(f.meta.notes) or None, title_vi=f.meta.title_vi or f.meta.title,
                    title_en=f.meta.title_en or f.meta.title, publisher_vi=f.meta.publisher_vi or f.meta.publisher,
                    publisher_en=f.meta.publisher_en or f.meta.publisher,
                    licence_vi=f.meta.licence_vi or f.meta.licence, licence_en=f.meta.licence_en or f.meta.licence)
               for f in files]
    values = [dict(index_code=r.index, indicator_code=r.indicator, year=r.year,
                   province_id=f"{r.geography}-{r.province_code}", value=r.value, value_status=r.value_status,
                   rank=r.rank, rank_status=r.rank_status, region_rank=r.region_rank, region_size=r.region_size,
                   tier=r.tier, note=r.note, source_id=r.source_id, source_url=r.source_url) for r in rows]
    fact_rows = [dict(source_id=f.source_id, line=f.line, index_code=f.index or None, year=f.year,
                      subject=f.subject, metric=f.metric, value_text=f.value_text or None, value=f.value,
                      rank_text=f.rank_text or None, source_url=f.source_url or None,
                      province_id=f"{f.geography}-{f.province_code}" if f.province_code else None,
                      region_code=f.region_code) for f in facts]
    return {"dim_source": pd.DataFrame(sources), "fact_value": pd.DataFrame(values),
            "source_fact": pd.DataFrame(fact_rows)}


TABLE_ORDER = ("dim_region", "dim_province", "crosswalk_2025", "dim_province_alias", "geo_outline", "dim_index",
               "dim_method_break", "dim_index_method", "dim_indicator", "dim_source", "fact_value", "source_fact",
               "fact_target")


def write_warehouse(target: Path, frames: dict[str, pd.DataFrame]) -> None:
    """Write all tables and the ranks made from them into a new file beside `target`, then rename it over
    `target` in one step."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = tmp_name(target, os.getpid())
    wal = tmp.with_name(f"{tmp.name}.wal")
    tmp.unlink(missing_ok=True)
    try:
        con = duckdb.connect(str(tmp))
        try:
            con.execute(SCHEMA.read_text(encoding="utf-8"))
            for name in TABLE_ORDER:
                frame = frames[name]
                con.register("incoming", frame)
                columns = ", ".join(frame.columns)
                con.execute(f"INSERT INTO {name} ({columns}) SELECT {columns} FROM incoming")
                con.unregister("incoming")
            ranks.materialise(con)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        wal.unlink(missing_ok=True)


def build(raw_dir: Path, target: Path, say: Callable[[str], None] = print) -> dict[str, int]:
    """Build the warehouse at `target` from `raw_dir`; raise ValidationError and leave `target` as it was."""
    started = time.perf_counter()
    for path in clear_stale(target):
        say(f"      removed {path.name}, left by a build or reader that was killed")
    catalogue = load_catalogue()
    say(f"[1/4] checking {raw_dir}")
    files, problems = raw_files(raw_dir)
    say(f"      {len(files)} files with sidecars, {len(problems)} problem(s)")
    if problems:
        raise ValidationError(problems)
    say("[2/4] resolving province names")
    aliases = load_aliases(raw_dir / "reference")
    say("[3/4] extracting and validating")
    rows, facts, problems = extract_all(files, catalogue, aliases, say)
    targets, target_problems = read_all_targets(files, catalogue, aliases)
    problems += target_problems
    say(f"      {len(targets)} targets")
    if problems:
        raise ValidationError(problems)
    say(f"[4/4] writing {target}")
    frames = {**_reference_frames(raw_dir, catalogue, aliases), **_catalogue_frames(catalogue),
              **_fact_frames(files, rows, facts), "fact_target": _target_frame(targets)}
    frames["geo_outline"] = outline_frame(raw_dir, frames["dim_province"])
    write_warehouse(target, frames)
    counts = {name: len(frame) for name, frame in frames.items()}
    say(f"done in {time.perf_counter() - started:.2f} s: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return counts
