"""News text → candidate facts for review, sentence by sentence; whatever cannot be attached is reported.

Rules (docs/NEWS_FACTS.md): a figure belongs to the province and index of its sentence. With two
provinces (or two indices) each figure goes to the last one named before it, and only if every one
named owns a figure, no figure comes first and no "lần lượt"/"respectively" is present. The year is
the sentence's own (comparison years, dates and ranges do not count) or else the heading's, the
heading being the text's first sentence with exactly one year. Anything else is an Ambiguity.
"""

from __future__ import annotations

from dataclasses import dataclass

from etl.catalogue import Catalogue, Index
from etl.names import AliasTable, UnknownProvince
from etl.news import patterns as P
from etl.news.mentions import Figure, Mention, Sentence, read_sentence, vocabulary
from etl.news.rows import MERGED_FROM, CandidateFact, average_rows, province_rows
from etl.news.text import Folded, fold_with_offsets, sentences

SINGLE = ("score", "rank", "region_rank", "rank_change", "score_change")


@dataclass(frozen=True)
class Ambiguity:
    span_start: int
    span_end: int
    reason: str
    source_ref: str

    def __str__(self) -> str:
        return f"{self.source_ref or '<text>'}:{self.span_start}-{self.span_end}: {self.reason}"


class Unclear(Exception):
    """A sentence whose figures cannot be attached without a guess; the message is the reason."""


def _distinct(mentions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.key for m in mentions))


def _year(sentence: Sentence, heading_year: int | None) -> int:
    years = _distinct(sentence.years)
    if len(years) > 1:
        raise Unclear(f"several years named ({', '.join(years)})")
    if years:
        return int(years[0])
    if heading_year is None:
        raise Unclear("no year in the sentence or the heading")
    return heading_year


def _assign(anchors: list[Mention], figures: list[Figure], what: str, names: dict[str, str],
            text: str | None = None) -> dict[str, list[Figure]]:
    """Each figure to the last anchor named before it (with `text`: to an index right after it, as in
    "ranked 45th in the PAR INDEX"); refused when a figure has no anchor or an anchor no figure."""
    owned: dict[str, list[Figure]] = {key: [] for key in _distinct(anchors)}
    for fig in figures:
        after = [a for a in anchors if text and a.start >= fig.end and P.INDEX_FILLER.fullmatch(text, fig.end, a.start)]
        before = [a for a in anchors if a.start <= fig.start]
        if not (after or before):
            raise Unclear(f"a figure comes before the first {what} named")
        owned[(after[0] if after else before[-1]).key].append(fig)
    idle = [key for key, figs in owned.items() if not figs]
    if idle:
        raise Unclear(f"{len(owned)} {what}s named and {names.get(idle[0], idle[0])} has no figure of its own")
    return owned


def _provinces(mentions: list[Mention], aliases: AliasTable, year: int,
               folded: Folded) -> tuple[list[Mention], dict[str, str]]:
    """Mentions keyed by province code in the year's geography, and each code's display name."""
    geography = "34" if year >= MERGED_FROM else "63"
    resolved, names = [], {}
    for m in mentions:
        try:
            where = aliases.resolve(m.key, geography)
        except UnknownProvince as err:
            name = folded.original(m.start, m.end)
            raise Unclear(f"{name!r} is not a province of the {geography}-province geography in {year}") from err
        resolved.append(Mention(m.start, m.end, where.code))
        names[where.code] = display_name(aliases, where.code, where.geography)
    return resolved, names


def display_name(aliases: AliasTable, code: str, geography: str) -> str:
    """The name the reference file gives a code: the first spelling registered for it (see load_aliases)."""
    return next(alias for alias, _key, c, geo in aliases.rows if c == code and geo == geography)


