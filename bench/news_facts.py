"""Benchmark: the news extractor over the hand-written test corpus: per-sentence table, precision, recall, speed.

Run `.venv/bin/python bench/news_facts.py` (`--sentences` adds the per-sentence table). The corpus
sentences and figures are test inputs written for tests/news/corpus.py, not product data.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.catalogue import load_catalogue  # noqa: E402
from etl.news import extract_facts  # noqa: E402
from tests.news.corpus import CORPUS  # noqa: E402
from tests.news.scoring import aliases, evaluate, table  # noqa: E402

RUNS = 20


def main(sentences: bool = False) -> list[tuple[str, str]]:
    score = evaluate(CORPUS)
    if sentences:
        print(table(score))
    names, catalogue = aliases(), load_catalogue()
    started = time.perf_counter()
    for _ in range(RUNS):
        for case in CORPUS:
            extract_facts(case.text, "bench", names, catalogue)
    per_sentence = (time.perf_counter() - started) / (RUNS * len(CORPUS))
    return [
        ("news facts: corpus sentences", str(len(CORPUS))),
        ("news facts: expected / found / true positives", f"{score.expected} / {score.found} / {score.true_positives}"),
        ("news facts: precision / recall", f"{score.precision:.3f} / {score.recall:.3f}"),
        ("news facts: time per sentence (ms)", f"{per_sentence * 1000:.2f}"),
    ]


if __name__ == "__main__":
    for name, value in main(sentences="--sentences" in sys.argv[1:]):
        print(f"{name:<50} {value}")
