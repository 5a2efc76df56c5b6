"""Metrics over the real warehouse give the published figures and say what their ranks are over."""

from __future__ import annotations

import pandas as pd
import pytest

from metrics import compare, cross_index, merged, movers, rankings, reference, regions, scorecard, trends


def row(frame, name):
    return frame[frame["name_vi"] == name].iloc[0]


def test_par_2022_vinh_phuc_rank_7_of_63_and_4_of_11_as_printed(con):
    table = rankings.ranking(con, "par_index", 2022)
    vp = row(table, "Vĩnh Phúc")
    assert (vp["rank"], vp["rank_of"], bool(vp["rank_partial"])) == (7, 63, False)
    assert (vp["region_rank"], vp["region_size"], vp["region_rank_basis"]) == (4, 11, "published")


def test_a_regional_rank_no_source_printed_is_computed_and_says_so(con):
    qn = row(rankings.ranking(con, "pci", 2021), "Quảng Ninh")
    assert (qn["region_rank"], qn["region_rank_basis"], qn["region_n_ranked"], qn["region_size"]) == (
        1, "computed", 11, 11)


def test_no_regional_rank_is_computed_where_the_region_lacks_scores(con):
    qn = row(rankings.ranking(con, "par_index", 2022), "Quảng Ninh")  # 3 of the Red River Delta's 11 have one
    assert pd.isna(qn["region_rank"]) and qn["region_n_ranked"] == 3
    ca_mau = row(rankings.ranking(con, "par_index", 2023), "Cà Mau")  # "1 of 5" while Hậu Giang ranked 19th
    assert pd.isna(ca_mau["region_rank"])


def test_a_regional_rank_follows_from_national_ranks_where_every_province_of_the_region_has_one(con):
    """DTI 2022: the ministry ranked all 63 provinces; the data has 10 scores. Vĩnh Phúc, 18th, is 6th of the Red
    River Delta's 11 (Quảng Ninh 3rd, Bắc Ninh 7th, Nam Định 10th, Hải Dương 13th and Hải Phòng 14th above it)."""
    vinh_phuc = row(rankings.ranking(con, "dti", 2022), "Vĩnh Phúc")
    assert pd.isna(vinh_phuc["value"]) and vinh_phuc["rank"] == 18
    assert (vinh_phuc["region_rank"], vinh_phuc["region_size"], vinh_phuc["region_n_ranked"]) == (6, 11, 11)
    papi = row(rankings.ranking(con, "papi", 2023), "Vĩnh Phúc")  # Quảng Ninh has neither score nor rank
    assert pd.isna(papi["region_rank"])


def test_pci_2021_top_three(con):
    table = rankings.ranking(con, "pci", 2021)
    assert list(table["name_vi"].head(3)) == ["Quảng Ninh", "Hải Phòng", "Đồng Tháp"]
    assert round(table["value"].iloc[0], 2) == 73.02
    assert (table["rank_of"].iloc[0], table["percentile"].iloc[0]) == (63, 100.0)


def test_regional_counts(con):
    table = rankings.ranking(con, "pci", 2021)
    counts = table.groupby("region_code")["province_id"].count().to_dict()
    assert counts == {"TDMNPB": 14, "DBSH": 11, "BTBDHMT": 14, "TN": 5, "DNB": 6, "DBSCL": 13}
    assert set(table["region_size"]) == {14, 11, 5, 6, 13}


def test_a_blank_value_never_gets_a_computed_rank(con):
    table = rankings.ranking(con, "papi", 2023)
    blanks = table[table["value"].isna()]
    assert set(blanks["name_vi"]) == {"Quảng Ninh", "Bình Dương"}
    assert blanks["rank"].isna().all() and blanks["rank_computed"].isna().all()
    assert table["rank_of"].dropna().unique().tolist() == [61]


def test_no_rank_is_made_up_among_a_partial_tables_scores_beside_the_sources_ranks(con):
    table = rankings.ranking(con, "par_index", 2023)
    ca_mau = row(table, "Cà Mau")  # 14th of the 22 scores, but below Hồ Chí Minh, ranked 33rd: 34th or worse
    assert pd.isna(ca_mau["rank"]) and ca_mau["rank_computed"] == 14 and ca_mau["n_ranked"] == 22
    assert pd.isna(ca_mau["percentile"]) and row(table, "Hồ Chí Minh")["rank"] == 33
    ha_noi = row(rankings.ranking(con, "par_index", 2012), "Hà Nội")  # between An Giang (5th) and Quảng Ninh (19th)
    assert pd.isna(ha_noi["rank"]) and ha_noi["rank_computed"] == 6


def test_a_rank_over_a_partial_table_states_its_denominator(con):
    only = rankings.ranking(con, "sipas", 2017)  # one province scored, the ministry ranked none
    ranked = only[only["rank"].notna()].iloc[0]
    assert bool(ranked["rank_partial"]) and ranked["rank"] == 1 and ranked["rank_of"] == ranked["n_ranked"] == 1


