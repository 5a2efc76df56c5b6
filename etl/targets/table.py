"""Read and check the targets file (kind `targets`) into `fact_target` rows, one per stated target.

A target is what a province promised, never a result: whether it was met is computed in metrics/targets.py.
Every row is checked like any raw file and a bad one is refused with its file, row, column and value:
the kind is one of KINDS, the index is in the catalogue, the province resolves through the alias table,
the years are plausible, and the threshold has the type its kind needs (a rank within the provinces of
the target's geography, a score within the index's scale, a gain or a range "1-2", a group name, a blank).

Geography: a target whose first year is 2025 or later counts ranks out of the 34 provinces of the merger
(its province may be named in either geography); every other target counts them out of 63.
DTI thresholds: the kit writes them on the index's 0-1 scale, or in points out of 1,000 where the page
says so ("≥ 800/1.000 điểm"): a threshold above 1 and up to 1,000 is read as per mille.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from etl.catalogue import Catalogue
from etl.names import MERGER_YEAR, AliasTable, UnknownProvince
from etl.problems import Problem
from etl.sidecar import SourceMeta

KINDS = ("rank_at_most", "score_at_least", "rank_gain_at_least", "group", "keep_rank", "improve")
COLUMNS = ("province", "index", "kind", "threshold", "year_from", "year_to", "document", "issued_by",
           "date_issued", "source_url")
PROVINCES = {"63": 63, "34": 34}
LAST_YEAR = 2040
PER_MILLE = {"dti": 1000.0}
RANGE = re.compile(r"^\s*(\d+)\s*[-–]\s*(\d+)\s*$")
NUMBER = re.compile(r"^\s*\d+(\.\d+)?\s*$")


@dataclass(frozen=True)
class TargetRow:
    source_id: str
    row: int
    province_id: str
    geography: str
    index: str
    kind: str
    threshold: str | None
    threshold_value: float | None
    threshold_max: float | None
    year_from: int | None
    year_to: int | None
    document: str | None
    issued_by: str | None
    date_issued: str | None
    source_url: str


def geography_of(year_from: int | None) -> str:
    """The geography a target's ranks count in: the 34 provinces for targets from 2025 on."""
    return "34" if year_from is not None and year_from >= MERGER_YEAR else "63"


class _RowError(Exception):
    def __init__(self, column: str, value: str, reason: str):
        self.column, self.value, self.reason = column, value, reason


def _year(cells: dict, column: str, lowest: int) -> int | None:
    text = cells[column].strip()
    if not text:
        return None
    if not text.isdigit():
        raise _RowError(column, text, "a year must be four digits")
    year = int(text)
    if not lowest <= year <= LAST_YEAR:
        raise _RowError(column, text, f"year {year} is outside {lowest}..{LAST_YEAR} (the index's first year "
                        f"to {LAST_YEAR})")
    return year


def _whole(text: str, column: str = "threshold") -> int:
    if not text.isdigit() or int(text) < 1:
        raise _RowError(column, text, "must be a whole number of at least 1")
    return int(text)


