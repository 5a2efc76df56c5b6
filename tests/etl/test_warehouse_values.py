"""The built warehouse holds the published figures, with their statuses and sources."""

from __future__ import annotations

import pytest


def total(con, index: str, year: int, name: str, geography: str = "63"):
    return con.execute(
        """SELECT f.value, f.rank, f.value_status, f.rank_status, f.region_rank, f.region_size, f.source_id
           FROM fact_value f JOIN dim_province p USING (province_id)
           WHERE f.index_code = ? AND f.indicator_code = 'total' AND f.year = ? AND p.name_vi = ?
             AND p.geography IN (?, 'historical')""",
        [index, year, name, geography],
    ).fetchone()


@pytest.mark.parametrize(
    ("index", "year", "name", "value", "rank"),
    [
        ("pci", 2021, "Quảng Ninh", 73.02, 1),
        ("pci", 2016, "Đà Nẵng", 70.00, 1),
        ("papi", 2023, "Thừa Thiên Huế", 46.04, 1),
        ("dti", 2022, "Đà Nẵng", 0.8002, 1),
        ("par_index", 2023, "Quảng Ninh", 92.18, 1),
        ("sipas", 2023, "Quảng Ninh", 90.61, 1),
    ],
)
def test_headline_figures(con, index, year, name, value, rank):
    row = total(con, index, year, name)
    assert row is not None
    assert round(row[0], 2 if value > 1 else 4) == value
    assert row[1] == rank


def test_pci_2021_top_three_in_order(con):
    names = [r[0] for r in con.execute(
        """SELECT p.name_vi FROM fact_value f JOIN dim_province p USING (province_id)
           WHERE index_code = 'pci' AND indicator_code = 'total' AND year = 2021 ORDER BY rank LIMIT 3""").fetchall()]
    assert names == ["Quảng Ninh", "Hải Phòng", "Đồng Tháp"]


def test_dti_2022_has_all_63_ranks_but_ten_scores(con):
    n_ranks, n_values, n_ranks_distinct = con.execute(
        """SELECT count(rank), count(value), count(DISTINCT rank) FROM fact_value
           WHERE index_code = 'dti' AND indicator_code = 'total' AND year = 2022""").fetchone()
    assert (n_ranks, n_values) == (63, 10)
    assert n_ranks_distinct == 62  # Thanh Hóa and Yên Bái share rank 15


@pytest.mark.parametrize("year", range(2009, 2023))
def test_every_pci_year_from_2009_has_63_provinces(con, year):
    n = con.execute("""SELECT count(value) FROM fact_value WHERE index_code = 'pci' AND indicator_code = 'total'
                       AND year = ?""", [year]).fetchone()[0]
    assert n == 63


def test_pci_2005_to_2008_include_ha_tay_as_historical(con):
    years = [r[0] for r in con.execute(
        """SELECT year FROM fact_value WHERE province_id = 'historical-28' AND indicator_code = 'total'
           ORDER BY year""").fetchall()]
    assert years == [2005, 2006, 2007, 2008]


@pytest.mark.parametrize("name", ["Quảng Ninh", "Bình Dương"])
def test_papi_2023_blanks_are_missing_not_zero(con, name):
    value, rank, status, *_ = total(con, "papi", 2023, name)
    assert (value, rank, status) == (None, None, "missing")


def test_papi_2021_quang_ninh_was_withheld_by_the_publisher(con):
    value, _rank, status, *_ = total(con, "papi", 2021, "Quảng Ninh")
    assert (value, status) == (None, "not_published")


def test_papi_sums_are_flagged_derived_from_2017(con):
    statuses = dict(con.execute(
        """SELECT year >= 2017, list(DISTINCT value_status) FROM fact_value
           WHERE index_code = 'papi' AND indicator_code = 'total' AND value IS NOT NULL GROUP BY 1""").fetchall())
    assert statuses == {False: ["published"], True: ["derived"]}


def test_par_index_2022_vinh_phuc_rank_7_and_region_rank_4_of_11(con):
    value, rank, status, rank_status, region_rank, region_size, _ = total(con, "par_index", 2022, "Vĩnh Phúc")
    assert (value, status, rank, rank_status) == (None, "missing", 7, "published")
    assert (region_rank, region_size) == (4, 11)


