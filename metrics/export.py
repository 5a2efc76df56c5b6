"""The long table analysts download: one row per province, index, indicator and year, with status and source."""

from __future__ import annotations

import duckdb
import pandas as pd

# The figures the app shows (ranked_value: the 63-province view with historical provinces, and the 34-province
# view with the merged provinces' derived figures), each with its rank, what the rank is out of and its regional
# rank. Every code is text: province_key and province_iso never read as numbers, geography never mixes types.
ROWS = """
SELECT r.code AS province_code, 'VN-' || r.province_id AS province_key, p.iso_3166_2 AS province_iso,
       r.name_vi AS province_name, r.name_en AS province_name_en,
       CASE p.geography WHEN '63' THEN 'provinces_63' WHEN '34' THEN 'provinces_34' ELSE p.geography END
           AS geography,
       r.index_code, i.short AS index_name, r.indicator_code, d.name_vi AS indicator_name_vi,
       d.name_en AS indicator_name_en, r.year, r.value, r.value_status, r.rank, CAST(r.rank_of AS INTEGER) AS rank_of,
       r.rank_partial,
       CASE WHEN r.rank IS NULL THEN NULL WHEN r.rank_published IS NOT NULL THEN r.rank_published_status
            ELSE 'derived' END AS rank_status,
       r.region_rank, CAST(r.region_size AS INTEGER) AS region_size, r.region_rank_basis, r.region_vi AS region,
       r.region_en,
       r.source_url, r.source_id
FROM ranked_value r JOIN dim_province p USING (province_id) JOIN dim_index i USING (index_code)
JOIN dim_indicator d USING (index_code, indicator_code)
WHERE (? IS NULL OR list_contains(?, r.index_code)) AND r.year BETWEEN ? AND ?
  AND (? IS NULL OR r.geography = ?)
  AND (? OR r.indicator_code = 'total')
  AND (? IS NULL OR list_contains(?, r.province_id))
  AND (? IS NULL OR list_contains(?, r.index_code || ':' || r.indicator_code))
"""
LONG = ROWS + "ORDER BY i.sort, r.indicator_code = 'total' DESC, d.sort, r.year, r.geography DESC, p.geography, r.code"
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


def _params(indices: list[str] | None, year_from: int, year_to: int, geography: str | None, components: bool,
            provinces: list[str] | None, indicators: list[str] | None) -> list:
    return [indices, indices, year_from, year_to, geography, geography, components, provinces, provinces,
            indicators, indicators]


def long_table(con: duckdb.DuckDBPyConnection, indices: list[str] | None = None, year_from: int = 1900,
               year_to: int = 2100, geography: str | None = None, components: bool = True,
               provinces: list[str] | None = None, indicators: list[str] | None = None) -> pd.DataFrame:
    """The rows of the chosen indices, years and view (63 or 34; None is both), optionally only some province_ids
    and indicators ("index:indicator", e.g. "papi:d2")."""
    frame = con.execute(LONG, _params(indices, year_from, year_to, geography, components, provinces,
                                      indicators)).df()
    for col in ("rank", "rank_of", "region_rank", "region_size"):
        frame[col] = frame[col].astype("Int64")
    return frame


def long_table_rows(con: duckdb.DuckDBPyConnection, indices: list[str] | None = None, year_from: int = 1900,
                    year_to: int = 2100, geography: str | None = None, components: bool = True,
                    provinces: list[str] | None = None, indicators: list[str] | None = None) -> int:
    """How many rows `long_table` returns, without fetching them (labels of download buttons)."""
    return con.execute(COUNT, _params(year_from=year_from, year_to=year_to, indices=indices, geography=geography,
                                      components=components, provinces=provinces, indicators=indicators)
                       ).fetchone()[0]


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
