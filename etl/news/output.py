"""Candidate facts as a CSV a reviewer can paste from: the kit's six facts.csv columns first, then context.

Only the first six columns go into data/raw/<index>/facts.csv (the `index` column says which file);
the rest (unit, rank_of, codes, indicator, where each field came from, span) help the reviewer check a row
against the article.
"""

from __future__ import annotations

import csv
from typing import TextIO

from etl.extract import FACT_COLUMNS
from etl.news.rows import CandidateFact

CONTEXT_COLUMNS = ["index", "unit", "rank_of", "province_code", "region_code", "region_size", "span_start", "span_end",
                   "indicator", "fields_from"]


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def row(fact: CandidateFact) -> dict[str, str]:
    return {
        "year": str(fact.year), "province_or_region": fact.subject, "metric": fact.metric,
        "value": _number(fact.value), "rank": _cell(fact.rank), "source_url": fact.source_ref,
        "index": fact.index, "unit": fact.unit, "rank_of": _cell(fact.rank_of),
        "province_code": _cell(fact.province_code), "region_code": _cell(fact.region_code),
        "region_size": _cell(fact.region_size), "span_start": str(fact.span_start), "span_end": str(fact.span_end),
        "indicator": fact.indicator, "fields_from": fact.origin,
    }


def write_csv(facts: list[CandidateFact], out: TextIO, text: str | None = None) -> None:
    """Write the rows; with `text` (the user's own input) a `snippet` column quotes each fact's sentence."""
    columns = FACT_COLUMNS + CONTEXT_COLUMNS + (["snippet"] if text is not None else [])
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for fact in facts:
        cells = row(fact)
        if text is not None:
            cells["snippet"] = " ".join(text[fact.span_start:fact.span_end].split())
        writer.writerow(cells)
