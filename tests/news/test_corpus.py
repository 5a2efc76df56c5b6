"""Precision and recall over the hand-written corpus (run with -s to see the table)."""

from __future__ import annotations

import pytest

from tests.news.corpus import CORPUS
from tests.news.scoring import evaluate, table

PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.90


def test_corpus_is_big_enough_and_has_sentences_that_yield_nothing():
    assert len(CORPUS) >= 50
    assert sum(1 for case in CORPUS if not case.expected) >= 12
    assert any("\n" in case.text for case in CORPUS), "the heading rule needs multi-line cases"


def test_precision_and_recall_over_the_corpus():
    score = evaluate(CORPUS)
    print()
    print(table(score))
    assert score.expected >= 50
    assert score.precision >= PRECISION_FLOOR, table(score)
    assert score.recall >= RECALL_FLOOR, table(score)


@pytest.mark.parametrize("case", [c for c in CORPUS if not c.expected], ids=lambda c: c.text[:40])
def test_sentences_that_must_yield_nothing_yield_nothing(case, extract):
    facts, ambiguities = extract(case.text)
    assert facts == []
    if case.ambiguous:
        assert len(ambiguities) == 1 and case.ambiguous in ambiguities[0].reason, ambiguities
    else:
        assert ambiguities == []