def test_a_rank_derived_from_the_publishers_facts_is_on_the_national_scale(con):
    table = rankings.ranking(con, "dti", 2021)  # Quảng Ninh: no score; its rank from the ministry's facts
    qn = row(table, "Quảng Ninh")
    assert (qn["rank"], qn["rank_of"], bool(qn["rank_partial"])) == (7, 63, False)
    assert not (table["rank"] > table["rank_of"]).any()


def test_ranks_compare_only_out_of_the_same_number(con):
    thai_binh = row(rankings.ranking(con, "pci", 2006), "Thái Bình")  # 8th of 42 in 2005, 37th of 64 in 2006
    assert (thai_binh["prev_rank"], thai_binh["rank"], thai_binh["rank_of"]) == (8, 37, 64)
    assert pd.isna(thai_binh["rank_change"])


def test_pci_2005_ranks_are_out_of_the_42_provinces_covered(con):
    table = rankings.ranking(con, "pci", 2005)
    assert (table["rank_of"].iloc[0], table["name_vi"].iloc[0]) == (42, "Bình Dương")


def test_year_over_year_change(con):
    qn = row(rankings.ranking(con, "pci", 2021), "Quảng Ninh")
    assert qn["prev_year"] == 2020 and qn["rank_change"] == 0
    # Between the figures as printed, 73.02 and 75.09 (from 73.022469 and 75.086021: -2.06 unrounded).
    assert (round(qn["prev_value"], 2), qn["value_change"]) == (75.09, -2.07)


def test_scorecard_of_vinh_phuc(con):
    card = scorecard.scorecard(con, "63-26").set_index("index_code")
    assert (card.loc["par_index", "year"], card.loc["par_index", "rank"], card.loc["par_index", "rank_of"]) == (
        2022, 7, 63)
    assert card.loc["par_index", "region_rank"] == 4


def test_components_and_points_lost(con):
    comp = scorecard.components(con, "63-22", "pci", 2021).set_index("indicator_code")
    assert len(comp) == 10
    assert comp.loc["gia_nhap_thi_truong", "points_lost"] == 2.02  # 10 - 7.98, the score as printed (7.975819)
    assert comp.loc["gia_nhap_thi_truong", "best_name_vi"] == "Quảng Ninh"


def test_trend_marks_the_papi_2018_break(con):
    series = trends.trend(con, "papi", ["63-26"])
    assert series[series["break_before"]]["year"].tolist() == [2018]
    assert not trends.comparable(con, "papi", 2017, 2018) and trends.comparable(con, "papi", 2018, 2023)


def test_published_regional_averages_beside_ours(con):
    summary = regions.region_summary(con, "par_index")
    dbsh = summary[(summary["year"] == 2024) & (summary["region_code"] == "DBSH")].iloc[0]
    assert dbsh["published_mean"] == 90.17 and dbsh["n"] == 2 and dbsh["n_provinces"] == 11


def test_compare_needs_two_to_six(con):
    with pytest.raises(ValueError, match="2 to 6"):
        compare.compare(con, ["63-26"], "pci")
    out = compare.compare(con, ["63-26", "63-22"], "pci")
    qn_2021 = out[(out["province_id"] == "63-22") & (out["year"] == 2021)].iloc[0]
    assert qn_2021["gap_to_best"] == 0


def test_movers_between_two_years(con):
    moved = movers.movers(con, "pci", 2020, 2021, n=3)
    ups = moved[moved["direction"] == "up"]
    assert ups["name_vi"].iloc[0] == "Hải Dương" and ups["rank_change"].iloc[0] == 34


def test_cross_index_uses_complete_years(con):
    table = cross_index.cross_index(con)
    years = table.groupby("short")["year"].first().to_dict()
    assert years["PCI"] == 2022 and years["DTI"] == 2022 and years["PAPI"] == 2024
    corr = cross_index.index_correlation(con).set_index(["index_a", "index_b"])
    assert corr["spearman"].dropna().between(-1, 1).all()
    assert corr.loc[("DTI", "PCI"), "n"] == 63 and corr.loc[("PAPI", "PCI"), "n"] == 61
    # Spearman over the provinces both indices rank, from the percentiles cross_index shows.
    wide = table.pivot(index="province_id", columns="short", values="percentile")[["PAPI", "PCI"]].dropna()
    by_hand = wide["PAPI"].rank().corr(wide["PCI"].rank())
    assert round(corr.loc[("PAPI", "PCI"), "spearman"], 6) == round(by_hand, 6) == 0.166451


def test_merged_34_view_prefers_published_figures(con):
    dti = merged.merged_values(con, "dti", 2024)
    assert dti.iloc[0]["name_vi"] == "Hà Nội" and dti.iloc[0]["value_status"] == "published"
    pci = merged.merged_values(con, "pci", 2021).set_index("name_vi")
    hp = pci.loc["Hải Phòng"]
    assert hp["value_status"] == "derived" and hp["n_members"] == 2 and hp["n_members_with_value"] == 2
    assert round(hp["value"], 4) == round((70.60939 + 67.646713) / 2, 4)


