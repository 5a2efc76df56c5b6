"""Each rule of the targets file refuses a bad row with its file, row, column and value, and the warehouse
that was there before stays byte-identical (refused() checks it)."""

from __future__ import annotations

import pytest

from tests.etl.test_bad_files import edit, refused

TARGETS = "targets/targets.csv"


@pytest.fixture
def bad(raw_copy, live_warehouse):
    """Change the first `old` in the targets file to `new` and return the build's refusal."""
    def change(old: str, new: str) -> list[str]:
        path = raw_copy / TARGETS
        assert old in path.read_text(encoding="utf-8")
        edit(path, lambda t: t.replace(old, new, 1))
        return refused(raw_copy, live_warehouse)
    return change


def test_unknown_kind(bad):
    assert bad("Quảng Ninh,pci,score_at_least", "Quảng Ninh,pci,score_atleast") == [
        "targets/targets.csv, row 5, column 'kind', value 'score_atleast': kind is not one of rank_at_most, "
        "score_at_least, rank_gain_at_least, group, keep_rank, improve"]


def test_index_not_in_the_catalogue(bad):
    assert bad("Quảng Ninh,pci,", "Quảng Ninh,pcii,") == [
        "targets/targets.csv, row 5, column 'index', value 'pcii': index is not one of par_index, sipas, pci, "
        "papi, dti"]


def test_unknown_province_with_the_closest_names(bad):
    assert bad("Quảng Ninh,pci,", "Quảng Ninhh,pci,") == [
        "targets/targets.csv, row 5, column 'province', value 'Quảng Ninhh': unknown province 'Quảng Ninhh'; "
        "closest known names: Quảng Ninh, Quảng Bình"]


def test_year_from_after_year_to(bad):
    assert bad("75.3,2020,2020", "75.3,2021,2020") == [
        "targets/targets.csv, row 5, column 'year_to', value '2020': year_to 2020 is before year_from 2021"]


def test_year_before_the_index_existed(bad):
    assert bad("75.3,2020,2020", "75.3,1999,2020") == [
        "targets/targets.csv, row 5, column 'year_from', value '1999': year 1999 is outside 2005..2040 "
        "(the index's first year to 2040)"]


def test_year_that_is_not_a_year(bad):
    assert bad("75.3,2020,2020", "75.3,2020,20x0") == [
        "targets/targets.csv, row 5, column 'year_to', value '20x0': a year must be four digits"]


def test_score_threshold_that_is_not_a_number(bad):
    assert bad("score_at_least,75.3", "score_at_least,cao") == [
        "targets/targets.csv, row 5, column 'threshold', value 'cao': score_at_least needs a number "
        "(decimal point '.')"]


def test_score_threshold_outside_the_index_scale(bad):
    assert bad("score_at_least,75.3", "score_at_least,175.3") == [
        "targets/targets.csv, row 5, column 'threshold', value '175.3': 175.3 is outside the scale 0-100 of pci"]


def test_dti_threshold_above_one_thousand_points(bad):
    assert bad("dti,score_at_least,800,", "dti,score_at_least,1800,") == [
        "targets/targets.csv, row 32, column 'threshold', value '1800': 1800 is outside the scale 0-1 of dti"]


def test_rank_threshold_larger_than_63(bad):
    assert bad("Quảng Nam,pci,rank_at_most,10,", "Quảng Nam,pci,rank_at_most,64,") == [
        "targets/targets.csv, row 3, column 'threshold', value '64': rank 64 is larger than the 63 provinces of "
        "the 63-province geography"]


def test_rank_threshold_larger_than_34_from_2025(bad):
    assert bad("par_index,rank_at_most,25,2025", "par_index,rank_at_most,35,2025") == [
        "targets/targets.csv, row 4, column 'threshold', value '35': rank 35 is larger than the 34 provinces of "
        "the 34-province geography"]


def test_rank_threshold_that_is_a_range(bad):
    assert bad("Quảng Nam,pci,rank_at_most,10,", "Quảng Nam,pci,rank_at_most,1-2,") == [
        "targets/targets.csv, row 3, column 'threshold', value '1-2': must be a whole number of at least 1"]


def test_gain_range_upside_down(bad):
    assert bad("rank_gain_at_least,1-2,", "rank_gain_at_least,2-1,") == [
        "targets/targets.csv, row 33, column 'threshold', value '2-1': a gain is a whole number of at least 1, "
        "or a range like 1-2"]


def test_group_given_as_a_number(bad):
    assert bad("pci,group,khá,2022", "pci,group,3,2022") == [
        "targets/targets.csv, row 82, column 'threshold', value '3': group needs the publisher's group name as "
        "written"]


def test_improve_with_a_threshold(bad):
    assert bad("par_index,improve,,2022", "par_index,improve,5,2022") == [
        "targets/targets.csv, row 47, column 'threshold', value '5': improve takes no threshold (leave it blank)"]


def test_row_without_a_source_address(bad):
    assert bad(",https://en.vietnamplus.vn/quang-ninh", ",en.vietnamplus.vn/quang-ninh") == [
        "targets/targets.csv, row 5, column 'source_url', value 'en.vietnamplus.vn/quang-ninh-seeks-ways-to-improve-"
        "competitiveness/173863.vnp': every target needs the http(s) address of the page that states it"]


def test_missing_column(bad):
    assert bad("province,index,kind,threshold", "province,index,type,threshold") == [
        "targets/targets.csv, row 1: missing column(s) kind; a targets file has province, index, kind, threshold, "
        "year_from, year_to, document, issued_by, date_issued, source_url"]
