"""Plan or news text → candidate targets for a person to check, sentence by sentence; what cannot be read without
a guess is reported, and so is a target that belongs to a district, a commune, a department or a ministry.

Rules (README, "Targets from text"):
- A sentence sets a target when it says so ("phấn đấu", "mục tiêu", "chỉ tiêu", "aims"…), when it reads as one
  ("trở lên", "ít nhất", "đến năm 2025", a range of places), or when it stands in a plan (a text whose heading is
  a Kế hoạch / Nghị quyết / Chương trình, or under a "Mục tiêu" / "Chỉ tiêu" heading). A sentence that states a
  result ("đã đạt", "chưa đạt mục tiêu", "năm qua") is not a target.
- Each phrase ("nhóm 10 tỉnh", "tăng 3-5 bậc", "từ 0,6 điểm trở lên") belongs to the indices named since the
  previous phrase (else right after it, else those of the previous phrase, else the heading's only index); its
  years are those of its stretch of the sentence, else the sentence's, else the heading's; its province is the
  sentence's only province, else that of the paragraph's last sentence naming one ("The province …"), else the
  heading's.
- A rank gain "so với năm 2023" with no year of its own is a target for 2024.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from etl.catalogue import Catalogue
from etl.names import MERGER_YEAR, AliasTable, UnknownProvince
from etl.news import patterns as news
from etl.news.extract import Ambiguity as Report  # a sentence not listed: ambiguous, or not a province's target
from etl.news.extract import display_name
from etl.news.mentions import vocabulary
from etl.news.text import Folded, fold_with_offsets, sentences
from etl.targets import phrases as P

PLAN_HEADING = re.compile(r"^\W*(?:ke\s+hoach|nghi\s+quyet|chuong\s+trinh|quyet\s+dinh|chi\s+thi)\b", P.FLAGS)
OTHER_STATISTIC = re.compile(r"\b(?:ty\s+le|ho\s+so|thu\s+tuc|grdp|gdp|tang\s+truong|doanh\s+nghiep|fdi|"
                             r"dich\s+vu\s+cong|muc\s+do\s+(?!hai\s+long))\b", P.FLAGS)
COLUMNS = ["province", "index", "kind", "threshold", "year_from", "year_to", "document", "issued_by", "date_issued",
           "source_url"]


@dataclass(frozen=True)
class CandidateTarget:
    province: str
    index: str
    kind: str
    threshold: str
    year_from: int | None
    year_to: int | None
    document: str
    issued_by: str
    date_issued: str
    source_url: str
    span_start: int
    span_end: int

    def key(self) -> tuple:
        return (self.province, self.index, self.kind, self.threshold, self.year_from, self.year_to)


class Unclear(Exception):
    """A phrase that cannot be listed without a guess; the message is the reason."""


@dataclass(frozen=True)
class Phrase:
    kind: str
    threshold: str
    start: int
    end: int


Years = tuple[int | None, int | None]


def _number(text: str) -> str:
    """A threshold as the kit writes it: decimal point, no trailing zeros ("0,6" → "0.6")."""
    value = float(text.replace(",", "."))
    return str(int(value)) if value.is_integer() else f"{value:g}"


def _range(a: str, b: str | None) -> str:
    return f"{int(a)}-{int(b)}" if b and int(b) != int(a) else str(int(a))


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return not any(start < b and a < end for a, b in taken)


def _phrases(text: str, lo: int, hi: int) -> list[Phrase]:
    """Every target phrase of text[lo:hi], without overlaps, in order."""
    found: list[Phrase] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, threshold: str, start: int, end: int) -> None:
        if _free(start, end, taken):
            found.append(Phrase(kind, threshold, start, end))
            taken.append((start, end))

    for m in P.KEEP.finditer(text, lo, hi):
        top = P.RANK_TOP.search(text, m.end(), min(hi, m.end() + 70))
        if m["n"] or m["lead"]:
            add("keep_rank", m["n"] or "1", m.start(), m.end())
        elif top and not P.STRONG_CUE.search(text, m.end(), top.start()):
            add("keep_rank", top["n"] or top["m"], m.start(), top.end())
        elif m.group().strip().count(" ") >= 2 and ("vi tri" in m.group().lower() or "thu hang" in m.group().lower()):
            add("keep_rank", "", m.start(), m.end())
    for m in P.KEEP_EN.finditer(text, lo, hi):
        add("keep_rank", "1", m.start(), m.end())
    for m in P.RANK_BAND.finditer(text, lo, hi):
        add("rank_at_most", str(int(m["b"])), m.start(), m.end())
    for m in P.RANK_PLACE.finditer(text, lo, hi):
        if m["b"] or m["up"] or P.STRONG_CUE.search(text, lo, m.start()):
            add("rank_at_most", str(int(m["b"] or m["a"])), m.start(), m.end())
    for pattern in (P.RANK_TOP, P.RANK_TOP_EN):
        for m in pattern.finditer(text, lo, hi):
            if P.COMPONENT_BEFORE.search(text, max(lo, m.start() - 50), m.start()):
                taken.append((m.start(), m.end()))
                continue
            add("rank_at_most", str(int(m["n"] or m["m"])), m.start(), m.end())
    for pattern in (P.GAIN, P.GAIN_EN):
        for m in pattern.finditer(text, lo, hi):
            add("rank_gain_at_least", _range(m["a"], m["b"]), m.start(), m.end())
    for m in P.GROUP.finditer(text, lo, hi):
        add("group", m["g"], m.start("g"), m.end())
    for m in P.GROUP_EN.finditer(text, lo, hi):
        name = "g" if m["g"] else "h"
        add("group", m[name], m.start(name), m.end(name))
    for m in P.SCORE_AT_LEAST.finditer(text, lo, hi):
        bound = re.search(r"tren|tu|toi\s+thieu|it\s+nhat|[≥>]|least|above|over", text[m.start():m.start("n")])
        stated = m["unit"] or m["up"] or m["per"] or (bound and re.search(r"[.,]", m["n"]))  # "trên 0,65"
        if stated and not P.CHANGE_BEFORE.search(text[max(lo, m.start() - 25):m.start()]):
            add("score_at_least", _number(m["n"]), m.start(), m.end())
    for m in P.IMPROVE.finditer(text, lo, hi):
        add("improve", "", m.start(), m.end())
    return sorted(found, key=lambda p: p.start)


def _years(text: str, lo: int, hi: int) -> tuple[list[Years], list[int]]:
    """The distinct year specifications of text[lo:hi] and its comparison years."""
    specs: list[Years] = []
    taken: list[tuple[int, int]] = []
    compared = []
    for m in P.YEAR_COMPARED.finditer(text, lo, hi):
        compared.append(int(m["y"]))
        taken.append((m.start("y"), m.end("y")))
    for pattern, make in ((P.YEAR_RANGE, lambda m: (int(m["a"]), int(m["b"]))),
                          (P.YEAR_ON, lambda m: (int(m["y"]), None)),
                          (P.YEAR_BY, lambda m: (None, int(m["y"]))),
                          (P.YEAR_ANY, lambda m: (int(m["y"]), int(m["y"])))):
        for m in pattern.finditer(text, lo, hi):
            if not _free(m.start(), m.end(), taken) or P.DATE_YEAR.search(text[max(lo, m.start() - 20):m.start()]):
                continue
            taken.append((m.start(), m.end()))
            spec = make(m)
            if spec[0] is not None and spec[1] is not None and spec[0] > spec[1]:
                continue
            specs.append(spec)
    distinct = list(dict.fromkeys(specs))
    ranges = [s for s in distinct if s[0] != s[1]]
    inside = [s for s in distinct if s[0] == s[1] and any(_within(s[0], r) for r in ranges)]
    return [s for s in distinct if s not in inside], compared


def _within(year: int | None, span: Years) -> bool:
    return year is not None and (span[0] or 0) <= year <= (span[1] or 9999)


@dataclass
class Context:
    """What the text's heading and plan structure say, for sentences that do not say it themselves."""

    years: Years | None
    province: tuple[str, str] | None
    index: str | None
    is_plan: bool
    has_sections: bool


