"""Lookups the pages need: indices, indicators, years, provinces, regions, sources, coverage."""

from __future__ import annotations

import duckdb
import pandas as pd

from etl.names import sql_name_order


def _df(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    return con.execute(sql, params or []).df()


def indices(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return _df(con, "SELECT * FROM dim_index ORDER BY sort")


def indicators(con: duckdb.DuckDBPyConnection, index: str) -> pd.DataFrame:
    return _df(con, "SELECT * FROM dim_indicator WHERE index_code = ? ORDER BY sort", [index])


def years(con: duckdb.DuckDBPyConnection, index: str, indicator: str = "total", geography: str = "63") -> pd.DataFrame:
    """Years with at least one value or rank for this indicator; 34-geography years include merged views."""
    geos = ["63", "historical"] if geography == "63" else ["34", "63"]
    return _df(con, """
        SELECT f.year, count(f.value) AS n_values, count(f.rank) AS n_ranks
        FROM fact_value f JOIN dim_province p USING (province_id)
        WHERE f.index_code = ? AND f.indicator_code = ? AND p.geography IN (?, ?)
        GROUP BY f.year HAVING count(f.value) + count(f.rank) > 0 ORDER BY f.year""",
               [index, indicator, *geos])


def geography_of(con: duckdb.DuckDBPyConnection, province_id: str) -> str:
    """The view a province's figures are in: its own geography (63 or 34), Hà Tây's being the 63's."""
    row = con.execute("SELECT geography FROM dim_province WHERE province_id = ?", [province_id]).fetchone()
    if row is None:
        raise ValueError(f"unknown province {province_id!r}")
    return "63" if row[0] == "historical" else row[0]


def provinces(con: duckdb.DuckDBPyConnection, geography: str = "63") -> pd.DataFrame:
    return _df(con, f"""
        SELECT p.province_id, p.geography, p.code, p.slug, p.name_vi, p.name_en, p.type, p.region_code,
               r.name_vi AS region_vi, r.name_en AS region_en, p.iso_3166_2
        FROM dim_province p JOIN dim_region r USING (region_code)
        WHERE p.geography = ? ORDER BY {sql_name_order("p.name_vi")}""", [geography])


def regions(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return _df(con, """
        SELECT r.*, count(p.province_id) FILTER (WHERE p.geography = '63') AS n_63,
               count(p.province_id) FILTER (WHERE p.geography = '34') AS n_34
        FROM dim_region r LEFT JOIN dim_province p USING (region_code) GROUP BY ALL ORDER BY r.sort""")


def method_breaks(con: duckdb.DuckDBPyConnection, index: str | None = None) -> pd.DataFrame:
    return _df(con, """SELECT b.*, i.short FROM dim_method_break b JOIN dim_index i USING (index_code)
                       WHERE ? IS NULL OR b.index_code = ? ORDER BY i.sort, b.year""", [index, index])


def sources(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return _df(con, "SELECT * FROM dim_source ORDER BY index_code NULLS LAST, year NULLS FIRST, file")


def coverage(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Headline totals per index and year, counted by status; rank-only rows counted apart."""
    return _df(con, """
        SELECT f.index_code, i.short, f.year,
               CASE WHEN f.value IS NULL AND f.rank IS NOT NULL THEN 'rank_only' ELSE f.value_status END
                   AS value_status,
               count(*) AS n
        FROM fact_value f JOIN dim_index i USING (index_code)
        WHERE f.indicator_code = 'total' GROUP BY ALL ORDER BY i.short, f.year""")


def crosswalk(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return _df(con, """
        SELECT n.code AS new_code, n.name_vi AS new_name_vi, n.name_en AS new_name_en, o.code AS old_code,
               o.name_vi AS old_name_vi, o.name_en AS old_name_en, r.name_vi AS region_vi, r.name_en AS region_en
        FROM crosswalk_2025 c JOIN dim_province o ON o.province_id = c.old_province_id
        JOIN dim_province n ON n.province_id = c.new_province_id JOIN dim_region r ON r.region_code = n.region_code
        ORDER BY n.code, o.code""")


def counterparts(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Each former province beside the merged one it became (crosswalk_2025), by slug and name; `named` marks the
    member whose name the merged province carries (the way back from the 34 to the 63: Phú Thọ, not Vĩnh Phúc)."""
    return _df(con, """
        SELECT o.slug AS old_slug, o.name_vi AS old_name_vi, o.name_en AS old_name_en, o.code AS old_code,
               n.slug AS new_slug, n.province_id AS new_province_id, o.name_vi = n.name_vi AS named
        FROM crosswalk_2025 c JOIN dim_province o ON o.province_id = c.old_province_id
        JOIN dim_province n ON n.province_id = c.new_province_id
        ORDER BY n.code, named DESC, o.code""")


def outlines(con: duckdb.DuckDBPyConnection, geography: str = "63") -> pd.DataFrame:
    """The map's province outlines (SVG paths in lon/lat, simplified at build time) and label points."""
    return _df(con, """SELECT o.province_id, o.path, o.label_lon, o.label_lat FROM geo_outline o
                       JOIN dim_province p USING (province_id) WHERE p.geography = ? ORDER BY o.province_id""",
               [geography])


def index_methods(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """How each index is made, topic by topic (publisher, survey, scale, built, release), in vi and en."""
    return _df(con, """SELECT m.index_code, m.topic, m.text_vi, m.text_en FROM dim_index_method m
                       JOIN dim_index i USING (index_code) ORDER BY i.sort, m.sort""")
