"""Benchmark: the targets extractor over its hand-written corpus: precision and recall on the development part, on
the held-out part (never used to tune the patterns) and overall; reports; time per text.

Run `.venv/bin/python bench/targets_text.py`. The corpus (tests/targets_text/corpus.py) is test input written for
the tests, not product data.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.catalogue import load_catalogue  # noqa: E402
from etl.targets.extract import extract_targets  # noqa: E402
from tests.targets_text.corpus import DEV, HELD_OUT  # noqa: E402
from tests.targets_text.scoring import aliases, evaluate  # noqa: E402

RUNS = 20


def main() -> list[tuple[str, str]]:
    out = []
    for name, cases in (("development", DEV), ("held-out", HELD_OUT), ("all", DEV + HELD_OUT)):
        score = evaluate(cases)
        out += [(f"targets text, {name}: texts", str(len(cases))),
                (f"targets text, {name}: expected / listed / right",
                 f"{score.expected} / {score.found} / {score.true_positives}"),
                (f"targets text, {name}: precision / recall", f"{score.precision:.3f} / {score.recall:.3f}"),
                (f"targets text, {name}: must be reported / reported", f"{score.must_report} / {score.reported}")]
    names, catalogue, cases = aliases(), load_catalogue(), DEV + HELD_OUT
    started = time.perf_counter()
    for _ in range(RUNS):
        for case in cases:
            extract_targets(case.text, "bench", names, catalogue)
    per_text = (time.perf_counter() - started) / (RUNS * len(cases))
    out.append(("targets text: time per text (ms)", f"{per_text * 1000:.2f}"))
    return out


if __name__ == "__main__":
    for name, value in main():
        print(f"{name:<58} {value}")
