"""The real alias table and catalogue, loaded once: the extractor is tested against the project's own names."""

from __future__ import annotations

import pytest

from etl.catalogue import Catalogue, load_catalogue
from etl.names import AliasTable
from etl.news import Ambiguity, CandidateFact, extract_facts
from tests.news.scoring import aliases


@pytest.fixture(scope="session")
def table() -> AliasTable:
    return aliases()


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture
def extract(table: AliasTable, catalogue: Catalogue):
    def run(text: str, lang: str | None = None) -> tuple[list[CandidateFact], list[Ambiguity]]:
        return extract_facts(text, "https://example.org/a", table, catalogue, lang=lang)
    return run
