"""Targets judged against real published values: met, missed, cannot tell (and why) and pending, and the score a
rank took. The figures are those of the warehouse built from data/raw."""

from __future__ import annotations

import pandas as pd
import pytest

from metrics.targets import (
    Ranks,
    ranked_rows,
    status_counts,
    target_list,
    target_status,
    target_years,
    what_it_takes,
)


@pytest.fixture(scope="module")
def years(con) -> pd.DataFrame:
    return target_years(con)


def year_of(years: pd.DataFrame, row: int, year: int) -> dict:
    found = years[(years["row"] == row) & (years["year"] == year)]
    assert len(found) == 1
    return found.iloc[0].to_dict()


def test_fact_target_holds_every_row_of_the_kit(con):
    targets = target_list(con)
    assert len(targets) == 90
    # 34 provinces (the kit's notes say 35; its file names 34); 40 ids, as some also have 34-geography targets
    assert targets["name_vi"].nunique() == 34
    khanh_hoa = targets[(targets["row"] == 32)].iloc[0]
    assert (khanh_hoa["province_id"], khanh_hoa["geography"], khanh_hoa["threshold"],
            khanh_hoa["threshold_value"]) == ("34-56", "34", "800", 0.8)  # 800/1,000 points on DTI's 0-1 scale


def test_what_it_takes_vinh_phuc_pci_2022_rank_5(con):
    took = what_it_takes(con, "pci", 2022, 5, "63-26")
    assert (took["took"], took["took_by_vi"], took["value"], took["own_rank"]) == (69.68, "Đồng Tháp", 68.91, 8)
    assert took["gap"] == pytest.approx(-0.77)


def test_what_it_takes_without_a_complete_rank_says_nothing(con):
    assert what_it_takes(con, "par_index", 2023, 40)["took"] is None


def test_rank_target_met_with_the_gap_above_the_bar(years):
    vinh_phuc = year_of(years, 62, 2022)  # PCI in the top 15, 2021-2025
    assert (vinh_phuc["status"], vinh_phuc["rank"], vinh_phuc["took"], vinh_phuc["took_by_vi"]) == \
        ("met", 8, 67.88, "Lạng Sơn")
    assert vinh_phuc["gap"] == pytest.approx(1.03)


def test_rank_target_missed_with_what_it_would_have_taken(years):
    an_giang = year_of(years, 37, 2019)  # PCI top 15 in 2019
    assert (an_giang["status"], an_giang["rank"], an_giang["took_by_vi"]) == ("missed", 21, "Tây Ninh")
    assert an_giang["gap"] == -0.61  # 66.44 - 67.05 as printed (66.444626 - 67.046379 = -0.60 unrounded)


def test_score_target_missed_by_a_fraction(years):
    quang_ninh = year_of(years, 5, 2020)  # PCI 75.3 points in 2020
    assert (quang_ninh["status"], round(quang_ninh["value"], 2)) == ("missed", 75.09)


def test_rank_gain_against_the_year_before(years):
    tuyen_quang = year_of(years, 85, 2020)  # PCI up at least 2 places in 2020: 32 -> 31
    assert (tuyen_quang["status"], tuyen_quang["compared_rank"], tuyen_quang["rank"], tuyen_quang["target_rank"]) == \
        ("missed", 32, 31, 30)


def test_keep_rank_one_met_and_a_withheld_year_cannot_tell(years):
    assert year_of(years, 9, 2024)["status"] == "met"  # Quảng Ninh PAPI first in 2024
    withheld = year_of(years, 9, 2021)  # PAPI 2021 did not publish Quảng Ninh
    assert (withheld["status"], withheld["reason"]) == ("cannot_tell", "no_figure")


def test_improve_against_the_year_before_the_target_began(years):
    hcm = year_of(years, 89, 2016)  # PCI 2016 improve: 6th in 2015, 8th in 2016
    assert (hcm["status"], hcm["compared_year"], hcm["compared_rank"], hcm["rank"]) == ("missed", 2015, 6, 8)


