"""The 34-province view: a merged province's figure is the mean of its former provinces' values,
the rule DTI 2024 used, flagged derived; a figure published for the merged province wins. The figures are
made at build time with the ranks (etl/ranks.py, VALUES_34), where the rule is spelt out.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from metrics.values import ranked_values


def merged_values(con: duckdb.DuckDBPyConnection, index: str, year: int, indicator: str = "total") -> pd.DataFrame:
    """One row per merged province for `year`, ranked among the 34, with how many members had a value."""
    return ranked_values(con, index, indicator, "34", years=[year]).reset_index(drop=True)
