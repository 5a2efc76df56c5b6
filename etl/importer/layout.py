"""Apply a spec to the grids of one file and join its blocks into the CSV shape the build reads:
a row per province, a column per indicator (`score`, `rank`, the catalogue's component columns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from etl.catalogue import Index, Indicator
from etl.importer.blocks import BlockReader, OutRow, SourceCell, indicator, join_rows
from etl.importer.grid import Grid
from etl.importer.headers import Header, find_column, find_header_row, headers, matches
from etl.importer.spec import Block, Spec, SpecError
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


def _targets(index: Index, block: Block, aliases: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The spec's header words for each target, then the spec's aliases and the catalogue's names for it;
    words with `*` last, so an exact name is tried before a pattern that may also match a neighbour."""
    out = {}
    for target, words in block.columns.items():
        ind = indicator(index, target)
        names = () if ind is None else (ind.name_vi, ind.name_en, ind.columns[0])
        out[target] = tuple(sorted((*words, *aliases.get(target, ()), *names), key=lambda w: "*" in w))
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


def _sheet(reader: BlockReader, grids: list[Grid], sheet: int | str | tuple[int | str, ...]) -> Grid | None:
    """The sheet a block names: by number, by name, the first of a list that exists, or by a name with
    {year}: the sheet of the year asked for, or of the one year the file holds. A file with sheets of
    several years and no year asked for is refused (the file name is not read for the year), and so is
    one without the year asked for."""
    if isinstance(sheet, tuple):
        return next((g for s in sheet if (g := _sheet(reader, grids, s)) is not None), None)
    if isinstance(sheet, int):
        return grids[sheet] if sheet < len(grids) else None
    if "{year}" not in sheet:
        return next((g for g in grids if name_key(g.sheet) == name_key(sheet)), None)
    years = [(g, m) for g in grids if (m := matches(Header(0, (g.sheet,)), sheet, None))]
    if not years:
        return None
    hits = [(g, m) for g, m in years if reader.year is None or int(m.group("year")) == reader.year]
    shown = ", ".join(repr(g.sheet) for g, _ in years)
    if not hits:
        raise SpecError(f"{grids[0].file}: no sheet for {reader.year}; the sheets of years are {shown}")
    if len(hits) > 1:
        raise SpecError(f"{grids[0].file}: the sheets {shown} each hold a year; say which with --year (the file "
                        "name is not read for the year)")
    reader.year = int(hits[0][1].group("year"))
    return hits[0][0]


def _header_of(reader: BlockReader, grid: Grid, block: Block) -> tuple[int, list[Header]] | None:
    """Where a sheet's header is by the block's province words, and its columns; None when it has none."""
    first = find_header_row(grid, block.province, reader.year) if isinstance(block.province, tuple) else 0
    return None if first is None else (first, headers(grid, first, block.header_rows))


def _fit(reader: BlockReader, grid: Grid, block: Block, targets: dict[str, tuple[str, ...]]) -> int | None:
    """How well a sheet's header has the block's province column and every column it needs: the sum of the
    positions of the words that matched (0 is the spec's first choice for each), None when one is missing."""
    found = _header_of(reader, grid, block)
    if found is None:
        return None
    score = 0
    for target, words in targets.items():
        if target in block.optional:
            continue
        place = next((i for i, w in enumerate(words) if find_column(found[1], (w,), reader.year)[0]), None)
        if place is None:
            return None
        score += place
    return score


def _best_sheet(reader: BlockReader, grids: list[Grid], block: Block, targets: dict[str, tuple[str, ...]]) -> Grid:
    """For sheet "any": the sheet whose header fits the block best (the first of equals), else the first."""
    fits = [(score, n) for n, g in enumerate(grids)
            if (score := _fit(reader, g.transpose() if block.transpose else g, block, targets)) is not None]
    return grids[min(fits)[1]] if fits else grids[0]


