"""News text → candidate facts for review, sentence by sentence; whatever cannot be attached is reported.

Rules (docs/NEWS_FACTS.md): a figure belongs to the province, index and year of its sentence; what the
sentence does not name (or names as a bare "tỉnh") comes from the nearest earlier sentence of its
paragraph that names exactly one, else the heading (the text's first sentence), else an earlier
paragraph, and each fact says where each field came from. With two provinces (or two indices or
parts) each figure goes to the last one named before it, and only if every index named owns a
figure, no figure comes first and no "lần lượt"/"respectively" is present. A figure in the
parenthesis after a comparison year belongs to that year. Anything else is an Ambiguity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from etl.catalogue import Catalogue, Index
from etl.names import AliasTable, UnknownProvince
from etl.news import patterns as P
from etl.news.context import Said, carried, distinct, province_codes, said_by
from etl.news.mentions import Figure, Mention, Part, Sentence, read_sentence, vocabulary
from etl.news.rows import MERGED_FROM, CandidateFact, average_rows, province_rows
from etl.news.text import Folded, fold_with_offsets, sentences

SINGLE = ("score", "rank", "region_rank", "rank_change", "score_change")
NOWHERE = "in the sentence, its paragraph or the heading"


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


def _assign(anchors: list[Mention], figures: list[Figure], what: str, names: dict[str, str], text: str,
            after_words: re.Pattern[str]) -> dict[str, list[Figure]]:
    """Each figure to the anchor right after it through `after_words` ("ranked 45th in the PAR INDEX", "Đứng
    đầu là Quảng Ninh"), else to the last one named before it; refused when a figure has no anchor or an
    anchor no figure."""
    owned: dict[str, list[Figure]] = {key: [] for key in distinct(anchors)}
    for fig in figures:
        after = [a for a in anchors if a.start >= fig.end and after_words.fullmatch(text, fig.end, a.start)]
        before = [a for a in anchors if a.start <= fig.start]
        if not (after or before):
            raise Unclear(f"a figure comes before the first {what} named")
        owned[(after[0] if after else before[-1]).key].append(fig)
    idle = [key for key, figs in owned.items() if not figs]
    if idle:
        raise Unclear(f"{len(owned)} {what}s named and {names.get(idle[0], idle[0])} has no figure of its own")
    return owned


def display_name(aliases: AliasTable, code: str, geography: str) -> str:
    """The name the reference file gives a code: the first spelling registered for it (see load_aliases)."""
    return next(alias for alias, _key, c, geo in aliases.rows if c == code and geo == geography)


def _resolve(mentions: list[Mention], aliases: AliasTable, year: int,
             folded: Folded) -> tuple[list[Mention], dict[str, str]]:
    """Mentions keyed by province code in the year's geography, and each code's display name."""
    geography = "34" if year >= MERGED_FROM else "63"
    resolved, names = [], {}
    for m in mentions:
        try:
            where = aliases.resolve(m.key, geography)
        except UnknownProvince as err:
            name = folded.original(m.start, m.end) if m.end > m.start else m.key
            raise Unclear(f"{name!r} is not a province of the {geography}-province geography in {year}") from err
        resolved.append(Mention(m.start, m.end, where.code))
        names[where.code] = display_name(aliases, where.code, where.geography)
    return resolved, names


def _index_anchors(sentence: Sentence, text: str, carried: str | None) -> list[Part]:
    """Parts (DTI pillars, SIPAS components, PAR fields, PCI sub-indices, PAPI dimensions) and index names. A
    part of an index other than the one the sentence names (or, naming none, carries) is dropped unless its name
    implies its index; an index named right after a part ("điểm thẩm định Chỉ số CCHC") is its parent, not an
    anchor of its own. Keys are "index" or "index:part"."""
    own = set(distinct(sentence.indices))
    parts = [p for p in sentence.parts
             if p.key in own or not own and (p.key == carried or p.component and p.component.implies_index)]
    anchors = [Part(p.start, p.end, f"{p.key}:{p.component.code}", p.component) for p in parts]
    for m in sentence.indices:
        if not any(p.key == m.key and P.PART_PARENT.fullmatch(text, p.end, m.start) for p in parts):
            anchors.append(Part(m.start, m.end, m.key))
    return sorted(anchors, key=lambda a: a.start)


def _by_index(anchors: list[Part], figures: list[Figure], text: str) -> dict[str, list[Figure]]:
    if len(distinct(anchors)) == 1:
        return {anchors[0].key: figures}
    indices = {a.key.split(":")[0] for a in anchors}
    if len(indices) > 1:
        return _assign(anchors, figures, "index", {}, text, P.INDEX_FILLER)
    owned: dict[str, list[Figure]] = {}
    for fig in figures:
        after = [a for a in anchors if a.start >= fig.end and P.INDEX_FILLER.fullmatch(text, fig.end, a.start)]
        before = [a for a in anchors if a.start <= fig.start]
        key = after[0].key if after else before[-1].key if before else next(iter(indices))
        owned.setdefault(key, []).append(fig)
    return owned


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


def _table_size(year: int) -> int:
    return 34 if year >= MERGED_FROM else 63


def _dated(fig: Figure, year: int) -> tuple[int, Figure]:
    """The figure's own year (a comparison year's figure) and, for "cuối bảng", the rank as the table's size (the
    region's stated size for a regional "cuối")."""
    own = fig.year or year - fig.years_back
    if fig.last and fig.kind == "region_rank":
        if not fig.region_size:
            raise Unclear("last of a region whose number of provinces is not stated")
        fig = replace(fig, rank=fig.region_size)
    elif fig.last:
        fig = replace(fig, rank=fig.rank_of or _table_size(own))
    return own, fig


