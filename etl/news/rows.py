"""Figures of one sentence → rows named as in the kit's facts.csv files (docs/NEWS_FACTS.md has the table).

Names follow the kit so pasted rows are read by etl/extract.py like the kit's own; new forms
(changes, averages) copy the kit's wording style and stay source facts.
"""

from __future__ import annotations

from dataclasses import dataclass

from etl.catalogue import Catalogue, Index
from etl.news.mentions import Figure

# The kit's facts.csv metric names: (score, rank) per index.
METRICS = {"par_index": ("PAR INDEX", "PAR INDEX rank"), "sipas": ("SIPAS", "SIPAS rank"),
           "pci": ("PCI score", "PCI rank"), "papi": ("PAPI total", "PAPI rank"), "dti": ("dti_score", "dti_rank")}
MERGED_FROM = 2025


@dataclass(frozen=True)
class CandidateFact:
    """One row for data/raw/<index>/facts.csv, with where it was read (span in the input)."""

    index: str
    year: int
    subject: str
    metric: str
    value: float | None
    rank: int | None
    span_start: int
    span_end: int
    source_ref: str
    unit: str = ""
    rank_of: int | None = None
    province_code: str | None = None
    region_code: str | None = None
    region_size: int | None = None


def _score_metric(index: Index, fig: Figure) -> str:
    metric = METRICS[index.code][0]
    if index.code in ("par_index", "sipas") and fig.unit == "points":
        return f"{metric} (points /100)" if fig.out_of_100 else f"{metric} (points)"
    return metric


def province_rows(index: Index, figures: list[Figure], subject: str, code: str, year: int, catalogue: Catalogue,
           base: dict) -> list[CandidateFact]:
    """The kit's rows for one province and index: headline (score and/or rank), regional rank, changes."""
    by = {f.kind: f for f in figures}
    score, rank, out = by.get("score"), by.get("rank"), []
    common = dict(base, index=index.code, year=year, subject=subject, province_code=code)
    if score:
        out.append(CandidateFact(metric=_score_metric(index, score), value=score.value, unit=score.unit,
                                 rank=rank.rank if rank else None, rank_of=rank.rank_of if rank else None, **common))
    elif rank:
        out.append(CandidateFact(metric=METRICS[index.code][1], value=None, rank=rank.rank, rank_of=rank.rank_of,
                                 **common))
    if region := by.get("region_rank"):
        name = next(r.name_vi for r in catalogue.regions if r.code == region.region)
        size = f" (of {region.region_size})" if region.region_size else ""
        out.append(CandidateFact(metric=f"{index.short} rank within {name}{size}", value=None, rank=region.rank,
                                 rank_of=region.region_size, region_code=region.region,
                                 region_size=region.region_size, **common))
    for kind, label in (("rank_change", "rank change"), ("score_change", "change")):
        if fig := by.get(kind):
            vs = f" vs {fig.compared_year}" if fig.compared_year else ""
            unit = "places" if kind == "rank_change" else fig.unit
            out.append(CandidateFact(metric=f"{index.short} {label}{vs} ({unit})", value=fig.value, rank=None,
                                     unit="" if kind == "rank_change" else fig.unit, **common))
    return out


def average_rows(index: Index, figures: list[Figure], year: int, catalogue: Catalogue,
                 base: dict) -> list[CandidateFact]:
    """National and regional averages: the subject is the country or the catalogue's region."""
    out = []
    for f in figures:
        if f.kind == "national_average":
            subject = f"Toàn quốc ({34 if year >= MERGED_FROM else 63} tỉnh)"
            out.append(CandidateFact(index=index.code, year=year, subject=subject, value=f.value, unit=f.unit,
                                     metric=f"{index.short} national average", rank=None, **base))
        else:
            name = next(r.name_vi for r in catalogue.regions if r.code == f.region)
            out.append(CandidateFact(index=index.code, year=year, subject=name, value=f.value, unit=f.unit,
                                     metric=f"{index.short} regional average", rank=None, region_code=f.region,
                                     **base))
    return out