class Reader:
    def __init__(self, text: str, source_ref: str, aliases: AliasTable, catalogue: Catalogue) -> None:
        self.source, self.ref, self.aliases = text, source_ref, aliases
        self.folded: Folded = fold_with_offsets(text)
        self.text = self.folded.text
        self.spans = sentences(self.text)
        self.vocab = vocabulary(aliases, catalogue)
        self.context = self._context()
        self.recent: tuple[str, str] | None = None  # the province of the paragraph's last sentence naming one

    def _indices(self, lo: int, hi: int) -> list[tuple[int, str]]:
        return sorted((m.start(), code) for code, pat in news.INDICES.items() for m in pat.finditer(self.text, lo, hi))

    def _provinces(self, lo: int, hi: int, years: Years) -> list[tuple[str, str]]:
        """(display name, code) of each distinct province named in text[lo:hi], in the years' geography."""
        geography = "34" if (years[0] or 0) >= MERGER_YEAR else "63"
        out = []
        for m in self.vocab.provinces.finditer(self.text, lo, hi):
            for space in (["34", "63"] if geography == "34" else ["63"]):
                try:
                    found = self.aliases.resolve(m.group(), space)
                except UnknownProvince:
                    continue
                out.append((display_name(self.aliases, found.code, found.geography), found.code))
                break
        return list(dict.fromkeys(out))

    def heading(self) -> tuple[int, int]:
        """The text's first sentence, with the next one when it is only a word or two ("KẾ HOẠCH" on its own line)."""
        lo, hi = self.spans[0]
        if len(self.text[lo:hi].split()) < 4 and len(self.spans) > 1:
            hi = self.spans[1][1]
        return lo, hi

    def _context(self) -> Context:
        if not self.spans:
            return Context(None, None, None, False, False)
        lo, hi = self.heading()
        specs, _ = _years(self.text, lo, hi)
        years = specs[0] if len(specs) == 1 else None
        province = None
        for a, b in self.spans[:3]:
            named = self._provinces(a, b, years or (None, None))
            if named:
                province = named[0] if len(named) == 1 else None
                break
        indices = list(dict.fromkeys(code for _, code in self._indices(lo, hi)))
        return Context(years, province, indices[0] if len(indices) == 1 else None,
                       bool(PLAN_HEADING.search(self.text, lo, hi)),
                       any(P.SECTION_OPENS.search(self.text, a, b) for a, b in self.spans[1:]))

    def _document(self, lo: int, hi: int, province: str, years: Years) -> tuple[str, str, str]:
        """(document, issuer, date issued): the sentence's own document, else a plan's heading document or title, or
        in news the last document named before it, unless another province is named from that document's sentence
        on (news that goes from one province's plan to another's); the issuer from the document's code, else the
        sentence, else the text's opening when it names no other province."""
        a, b = self.folded.span(lo, hi)
        head = self.folded.span(*self.heading()) if self.spans else (0, 0)
        # A plan's own document is in its heading (the ones it cites follow); news names the plan before its targets.
        found = self._provincial_document(a, b) or (self._provincial_document(*head) if self.context.is_plan
                                                     else self._provincial_document(0, a, last=True))
        if found and not self.context.is_plan and found.start() < a:
            since = bisect.bisect_right(self.folded.origin, found.start()) - 1
            start = max((s for s, _ in self.spans if s <= since), default=0)
            if self._others(start, lo, province, years):
                found = None
        document = f"{found['type'].capitalize()} {found['number']}" if found else ""
        if not found and self.context.is_plan:
            title = " ".join(self.source[head[0]:head[1]].split())[:200]
            kind = re.match(r"\w+ \w+", title)  # "KẾ HOẠCH" → "Kế hoạch"; the title after it as written
            document = kind.group().capitalize() + title[kind.end():] if kind and kind.group().isupper() else title
        date = ""
        if found:
            d = P.DATE.search(self.source[found.end():found.end() + 60]) or \
                P.DATE_BEFORE.search(self.source[max(0, found.start() - 80):found.start()])
            if d:
                day, month, year = (d["d"], d["m"], d["y"]) if d["d"] else (d["d2"], d["m2"], d["y2"])
                date = f"{int(day):02d}/{int(month):02d}/{year}"
        end = self.spans[min(2, len(self.spans) - 1)][1] if self.spans else 0
        opening = self.folded.span(0, end) if end and not self._others(0, end, province, years) else (0, 0)
        places = [document if found else "", self.source[a:b], self.source[opening[0]:opening[1]]]
        for place in places:
            hits = [(m.start(), name) for name, pattern in P.ISSUERS for m in [pattern.search(place)] if m]
            if hits:
                return document, min(hits)[1], date
        return document, "", date

    def _others(self, lo: int, hi: int, province: str, years: Years) -> bool:
        """True when text[lo:hi] names a province other than `province` (a code)."""
        return any(code != province for _, code in self._provinces(lo, hi, years))

    def _provincial_document(self, a: int, b: int, last: bool = False) -> re.Match[str] | None:
        """The first (or last) document of source[a:b] that a province issued (not a central one: -CP, /TTg…)."""
        found = [m for m in P.DOCUMENT.finditer(self.source, a, b) if not P.CENTRAL_DOCUMENT.search(m["number"])]
        return (found[-1] if last else found[0]) if found else None

    def _before_the_plan(self, lo: int, hi: int) -> bool:
        """A plan's sentence whose only year is before the plan's own: last year's result, not a target."""
        start = self.context.years[0] if self.context.is_plan and self.context.years else None
        specs, _ = _years(self.text, lo, hi)
        return start is not None and len(specs) == 1 and specs[0][1] is not None and specs[0][1] < start

    def _years_for(self, phrase: Phrase, seg: tuple[int, int], sentence: tuple[int, int]) -> Years:
        breaks = [m.end() for m in re.finditer(r"[,;:()]", self.text[seg[0]:phrase.start])]
        clause, _ = _years(self.text, seg[0] + breaks[-1], phrase.end) if breaks else ([], [])
        if len(clause) == 1:
            return clause[0]
        specs, compared = _years(self.text, *seg)
        if len(specs) > 1:
            raise Unclear(f"several years for one target ({self._years_text(specs)})")
        if specs:
            return specs[0]
        specs, compared_all = _years(self.text, *sentence)
        if len(specs) > 1:
            raise Unclear(f"several years in the sentence ({self._years_text(specs)}) and none beside the target")
        if specs:
            return specs[0]
        if self.context.years:
            return self.context.years
        if phrase.kind == "rank_gain_at_least" and len(set(compared + compared_all)) == 1:
            return ((compared + compared_all)[0] + 1,) * 2
        return None, None

    @staticmethod
    def _years_text(specs: list[Years]) -> str:
        return ", ".join(f"{a or ''}–{b or ''}" if a != b else str(a) for a, b in specs)

    def sentence(self, lo: int, hi: int, in_section: bool) -> tuple[list[CandidateTarget], list[Report]]:
        phrases = _phrases(self.text, lo, hi)
        if not phrases:
            return [], []
        a, b = self.folded.span(lo, hi)
        strong = P.STRONG_CUE.search(self.text, lo, hi)
        if P.RESULT_CUE.search(self.text, lo, hi) or P.RESULT_CUE_ORIGINAL.search(self.source, a, b):
            why = "a result against a target, not a target: check by hand"
            return [], [Report(a, b, why, self.ref)] if strong else []
        plan_wide = self.context.is_plan and not self.context.has_sections
        if not (strong or in_section or plan_wide or P.WEAK_CUE.search(self.text, lo, hi)):
            undated = not any(_years(self.text, lo, hi)) and not all(p.kind == "improve" for p in phrases)
            why = "a target or a result? the sentence says neither and names no year"
            return [], [Report(a, b, why, self.ref)] if undated else []
        if not strong and self._before_the_plan(lo, hi):
            return [], []
        local = P.NOT_PROVINCIAL.search(self.source, a, b)
        if local and not ("DCI" in local.group() or not P.PROVINCE_OWNED.search(self.source, a, b)):
            local = None
        if local:
            why = f"not a provincial target (a district's, commune's, department's or ministry's: {local.group()!r})"
            return [], [Report(a, b, why, self.ref)]
        if all(p.kind == "improve" for p in phrases) and not (strong or self.context.is_plan):
            return [], []
        out, reports, previous, start = [], [], [], lo
        indices = self._indices(lo, hi)
        for i, phrase in enumerate(phrases):
            nxt = phrases[i + 1].start if i + 1 < len(phrases) else hi
            if not (in_section or plan_wide or P.STRONG_CUE.search(self.text, lo, phrase.end)
                    or P.WEAK_CUE.search(self.text, max(lo, phrase.start - 30), min(hi, phrase.end + 12))):
                continue  # a result stated before the sentence turns to its target
            before = [code for at, code in indices if start <= at < phrase.start]
            after = [code for at, code in indices if phrase.end <= at < nxt]
            if not before and OTHER_STATISTIC.search(self.text, start, phrase.start):
                start = phrase.end
                continue
            named = list(dict.fromkeys(before or after)) or previous or (
                [self.context.index] if self.context.index else [])
            if not named and phrase.kind == "improve":
                continue  # "nâng cao nhận thức": improving something that is not an index
            try:
                if not named:
                    raise Unclear("a target but no index named in the sentence or the heading")
                years = self._years_for(phrase, (start, phrase.end), (lo, hi))
                out += [self._candidate(phrase, code, years, lo, hi) for code in named]
            except Unclear as err:
                pa, pb = self.folded.span(phrase.start, phrase.end)
                reports.append(Report(pa, pb, str(err), self.ref))
            previous, start = named, phrase.end
        return out, reports

    def _candidate(self, phrase: Phrase, index: str, years: Years, lo: int, hi: int) -> CandidateTarget:
        named = self._provinces(lo, hi, years)
        if len(named) > 1:
            raise Unclear(f"several provinces named ({', '.join(n for n, _ in named)})")
        province = named[0] if named else (self.recent or self.context.province)
        if province is None:
            raise Unclear("no province in the sentence or the heading")
        threshold = phrase.threshold
        if phrase.kind == "group":
            threshold = P.GROUP_PREFIX.sub("", self.folded.original(phrase.start, phrase.end).split(" trở lên")[0])
        limit = 34 if (years[0] or 0) >= MERGER_YEAR else 63
        if phrase.kind in ("rank_at_most", "keep_rank") and threshold and not 1 <= int(threshold) <= limit:
            raise Unclear(f"rank {threshold} is not a place among {limit} provinces")
        document, issuer, date = self._document(lo, hi, province[1], years)
        a, b = self.folded.span(phrase.start, phrase.end)
        return CandidateTarget(province[0], index, phrase.kind, threshold, years[0], years[1], document, issuer, date,
                               self.ref, a, b)

    def read(self) -> tuple[list[CandidateTarget], list[Report]]:
        found, reports, in_section, end = [], [], False, 0
        for lo, hi in self.spans:
            if "\n" in self.text[end:lo]:
                self.recent = None  # a new paragraph: "the province" is the heading's again
            end = hi
            if P.SECTION_OPENS.search(self.text, lo, hi):
                in_section = True
            elif P.SECTION_CLOSES.search(self.text, lo, hi):
                in_section = False
            got, why = self.sentence(lo, hi, in_section)
            found += got
            reports += why
            named = self._provinces(lo, hi, (None, None))
            self.recent = named[0] if len(named) == 1 else self.recent
        specific = {(c.province, c.index) for c in found if c.kind != "improve"}
        unique: dict[tuple, CandidateTarget] = {}
        for c in found:
            if c.kind != "improve" or (c.province, c.index) not in specific:
                unique.setdefault(c.key(), c)
        return sorted(unique.values(), key=lambda c: c.span_start), reports


def extract_targets(text: str, source_ref: str, aliases: AliasTable,
                    catalogue: Catalogue) -> tuple[list[CandidateTarget], list[Report]]:
    """Candidate targets of a plan or news text (in the order they appear) and the sentences reported instead."""
    return Reader(text, source_ref, aliases, catalogue).read()
