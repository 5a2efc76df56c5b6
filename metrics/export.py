"""The long table analysts download: one row per province, index, indicator and year, with status and source."""

from __future__ import annotations

import duckdb
import pandas as pd

ROWS = """
SELECT p.code AS province_code, p.name_vi AS province_name, p.geography, f.index_code, i.short AS index_name,
       f.indicator_code, d.name_vi AS indicator_name_vi, d.name_en AS indicator_name_en, f.year, f.value,
       f.value_status, f.rank, f.rank_status, f.region_rank, f.region_size, r.name_vi AS region,
       coalesce(f.source_url, s.url) AS source_url, f.source_id
FROM fact_value f JOIN dim_province p USING (province_id) JOIN dim_region r USING (region_code)
JOIN dim_index i USING (index_code) JOIN dim_indicator d USING (index_code, indicator_code)
JOIN dim_source s USING (source_id)
WHERE (? IS NULL OR list_contains(?, f.index_code)) AND f.year BETWEEN ? AND ?
  AND (? IS NULL OR p.geography = ? OR (? = '63' AND p.geography = 'historical'))
  AND (? OR f.indicator_code = 'total')
"""
LONG = ROWS + "ORDER BY i.sort, f.indicator_code = 'total' DESC, d.sort, f.year, p.code"
COUNT = f"SELECT count(*) FROM ({ROWS})"


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Text cells a spreadsheet would run as a formula (starting = + - @, tab or CR) prefixed with an apostrophe,
    the OWASP CSV-injection defence; numbers are untouched. No stored value starts so today; a future source
    could."""

    def safe(value: object) -> object:
        return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_START) else value

    text = [c for c in frame.columns if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c])]
    return frame.assign(**{c: frame[c].map(safe) for c in text}) if text else frame


def _params(indices: list[str] | None, year_from: int, year_to: int, geography: str | None,
            components: bool) -> list:
    return [indices, indices, year_from, year_to, geography, geography, geography, components]


def long_table(con: duckdb.DuckDBPyConnection, indices: list[str] | None = None, year_from: int = 1900,
               year_to: int = 2100, geography: str | None = None, components: bool = True) -> pd.DataFrame:
    return con.execute(LONG, _params(indices, year_from, year_to, geography, components)).df()


def long_table_rows(con: duckdb.DuckDBPyConnection, indices: list[str] | None = None, year_from: int = 1900,
                    year_to: int = 2100, geography: str | None = None, components: bool = True) -> int:
    """How many rows `long_table` returns, without fetching them (labels of download buttons)."""
    return con.execute(COUNT, _params(indices, year_from, year_to, geography, components)).fetchone()[0]


README_FACTS = """
SELECT i.short, b.year, b.note_en, b.note_vi FROM dim_method_break b JOIN dim_index i USING (index_code)
ORDER BY i.sort, b.year
"""


def method_break_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [f"- {short} {year}: {en} / {vi}" for short, year, en, vi in con.execute(README_FACTS).fetchall()]


def citation_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    rows = con.execute("""SELECT DISTINCT i.short, s.publisher, s.licence FROM dim_source s
                          JOIN dim_index i ON i.index_code = s.index_code ORDER BY 1""").fetchall()
    return [f"- {short}: {publisher} ({licence})" for short, publisher, licence in rows]
