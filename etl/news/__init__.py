"""Candidate facts from news text (issue 5): PAR INDEX and SIPAS circulate mostly as articles.

`extract_facts` reads a text; `run_facts_cli` is `python -m etl facts`. Nothing here writes to
data/raw: every row is a candidate for a person to check against the article before pasting.
"""

from etl.news.cli import run_facts_cli
from etl.news.extract import Ambiguity, CandidateFact, extract_facts

__all__ = ["Ambiguity", "CandidateFact", "extract_facts", "run_facts_cli"]
