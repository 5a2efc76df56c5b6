"""Precision and recall of the extractor over the hand-written corpus, shared by the test and the bench.

A found fact is a true positive when index, year, province/region, metric, value and rank all equal
an expected fact of the same case (each expected fact matched at most once).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from etl.catalogue import load_catalogue
from etl.names import AliasTable, load_aliases
from etl.news import Ambiguity, CandidateFact, extract_facts
from etl.paths import RAW_DIR
from tests.news.corpus import Case, Fact


@dataclass(frozen=True)
class CaseResult:
    case: Case
    found: tuple[Fact, ...]
    ambiguities: tuple[Ambiguity, ...]
    true_positives: int


@dataclass(frozen=True)
class Score:
    results: tuple[CaseResult, ...]

    @property
    def expected(self) -> int:
        return sum(len(r.case.expected) for r in self.results)

    @property
    def found(self) -> int:
        return sum(len(r.found) for r in self.results)

    @property
    def true_positives(self) -> int:
        return sum(r.true_positives for r in self.results)

    @property
    def precision(self) -> float:
        return self.true_positives / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0


@cache
def aliases() -> AliasTable:
    return load_aliases(RAW_DIR / "reference")


def as_fact(fact: CandidateFact) -> Fact:
    value = None if fact.value is None else round(fact.value, 6)
    return (fact.index, fact.year, fact.subject, fact.metric, value, fact.rank)


def _key(fact: Fact) -> Fact:
    index, year, subject, metric, value, rank = fact
    return (index, year, subject, metric, None if value is None else round(float(value), 6), rank)


def evaluate(corpus: list[Case]) -> Score:
    results = []
    for case in corpus:
        facts, ambiguities = extract_facts(case.text, "corpus", aliases(), load_catalogue())
        found = tuple(as_fact(f) for f in facts)
        hits = Counter(_key(f) for f in found) & Counter(_key(f) for f in case.expected)
        results.append(CaseResult(case, found, tuple(ambiguities), sum(hits.values())))
    return Score(tuple(results))


def table(score: Score) -> str:
    """One line per sentence (expected / found / true positives), then the totals."""
    lines = [f"{'#':>3} {'exp':>3} {'found':>5} {'tp':>3}  sentence"]
    for number, r in enumerate(score.results, 1):
        text = " ".join(r.case.text.split())
        lines.append(f"{number:>3} {len(r.case.expected):>3} {len(r.found):>5} {r.true_positives:>3}  {text[:90]}")
        for fact in r.found:
            if _key(fact) not in {_key(e) for e in r.case.expected}:
                lines.append(f"{'':>18}unexpected: {fact}")
        for fact in r.case.expected:
            if _key(fact) not in {_key(f) for f in r.found}:
                lines.append(f"{'':>18}missed: {fact}")
    lines.append(f"sentences {len(score.results)}, expected {score.expected}, found {score.found}, "
                 f"true positives {score.true_positives}")
    lines.append(f"precision {score.precision:.3f}, recall {score.recall:.3f}")
    return "\n".join(lines)