class _Reader:
    """Turns one sentence into rows, with what earlier sentences said."""

    def __init__(self, folded: Folded, aliases: AliasTable, catalogue: Catalogue, said: list[Said]):
        self.folded, self.aliases, self.catalogue, self.said = folded, aliases, catalogue, said
        self.seen: set[str] = set()

    def facts(self, sentence: Sentence, paragraph: int, lo: int, hi: int, base: dict) -> list[CandidateFact]:
        if any(f.kind == "unclear" for f in sentence.figures):
            raise Unclear("a rank or an average of a group that is not named")
        text = self.folded.text
        if not sentence.parts and (word := P.PART_WORD.search(text, lo, hi)) and any(
                f.start > word.start() for f in sentence.figures):
            raise Unclear(f"a figure of a part ({self.folded.original(word.start(), word.end())!r}) not in the "
                          "vocabulary of etl/news/components.py")
        carried_index, carried_origin = carried(self.said, paragraph, "index")
        anchors = _index_anchors(sentence, text, None if sentence.indices else str(carried_index or ""))
        kept = {(a.start, a.end) for a in anchors}
        for part in sentence.parts:
            if (part.start, part.end) not in kept and any(f.start > part.start for f in sentence.figures):
                raise Unclear(f"a figure after {part.component.name!r}, a part of {part.key}, in a sentence "
                              "about another index")
        implied = any(a.component and a.component.implies_index for a in anchors)
        index_origin = "sentence" if sentence.indices or implied else carried_origin
        averages = [f for f in sentence.figures if f.kind.endswith("average")]
        own = [f for f in sentence.figures if not f.kind.endswith("average")]
        places, province_origin = self._places(sentence, paragraph) if own else ([], "")
        year, year_origin = self._year(sentence, paragraph)
        if own and sentence.other_unit:
            raise Unclear("figures beside a district, department or ministry: whose are they?")
        missing = [what for what, gone in (("index", not anchors and carried_index is None),
                                           ("province", own and not places), ("year", year is None)) if gone]
        if missing:
            raise Unclear(f"no {' and no '.join(missing)} named {NOWHERE}")
        if not anchors:
            anchors = [Part(lo, lo, str(carried_index))]
        origin = f"index={index_origin};province={province_origin or '-'};year={year_origin}"
        base = dict(base, origin=origin)
        out: list[CandidateFact] = []
        if averages:
            indices = {a.key.split(":")[0] for a in anchors}
            if len(indices) > 1:
                raise Unclear("an average in a sentence naming several indices")
            index = self.catalogue.index(indices.pop())
            _check(index, averages, "the average")
            out += average_rows(index, averages, year, self.catalogue, base)
        if own:
            out += self._province_facts(places, anchors, own, year, lo, hi, base)
        return out

    def _places(self, sentence: Sentence, paragraph: int) -> tuple[list[Mention], str]:
        """Provinces named, bare "tỉnh" as the carried province, or the carried province for a sentence with none."""
        lent, origin = carried(self.said, paragraph, "province")
        if sentence.other_unit:
            lent = None
        refs = []
        for ref in sentence.references:
            earlier = [p for p in sentence.provinces if p.end <= ref.start]
            if earlier or lent:
                refs.append(Mention(ref.start, ref.end, earlier[-1].key if earlier else str(lent)))
        places = sorted([*sentence.provinces, *refs], key=lambda m: m.start)
        if places:
            return places, ("sentence" if not refs else f"sentence+{origin}" if sentence.provinces else origin)
        if lent and not sentence.many and len(self.seen) <= 1:
            return [Mention(0, 0, str(lent))], origin
        return [], ""

    def _year(self, sentence: Sentence, paragraph: int) -> tuple[int | None, str]:
        years = distinct(sentence.years)
        if len(years) > 1:
            raise Unclear(f"several years named ({', '.join(years)})")
        if sentence.relative_year and (years or sentence.relative_year != "nay"):
            raise Unclear("a year named relative to another ('năm nay', 'năm ngoái', 'last year') beside a year")
        if years:
            return int(years[0]), "sentence"
        year, origin = carried(self.said, paragraph, "year")
        return (int(year), origin) if year is not None else (None, "")

    def _province_facts(self, places: list[Mention], anchors: list[Part], figures: list[Figure], year: int,
                        lo: int, hi: int, base: dict) -> list[CandidateFact]:
        text = self.folded.text
        years = {_dated(f, year)[0] for f in figures}
        resolved, names = _resolve(places, self.aliases, min(years), self.folded)
        provinces = distinct(resolved)
        if len(provinces) > 1 and len(distinct(anchors)) > 1:
            raise Unclear("several provinces and several indices in one sentence")
        if (len(provinces) > 1 or len(distinct(anchors)) > 1) and P.RESPECTIVELY.search(text, lo, hi):
            raise Unclear("figures listed 'respectively' for several names")
        if len(provinces) > 1:
            owned = _assign(resolved, figures, "province", names, text, P.NAMED_AFTER)
            groups = {(p, anchors[0].key): figs for p, figs in owned.items()}
        else:
            groups = {(provinces[0], k): figs for k, figs in _by_index(anchors, figures, text).items()}
        parts = {a.key: a.component for a in anchors}
        out: list[CandidateFact] = []
        for (code, key), figs in groups.items():
            index = self.catalogue.index(key.split(":")[0])
            by_year: dict[int, list[Figure]] = {}
            for fig in figs:
                own_year, fig = _dated(fig, year)
                by_year.setdefault(own_year, []).append(fig)
            for own_year, dated in by_year.items():
                where = _resolve([Mention(0, 0, names[code])], self.aliases, own_year, self.folded)[1]
                subject = where[next(iter(where))]
                _check(index, dated, subject)
                out += province_rows(index, dated, subject, next(iter(where)), own_year, self.catalogue, base,
                                     parts.get(key))
        return out


def extract_facts(text: str, source_ref: str, aliases: AliasTable, catalogue: Catalogue,
                  lang: str | None = None) -> tuple[list[CandidateFact], list[Ambiguity]]:
    """Candidate facts and ambiguities of a news text; `lang` ("vi"/"en") narrows the phrasings searched."""
    folded = fold_with_offsets(text)
    vocab = vocabulary(aliases, catalogue)
    read = [(lo, hi, read_sentence(folded.text, lo, hi, vocab, lang)) for lo, hi in sentences(folded.text)]
    said: list[Said] = []
    reader = _Reader(folded, aliases, catalogue, said)
    facts: list[CandidateFact] = []
    ambiguities: list[Ambiguity] = []
    for lo, hi, sentence in read:
        reader.seen |= province_codes(sentence, aliases)
        paragraph = folded.text.count("\n", 0, lo)
        if sentence.figures:
            start, end = folded.span(lo, hi)
            base = dict(span_start=start, span_end=end, source_ref=source_ref)
            try:
                facts += reader.facts(sentence, paragraph, lo, hi, base)
            except Unclear as why:
                ambiguities.append(Ambiguity(start, end, str(why), source_ref))
        said.append(said_by(sentence, paragraph))
    return facts, ambiguities