def _groups(places: list[Mention], named: list[Mention], figures: list[Figure], names: dict[str, str], text: str,
            lo: int, hi: int) -> dict[tuple[str, str], list[Figure]]:
    """(province code, index code) → figures, by the attachment rules in the module docstring."""
    provinces, indices = _distinct(places), _distinct(named)
    if not provinces:
        raise Unclear("figures but no province named")
    if len(provinces) > 1 and len(indices) > 1:
        raise Unclear("several provinces and several indices in one sentence")
    if (len(provinces) > 1 or len(indices) > 1) and P.RESPECTIVELY.search(text, lo, hi):
        raise Unclear("figures listed 'respectively' for several names")
    if len(provinces) == len(indices) == 1:
        return {(provinces[0], indices[0]): figures}
    if len(provinces) > 1:
        return {(p, indices[0]): figs for p, figs in _assign(places, figures, "province", names).items()}
    return {(provinces[0], i): figs for i, figs in _assign(named, figures, "index", {}, text).items()}


def _check(index: Index, figures: list[Figure], who: str) -> None:
    for kind in SINGLE:
        if sum(f.kind == kind for f in figures) > 1:
            raise Unclear(f"two figures of kind {kind} for {who} ({index.short})")
    for f in figures:
        if f.kind in ("score", "national_average", "region_average") and not (
                index.scale_min <= (f.value or 0) <= index.scale_max):
            scale = f"{index.scale_min:g}-{index.scale_max:g}"
            raise Unclear(f"value {f.value:g} is outside the {index.short} scale {scale}")
        if f.rank is not None and f.rank_of is not None and f.rank > f.rank_of:
            raise Unclear(f"rank {f.rank}/{f.rank_of} is impossible")


def _sentence_facts(sentence: Sentence, folded: Folded, lo: int, hi: int, heading_year: int | None,
                    aliases: AliasTable, catalogue: Catalogue, base: dict) -> list[CandidateFact]:
    if any(f.kind == "unclear" for f in sentence.figures):
        raise Unclear("a rank or an average of a group that is not named")
    year = _year(sentence, heading_year)
    indices = _distinct(sentence.indices)
    if not indices:
        raise Unclear("figures but no index named")
    averages = [f for f in sentence.figures if f.kind.endswith("average")]
    own = [f for f in sentence.figures if not f.kind.endswith("average")]
    out: list[CandidateFact] = []
    if averages:
        if len(indices) > 1:
            raise Unclear("an average in a sentence naming several indices")
        _check(catalogue.index(indices[0]), averages, "the average")
        out += average_rows(catalogue.index(indices[0]), averages, year, catalogue, base)
    if own:
        places, names = _provinces(sentence.provinces, aliases, year, folded)
        for (code, index_code), figs in _groups(places, sentence.indices, own, names, folded.text, lo, hi).items():
            index = catalogue.index(index_code)
            _check(index, figs, names[code])
            out += province_rows(index, figs, names[code], code, year, catalogue, base)
    return out


def extract_facts(text: str, source_ref: str, aliases: AliasTable, catalogue: Catalogue,
                  lang: str | None = None) -> tuple[list[CandidateFact], list[Ambiguity]]:
    """Candidate facts and ambiguities of a news text; `lang` ("vi"/"en") narrows the phrasings searched."""
    folded = fold_with_offsets(text)
    vocab = vocabulary(aliases, catalogue)
    spans = sentences(folded.text)
    read = [(lo, hi, read_sentence(folded.text, lo, hi, vocab, lang)) for lo, hi in spans]
    heading_years = _distinct(read[0][2].years) if read else []
    heading_year = int(heading_years[0]) if len(heading_years) == 1 else None
    facts: list[CandidateFact] = []
    ambiguities: list[Ambiguity] = []
    for lo, hi, sentence in read:
        if not sentence.figures:
            continue
        start, end = folded.span(lo, hi)
        base = dict(span_start=start, span_end=end, source_ref=source_ref)
        try:
            facts += _sentence_facts(sentence, folded, lo, hi, heading_year, aliases, catalogue, base)
        except Unclear as why:
            ambiguities.append(Ambiguity(start, end, str(why), source_ref))
    return facts, ambiguities
