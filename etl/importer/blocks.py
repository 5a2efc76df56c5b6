"""Read one block of a spec from one grid: its header, its columns, and its province rows.

Cells are only reshaped here (decimal commas, percentages, the spec's multiplier); whether a
value is a number, in scale, or a rank that follows the scores is for the build's own extract and
validate code, which the importer runs on the result. Each cell remembers where it came from, so
those checks can name the published cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.build import same_figure
from etl.catalogue import Index, Indicator
from etl.importer.grid import Grid
from etl.importer.headers import Header, find_column, find_header_row, headers, matches
from etl.importer.spec import Block, Spec
from etl.names import AliasTable, UnknownProvince, name_key
from etl.problems import Problem
from etl.readers import DECIMAL_COMMA

PERCENT_TEXT = re.compile(r"^([+-]?\d+(?:[.,]\d+)?)\s*%$")


@dataclass(frozen=True)
class SourceCell:
    label: str
    row: int
    column: str


def column_text(letter: str, header: str) -> str:
    """How a problem names a published column: its letter and its header text."""
    return f"{letter} ({header})" if header else letter


@dataclass
class OutRow:
    code: str
    name: str
    cells: dict[str, tuple[str, SourceCell, str]] = field(default_factory=dict)


def indicator(index: Index, code: str) -> Indicator | None:
    return next((i for i in index.indicators if i.code == code), None)


def _fmt(x: float, scaled: bool) -> str:
    if float(x).is_integer() and abs(x) < 1e15:
        return str(int(x))
    return repr(float(f"{x:.12g}")) if scaled else repr(float(x))


def cell_text(grid: Grid, row: int, col: int, scale_max: float | None, multiply: float) -> str:
    """A cell as the text the build parses; `scale_max` None marks a rank or label column."""
    value = grid.value(row, col)
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if scale_max is None:
            return _fmt(float(value), False)
        if (row, col) in grid.percent:
            return _fmt(value * 100 if scale_max > 1 else value, True)
        return _fmt(value * multiply, multiply != 1)
    text = " ".join(str(value).replace("\xa0", " ").split())
    if scale_max is None:
        return text
    if found := PERCENT_TEXT.match(text):
        number = float(found[1].replace(",", "."))
        return _fmt(number if scale_max > 1 else number / 100, True)
    if DECIMAL_COMMA.match(text):
        text = text.replace(",", ".")
    if multiply != 1:
        try:
            return _fmt(float(text) * multiply, True)
        except ValueError:
            return text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _agree(a: str, b: str) -> bool:
    """Two printings of one cell agree: the same text, or the same figure at the coarser precision."""
    try:
        return a == b or same_figure(float(a), float(b))
    except ValueError:
        return False


def join_rows(problems: list[Problem], parts: list[list[OutRow]]) -> list[OutRow]:
    """The first part's rows (duplicates kept, so the build's grain check reports them), then each other
    part's cells added to the row of the same province. A figure given twice must be the same figure."""
    if not parts:
        return []
    rows = list(parts[0])
    by_code: dict[str, OutRow] = {}
    for row in rows:
        by_code.setdefault(row.code, row)
    for part in parts[1:]:
        for extra in part:
            row = by_code.get(extra.code)
            if row is None:
                row = by_code[extra.code] = OutRow(extra.code, extra.name, {"province": extra.cells["province"]})
                rows.append(row)
            for target, cell in extra.cells.items():
                if target == "province":
                    continue
                first = row.cells.get(target)
                if first is None or not first[0]:
                    row.cells[target] = cell
                elif cell[0] and not _agree(cell[0], first[0]):
                    problems.append(Problem(cell[1].label, f"{target} for {extra.name} is given twice with different "
                                            f"figures: {cell[0]} here, {first[0]} at {first[1].label} row "
                                            f"{first[1].row}", row=cell[1].row, value=cell[0], kind="conflict"))
    return rows


