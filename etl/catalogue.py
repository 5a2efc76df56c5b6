"""The catalogue of indices, indicators, regions and method breaks, read from catalogue.yaml."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from etl.paths import CATALOGUE


@dataclass(frozen=True)
class Indicator:
    index: str
    code: str
    name_vi: str
    name_en: str
    scale_min: float
    scale_max: float
    columns: tuple[str, ...]
    parent: str | None = None
    first_year: int | None = None
    last_year: int | None = None
    sort: int = 0

    def exists_in(self, year: int) -> bool:
        return (self.first_year is None or year >= self.first_year) and (
            self.last_year is None or year <= self.last_year
        )


@dataclass(frozen=True)
class MethodBreak:
    index: str
    year: int
    note_vi: str
    note_en: str


METHOD_TOPICS = ("publisher", "survey", "scale", "built", "release")


@dataclass(frozen=True)
class MethodNote:
    """One topic of how an index is made, written by us in both languages (the Sources & method page)."""

    index: str
    topic: str
    vi: str
    en: str


@dataclass(frozen=True)
class Index:
    code: str
    short: str
    name_vi: str
    name_en: str
    publisher: str
    publisher_en: str
    unit: str
    scale_min: float
    scale_max: float
    higher_is_better: bool
    first_year: int
    coverage_note_vi: str
    coverage_note_en: str
    sum_of_components: bool = False
    top_n_year: int | None = None
    top_n: int | None = None
    indicators: tuple[Indicator, ...] = field(default_factory=tuple)
    method_breaks: tuple[MethodBreak, ...] = field(default_factory=tuple)
    method: tuple[MethodNote, ...] = field(default_factory=tuple)

    def indicator(self, code: str) -> Indicator:
        for ind in self.indicators:
            if ind.code == code:
                return ind
        raise KeyError(f"{self.code}: no indicator {code!r}")


@dataclass(frozen=True)
class Region:
    code: str
    name_vi: str
    name_en: str
    sort: int


@dataclass(frozen=True)
class Catalogue:
    indices: tuple[Index, ...]
    regions: tuple[Region, ...]

    def index(self, code: str) -> Index:
        for idx in self.indices:
            if idx.code == code:
                return idx
        raise KeyError(f"no index {code!r}")


INDICATOR_KEYS = {"code", "parent", "name_vi", "name_en", "scale", "columns", "years"}


def _indicator(index: str, raw: dict, sort: int) -> Indicator:
    # An unquoted comma in a YAML flow mapping splits a name into a stray key ("Công khai, minh bạch" read as
    # name "Công khai" and a key "minh bạch"): refuse any key the catalogue does not define.
    unknown = sorted(set(raw) - INDICATOR_KEYS)
    if unknown:
        raise ValueError(f"catalogue.yaml: index {index}, indicator {raw.get('code')!r}: unknown key(s) {unknown} "
                         "(quote a name that contains a comma)")
    years = raw.get("years") or [None, None]
    return Indicator(
        index=index, code=raw["code"], name_vi=raw["name_vi"], name_en=raw["name_en"],
        scale_min=float(raw["scale"][0]), scale_max=float(raw["scale"][1]), columns=tuple(raw["columns"]),
        parent=raw.get("parent"), first_year=years[0], last_year=years[1], sort=sort,
    )


def _method(index: str, raw: list[dict]) -> tuple[MethodNote, ...]:
    notes = tuple(MethodNote(index, **note) for note in raw)
    topics = [n.topic for n in notes]
    if sorted(topics) != sorted(METHOD_TOPICS):
        raise ValueError(f"catalogue.yaml: index {index}: method topics {topics}, expected each of {METHOD_TOPICS}")
    return notes


@cache
def load_catalogue(path: Path = CATALOGUE) -> Catalogue:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    indices = []
    for item in raw["indices"]:
        top_n = item.get("top_n_published_from") or {}
        indices.append(Index(
            code=item["code"], short=item["short"], name_vi=item["name_vi"], name_en=item["name_en"],
            publisher=item["publisher"], publisher_en=item["publisher_en"], unit=item["unit"],
            scale_min=float(item["scale"][0]), scale_max=float(item["scale"][1]),
            higher_is_better=bool(item["higher_is_better"]), first_year=int(item["first_year"]),
            coverage_note_vi=item["coverage_note_vi"],
            coverage_note_en=item["coverage_note_en"], sum_of_components=bool(item.get("sum_of_components")),
            top_n_year=top_n.get("year"), top_n=top_n.get("n"),
            indicators=tuple(_indicator(item["code"], ind, i) for i, ind in enumerate(item["indicators"])),
            method_breaks=tuple(MethodBreak(item["code"], **mb) for mb in item.get("method_breaks", [])),
            method=_method(item["code"], item.get("method", [])),
        ))
    regions = tuple(Region(**r) for r in raw["regions"])
    return Catalogue(indices=tuple(indices), regions=regions)