def _named(index: Index, text: str, aliases: dict[str, tuple[str, ...]]) -> Indicator | None:
    """The one indicator a sheet name or an indicator cell names (Excel cuts sheet names at 31 characters),
    by the catalogue's names or the spec's aliases."""
    key = re.sub(r"^\d+", "", name_key(text))
    if not key:
        return None
    names = {i.code: {name_key(n) for n in (i.code, i.columns[0], i.name_vi, i.name_en, *aliases.get(i.code, ()))}
             for i in index.indicators}
    hits = [i for i in index.indicators if key in names[i.code]]
    if not hits and len(key) >= 10:
        hits = [i for i in index.indicators if any(n.startswith(key) for n in names[i.code])]
    return hits[0] if len(hits) == 1 else None


def _looks_like_values(reader: BlockReader, grid: Grid, block: Block) -> str | None:
    """The header of the one column matching the block's value words in a sheet with a province header, if
    any: such a sheet holds one sub-index's figures, and leaving it unread would lose them without a word.
    (A sheet with several such columns is an overview of figures read elsewhere.)"""
    found = _header_of(reader, grid, block)
    if found is None:
        return None
    hits, _ = find_column(found[1], block.value, reader.year)
    return f"{grid.address(found[0], hits[0].col)[1]} ({hits[0].text})" if len(hits) == 1 else None


def _read_blocks(reader: BlockReader, spec: Spec, grids: list[Grid], index: Index) -> list[list[OutRow]]:
    out, used = [], set()
    for block in spec.blocks:
        if block.sheet == "*":
            continue
        targets = _targets(index, block, spec.aliases)
        if block.sheet == "any":
            grid = _best_sheet(reader, grids, block, targets)
        else:
            grid = _sheet(reader, grids, block.sheet)
        if grid is None:
            reader.problems.append(Problem(grids[0].file, f"no sheet or table {block.sheet!r}; the file has: "
                                           + ", ".join(repr(g.sheet) for g in grids)))
            continue
        used.add(grid.sheet)
        if block.components:
            block = with_components(block, index)
            targets = _targets(index, block, spec.aliases)
        if getattr(grid, "header_rows", None) and block.header_row is None:
            block = replace(block, header_rows=grid.header_rows)
        out.append(reader.read_block(grid.transpose() if block.transpose else grid, block, targets))
    for block in (b for b in spec.blocks if b.sheet == "*"):
        for grid in (g for g in grids if g.sheet not in used):
            ind = _named(index, grid.sheet, spec.aliases)
            if ind is None or ind.code == "total":
                column = _looks_like_values(reader, grid.transpose() if block.transpose else grid, block)
                if column:
                    reader.problems.append(Problem(grid.label, f"sheet {grid.sheet!r} has a value column {column} "
                                                   f"but its name is not a {index.short} sub-index; add the name to "
                                                   "the spec's aliases (its figures would be lost)"))
                else:
                    reader.notes.append(f"sheet {grid.sheet!r} not read: its name is not a {index.short} sub-index")
                continue
            targets = {ind.code: (*block.value, *spec.aliases.get(ind.code, ()), ind.name_vi, ind.name_en)}
            out.append(reader.read_block(grid.transpose() if block.transpose else grid, block, targets))
    return out


def _pivot(reader: BlockReader, rows: list[OutRow], index: Index) -> list[OutRow]:
    """A long table (province, indicator, value, rank) as one row per province."""
    by_code: dict[str, OutRow] = {}
    for row in rows:
        text, cell, header = row.cells.get("indicator", ("", None, ""))
        ind = _named(index, text, reader.spec.aliases)
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
                                               f"at row {first.row}", row=row.cells[part][1].row, value=row.name,
                                               kind="duplicate"))
                continue
            target.cells[name] = row.cells[part]
    return list(by_code.values())


def _header(index: Index, targets: set[str]) -> list[str]:
    indicators = [i.code for i in index.indicators if i.code in targets and i.code != "total"]
    ranks = [f"rank_{c}" for c in indicators if f"rank_{c}" in targets]
    labels = [t for t in ("tier", "note") if t in targets]
    return ["province", "score", "rank", *[column_of(index, c) for c in indicators], *ranks, *labels]


def lay_out(spec: Spec, grids: list[Grid], index: Index, year: int | None, aliases: AliasTable) -> Layout:
    reader = BlockReader(spec, index, year, aliases)
    blocks = _read_blocks(reader, spec, grids, index)
    rows = (_pivot(reader, [r for b in blocks for r in b], index) if spec.shape == "long"
            else join_rows(reader.problems, blocks))
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
