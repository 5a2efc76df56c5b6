"""Every page renders from a default and a non-default URL, with the right figures."""

from __future__ import annotations

import json
import math

import pytest

from tests.app.conftest import PAGES
from tests.support.screen import chart_title, plain_table, plain_tables, plotted, ranking_table
from ui import format


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_by_default(open_page, page):
    at = open_page(page)
    assert at.title, f"{page} has no title"
    assert not at.warning


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_a_non_default_selection_in_english(open_page, page):
    at = open_page(page, lang="en", index="papi", year="2019", province="da-nang", provinces="ha-noi,can-tho",
                   region="DBSCL")
    assert not at.warning
    assert (at.query_params["lang"], at.query_params["index"], at.query_params["year"]) == ("en", "papi", "2019")


def test_overview_defaults_to_the_latest_full_pci_year(open_page):
    at = open_page("overview")
    assert at.title[0].value == "PCI 2022"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Dẫn đầu"] == "Quảng Ninh"
    assert metrics["Số tỉnh có điểm"] == "63/63"


def test_vinh_phuc_profile_shows_par_index_2022_rank_7_of_63_and_4_of_11(open_page):
    at = open_page("profile", province="vinh-phuc")
    assert at.title[0].value == "Vĩnh Phúc"
    cards = [m.value for m in at.metric]
    assert cards[0] == "7/63"
    captions = [c.value for c in at.caption]
    assert "Trong vùng: 4/11 Đồng bằng sông Hồng" in captions


def test_pci_2021_rankings_start_with_quang_ninh(open_page):
    at = open_page("rankings", index="pci", year="2021")
    table, shown, _ = ranking_table(at)
    assert list(table["Tỉnh, thành phố"].head(3)) == ["Quảng Ninh", "Hải Phòng", "Đồng Tháp"]
    assert table["Hạng"].iloc[0] == 1 and shown["Hạng"].iloc[0] == "1/63"
    assert round(table["Điểm"].iloc[0], 2) == 73.02 and shown["Điểm"].iloc[0] == "73.02"


def test_partial_table_states_its_denominator_and_says_why(open_page):
    at = open_page("rankings", index="sipas", year="2023", lang="en")
    assert any("Partial table" in i.value for i in at.info)
    table, shown, _ = ranking_table(at)
    assert table["Rank"].iloc[0] == 1
    assert "◌" in set(shown["St."])
    assert at.caption[0].value.splitlines()[0].rstrip() == "● Published · ◐ Derived · ○ Not published · ◌ No score"


def test_an_empty_selection_says_why(open_page):
    at = open_page("overview", index="pci", year="2024", lang="en")
    notes = " ".join(i.value for i in at.info)
    assert "Partial table" in notes and "top 30" in notes


def test_english_toggle_translates_the_page(open_page):
    at = open_page("profile", province="vinh-phuc", lang="en")
    assert "In region: 4/11 Red River Delta" in [c.value for c in at.caption]


def test_34_province_view_shows_published_dti_2024(open_page):
    at = open_page("rankings", index="dti", year="2024", geo="34")
    table, shown, _ = ranking_table(at)
    assert list(table["Tỉnh, thành phố"].head(2)) == ["Hà Nội", "Huế"]
    assert table["Hạng"].iloc[0] == 1 and shown["Hạng"].iloc[0] == "1/34"


@pytest.mark.parametrize(
    ("name", "value"),
    [("index", "DROP TABLE fact_value"), ("year", "abc"), ("province", "../../etc/passwd"), ("lang", "fr"),
     ("geo", "99"), ("region", "<script>alert(1)</script>"), ("provinces", "ha-noi,'; --")],
)
def test_garbage_url_parameters_fall_back_with_a_notice(open_page, name, value):
    at = open_page("overview", **{name: value})
    assert any(f"“{name}”" in w.value for w in at.warning), [w.value for w in at.warning]
    assert at.title[0].value == "PCI 2022"


def test_profile_draws_only_the_open_trend_tab(open_page):
    at = open_page("profile", province="vinh-phuc", lang="en")
    titles = [chart_title(c) for c in at.get("plotly_chart")]
    assert titles == ["PAR INDEX: Rank", "PCI 2021"]
    at.session_state["trend_tab"] = "PAPI"
    at.run()
    titles = [chart_title(c) for c in at.get("plotly_chart")]
    assert titles == ["PAPI: Score", "PCI 2021"]


def test_regions_do_not_draw_a_mean_of_a_few_press_named_provinces(open_page):
    at = open_page("regions", lang="en", index="par_index", year="2022")
    assert ("A regional mean is not drawn for a year with figures for fewer than half of the region's provinces "
            "(partial tables); see the statistics below.") in [c.value for c in at.caption]
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    drawn = {(trace["name"], int(x), round(y, 2)) for trace in spec["data"] if trace.get("mode") == "lines+markers"
             for x, y in zip(plotted(trace["x"]), plotted(trace["y"]), strict=True) if not math.isnan(y)}
    # Only Đông Nam Bộ reaches half its provinces: 3 of 6 in 2023 (Bà Rịa - Vũng Tàu 91.03, Đồng Nai 87.04,
    # TP. Hồ Chí Minh 86.97) and in 2024; every other region and year has fewer and draws no mean.
    assert drawn == {("South East", 2023, 88.35), ("South East", 2024, 91.06)}
    published = [trace for trace in spec["data"] if trace.get("mode") == "markers"]
    assert published, "the regional averages the ministry printed are still shown"


