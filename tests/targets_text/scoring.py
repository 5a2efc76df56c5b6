"""Scoring the targets extractor against a corpus: a listed row is right when province, index, kind, threshold and
years all match; a text that must be reported is right when something of it is reported."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from etl.catalogue import load_catalogue
from etl.names import AliasTable, load_aliases
from etl.paths import RAW_DIR
from etl.targets.extract import extract_targets
from tests.targets_text.corpus import Case, Row


@cache
def aliases() -> AliasTable:
    return load_aliases(RAW_DIR / "reference")


def listed(case: Case) -> tuple[list[Row], int]:
    """The rows the extractor lists for a case's text, and how many sentences it reported."""
    found, reports = extract_targets(case.text, "", aliases(), load_catalogue())
    return [c.key() for c in found], len(reports)


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    true_positives: int = 0
    must_report: int = 0
    reported: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0


def evaluate(cases: list[Case]) -> Score:
    score = Score()
    for case in cases:
        rows, n_reports = listed(case)
        score.expected += len(case.rows)
        score.found += len(rows)
        score.true_positives += len(set(rows) & set(case.rows))
        score.must_report += case.reported
        score.reported += case.reported and n_reports > 0
    return score