def test_partial_tables_hold_only_named_provinces(con):
    n = con.execute("""SELECT count(*) FROM fact_value WHERE index_code = 'par_index' AND indicator_code = 'total'
                       AND year = 2023""").fetchone()[0]
    assert n == 32
    zeros = con.execute("SELECT count(*) FROM fact_value WHERE value = 0").fetchone()[0]
    assert zeros == 0


def test_conflicting_facts_stay_visible_while_the_table_value_loads(con):
    table_value = total(con, "par_index", 2023, "Hải Phòng")[0]
    stated = sorted(r[0] for r in con.execute(
        """SELECT DISTINCT value FROM source_fact WHERE province_id = '63-31' AND year = 2023
           AND metric LIKE 'PAR INDEX%' AND value IS NOT NULL""").fetchall())
    assert table_value == 91.87
    assert stated == [91.81, 91.87]


def test_dti_2024_published_for_the_34_merged_provinces(con):
    row = total(con, "dti", 2024, "Huế", geography="34")
    assert (row[0], row[1]) == (0.7951, 2)


def test_every_value_traces_to_a_source_with_a_checksum(con):
    orphans = con.execute(
        """SELECT count(*) FROM fact_value f LEFT JOIN dim_source s USING (source_id)
           WHERE s.sha256 IS NULL OR length(s.sha256) <> 64""").fetchone()[0]
    assert orphans == 0
    assert con.execute("SELECT url FROM dim_source WHERE source_id = 'dti_2022'").fetchone()[0] == \
        "https://dti.gov.vn/xep-hang-2022"


def test_no_quotes_from_articles_in_the_warehouse(con):
    columns = [r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'source_fact'").fetchall()]
    assert "quote" not in columns


def test_the_build_ranks_every_fact_once_per_geography(con):
    """ranked_value: one row per (geography, index, indicator, year, province); every fact of the 63 geography (and
    Hà Tây) has its row, and the merged provinces' rows name how many former provinces had a value."""
    keys = "geography, index_code, indicator_code, year, province_id"
    assert con.execute(f"SELECT count(*) - count(DISTINCT ({keys})) FROM ranked_value").fetchone()[0] == 0
    unranked = con.execute(
        """SELECT count(*) FROM fact_value f JOIN dim_province p USING (province_id)
           LEFT JOIN ranked_value r ON r.geography = '63' AND (r.index_code, r.indicator_code, r.year, r.province_id)
                                       = (f.index_code, f.indicator_code, f.year, f.province_id)
           WHERE p.geography IN ('63', 'historical') AND r.province_id IS NULL""").fetchone()[0]
    assert unranked == 0
    row = con.execute(
        """SELECT rank, rank_of, region_rank, region_size, region_rank_basis FROM ranked_value
           WHERE geography = '63' AND index_code = 'par_index' AND indicator_code = 'total' AND year = 2022
             AND province_id = '63-26'""").fetchone()
    assert row == (7, 63, 4, 11, "published")
    hai_phong = con.execute(
        """SELECT value_status, n_members, n_members_with_value FROM ranked_value r JOIN dim_province p
           USING (province_id) WHERE r.geography = '34' AND index_code = 'pci' AND indicator_code = 'total'
           AND year = 2021 AND p.name_vi = 'Hải Phòng'""").fetchone()
    assert hai_phong == ("derived", 2, 2)


def test_pci_tiers_are_six_names_one_spelling_each(con):
    """The 2013 table spells "Khá" and "Tốt" with combining marks; read as published they made 8 tiers, not 6."""
    tiers = [r[0] for r in con.execute("SELECT DISTINCT tier FROM fact_value WHERE tier IS NOT NULL ORDER BY 1")
             .fetchall()]
    assert tiers == ["Khá", "Rất tốt", "Thấp", "Trung bình", "Tương đối thấp", "Tốt"]
    assert con.execute("SELECT count(*) FROM fact_value WHERE index_code = 'pci' AND year = 2013 AND tier = 'Khá' "
                       "AND indicator_code = 'total'").fetchone()[0] == 27
