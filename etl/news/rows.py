"""Figures of one sentence → rows named as in the kit's facts.csv files (docs/NEWS_FACTS.md has the table).

Names follow the kit so pasted rows are read by etl/extract.py like the kit's own; new forms
(changes, averages) copy the kit's wording style and stay source facts.
"""

from __future__ import annotations

from dataclasses import dataclass

from etl.catalogue import Catalogue, Index
from etl.news.components import Component
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
    indicator: str = "total"
    origin: str = ""


def _score_metric(index: Index, fig: Figure) -> str:
    metric = METRICS[index.code][0]
    if index.code in ("par_index", "sipas") and fig.unit == "points":
        return f"{metric} (points /100)" if fig.out_of_100 else f"{metric} (points)"
    return metric


def _names(index: Index, fig: Figure | None, part: Component | None, catalogue: Catalogue) -> tuple[str, str, str]:
    """(score metric, rank-only metric, short label) of an index or of one of its parts, in the kit's wording:
    DTI parts `<code>_score`/`<code>_rank`, catalogue parts `sub-index <name>` (read by the ETL), others
    `component: <name>`."""
    if part is None:
        return _score_metric(index, fig) if fig else "", METRICS[index.code][1], index.short
    if index.code == "dti":
        return f"{part.code}_score", f"{part.code}_rank", part.code
    name = next((i.name_vi for i in catalogue.index(index.code).indicators if i.code == part.code), part.name)
    label = f"sub-index {name}" if part.in_catalogue else f"component: {name}"
    return label, f"{label} rank", label


def province_rows(index: Index, figures: list[Figure], subject: str, code: str, year: int, catalogue: Catalogue,
                  base: dict, part: Component | None = None) -> list[CandidateFact]:
    """The kit's rows for one province and index (or part): headline (score and/or rank), regional rank, changes."""
    by = {f.kind: f for f in figures}
    score, rank, out = by.get("score"), by.get("rank"), []
    score_metric, rank_metric, short = _names(index, score, part, catalogue)
    common = dict(base, index=index.code, year=year, subject=subject, province_code=code,
                  indicator=part.code if part else "total")
    if score and score.out_of:
        score_metric = f"{score_metric} (points /{score.out_of:g})"
    if score:
        out.append(CandidateFact(metric=score_metric, value=score.value, unit=score.unit,
                                 rank=rank.rank if rank else None, rank_of=rank.rank_of if rank else None, **common))
    elif rank:
        out.append(CandidateFact(metric=rank_metric, value=None, rank=rank.rank, rank_of=rank.rank_of, **common))
    if region := by.get("region_rank"):
        name = next(r.name_vi for r in catalogue.regions if r.code == region.region)
        size = f" (of {region.region_size})" if region.region_size else ""
        out.append(CandidateFact(metric=f"{short} rank within {name}{size}", value=None, rank=region.rank,
                                 rank_of=region.region_size, region_code=region.region,
                                 region_size=region.region_size, **common))
    for kind, label in (("rank_change", "rank change"), ("score_change", "change")):
        if fig := by.get(kind):
            vs = f" vs {fig.compared_year}" if fig.compared_year else ""
            unit = "places" if kind == "rank_change" else fig.unit
            out.append(CandidateFact(metric=f"{short} {label}{vs} ({unit})", value=fig.value, rank=None,
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
