"""Turn one raw file into long rows (one per index, indicator, year, province), or problems.

Tables and partial tables give `fact_value` rows; `facts.csv` files give `source_fact` rows
(kept whole, conflicts included) and fill only what no table says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from etl.catalogue import Catalogue, Index
from etl.names import AliasTable, UnknownProvince, name_key
from etl.problems import Problem
from etl.readers import Table, parse_number, parse_rank, read_csv
from etl.sidecar import SourceMeta


@dataclass(frozen=True)
class ValueRow:
    index: str
    indicator: str
    year: int
    province_code: str
    geography: str
    value: float | None
    value_status: str
    source_id: str
    file: str
    row: int
    rank: int | None = None
    rank_status: str | None = None
    region_rank: int | None = None
    region_size: int | None = None
    tier: str | None = None
    note: str | None = None
    source_url: str | None = None


@dataclass(frozen=True)
class SourceFact:
    source_id: str
    line: int
    index: str
    year: int
    subject: str
    metric: str
    value_text: str
    rank_text: str
    source_url: str
    province_code: str | None
    geography: str | None
    region_code: str | None
    value: float | None


@dataclass
class Extracted:
    values: list[ValueRow]
    facts: list[SourceFact]
    problems: list[Problem]


def _resolve(aliases: AliasTable, table: Table, number: int, cell: str, geography: str, problems: list[Problem]):
    try:
        return aliases.resolve(cell, geography)
    except UnknownProvince as err:
        problems.append(Problem(table.file, str(err), row=number, column="province", value=cell, kind="province"))
        return None


def _number(table: Table, number: int, column: str, cell: str, decimal: str, problems: list[Problem]):
    try:
        return parse_number(cell, decimal), True
    except ValueError as err:
        problems.append(Problem(table.file, str(err), row=number, column=column, value=cell,
                                kind="number"))
        return None, False


def _rank(table: Table, number: int, column: str, cell: str, problems: list[Problem]):
    try:
        return parse_rank(cell)
    except ValueError as err:
        problems.append(Problem(table.file, str(err), row=number, column=column, value=cell, kind="rank"))
        return None


def _rank_status(meta: SourceMeta, cells: dict[str, str]) -> str:
    if "rank_published" in cells:
        return "published" if cells["rank_published"] else "derived"
    return "derived" if (meta.rank_basis or "").startswith("computed") else "published"


def extract_table(path: Path, table: Table, meta: SourceMeta, index: Index, aliases: AliasTable) -> Extracted:
    """A full or partial table: a row per province, a column per indicator."""
    problems: list[Problem] = []
    required = ["province", "score"] + (["rank"] if meta.kind in ("table", "partial") else [])
    missing = [c for c in required if c not in table.header]
    if missing:
        return Extracted([], [], [Problem(table.file, f"missing column(s): {', '.join(missing)}")])
    year = int(meta.year)
    indicators = [i for i in index.indicators if i.exists_in(year) and i.columns[0] in table.header]
    if meta.kind == "components":
        indicators = [i for i in indicators if i.parent is not None]
    rows: list[ValueRow] = []
    for number, cells in table.rows:
        where = _resolve(aliases, table, number, cells["province"], meta.geography, problems)
        if where is None:
            continue
        derived = cells.get("score_basis", meta.score_basis or "").startswith("derived")
        withheld = meta.withheld.get(cells["province"])
        url = cells.get("source_urls") or cells.get("source_url") or cells.get("source") or None
        for ind in indicators:
            column = ind.columns[0]
            value, ok = _number(table, number, column, cells[column], meta.decimal, problems)
            if not ok:
                continue
            sums = derived and ind.code in {"total", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8"}
            status = "derived" if sums else "published"
            if value is None:
                status = "not_published" if withheld else "missing"
            rank_col = "rank" if ind.code == "total" else f"rank_{ind.code}"
            rank = _rank(table, number, rank_col, cells.get(rank_col, ""), problems)
            rows.append(ValueRow(
                index=index.code, indicator=ind.code, year=year, province_code=where.code,
                geography=where.geography, value=value, value_status=status, source_id=meta.source_id,
                file=table.file, row=number, rank=rank,
                rank_status=None if rank is None else _rank_status(meta, cells),
                tier=(cells.get("tier") or None) if ind.code == "total" else None,
                note=(cells.get("note") or withheld) if ind.code == "total" else None, source_url=url,
            ))
    return Extracted(rows, [], problems)


FACT_COLUMNS = ["year", "province_or_region", "metric", "value", "rank", "source_url"]
GROUPING = re.compile(r"\s*\((34-unit|63-province) grouping\)\s*$")
REGION_RANK = re.compile(r"rank within (?P<region>.+) \(of (?P<size>\d+)\)")
PILLAR = {"CQS": "chinh_quyen_so", "KTS": "kinh_te_so", "XHS": "xa_hoi_so"}


def _subject(aliases: AliasTable, subject: str):
    """The one province a fact speaks of, or None for regions, lists and groups."""
    geography = "34" if "34-unit" in subject else "63"
    name = GROUPING.sub("", subject)
    for part in [name, *name.split(" / ")]:
        try:
            return aliases.resolve(part.strip(), geography)
        except UnknownProvince:
            continue
    return None


def _region_code(catalogue: Catalogue, subject: str) -> str | None:
    key = name_key(re.sub(r"^Vùng\s+", "", subject))
    for region in catalogue.regions:
        if name_key(region.name_vi) == key or name_key(region.name_vi).replace("va", "") == key.replace("va", ""):
            return region.code
    return None


def extract_facts(table: Table, meta: SourceMeta, catalogue: Catalogue, aliases: AliasTable) -> Extracted:
    """Every fact line kept as a source fact; single-province score and rank facts also become values."""
    missing = [c for c in FACT_COLUMNS if c not in table.header]
    if missing:
        return Extracted([], [], [Problem(table.file, f"missing column(s): {', '.join(missing)}")])
    problems: list[Problem] = []
    facts, values = [], []
    index = meta.index or ""
    for number, cells in table.rows:
        try:
            year = int(cells["year"])
        except ValueError:
            problems.append(Problem(table.file, "year is not a whole number", row=number, column="year",
                                    value=cells["year"]))
            continue
        where = _subject(aliases, cells["province_or_region"])
        try:
            value = parse_number(cells["value"], meta.decimal)
        except ValueError:
            value = None
        fact = SourceFact(
            source_id=meta.source_id, line=number, index=index, year=year, subject=cells["province_or_region"],
            metric=cells["metric"], value_text=cells["value"], rank_text=cells["rank"],
            source_url=cells["source_url"], province_code=where.code if where else None,
            geography=where.geography if where else None,
            region_code=None if where else _region_code(catalogue, cells["province_or_region"]), value=value,
        )
        facts.append(fact)
        if where is not None:
            values.extend(_fact_values(fact, catalogue.index(index) if index else None, table.file, number))
    return Extracted(values, facts, problems)


def _fact_values(fact: SourceFact, index: Index | None, file: str, number: int) -> list[ValueRow]:
    """The values a single-province fact states, in the few metric forms the kits use."""
    if index is None:
        return []
    rank = int(fact.rank_text) if fact.rank_text.isascii() and fact.rank_text.isdigit() else None
    base = ValueRow(index=index.code, indicator="total", year=fact.year, province_code=fact.province_code or "",
                    geography=fact.geography or "63", value=None, value_status="missing",
                    source_id=fact.source_id, file=file, row=number, source_url=fact.source_url)
    metric = fact.metric
    if index.code == "par_index" and (m := REGION_RANK.search(metric)) and rank:
        return [replace(base, region_rank=rank, region_size=int(m["size"]))]
    if metric in ("PCI score", "dti_score") and fact.value is not None:
        return [replace(base, value=fact.value, value_status="published", rank=rank,
                        rank_status="published" if rank else None)]
    if metric in ("PCI rank", "dti_rank") and rank:
        return [replace(base, rank=rank, rank_status="published")]
    if metric in ("dti_rank_derived", "dti_rank_inferred_from_listed_order") and rank:
        return [replace(base, rank=rank, rank_status="derived")]
    if metric.endswith("_score") and metric[:-6] in PILLAR.values() and fact.value is not None:
        return [replace(base, indicator=metric[:-6], value=fact.value, value_status="published", rank=rank,
                        rank_status="published" if rank else None)]
    if metric == "pillar_ranks":
        out = []
        for part in fact.value_text.split(";"):
            key, _, num = part.partition("=")
            if key.strip() in PILLAR and num.strip().isascii() and num.strip().isdigit():
                out.append(replace(base, indicator=PILLAR[key.strip()], rank=int(num), rank_status="published"))
        return out
    if metric.startswith("sub-index ") and fact.value is not None:
        wanted = name_key(metric.removeprefix("sub-index "))
        for ind in index.indicators:
            if name_key(ind.name_vi) == wanted:
                return [replace(base, indicator=ind.code, value=fact.value, value_status="published", rank=rank,
                                rank_status="published" if rank else None)]
    return []


def extract(path: Path, label: str, meta: SourceMeta, catalogue: Catalogue, aliases: AliasTable) -> Extracted:
    table, problems = read_csv(path, label)
    if table is None:
        return Extracted([], [], problems)
    if meta.kind == "facts":
        out = extract_facts(table, meta, catalogue, aliases)
    else:
        out = extract_table(path, table, meta, catalogue.index(meta.index), aliases)
    out.problems[:0] = problems
    return out