def test_group_the_publisher_did_not_assign_cannot_tell(years):
    assert year_of(years, 82, 2022)["reason"] == "no_group"  # PCI 2022 tiers are not in the data
    # PAPI sorts provinces into four groups, but the data holds none: not "the publisher uses no such group"
    assert year_of(years, 43, 2023)["reason"] == "groups_not_in_data"


def test_years_not_published_are_pending_and_no_year_cannot_tell(years):
    assert year_of(years, 62, 2025)["status"] == "pending"
    undated = years[years["row"] == 41].iloc[0]
    assert (undated["status"], undated["reason"]) == ("cannot_tell", "no_year")


def made_up_target(con, **fields) -> pd.DataFrame:
    """A target for testing the rules (not in the data): Cà Mau's PAR INDEX, whose 2023 rank (14) is computed
    over the 22 provinces with a published score, a partial table."""
    base = target_list(con).iloc[[0]].copy()
    base = base.assign(province_id="63-96", index_code="par_index", geography="63", threshold=None,
                       threshold_value=None, threshold_max=None, year_from=2023, year_to=2023, row=-1)
    for key, value in fields.items():
        base[key] = value
    return base


def test_partial_rank_proves_a_miss_but_never_a_met(con):
    missed = target_years(con, made_up_target(con, kind="rank_at_most", threshold_value=10.0)).iloc[0]
    # Cà Mau, PAR INDEX 2023: no rank beside the ministry's ranks, 14th of the 22 scores, so 14th at best.
    assert (missed["status"], pd.isna(missed["rank"]), bool(missed["rank_partial"])) == ("missed", True, False)
    unsure = target_years(con, made_up_target(con, kind="rank_at_most", threshold_value=20.0)).iloc[0]
    assert (unsure["status"], unsure["reason"]) == ("cannot_tell", "partial_rank")


def test_headline_status_and_counts_per_index(con, years):
    status = target_status(con, years)
    assert len(status) == 90
    thanh_hoa = status[status["row"] == 66].iloc[0]  # PCI top 10 from 2015: met once, then missed 2016-2022
    assert (thanh_hoa["status"], thanh_hoa["status_year"], thanh_hoa["years_met"], thanh_hoa["years_missed"]) == \
        ("missed", 2022, 1, 7)
    counts = status_counts(status).set_index("short")
    assert counts.loc["PCI"].to_dict() == {"met": 8, "missed": 13, "cannot_tell": 10, "pending": 7}
    assert int(counts.to_numpy().sum()) == 90


def test_the_places_other_provinces_hold_prove_a_miss(con, years):
    """Quảng Ninh, SIPAS "keep first place" 2021-2025: no 2024 rank of its own, but Hải Phòng is first and Thái
    Nguyên second, so sharing first place (which would leave second empty) is ruled out too: second at best, missed
    in 2024."""
    quang_ninh = year_of(years, 8, 2024)
    assert (quang_ninh["status"], quang_ninh["reason"]) == ("missed", "places_taken")
    assert target_status(con, years).set_index("row").loc[8, ["status", "status_year"]].tolist() == ["missed", 2024]
    ranks = Ranks(ranked_rows(con, ["sipas", "pci"])["63"])
    assert ranks.best_open("sipas", 2024, "63-22", 63) == 2


def test_a_place_it_could_share_leaves_the_target_open(con, years):
    """Thừa Thiên Huế, PCI top 5 in 2023: ranks 1-5 belong to others, but 6th is empty in the data, so a tie for
    5th cannot be ruled out."""
    hue = year_of(years, 67, 2023)
    assert (hue["status"], hue["reason"]) == ("cannot_tell", "no_figure")
    assert Ranks(ranked_rows(con, ["pci"])["63"]).best_open("pci", 2023, "63-46", 63) == 5