def _threshold(kind: str, text: str, index, geography: str) -> tuple[float | None, float | None]:
    """The threshold as (value, upper end of a range), in the index's unit, or a _RowError."""
    n = PROVINCES[geography]
    if kind in ("rank_at_most", "keep_rank"):
        if not text:
            if kind == "keep_rank":
                return None, None
            raise _RowError("threshold", text, "rank_at_most needs a rank")
        rank = _whole(text)
        if rank > n:
            raise _RowError("threshold", text, f"rank {rank} is larger than the {n} provinces of the "
                            f"{geography}-province geography")
        return float(rank), None
    if kind == "score_at_least":
        if not NUMBER.match(text):
            raise _RowError("threshold", text, "score_at_least needs a number (decimal point '.')")
        score = float(text)
        if index.code in PER_MILLE and index.scale_max < score <= PER_MILLE[index.code]:
            score /= PER_MILLE[index.code]
        if not index.scale_min <= score <= index.scale_max:
            raise _RowError("threshold", text, f"{text} is outside the scale {index.scale_min:g}-"
                            f"{index.scale_max:g} of {index.code}")
        return score, None
    if kind == "rank_gain_at_least":
        found = RANGE.match(text)
        low, high = (int(found[1]), int(found[2])) if found else (_whole(text), None)
        if low < 1 or (high is not None and high < low):
            raise _RowError("threshold", text, "a gain is a whole number of at least 1, or a range like 1-2")
        if (high or low) >= n:
            raise _RowError("threshold", text, f"a gain of {high or low} places is not possible among {n} provinces")
        return float(low), None if high is None else float(high)
    if kind == "group":
        if not text or NUMBER.match(text):
            raise _RowError("threshold", text, "group needs the publisher's group name as written")
        return None, None
    if text:
        raise _RowError("threshold", text, "improve takes no threshold (leave it blank)")
    return None, None


def _province(value: str, geography: str, aliases: AliasTable) -> str:
    """A 63-geography name always; a 34-geography name only for targets from 2025 on."""
    spaces = ["34", "63"] if geography == "34" else ["63"]
    for space in spaces:
        try:
            found = aliases.resolve(value, space)
        except UnknownProvince as err:
            last = err
            continue
        return f"{found.geography}-{found.code}"
    raise _RowError("province", value, str(last))


def _row(cells: dict, line: int, meta: SourceMeta, catalogue: Catalogue, aliases: AliasTable) -> TargetRow:
    kind = cells["kind"].strip()
    if kind not in KINDS:
        raise _RowError("kind", kind, f"kind is not one of {', '.join(KINDS)}")
    code = cells["index"].strip()
    try:
        index = catalogue.index(code)
    except KeyError:
        raise _RowError("index", code, f"index is not one of {', '.join(i.code for i in catalogue.indices)}") from None
    year_from = _year(cells, "year_from", index.first_year)
    year_to = _year(cells, "year_to", index.first_year)
    if year_from is not None and year_to is not None and year_from > year_to:
        raise _RowError("year_to", str(year_to), f"year_to {year_to} is before year_from {year_from}")
    geography = geography_of(year_from)
    province_id = _province(cells["province"].strip(), geography, aliases)
    text = cells["threshold"].strip()
    value, high = _threshold(kind, text, index, geography)
    url = cells["source_url"].strip()
    if not url.startswith(("http://", "https://")):
        raise _RowError("source_url", url, "every target needs the http(s) address of the page that states it")
    return TargetRow(meta.source_id, line, province_id, geography, code, kind, text or None, value, high,
                     year_from, year_to, *(cells[c].strip() or None for c in ("document", "issued_by", "date_issued")),
                     url)


def read_targets(path: Path, label: str, meta: SourceMeta, catalogue: Catalogue,
                 aliases: AliasTable) -> tuple[list[TargetRow], list[Problem]]:
    """Every target of one file, or the problems found (all of them, so one run reports them all)."""
    with open(path, encoding=meta.encoding, newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            return [], [Problem(label, f"missing column(s) {', '.join(missing)}; a targets file has "
                                f"{', '.join(COLUMNS)}", row=1)]
        rows, problems = [], []
        for line, cells in enumerate(reader, start=2):
            cells = {k: v or "" for k, v in cells.items()}
            try:
                rows.append(_row(cells, line, meta, catalogue, aliases))
            except _RowError as err:
                problems.append(Problem(label, err.reason, row=line, column=err.column, value=err.value))
    seen: dict[tuple, int] = {}
    for r in rows:
        key = (r.province_id, r.index, r.kind, r.threshold, r.year_from, r.year_to, r.source_url)
        if key in seen:
            problems.append(Problem(label, f"duplicate target; first at row {seen[key]}", row=r.row))
        seen.setdefault(key, r.row)
    return rows, problems
