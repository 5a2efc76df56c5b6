"""`make bench`: run every benchmark script in bench/ and print their tables one after another."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["etl_build.py", "metrics.py", "pandas_vs_duckdb.py", "news_facts.py", "targets_text.py", "pdf_import.py",
           "pages.py", "page_parts.py", "load.py", "memory.py"]
LIMIT_S = 540


def main() -> int:
    failures = 0
    for name in SCRIPTS:
        script = HERE / name
        print(f"\n## {name}")
        if not script.exists():
            print("(not present)")
            continue
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent, capture_output=True, text=True,
                                timeout=LIMIT_S)
        print(result.stdout.rstrip())
        if result.returncode:
            failures += 1
            print(f"FAILED ({result.returncode}): {result.stderr.strip().splitlines()[-1:]}")
        print(f"({time.perf_counter() - started:.0f} s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