def test_ranked_values_for_some_years_and_provinces_keeps_national_ranks(con):
    from metrics.values import ranked_values

    some = ranked_values(con, "pci", years=[2021], province_ids=["63-22", "63-26"]).set_index("name_vi")
    assert set(some["year"]) == {2021} and len(some) == 2
    qn = some.loc["Quảng Ninh"]
    assert (qn["rank"], qn["rank_of"], round(qn["value"], 2), qn["percentile"]) == (1, 63, 73.02, 100.0)
    full = ranked_values(con, "pci").set_index(["year", "province_id"])
    assert some.loc["Vĩnh Phúc", "rank"] == full.loc[(2021, "63-26"), "rank"]


def test_ranked_values_rejects_an_unknown_index(con):
    from metrics.values import ranked_values

    with pytest.raises(ValueError, match="unknown index 'nope'"):
        ranked_values(con, "nope", years=[2021])


def test_year_means_use_the_published_national_average_or_say_partial(con):
    par = regions.year_means(con, "par_index", 2024)
    nation = par.iloc[0]
    assert pd.isna(nation["region_code"]) and (nation["basis"], nation["headline"], nation["n"]) == (
        "published", 88.37, 9)
    pci = regions.year_means(con, "pci", 2024).iloc[0]
    assert (pci["basis"], round(pci["headline"], 2), pci["n"], pci["n_provinces"]) == ("partial", 71.39, 5, 63)
    full = regions.year_means(con, "pci", 2022).set_index("region_code")
    assert set(full["basis"]) == {"complete"} and full.loc["TN", "n"] == 5


def test_a_regional_mean_the_ministry_printed_is_kept_where_no_province_of_the_region_has_a_figure(con):
    """PAR INDEX 2024: the ministry printed all six regions' means; none of the Mekong Delta's or the Central
    Highlands' provinces has a 2024 figure in the data."""
    printed = {"BTBDHMT": 88.51, "DBSCL": 87.37, "DBSH": 90.17, "DNB": 89.44, "TDMNPB": 88.2, "TN": 85.63}
    means = regions.year_means(con, "par_index", 2024).dropna(subset=["region_code"]).set_index("region_code")
    assert means["headline"].to_dict() == printed and set(means["basis"]) == {"published"}
    assert (means.loc["TN", "n"], means.loc["TN", "n_provinces"], means.loc["TN", "region_en"]) == \
        (0, 5, "Central Highlands")
    summary = regions.region_summary(con, "par_index")
    year = summary[summary["year"] == 2024].set_index("region_code")
    assert year["published_mean"].to_dict() == printed
    assert (year.loc["DBSCL", "n"], year.loc["DBSCL", "coverage"], year.loc["DBSCL", "region_vi"]) == \
        (0, 0, "Đồng bằng sông Cửu Long")


def test_leaders_are_rank_1_even_when_unranked_rows_sort_by_name(con):
    table = rankings.ranking(con, "dti", 2022, "total", "34")
    assert table["rank"].notna().iloc[0]
    assert list(rankings.leaders(table)["name_vi"]) == ["Quảng Ninh"]


def test_no_leader_where_no_province_is_ranked_first(con):
    table = rankings.ranking(con, "sipas", 2018)  # printed ranks 1, 13 and 51, and a partial one
    assert list(rankings.leaders(table)["rank"]) == [1]
    without_first = table[table["rank"] != 1]
    assert without_first["rank"].notna().any() and rankings.leaders(without_first).empty


def test_biggest_moves_leave_out_ranks_out_of_different_numbers(con):
    moved = movers.movers(con, "pci", 2005, 2006)  # 42 provinces ranked in 2005, 64 in 2006
    assert moved.empty
    assert len(movers.movers(con, "pci", 2020, 2021)) == 10  # both out of 63: five risers, five fallers


def test_every_gap_is_the_difference_of_the_figures_as_printed(con):
    """A reader subtracting the two figures on screen gets the gap shown: PCI 2 decimals, DTI 4."""
    for index, places in (("pci", 2), ("dti", 4)):
        table = compare.compare(con, ["63-01", "63-79", "63-48"], index)
        both = table.dropna(subset=["value", "national_best"])
        assert len(both) > 3
        assert (both["gap_to_best"] == (both["value"].round(places) - both["national_best"].round(places))
                .round(places)).all()
    danang = rankings.ranking(con, "pci", 2016).set_index("name_vi").loc["Đà Nẵng"]
    assert (round(danang["value"], 2), round(danang["prev_value"], 2), danang["value_change"]) == (70.0, 68.34, 1.66)


def test_provinces_are_listed_in_the_order_a_vietnamese_reader_expects(con):
    """Not in byte order, which put Bình Dương before Bắc Giang and every Đ after Yên Bái."""
    names = list(reference.provinces(con)["name_vi"])
    assert names[:4] == ["An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn"]
    assert names.index("Cần Thơ") < names.index("Đà Nẵng") < names.index("Gia Lai") and names[-1] == "Yên Bái"
    assert names.index("Bình Định") < names.index("Bình Dương")
