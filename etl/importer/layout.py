"""Apply a spec to the grids of one file and join its blocks into the CSV shape the build reads:
a row per province, a column per indicator (`score`, `rank`, the catalogue's component columns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from etl.catalogue import Index, Indicator
from etl.importer.blocks import BlockReader, OutRow, SourceCell, indicator
from etl.importer.grid import Grid
from etl.importer.spec import Block, Spec
from etl.names import AliasTable, name_key
from etl.problems import Problem

LABEL_TARGETS = ("rank", "tier", "note")


@dataclass
class Layout:
    """The normalised table: the build's columns, the rows, and the published cell of each value."""

    header: list[str]
    rows: list[dict[str, str]]
    origin: dict[tuple[int, str], tuple[SourceCell, str]]
    year: int | None
    targets: list[str]
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def column_of(index: Index, target: str) -> str:
    """The build's CSV column for a spec target: 'total' -> 'score', an indicator -> its column."""
    if target in LABEL_TARGETS or target.startswith("rank_"):
        return target
    return index.indicator(target).columns[0]


def check_targets(index: Index, targets: list[str]) -> list[str]:
    """Targets that are neither an indicator of the index nor rank, rank_<indicator>, tier or note."""
    codes = {i.code for i in index.indicators}
    return [t for t in targets if t not in LABEL_TARGETS and t not in codes
            and not (t.startswith("rank_") and t[5:] in codes)]


def _targets(index: Index, block: Block) -> dict[str, tuple[str, ...]]:
    """The spec's header words for each target, followed by the catalogue's names for it."""
    out = {}
    for target, words in block.columns.items():
        ind = indicator(index, target)
        out[target] = words if ind is None else (*words, ind.name_vi, ind.name_en, ind.columns[0])
    return out


def with_components(block: Block, index: Index) -> Block:
    """A block with `components: true` also maps, when present, every component of the index the spec
    does not name, by its catalogue names followed by anything (a maximum such as "(10 điểm)").
    Optional targets of another index (one annex spec serves PAR INDEX and SIPAS) are left out."""
    own = {t: w for t, w in block.columns.items() if t not in block.optional or not check_targets(index, [t])}
    extra = {i.code: (i.name_vi, i.name_en, f"{i.name_vi} (*", f"{i.name_en} (*", f"{i.name_vi}*")
             for i in index.indicators if i.code != "total" and i.code not in own}
    optional = tuple(t for t in (*block.optional, *extra) if t in own or t in extra)
    return replace(block, columns={**own, **extra}, optional=optional)


def _sheet(grids: list[Grid], sheet: int | str) -> Grid | None:
    if isinstance(sheet, int):
        return grids[sheet] if sheet < len(grids) else None
    return next((g for g in grids if name_key(g.sheet) == name_key(sheet)), None)


def _named(index: Index, text: str) -> Indicator | None:
    """The one indicator a sheet name or an indicator cell names (Excel cuts sheet names at 31 characters)."""
    key = re.sub(r"^\d+", "", name_key(text))
    if not key:
        return None
    hits = [i for i in index.indicators
            if key in {name_key(i.code), name_key(i.columns[0]), name_key(i.name_vi), name_key(i.name_en)}]
    if not hits and len(key) >= 10:
        hits = [i for i in index.indicators
                if name_key(i.name_vi).startswith(key) or name_key(i.name_en).startswith(key)]
    return hits[0] if len(hits) == 1 else None


def _read_blocks(reader: BlockReader, spec: Spec, grids: list[Grid], index: Index) -> list[list[OutRow]]:
    out, used = [], set()
    for block in spec.blocks:
        if block.sheet == "*":
            continue
        grid = _sheet(grids, block.sheet)
        if grid is None:
            reader.problems.append(Problem(grids[0].file, f"no sheet or table {block.sheet!r}; the file has: "
                                           + ", ".join(repr(g.sheet) for g in grids)))
            continue
        used.add(grid.sheet)
        block = with_components(block, index) if block.components else block
        if getattr(grid, "header_rows", None) and block.header_row is None:
            block = replace(block, header_rows=grid.header_rows)
        out.append(reader.read_block(grid.transpose() if block.transpose else grid, block, _targets(index, block)))
    for block in (b for b in spec.blocks if b.sheet == "*"):
        for grid in (g for g in grids if g.sheet not in used):
            ind = _named(index, grid.sheet)
            if ind is None or ind.code == "total":
                reader.notes.append(f"sheet {grid.sheet!r} not read: its name is not a {index.short} sub-index")
                continue
            targets = {ind.code: (*block.value, ind.name_vi, ind.name_en)}
            out.append(reader.read_block(grid.transpose() if block.transpose else grid, block, targets))
    return out


