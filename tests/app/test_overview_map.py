"""The overview map and tables as the browser receives them: real figures, grey where a value is missing, the
archipelagos labelled, a colour key only where there is a range, and tables that show text as typed."""

from __future__ import annotations

from tests.support.screen import component_data, plain_table
from ui import echo, maps, tables


def map_data(at) -> dict:
    """What the overview's map component receives (ui/maps.py)."""
    return component_data(at, "province_map")


def shapes(data: dict) -> dict[str, tuple[str, str]]:
    """Province slug -> (fill colour, label) of its outline."""
    return {slug: (fill, label) for slug, _, fill, label in data["shapes"]}


def test_missing_values_are_grey_and_published_ones_coloured(open_page):
    drawn = shapes(map_data(open_page("overview", index="papi", year="2023", lang="en")))
    assert len(drawn) == 63
    assert drawn["quang-ninh"] == (maps.NO_DATA, "Quang Ninh: — · —") and drawn["binh-duong"][0] == maps.NO_DATA
    assert drawn["thua-thien-hue"] == (TOP, "Thua Thien Hue: 46.04 · 1/61")
    assert sum(fill == maps.NO_DATA for fill, _ in drawn.values()) == 2


TOP = "rgb(253, 231, 37)"  # the end of the Viridis scale: the highest figure of the year


def test_the_colours_run_between_the_years_printed_extremes_and_the_key_says_so(open_page):
    data = map_data(open_page("overview", index="pci", year="2021"))
    drawn = shapes(data)
    assert drawn["quang-ninh"] == (TOP, "Quảng Ninh: 73.02 · 1/63")
    assert drawn["vinh-phuc"] == ("rgb(125, 209, 79)", "Vĩnh Phúc: 69.69 · 5/63")
    legend = data["legend"]
    assert (legend["title"], legend["low"], legend["high"]) == ("PCI", "56.29", "73.02")
    assert legend["colours"][0] == "rgb(68, 1, 84)" and legend["colours"][-1] == TOP
    assert legend["no_data"] == ""  # every province has a PCI 2021 score


def test_the_map_keeps_the_archipelagos_and_the_shape_of_the_country(open_page):
    data = map_data(open_page("overview", index="pci", year="2021"))
    assert [m[2] for m in data["marks"]] == ["Quần đảo Hoàng Sa (Đà Nẵng)", "Quần đảo Trường Sa (Khánh Hòa)"]
    assert data["view"] == [101.8, -24.544, 14.4, 16.016] and data["y_scale"] == maps.Y_SCALE
    assert data["label"] == "Bản đồ PCI 2021 theo tỉnh; số liệu từng tỉnh ở bảng xếp hạng."


def test_the_34_province_map_draws_the_merged_provinces(open_page):
    drawn = shapes(map_data(open_page("overview", index="pci", year="2021", geo="34")))
    assert len(drawn) == 34 and drawn["phu-tho"][1] == "Phú Thọ: 64.32 · 16/34"


def test_a_colour_key_needs_two_figures(open_page):
    """SIPAS 2017 has one province scored: a gradient from 79.76% to 79.76% would be a scale of its own rounding."""
    data = map_data(open_page("overview", index="sipas", year="2017", lang="en"))
    assert data["legend"]["colours"] == [] and data["legend"]["no_data"] == "No data"
    assert [label for fill, label in shapes(data).values() if fill != maps.NO_DATA] == [
        "Tay Ninh: 79.76% · 1 of the 1 with a value"]


def test_leaderboard_is_a_static_table_with_real_figures(open_page):
    at = open_page("overview", index="pci", year="2021", lang="en")
    board = plain_table(at, "Rank")
    assert board[0] == ["Rank", "Province", "Score", "Status"]
    assert [row[1] for row in board[1:4]] == ["Quang Ninh", "Hai Phong", "Dong Thap"]
    assert board[1] == ["1/63", "Quang Ninh", "73.02", "● Published"] and len(board) == 21


def test_table_cells_are_text_on_one_line_and_link_only_to_http():
    drawn = tables.table_data({"Tỉnh": ["Bà Rịa - Vũng Tàu *1*", "a | b\nc", None], "Điểm": ["1.5", 2, 3.25]},
                              right={"Điểm"})
    assert drawn["columns"] == [{"label": "Tỉnh", "right": False}, {"label": "Điểm", "right": True}]
    assert drawn["rows"] == [["Bà Rịa - Vũng Tàu *1*", "1.5"], ["a | b c", "2"], ["", "3.25"]]
    assert tables.link("https://www.example.org/a (b)") == tables.Link("example.org", "https://www.example.org/a (b)")
    assert tables.link("https://a.vn:8080/x", "x [y]") == tables.Link("x [y]", "https://a.vn:8080/x")
    assert tables.link("javascript:alert(1)") == "" and tables.link(None) == "" and tables.link("//a.vn") == ""
    cells = tables.table_data({"Nguồn": [tables.link("https://a.vn/x")], "Tỉnh": [tables.Strong("▶ Huế")]})["rows"]
    assert cells == [[{"text": "a.vn", "href": "https://a.vn/x"}, {"text": "▶ Huế", "strong": True}]]
    assert echo.literal("Bà Rịa - Vũng Tàu *1*") == r"Bà Rịa \- Vũng Tàu \*1\*"
    assert echo.literal("a | b\nc") == r"a \| b c"
    assert echo.link("https://www.example.org/a (b)") == r"[https://www\.example\.org/a \(b\)](https://www.example.org/a%20%28b%29)"
    assert echo.link("javascript:alert(1)") == ""
