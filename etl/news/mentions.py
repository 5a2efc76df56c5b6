"""What one sentence names (provinces, regions, indices, years) and which figures it states.

Everything here is positional: offsets are in the folded text of the whole input, so the
attachment rules in `extract.py` can compare who comes before which figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from etl.catalogue import Catalogue
from etl.names import AliasTable, fold
from etl.news import patterns as P
from etl.news.components import Component, component_patterns, find_components

# Dataset codes in the alias table that are also ordinary words ("lan", "khoa", "thỏa"): never searched for.
NOT_SEARCHED = {"lan", "nan", "khoa", "thoa", "sla"}
PAPI_CODE = re.compile(r"^P\d\d$")
DOWN = {"giam", "tut", "xuong", "down", "fell", "fallen", "falling", "dropped", "dropping", "slipped", "lost",
        "losing", "decreased", "decrease", "drop", "fall", "falls", "drops", "slips", "loses", "decline"}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    key: str


@dataclass(frozen=True)
class Figure:
    """A stated number: kind is score, rank, region_rank, rank_change, score_change, national_average,
    region_average or unclear (a rank out of an unnamed group, an average of an unnamed group).
    `last` is a rank stated as "last" (its number is the table's size); `year` is set for a figure of a
    comparison year ("so với năm 2020 (52/63)"), `years_back` for one of "năm trước"."""

    kind: str
    start: int
    end: int
    value: float | None = None
    unit: str = ""
    rank: int | None = None
    rank_of: int | None = None
    region: str | None = None
    region_size: int | None = None
    compared_year: int | None = None
    out_of_100: bool = False
    out_of: float | None = None
    last: bool = False
    year: int | None = None
    years_back: int = 0


@dataclass(frozen=True)
class Vocabulary:
    provinces: re.Pattern[str]
    regions: dict[str, re.Pattern[str]]
    catalogue: Catalogue


@dataclass(frozen=True)
class Part(Mention):
    """A named part of an index (DTI pillar, SIPAS component, PAR INDEX field); `key` is its index code."""

    component: Component | None = None


@dataclass
class Sentence:
    """What one sentence names. `references` are bare "tỉnh"/"the province": a province named elsewhere;
    `many` is set for a sentence about a set of provinces ("9 tỉnh đạt…") or, without a rank, about the whole
    country ("mức độ hài lòng chung"): it borrows no province; nor does one naming a district, department or
    ministry (`other_unit`)."""

    provinces: list[Mention]
    regions: list[Mention]
    indices: list[Mention]
    years: list[Mention]
    figures: list[Figure]
    parts: list[Part] = field(default_factory=list)
    references: list[Mention] = field(default_factory=list)
    many: bool = False
    relative_year: str = ""
    other_unit: bool = False


def _flexible(text: str) -> str:
    tokens = re.findall(r"[a-z0-9]+", fold(text).lower())
    return r"[\s.\-–]*".join(tokens)


@lru_cache(maxsize=4)
def vocabulary(aliases: AliasTable, catalogue: Catalogue) -> Vocabulary:
    """Every alias as a pattern tolerant of spaces and hyphens (so "Hanoi" meets "Hà Nội"), longest first."""
    forms = {_flexible(alias) for alias, key, _code, _geo in aliases.rows
             if key not in NOT_SEARCHED and not PAPI_CODE.match(alias)}
    provinces = re.compile(r"\b(?:" + "|".join(sorted(forms - {""}, key=len, reverse=True)) + r")\b", P.FLAGS)
    regions = {}
    for region in catalogue.regions:
        forms = [*P.REGION_VARIANTS.get(region.code, []), _flexible(region.name_vi), _flexible(region.name_en)]
        regions[region.code] = re.compile(r"\b(?:" + "|".join(forms) + r")\b", P.FLAGS)
    component_patterns(catalogue)
    return Vocabulary(provinces, regions, catalogue)


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in taken)


def to_float(text: str, lang: str | None) -> float:
    """Decimal comma or point; with --lang the other mark (before exactly three digits) groups thousands."""
    grouping = {"vi": ".", "en": ","}.get(lang or "")
    if grouping and re.fullmatch(r"\d{1,3}" + re.escape(grouping) + r"\d{3}", text):
        return float(text.replace(grouping, ""))
    return float(text.replace(",", "."))


def _unit(raw: str) -> tuple[str, bool]:
    raw = raw.lower()
    if raw in ("%", "phan tram", "percent"):
        return "%", False
    return "points", raw.startswith("/")


def _figure(kind: str, m: re.Match[str], text: str, lang: str | None) -> Figure:
    groups = m.groupdict()
    of = int(groups["of"]) if groups.get("of") else None
    if kind == "rank_last":
        return Figure("rank", m.start(), m.end(), last=True)
    if kind in ("rank", "rank_move"):
        if groups.get("lead"):
            rank = 1
        elif groups.get("w"):
            rank = P.WORD_RANKS[" ".join(groups["w"].lower().split())]
        else:
            rank = int(groups["n"])
        return Figure("rank", m.start(), m.end(), rank=rank, rank_of=of)
    if kind == "score":
        unit, out_of_100 = _unit(groups.get("unit") or "")
        out_of = to_float(groups["max"], lang) if groups.get("max") else None
        return Figure("score", m.start(), m.end(), value=to_float(groups["n"], lang),
                      unit=unit if groups.get("unit") else "", out_of_100=out_of_100 and out_of is None,
                      out_of=out_of)
    sign = -1 if DOWN & set(groups["dir"].lower().split()) else 1
    compared = P.COMPARED_YEAR.match(text, m.end())
    year = int(compared["y"]) if compared else None
    if kind == "rank_change":
        count = groups["n"].lower()
        value = int(count) if count.isdigit() else P.COUNT_WORDS[count]
        return Figure("rank_change", m.start(), m.end(), value=float(sign * value), compared_year=year)
    raw = groups["unit"].lower()
    points_of_percent = raw.startswith("percentage") or raw.replace(" ", "") == "diemphantram"
    unit = "percentage points" if points_of_percent else _unit(raw)[0]
    return Figure("score_change", m.start(), m.end(), value=sign * to_float(groups["n"], lang), unit=unit,
                  compared_year=year)


def _within_region(fig: Figure, text: str, regions: list[Mention], lo: int, hi: int,
                   provinces: list[Mention]) -> Figure:
    """A rank followed, through filler words only, by a region is a rank within that region; so is a rank in
    the clause of a scope ("tại/trong vùng <region>", "in the <region>") unless "cả nước"/"/63" follows it."""
    if fig.kind != "rank" or (fig.rank_of or 0) >= 34:
        return fig
    for region in regions:
        if not 0 <= region.start - fig.end <= 80:
            continue
        words = re.findall(r"[a-z]+|\d+", text[fig.end:region.start].lower())
        numbers = [int(w) for w in words if w.isdigit()]
        if all(w.isdigit() or w in P.REGION_FILLER for w in words) and len(numbers) <= 1:
            size = fig.rank_of or (numbers[0] if numbers else None)
            return replace(fig, kind="region_rank", region=region.key, region_size=size, end=region.end)
    if not P.NATIONAL_SCOPE.match(text, fig.end, hi):
        for region in regions:
            if not P.REGION_SCOPE.search(text[max(lo, region.start - 30):region.start]):
                continue
            between = text[min(fig.end, region.end):max(fig.start, region.start)]
            if region.start >= fig.end and not re.search(r"[;]|,\s*(?:dung|xep|con|va)\b", between) or (
                    region.end <= fig.start and not re.search(r"[;]", between)):
                return replace(fig, kind="region_rank", region=region.key, region_size=fig.rank_of)
    if fig.rank_of is not None and fig.rank_of < 30:
        return replace(fig, kind="unclear")
    named = [(r.start - 12, r.end) for r in regions] + [(p.start, p.end) for p in provinces]
    unnamed = [m for m in P.REGION_WORD.finditer(text, lo, hi) if not _overlaps(m.start(), m.end(), named)]
    if unnamed and fig.rank_of is None and not P.NATIONAL_SCOPE.match(text, fig.end, hi):
        return replace(fig, kind="unclear")
    return fig


def _average(fig: Figure, text: str, floor: int, regions: list[Mention]) -> Figure:
    """A score right after "bình quân cả nước" / "the Mekong Delta average" is that average, not the province's."""
    if fig.kind != "score":
        return fig
    window_start = max(floor, fig.start - 90)
    window = text[window_start:fig.start]
    if not P.AVERAGE.search(window):
        return fig
    if P.NATIONAL.search(window):
        return replace(fig, kind="national_average")
    inside = [r for r in regions if window_start <= r.start < fig.start]
    return replace(fig, kind="region_average", region=inside[-1].key) if inside else replace(fig, kind="unclear")


def _foreign(fig: Figure, text: str, indices: list[Mention], lo: int, hi: int) -> bool:
    """Whether the figure's clause is about another statistic (GRDP, FIFA ranking...) and names no index."""
    before = [m.end() for m in P.CLAUSE_BREAK.finditer(text, lo, fig.start)]
    after = P.CLAUSE_BREAK.search(text, fig.end, hi)
    start, end = (before[-1] if before else lo), (after.start() if after else hi)
    clause_has_index = any(start <= m.start < end for m in indices)
    return bool(P.FOREIGN.search(text, start, end)) and not clause_has_index


def _prior(figures: list[Figure], text: str, lo: int, hi: int) -> list[Figure]:
    """A figure in the parenthesis right after a comparison year is that year's ("so với năm 2020 (52/63)")."""
    out = list(figures)
    for m in P.PRIOR.finditer(text, lo, hi):
        for i, fig in enumerate(out):
            if fig.kind in ("rank", "score") and m.end() <= fig.start <= m.end() + 12:
                year = m["y"] or m["ey"]
                out[i] = replace(fig, year=int(year)) if year else replace(fig, years_back=1)
                break
    for m in P.PAREN_YEAR.finditer(text, lo, hi):
        out = [replace(f, year=int(m["y"])) if f.kind in ("rank", "score") and m.start() < f.start < m.end() else f
               for f in out]
    return out


def read_sentence(text: str, lo: int, hi: int, vocab: Vocabulary, lang: str | None) -> Sentence:
    """Mentions and figures of text[lo:hi] (folded), with offsets into `text`."""
    regions = sorted((Mention(m.start(), m.end(), code) for code, pat in vocab.regions.items()
                      for m in pat.finditer(text, lo, hi)), key=lambda m: m.start)
    taken = [(m.start, m.end) for m in regions]
    provinces = [Mention(m.start(), m.end(), m.group()) for m in vocab.provinces.finditer(text, lo, hi)
                 if not _overlaps(m.start(), m.end(), taken)]
    parts = [Part(a, b, c.index, c) for a, b, c in find_components(text, lo, hi, vocab.catalogue)]
    indices = sorted((Mention(m.start(), m.end(), code) for code, pat in P.INDICES.items()
                      for m in pat.finditer(text, lo, hi)
                      if not _overlaps(m.start(), m.end(), [(p.start, p.end) for p in parts])), key=lambda m: m.start)
    own_figures = [(m.start(), m.end()) for m in P.PAREN_YEAR.finditer(text, lo, hi)]
    years = [Mention(m.start(), m.end(), m["y"]) for m in P.YEAR.finditer(text, lo, hi)
             if not P.NOT_THE_YEAR.search(text[max(lo, m.start() - 30):m.start()])
             and not _overlaps(m.start(), m.end(), own_figures) and not P.PUBLISHED_AFTER.match(text, m.end(), hi)]
    named = [(m.start, m.end) for m in [*regions, *provinces, *indices, *years, *parts]]
    references = [Mention(m.start(), m.end(), "") for m in P.REFERENCE.finditer(text, lo, hi)
                  if not _overlaps(m.start(), m.end(), named)
                  and not vocab.provinces.match(text, m.end() + 1 if m.end() < hi else m.end())]
    not_figures = (P.GROUP, P.THRESHOLD, P.SHARE, P.DIFFERENCE)
    taken = named + [(m.start(), m.end()) for pat in not_figures for m in pat.finditer(text, lo, hi)]
    figures: list[Figure] = []
    for kind, language, pattern in P.FIGURES:
        if lang and language not in (lang, "any"):
            continue
        for m in pattern.finditer(text, lo, hi):
            if _overlaps(m.start(), m.end(), taken + [(f.start, f.end) for f in figures]):
                continue
            if m.groupdict().get("unit") == "%" and not P.AFTER_PERCENT.match(text, m.end(), hi):
                continue
            figures.append(_figure(kind, m, text, lang))
    for p in provinces:
        if (m := P.RANK_AFTER_NAME.match(text, p.end, hi)) and not _overlaps(
                m.start(), m.end(), taken + [(f.start, f.end) for f in figures]):
            figures.append(_figure("rank", m, text, lang))
    figures = _prior(sorted(figures, key=lambda f: f.start), text, lo, hi)
    out, floor = [], lo
    for fig in figures:
        fig = _average(_within_region(fig, text, regions, lo, hi, provinces), text, floor, regions)
        floor = fig.end
        if not _foreign(fig, text, [*indices, *parts], lo, hi):
            out.append(fig)
    ranked = any(f.kind in ("rank", "region_rank", "rank_change") for f in out)
    many = bool(P.MANY_PROVINCES.search(text, lo, hi)) or (not ranked and bool(P.NATIONAL_SUBJECT.search(text, lo, hi)))
    relative = P.RELATIVE_YEAR.search(text, lo, hi)
    word = "" if relative is None else "other"
    if relative is not None and " ".join(relative.group().lower().split()) in ("nam nay", "nam qua", "this year"):
        word = "nay"
    other_unit = bool(P.OTHER_UNIT.search(text, lo, hi))
    return Sentence(provinces, regions, indices, years, out, parts, references, many, word, other_unit)