class BlockReader:
    """State while one file is laid out: problems, notes and the year found in headers."""

    def __init__(self, spec: Spec, index: Index, year: int | None, aliases: AliasTable):
        self.spec, self.index, self.year, self.aliases = spec, index, year, aliases
        self.problems: list[Problem] = []
        self.notes: list[str] = []

    def problem(self, grid: Grid, reason: str, row: int | None = None, col: int | None = None,
                header: str = "", value: str | None = None, kind: str = "layout") -> None:
        if row is None or col is None:
            self.problems.append(Problem(grid.label, reason, kind=kind))
            return
        number, letter = grid.address(row, col)
        self.problems.append(Problem(grid.label, reason, row=number, column=column_text(letter, header), value=value,
                                     kind=kind))

    def province_column(self, grid: Grid, block: Block, found: list[Header]) -> Header | None:
        if isinstance(block.province, int):
            return found[block.province - 1] if block.province <= len(found) else None
        hits, _ = find_column(found, block.province, self.year)
        return hits[0] if hits else None

    def columns(self, grid: Grid, block: Block, found: list[Header],
                targets: dict[str, tuple[str, ...]]) -> dict[str, Header]:
        out = {}
        for target, words in targets.items():
            hits, year = find_column(found, words, self.year)
            if len(hits) > 1:
                self.problem(grid, f"{target}: the header words match {len(hits)} columns ("
                             + ", ".join(f"{grid.address(0, h.col)[1]} {h.text!r}" for h in hits)
                             + "); name the column more exactly in the spec")
            elif not hits and target not in block.optional:
                shown = "; ".join(h.text for h in found if h.text)
                self.problem(grid, f"missing column for {target}: no header matches "
                             f"{', '.join(repr(w) for w in words[:4])}; the headers are: {shown}")
            elif hits:
                out[target] = hits[0]
                if year and self.year is None:
                    self.year = year
        return out

    def _names_provinces(self, grid: Grid, col: int, start: int, sample: int = 12) -> bool:
        """A column whose text cells are mostly province names, whatever its header (VCCI leaves it blank)."""
        texts = [v for r in range(start, grid.height) if isinstance(v := grid.value(r, col), str) and v.strip()]
        known = sum(1 for text in texts[:sample] if self._code(text))
        return known >= 1 and 2 * known >= min(len(texts), sample)

    def province_columns(self, grid: Grid, block: Block, found: list[Header], first: Header, start: int,
                         mapped: dict[str, Header]) -> list[Header]:
        """Every column that names provinces (not a mapped one): by its header words or by its cells."""
        words = block.province if isinstance(block.province, tuple) else ()
        taken = {h.col for h in mapped.values()}
        out = [h for h in found if h == first or (h.col not in taken and (
            any(matches(h, w, self.year) for w in words) or self._names_provinces(grid, h.col, start)))]
        return sorted(out, key=lambda h: h.col)

    def _header_rows(self, grid: Grid, first: int, most: int) -> int:
        """The spec's header rows, fewer where a row among them already names a province (a file of the same
        layout printed with one header row)."""
        for count in range(1, most):
            if any(self._code(t) for c in range(grid.width) if (t := grid.text(first + count, c))):
                return count
        return most

    def _code(self, text: str) -> str | None:
        try:
            return self.aliases.resolve(text, self.spec.geography).code
        except UnknownProvince:
            return None

    def _same_provinces(self, grid: Grid, provinces: list[Header], start: int) -> bool:
        """Province columns that name the same province on every row (a name in two languages) are one."""
        for r in range(start, grid.height):
            codes = {self._code(t) for p in provinces if (t := grid.text(r, p.col))} - {None}
            if len(codes) > 1:
                return False
        return True

    def bind(self, grid: Grid, block: Block, first: Header, provinces: list[Header], start: int,
             mapped: dict[str, Header]) -> dict[Header, dict[str, Header]] | None:
        """Which province column each value column reads; None (with a problem) where the spec does not say
        and the sheet has several: a column sorted on its own would put its figures on other provinces."""
        if block.province_columns == "one":
            if len(provinces) > 1 and not self._same_provinces(grid, provinces, start):
                shown = ", ".join(f"{grid.address(0, h.col)[1]} ({h.text or 'blank header'})" for h in provinces)
                self.problem(grid, f"{len(provinces)} province columns ({shown}): a value column may be sorted on "
                             "its own, so which province each figure belongs to is not guessed; say in the spec "
                             "which province column each value column reads (province_columns: left)")
                return None
            return {first: mapped}
        groups: dict[Header, dict[str, Header]] = {}
        for target, header in sorted(mapped.items(), key=lambda item: item[1].col):
            left = [p for p in provinces if p.col < header.col]
            if not left:
                self.problem(grid, f"{target}: no province column to the left of column "
                             f"{grid.address(0, header.col)[1]} ({header.text})")
                return None
            groups.setdefault(left[-1], {})[target] = header
        return groups

    def read_block(self, grid: Grid, block: Block, targets: dict[str, tuple[str, ...]]) -> list[OutRow]:
        """The province rows of one block, each with its mapped cells as text."""
        if block.header_row is not None:
            first = block.header_row - 1
        elif isinstance(block.province, int):
            first = 0
        else:
            first = find_header_row(grid, block.province, self.year)
        if first is None:
            self.problem(grid, "no header row: no cell matches the province header words "
                         + ", ".join(repr(w) for w in block.province))
            return []
        count = self._header_rows(grid, first, block.header_rows)
        found = headers(grid, first, count)
        for (r, c), formula in grid.no_value.items():
            if first <= r < first + count:
                self.problem(grid, "formula without a saved value; open the file in Excel, let it calculate and "
                             "save it", row=r, col=c, value=formula)
        province = self.province_column(grid, block, found)
        if province is None:
            self.problem(grid, "no province column: no header matches " + ", ".join(
                repr(w) for w in (block.province if isinstance(block.province, tuple) else [block.province])))
            return []
        mapped = self.columns(grid, block, found, targets)
        start = first + count if block.data_start is None else block.data_start - 1
        provinces = self.province_columns(grid, block, found, province, start, mapped)
        groups = self.bind(grid, block, province, provinces, start, mapped)
        if groups is None:
            return []
        titles = sorted({h.col for h in provinces} | set(range(min(h.col for h in provinces))))
        parts = [self.rows(grid, block, p, m, start, titles) for p, m in groups.items()]
        if self.spec.ranks == "order":
            for position, row in enumerate(parts[0], start=1):
                row.cells["rank"] = (str(position), row.cells["province"][1], "listed order")
        return join_rows(self.problems, parts)

    def _scale(self, target: str) -> float | None:
        if target == "value":
            return self.index.scale_max
        if target.startswith("rank") or target in ("tier", "note"):
            return None
        ind = indicator(self.index, target)
        return ind.scale_max if ind else None

    def _skipped(self, grid: Grid, block: Block, r: int) -> bool:
        """A row that is not data: it has a cell matching the spec's skip_rows words (variable codes)."""
        return bool(block.skip_rows) and any(
            matches(Header(c, (text,)), w, self.year)
            for c in range(grid.width) if (text := grid.text(r, c)) for w in block.skip_rows)

    def rows(self, grid: Grid, block: Block, province: Header, mapped: dict[str, Header], start: int,
             titles: list[int]) -> list[OutRow]:
        """The rows of one province column and the value columns that read it. `titles` are the columns
        where a row's title may stand (province columns and those before them): a stop word or a repeated
        header there ends or skips the row for every province column alike."""
        out: list[OutRow] = []
        seen: dict[str, OutRow] = {}
        stops = [name_key(w) for w in block.stop_words]
        for r in range(start, grid.height):
            name = grid.text(r, province.col)
            texts = {t: cell_text(grid, r, h.col, self._scale(t), self.spec.multiply) for t, h in mapped.items()}
            title = [grid.text(r, c) for c in titles if grid.text(r, c)]
            if not name and not any(texts.values()):
                if block.stop_at_blank and out:
                    break
                continue
            if any(name_key(t).startswith(s) for t in title for s in stops if s):
                break
            if name == province.text or any(self._is_header(t, block) for t in title) or self._skipped(grid, block, r):
                continue
            if not name and not any(_is_number(t) for t in texts.values()):
                continue
            if not name:
                self.problem(grid, "values but no province name", row=r, col=province.col, header=province.text)
                continue
            try:
                where = self.aliases.resolve(name, self.spec.geography)
            except UnknownProvince as err:
                if any(texts.values()):
                    self.problem(grid, str(err), row=r, col=province.col, header=province.text, value=name,
                                 kind="province")
                else:
                    self.notes.append(f"{grid.label} row {grid.address(r, province.col)[0]} {name!r} skipped: "
                                      "no values and not a province (a section heading)")
                continue
            earlier = seen.get(where.code)
            if earlier is not None and all(earlier.cells[t][0] == texts[t] for t in mapped):
                self.notes.append(f"{grid.label} row {grid.address(r, province.col)[0]} {name!r} skipped: it repeats "
                                  f"row {earlier.cells['province'][1].row} (same figures)")
                continue
            row = OutRow(where.code, name, {"province": (name, self._cell(grid, r, province.col), province.text)})
            for t, h in mapped.items():
                if (r, h.col) in grid.no_value:
                    self.problem(grid, "formula without a saved value; open the file in Excel, let it calculate and "
                                 "save it", row=r, col=h.col, header=h.text, value=grid.no_value[(r, h.col)])
                if (r, h.col) in grid.blank_inputs:
                    number, letter = grid.address(r, h.col)
                    self.notes.append(f"{grid.label} row {number} column {letter} ({h.text}) {name}: formula "
                                      f"{grid.blank_inputs[(r, h.col)]} over blank cells read as missing, not 0")
                row.cells[t] = (texts[t], self._cell(grid, r, h.col), h.text)
            seen.setdefault(where.code, row)
            out.append(row)
        return out

    def _is_header(self, name: str, block: Block) -> bool:
        """A header repeated in the data (a spanning header cell, or a header on every printed page)."""
        words = block.province if isinstance(block.province, tuple) else ()
        return any(matches(Header(0, (name,)), w, self.year) for w in words)

    @staticmethod
    def _cell(grid: Grid, row: int, col: int) -> SourceCell:
        number, letter = grid.address(row, col)
        return SourceCell(grid.label, number, letter)
