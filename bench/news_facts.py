"""Benchmark: the news extractor over the hand-written sentences: precision, recall, wrong facts, speed.

Run `.venv/bin/python bench/news_facts.py` (`--sentences` adds the per-sentence tables). Three sets are
scored apart: the issue-5 corpus (tests/news/corpus.py), the issue-16 real-style sentences the patterns were
written from (tests/news/real_style.py) and their held-out part (tests/news/real_style_heldout.py), which
the patterns were not written from. A wrong fact is a found fact that equals no expected one (index, year,
province, metric - so indicator and regional/national scope -, value or rank differ). The sentences and
figures are test inputs written for the tests, not product data.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.catalogue import load_catalogue  # noqa: E402
from etl.news import extract_facts  # noqa: E402
from tests.news.corpus import CORPUS  # noqa: E402
from tests.news.real_style import REAL_STYLE  # noqa: E402
from tests.news.real_style_heldout import (  # noqa: E402
    HELD_OUT,
    HELD_OUT_REAL,
    HELD_OUT_REAL_2,
    HELD_OUT_REAL_3,
    HELD_OUT_REAL_4,
)
from tests.news.scoring import aliases, evaluate, table  # noqa: E402

RUNS = 20
SETS = {"corpus (issue 5)": CORPUS, "real-style dev": REAL_STYLE,
        "HELD-OUT batch 1": HELD_OUT_REAL, "HELD-OUT batch 2": HELD_OUT_REAL_2, "HELD-OUT batch 3": HELD_OUT_REAL_3,
        "HELD-OUT batch 4": HELD_OUT_REAL_4, "HELD-OUT (all)": HELD_OUT}


def main(sentences: bool = False) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name, cases in SETS.items():
        score = evaluate(cases)
        if sentences:
            print(f"== {name}\n{table(score)}")
        out += [
            (f"news facts, {name}: sentences / expected / found", f"{len(cases)} / {score.expected} / {score.found}"),
            (f"news facts, {name}: precision / recall", f"{score.precision:.3f} / {score.recall:.3f}"),
            (f"news facts, {name}: wrong facts", str(score.found - score.true_positives)),
        ]
    everything = CORPUS + REAL_STYLE + HELD_OUT
    names, catalogue = aliases(), load_catalogue()
    started = time.perf_counter()
    for _ in range(RUNS):
        for case in everything:
            extract_facts(case.text, "bench", names, catalogue)
    per_case = (time.perf_counter() - started) / (RUNS * len(everything))
    out.append(("news facts: time per case (ms)", f"{per_case * 1000:.2f}"))
    return out


if __name__ == "__main__":
    for name, value in main(sentences="--sentences" in sys.argv[1:]):
        print(f"{name:<56} {value}")
