"""The Regions page: one region in focus (?region=DBSH) and year axes that span only the years with figures."""

from __future__ import annotations

import json

import pytest

from tests.support.screen import component_data, plain_table, plain_tables
from ui import region_spread


def charts_by_title(at) -> dict[str, dict]:
    """Each chart's spec under its title without the index name ("PCI: Regional means…" → "Regional means…")."""
    specs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    return {spec["layout"]["title"]["text"].split(": ", 1)[-1]: spec for spec in specs}


def test_a_region_in_focus_shows_its_provinces_its_mean_against_the_others_and_their_ranks(open_page):
    at = open_page("regions", lang="en", index="pci", year="2021", region="DBSH")
    charts = charts_by_title(at)
    means = charts["Regional means over the years"]["data"]
    widths = {trace["name"]: (trace["line"]["width"], trace.get("opacity", 1)) for trace in means}
    assert widths["Red River Delta"] == (4, 1)
    assert {w for name, w in widths.items() if name != "Red River Delta"} == {(1, 0.35)}
    assert "Red River Delta: its provinces in 2021" in [s.value for s in at.subheader]
    table = plain_table(at, "Region")
    assert table[0] == ["Region", "Province", "Score", "Rank", "Rank in region"]
    assert len(table) == 12 and {row[0] for row in table[1:]} == {"Red River Delta"}
    assert table[1] == ["Red River Delta", "Quang Ninh", "73.02", "1/63", "1/11"]
    ranks = charts["the region's provinces' ranks over the years"]["data"]
    assert len(ranks) == 11 and "Vinh Phuc" in {trace["name"] for trace in ranks}
    looks = {(trace["line"]["color"], trace["line"]["dash"], trace["marker"]["symbol"]) for trace in ranks}
    assert len(looks) == 11  # 8 colours for 11 provinces: no two lines alike (Ha Noi and Ha Nam were both blue)


def test_the_year_axis_spans_only_years_with_figures(open_page):
    pci = charts_by_title(open_page("regions", index="pci", year="2021"))
    assert pci["Trung bình vùng qua các năm"]["layout"]["xaxis"]["range"] == [2004.5, 2022.5]
    par = charts_by_title(open_page("regions", index="par_index", year="2022"))
    # No regional mean is drawn for PAR INDEX (too few provinces); the averages the ministry printed run 2019-2024.
    assert par["Trung bình vùng qua các năm"]["layout"]["xaxis"]["range"] == [2018.5, 2024.5]


def spread_data(at) -> dict:
    """What the regions page's spread component receives (ui/region_spread.py)."""
    return component_data(at, "region_spread")


def test_the_spread_draws_every_province_with_a_figure_over_its_regions_quartiles(open_page):
    """PCI 2021: 63 points in six regions, north to south; the Red River Delta's box is the quartiles of its 11
    scores (63.52, 67.65, 69.57), its whiskers the lowest and highest (none is far out); in the northern uplands
    Cao Bằng's 56.29 lies beyond 1.5 box lengths below the box, so the whisker stops at the next, 57.16."""
    data = spread_data(open_page("regions", index="pci", year="2021"))
    assert [r["name"] for r in data["regions"]] == [
        "Trung du và miền núi phía Bắc", "Đồng bằng sông Hồng", "Bắc Trung Bộ và duyên hải miền Trung", "Tây Nguyên",
        "Đông Nam Bộ", "Đồng bằng sông Cửu Long"]
    assert sum(len(r["points"]) for r in data["regions"]) == 63
    delta = data["regions"][1]
    assert [round(v, 2) for v in delta["box"]] == [60.53, 63.52, 67.65, 69.57, 73.02]
    assert delta["label"] == "Đồng bằng sông Hồng: 11 tỉnh, trung vị 67.65, một nửa số tỉnh trong khoảng 63.52–69.57"
    points = {slug: (round(value, 2), label) for slug, value, _, label in delta["points"]}
    assert points["quang-ninh"] == (73.02, "Quảng Ninh: 73.02 · 1/63")
    assert points["vinh-phuc"] == (69.69, "Vĩnh Phúc: 69.69 · 5/63")
    uplands = data["regions"][0]
    assert [round(v, 2) for v in uplands["box"]][0] == 57.16
    assert min(round(value, 2) for _, value, _, _ in uplands["points"]) == 56.29
    assert [tick for tick, _ in data["ticks"]] == [55, 60, 65, 70, 75]
    assert data["title"] == {"index": "PCI", "href": "sources?lang=vi#pci",
                             "text": ": Phân bố trong từng vùng năm 2021"}