def _pivot(reader: BlockReader, rows: list[OutRow], index: Index) -> list[OutRow]:
    """A long table (province, indicator, value, rank) as one row per province."""
    by_code: dict[str, OutRow] = {}
    for row in rows:
        text, cell, header = row.cells.get("indicator", ("", None, ""))
        ind = _named(index, text)
        if ind is None or cell is None:
            reader.problems.append(Problem(
                cell.label if cell else "", f"unknown indicator {text!r}; known: "
                + ", ".join(i.code for i in index.indicators), row=cell.row if cell else None,
                column=f"{cell.column} ({header})" if cell else None, value=text))
            continue
        target = by_code.setdefault(row.code, OutRow(row.code, row.name, {"province": row.cells["province"]}))
        for part, name in (("value", ind.code), ("rank", "rank" if ind.code == "total" else f"rank_{ind.code}")):
            if part not in row.cells or (not row.cells[part][0] and part == "rank"):
                continue
            if name in target.cells:
                first = target.cells[name][1]
                reader.problems.append(Problem(row.cells[part][1].label, f"duplicate {ind.code} for {row.name}; first "
                                               f"at row {first.row}", row=row.cells[part][1].row, value=row.name))
                continue
            target.cells[name] = row.cells[part]
    return list(by_code.values())


def _join(reader: BlockReader, blocks: list[list[OutRow]]) -> list[OutRow]:
    """The first block's rows (duplicates kept, so the build's grain check reports them), then each
    other block's cells added to the row of the same province."""
    if not blocks:
        return []
    rows = list(blocks[0])
    by_code = {}
    for row in rows:
        by_code.setdefault(row.code, row)
    for block in blocks[1:]:
        for extra in block:
            row = by_code.get(extra.code)
            if row is None:
                row = by_code[extra.code] = OutRow(extra.code, extra.name, {"province": extra.cells["province"]})
                rows.append(row)
            for target, cell in extra.cells.items():
                if target == "province":
                    continue
                if target in row.cells:
                    reader.problems.append(Problem(cell[1].label, f"{target} for {extra.name} is given twice; first at "
                                                   f"{row.cells[target][1].label} row {row.cells[target][1].row}",
                                                   row=cell[1].row, value=extra.name))
                    continue
                row.cells[target] = cell
    return rows


def _header(index: Index, targets: set[str]) -> list[str]:
    indicators = [i.code for i in index.indicators if i.code in targets and i.code != "total"]
    ranks = [f"rank_{c}" for c in indicators if f"rank_{c}" in targets]
    labels = [t for t in ("tier", "note") if t in targets]
    return ["province", "score", "rank", *[column_of(index, c) for c in indicators], *ranks, *labels]


def lay_out(spec: Spec, grids: list[Grid], index: Index, year: int | None, aliases: AliasTable) -> Layout:
    reader = BlockReader(spec, index, year, aliases)
    blocks = _read_blocks(reader, spec, grids, index)
    rows = _pivot(reader, [r for b in blocks for r in b], index) if spec.shape == "long" else _join(reader, blocks)
    targets = sorted({t for r in rows for t in r.cells if t != "province"})
    header = _header(index, set(targets))
    out_rows, origin = [], {}
    for number, row in enumerate(rows, start=2):
        line = {}
        for column in header:
            target = {"province": "province", "score": "total"}.get(column, column)
            target = next((t for t in targets if column_of(index, t) == column), target)
            text, cell, header_text = row.cells.get(target, ("", None, ""))
            line[column] = text
            if cell is not None:
                origin[(number, column)] = (cell, header_text)
        out_rows.append(line)
    return Layout(header, out_rows, origin, reader.year, targets, reader.problems, reader.notes)
