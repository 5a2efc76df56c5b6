"""Grain, not-null and accepted-value checks on every table, as dbt declares them beside a model."""

from __future__ import annotations

import pytest

GRAIN = {
    "dim_region": ["region_code"],
    "dim_province": ["province_id"],
    "crosswalk_2025": ["old_province_id"],
    "dim_province_alias": ["alias_key", "geography"],
    "dim_index": ["index_code"],
    "dim_method_break": ["index_code", "year"],
    "dim_index_method": ["index_code", "topic"],
    "geo_outline": ["province_id"],
    "dim_indicator": ["index_code", "indicator_code"],
    "dim_source": ["source_id"],
    "fact_value": ["index_code", "indicator_code", "year", "province_id"],
    "source_fact": ["source_id", "line"],
}
NOT_NULL = {
    "dim_province": ["geography", "code", "name_vi", "name_en", "slug", "region_code"],
    "dim_indicator": ["name_vi", "name_en", "scale_min", "scale_max"],
    "dim_index": ["name_vi", "name_en", "publisher_vi", "publisher_en"],
    "dim_source": ["file", "kind", "publisher", "title", "licence", "sha256", "title_vi", "title_en", "publisher_vi",
                   "publisher_en", "licence_vi", "licence_en"],
    "fact_value": ["value_status", "source_id"],
}


@pytest.mark.parametrize(("table", "key"), GRAIN.items())
def test_grain_is_unique_and_not_null(con, table, key):
    cols = ", ".join(key)
    dupes = con.execute(f"SELECT count(*) FROM (SELECT {cols} FROM {table} GROUP BY {cols} HAVING count(*) > 1)")
    assert dupes.fetchone()[0] == 0
    nulls = " OR ".join(f"{c} IS NULL" for c in key)
    assert con.execute(f"SELECT count(*) FROM {table} WHERE {nulls}").fetchone()[0] == 0
    assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0


@pytest.mark.parametrize(("table", "columns"), NOT_NULL.items())
def test_not_null(con, table, columns):
    nulls = " OR ".join(f"{c} IS NULL" for c in columns)
    assert con.execute(f"SELECT count(*) FROM {table} WHERE {nulls}").fetchone()[0] == 0


def test_accepted_statuses(con):
    statuses = {r[0] for r in con.execute("SELECT DISTINCT value_status FROM fact_value").fetchall()}
    assert statuses <= {"published", "derived", "not_published", "missing"}
    assert {"published", "derived", "missing", "not_published"} == statuses


def test_values_have_a_status_that_matches(con):
    bad = con.execute("""SELECT count(*) FROM fact_value WHERE (value IS NULL) <> (value_status IN
                         ('missing', 'not_published'))""").fetchone()[0]
    assert bad == 0


def test_crosswalk_covers_all_63_old_codes_exactly_once(con):
    n_old, n_distinct, n_new = con.execute(
        "SELECT count(*), count(DISTINCT old_province_id), count(DISTINCT new_province_id) FROM crosswalk_2025"
    ).fetchone()
    assert (n_old, n_distinct, n_new) == (63, 63, 34)
    unmapped = con.execute("""SELECT count(*) FROM dim_province p LEFT JOIN crosswalk_2025 c
                              ON c.old_province_id = p.province_id WHERE p.geography = '63'
                              AND c.new_province_id IS NULL""").fetchone()[0]
    assert unmapped == 0


def test_geographies_have_63_and_34_provinces(con):
    counts = dict(con.execute("SELECT geography, count(*) FROM dim_province GROUP BY 1").fetchall())
    assert counts == {"63": 63, "34": 34, "historical": 1}


def test_regional_counts_are_14_11_14_5_6_13(con):
    counts = [r[0] for r in con.execute(
        """SELECT count(p.province_id) FROM dim_region r JOIN dim_province p USING (region_code)
           WHERE p.geography = '63' GROUP BY r.region_code, r.sort ORDER BY r.sort""").fetchall()]
    assert counts == [14, 11, 14, 5, 6, 13]


def test_vinh_phuc_is_in_the_red_river_delta(con):
    assert con.execute("SELECT region_code FROM dim_province WHERE province_id = '63-26'").fetchone()[0] == "DBSH"


def test_method_breaks_named_in_the_issue(con):
    breaks = set(con.execute("SELECT index_code, year FROM dim_method_break").fetchall())
    assert {("papi", 2018), ("sipas", 2022), ("dti", 2021), ("dti", 2024), ("pci", 2013)} <= breaks