def test_a_partial_tables_notice_and_metric_count_the_same_scores(open_page):
    at = open_page("overview", index="par_index", year="2023")
    notice = next(i.value for i in at.info if i.value.startswith("Bảng chưa đầy đủ"))
    metrics = {m.label: m.value for m in at.metric}
    assert notice.startswith("Bảng chưa đầy đủ: 30 trên 63 tỉnh có hạng, 22 có điểm.")
    assert metrics["Số tỉnh có điểm"] == "22/63"


def test_the_profiles_peers_say_how_few_of_the_region_they_are(open_page):
    at = open_page("profile", province="ha-noi")  # PCI 2024: 4 of the Red River Delta's 11
    assert "▶ đánh dấu Hà Nội. Năm này chỉ 4 trên 11 tỉnh của vùng có số liệu." in [c.value for c in at.caption]
    at = open_page("profile", province="vinh-phuc")  # PCI 2021, a whole region
    assert "▶ đánh dấu Vĩnh Phúc." in [c.value for c in at.caption]


def test_a_table_ranked_in_full_but_scored_in_part_says_so(open_page):
    """DTI 2022: the ministry ranked all 63 provinces, and the data has 10 of their scores."""
    at = open_page("rankings", index="dti", year="2022")
    notices = [i.value for i in at.info if i.value.startswith("Bảng chưa đầy đủ")]
    assert len(notices) == 1 and notices[0].startswith("Bảng chưa đầy đủ: 63 trên 63 tỉnh có hạng, 10 có điểm.")


def test_the_rankings_grid_shows_dti_at_its_own_precision(open_page):
    _, shown, _ = ranking_table(open_page("rankings", index="dti", year="2022"))
    assert list(shown["Điểm"].iloc[2:4]) == ["0.7024", "0.6975"]  # 3rd and 4th: both 0.70 at two decimals


def test_an_empty_34_province_table_points_to_the_63_province_figures(open_page):
    at = open_page("rankings", index="sipas", year="2018", geo="34", lang="en")  # 4 provinces scored in 2018
    assert [i.value for i in at.info] == [
        "SIPAS 2018: no 34-province figures: a merged province has one only when every former province in it has "
        "one. Choose 63 provinces to see this year's figures."]


def test_the_34_province_view_shows_the_merged_provinces_components(open_page):
    """Phú Thọ (Vĩnh Phúc, Phú Thọ and Hòa Bình merged): its PCI 2021 components derived from its members', against
    the 34 provinces' (the data held them, but the profile and compare read the 63 provinces' table only)."""
    at = open_page("profile", province="phu-tho", geo="34", lang="en")
    assert "No component scores of PCI for this province." not in [c.value for c in at.caption]
    table = plain_table(at, "Indicator")
    assert len(table) == 11 and table[1][:2] == ["Market entry", "6.87"]
    at = open_page("compare", geo="34", lang="en", provinces="ha-noi,ho-chi-minh,da-nang")
    assert not any(c.value.startswith("PCI: our sources have no component scores") for c in at.caption)
    assert any(json.loads(c.proto.spec)["layout"]["title"]["text"].endswith("Components in 2021")
               for c in at.get("plotly_chart"))


def test_the_34_provinces_mean_before_the_merger_says_what_it_is(open_page):
    """PCI 2022: 65.53 over the 63 provinces; 65.46 over the 34 new ones, each its former provinces' mean."""
    metrics = {m.label: m.value for m in open_page("overview", geo="34", index="pci", year="2022").metric}
    assert metrics["Trung bình của 34 tỉnh mới (từ số liệu các tỉnh cũ)"] == "65.46"
    assert "Trung bình cả nước" not in metrics
    metrics = {m.label: m.value for m in open_page("overview", index="pci", year="2022").metric}
    assert metrics["Trung bình cả nước"] == "65.53"


def test_the_biggest_moves_say_how_few_provinces_they_are_among(open_page):
    """DTI 2022 against 2021: the ministry ranked 25 provinces in 2021, so the moves are among those 25."""
    captions = [c.value for c in open_page("overview", index="dti", year="2022").caption]
    assert "Chỉ trong 25 trên 63 tỉnh có hạng cả hai năm." in captions
    captions = [c.value for c in open_page("overview", index="pci", year="2021").caption]
    assert not any("có hạng cả hai năm" in c for c in captions)  # all 63 ranked in 2020 and 2021


def test_the_compared_leader_reads_as_the_best_not_a_zero_gap(open_page):
    at = open_page("compare", provinces="quang-ninh,ha-noi", year="2021")  # PCI 2021: Quảng Ninh first, 73.02
    table = plain_table(at, "Tỉnh, thành phố", "Điểm")
    assert table[1] == ["Quảng Ninh", "73.02", "1/63", "cao nhất cả nước", ""]
    assert table[2][:4] == ["Hà Nội", "68.60", "10/63", "-4.42"]
    assert format.change_text("pci", 0.0) == "0.00" and format.change_text("pci", 0.5) == "+0.50"


@pytest.mark.parametrize(("page", "params"), [
    ("overview", {"index": "dti", "year": "2024"}),  # no DTI 2024 score among the 63: no regional mean
    ("compare", {"index": "sipas", "geo": "34", "year": "2024"}),  # no gap to the best in any year
    ("regions", {"index": "dti", "year": "2024"}),
])
def test_no_table_is_a_header_over_no_row(open_page, page, params):
    """A sweep of every index, geography and year over seven pages found these three drawing a table's header over
    no row; a table without a row now says there is no data."""
    at = open_page(page, **params)
    assert [table[0] for table in plain_tables(at) if len(table) < 2] == []
    assert "Chưa có số liệu" in [c.value for c in at.caption]