def test_the_spread_leaves_out_provinces_without_a_figure_and_speaks_english(open_page):
    """PCI 2023 has scores for 5 provinces only: five points, never a zero for the others."""
    data = spread_data(open_page("regions", index="pci", year="2023", lang="en"))
    points = [label for r in data["regions"] for _, _, _, label in r["points"]]
    assert len(points) == 5 and "Quang Ninh: 71.25 · 1/63" in points
    assert data["title"]["text"] == ": Spread within each region, 2023"
    assert data["label"] == "Chart of PCI 2023 by region; each province's figure is in the table below."


def test_the_regions_table_says_its_mean_is_of_the_provinces_with_a_value_and_keeps_every_printed_mean(open_page):
    """PAR INDEX 2024: our mean is over the few provinces with a 2024 figure, beside the ministry's; the Mekong
    Delta and the Central Highlands have only the ministry's."""
    at = open_page("regions", index="par_index", year="2024")
    table = next(t for t in plain_tables(at) if t[0][0] == "Vùng" and t[0][1].startswith("TB"))
    assert table[0][:4] == ["Vùng", "TB của các tỉnh có số liệu", "Số tỉnh có số liệu", "TB vùng do nguồn công bố"]
    rows = {r[0]: r[1:4] for r in table[1:]}
    assert rows["Đồng bằng sông Hồng"] == ["94.37%", "2/11", "90.17%"]
    assert rows["Tây Nguyên"] == ["—", "0/5", "85.63%"] and rows["Đồng bằng sông Cửu Long"][2] == "87.37%"
    assert len(rows) == 6


def test_a_box_whisker_stops_at_the_last_value_within_one_and_a_half_box_lengths():
    assert region_spread.box_stats([1, 2, 3, 4, 100]) == (1.0, 2.0, 3.0, 4.0, 4.0)
    assert region_spread.box_stats([5.0]) == (5.0, 5.0, 5.0, 5.0, 5.0)


def test_the_axis_runs_between_round_ticks_around_the_figures():
    assert region_spread.axis_ticks(0.2, 0.71) == [0.2, 0.4, 0.6, 0.8]  # DTI
    assert region_spread.axis_ticks(80.1, 93.4) == [80, 85, 90, 95]
    assert region_spread.axis_ticks(79.76, 79.76) == [74, 76, 78, 80, 82, 84]  # one figure: room either side


def test_a_rank_among_only_the_provinces_with_a_figure_says_so_on_the_spread_and_in_the_table(open_page):
    """SIPAS 2017: Tây Ninh's 79.76% is the only figure, so it is first of one, not 1st of 63 or a bare "1/1"."""
    at = open_page("regions", index="sipas", year="2017")
    points = [label for r in spread_data(at)["regions"] for _, _, _, label in r["points"]]
    assert points == ["Tây Ninh: 79.76% · 1 trong 1 tỉnh có số liệu"]
    table = plain_table(at, "Vùng", "Tỉnh, thành phố")
    assert table[1][1:4] == ["Tây Ninh", "79.76%", "1 trong 1 tỉnh có số liệu"]


@pytest.mark.parametrize("geo", ["63", "34"])
@pytest.mark.parametrize("index", ["par_index", "sipas", "pci", "papi", "dti"])
def test_the_regions_page_opens_for_every_index_and_geography(open_page, index, geo):
    """SIPAS, DTI and the 34-province PAR INDEX have no year with half of a region's provinces scored: the page
    said so with an error (a year axis from no year); it now says why no regional mean is drawn and shows the rest."""
    at = open_page("regions", index=index, geo=geo)
    drawn = {json.loads(c.proto.spec)["layout"]["title"]["text"].split(": ", 1)[-1] for c in at.get("plotly_chart")}
    said = [i.value for i in at.info]
    assert ("Trung bình vùng qua các năm" in drawn) != any(s.startswith("Không vẽ được trung bình vùng") for s in said)
    assert at.subheader, "the regions table is missing"


def test_sipas_says_why_it_has_no_regional_means(open_page):
    at = open_page("regions", index="sipas", year="2017", lang="en")
    assert [i.value for i in at.info] == [
        "No regional mean of SIPAS is drawn: in every year, under half of each region's provinces have a figure, "
        "and the publisher printed no regional average."]
    assert len(spread_data(at)["regions"]) == 1


def test_a_year_without_a_score_says_so_instead_of_an_empty_table(open_page):
    """DTI 2024 among the 63 provinces: one rank from the press, no score. The page drew the regional statistics'
    header over no row and no spread without a word."""
    at = open_page("regions", index="dti", year="2024", lang="en")
    assert "DTI 2024: no province has a score in this geography, so there is no spread within the regions." in [
        i.value for i in at.info]
    assert not [table for table in plain_tables(at) if table[0][0] == "Region"]
    assert "No data" in [c.value for c in at.caption]
    assert not [c for c in at.get("bidi_component") if "region_spread" in c.proto.component_name]
