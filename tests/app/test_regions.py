"""The Regions page: one region in focus (?region=DBSH) and year axes that span only the years with figures."""

from __future__ import annotations

import json

from tests.support.screen import markdown_table


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
    table = markdown_table(next(m.value for m in at.markdown if m.value.startswith("| Region |")))
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


def test_the_spread_charts_region_names_wrap_instead_of_being_cut(open_page):
    at = open_page("regions", index="pci", year="2021")
    boxes = next(spec["data"] for spec in charts_by_title(at).values() if spec["data"][0]["type"] == "box")
    names = [trace["name"] for trace in boxes]
    assert "Bắc Trung Bộ và<br>duyên hải miền<br>Trung" in names
    assert all(len(line) <= 16 for name in names for line in name.split("<br>"))


def test_the_regions_table_says_its_mean_is_of_the_provinces_with_a_value_and_keeps_every_printed_mean(open_page):
    """PAR INDEX 2024: our mean is over the few provinces with a 2024 figure, beside the ministry's; the Mekong
    Delta and the Central Highlands have only the ministry's."""
    at = open_page("regions", index="par_index", year="2024")
    table = markdown_table(next(m.value for m in at.markdown if m.value.startswith("| Vùng | TB")))
    assert table[0][:4] == ["Vùng", "TB của các tỉnh có số liệu", "Số tỉnh có số liệu", "TB vùng do nguồn công bố"]
    rows = {r[0]: r[1:4] for r in table[1:]}
    assert rows["Đồng bằng sông Hồng"] == ["94.37%", "2/11", "90.17%"]
    assert rows["Tây Nguyên"] == ["—", "0/5", "85.63%"] and rows["Đồng bằng sông Cửu Long"][2] == "87.37%"
    assert len(rows) == 6
