"""The decimals each index's figures are printed with (DTI, on 0-1, to 4; the others to 2). Figures show so, and a
difference (a change, a gap, what a target missed by) is taken between the figures so rounded: a reader who
subtracts the 66.01 on screen from the 66.74 beside it gets the 0.73 shown, never a 0.74 from decimals not shown."""

from __future__ import annotations

import pandas as pd

DECIMALS = {"dti": 4}
DEFAULT_DECIMALS = 2


def decimals(index: str) -> int:
    return DECIMALS.get(index, DEFAULT_DECIMALS)


def difference(index: str, a: object, b: object) -> object:
    """a - b between the printed figures: two Series (missing stays NaN) or two numbers (None if either is missing)."""
    places = decimals(index)
    if isinstance(a, pd.Series):
        return (a.astype(float).round(places) - pd.Series(b, index=a.index).astype(float).round(places)).round(places)
    if a is None or b is None or pd.isna(a) or pd.isna(b):
        return None
    return round(round(float(a), places) - round(float(b), places), places)


def sql_decimals(column: str = "index_code") -> str:
    """The decimals of the index named in `column`, as SQL (for differences taken in a query)."""
    cases = " ".join(f"WHEN '{code}' THEN {places}" for code, places in DECIMALS.items())
    return f"CASE {column} {cases} ELSE {DEFAULT_DECIMALS} END"


def sql_difference(a: str, b: str, places: str) -> str:
    """SQL for a - b between the figures as printed, `places` decimals (a number of ours, or `sql_decimals()`)."""
    return f"round(round({a}, {places}) - round({b}, {places}), {places})"
