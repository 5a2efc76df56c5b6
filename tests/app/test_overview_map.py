"""The overview map and tables as the browser receives them: real figures, grey where a value is missing, the
archipelagos labelled, a spec Plotly can mount and draw once, and tables that show text as typed."""

from __future__ import annotations

import json

from tests.support.screen import markdown_table
from ui import charts, tables


def map_spec(at) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def fills(spec: dict) -> dict[str, str]:
    """Province slug -> fill colour of its outline shape."""
    return {shape["name"]: shape["fillcolor"] for shape in spec["layout"]["shapes"] if shape["type"] == "path"}


def test_missing_values_are_grey_and_published_ones_coloured(open_page):
    at = open_page("overview", index="papi", year="2023", lang="en")
    colours = fills(map_spec(at))
    assert len(colours) == 63
    assert colours["quang-ninh"] == charts.NO_DATA and colours["binh-duong"] == charts.NO_DATA
    assert colours["thua-thien-hue"] != charts.NO_DATA
    assert sum(c == charts.NO_DATA for c in colours.values()) == 2


def test_map_keeps_the_archipelagos_the_click_dots_and_a_colour_bar(open_page):
    spec = map_spec(open_page("overview", index="pci", year="2021"))
    labels = [t for t in spec["data"] if t.get("mode") == "markers+text"]
    assert labels and labels[0]["text"] == ["Quần đảo Hoàng Sa (Đà Nẵng)", "Quần đảo Trường Sa (Khánh Hòa)"]
    dots = next(t for t in spec["data"] if t.get("name") == "provinces")
    assert len(dots["customdata"]) == 63 and "quang-ninh" in dots["customdata"]
    assert dots["marker"]["colorbar"]["title"]["text"] == "PCI"
    assert 0 <= dots["marker"]["colorbar"]["x"] <= 1, "a colour bar outside the plot makes Plotly draw the map twice"


def test_map_spec_is_drawn_once(open_page):
    """Streamlit re-applies the theme just after mounting a chart, and sets the width of a chart that stretches
    once it has measured its column; Plotly redraws everything then unless the layout has no template, a
    datarevision and a fixed width the chart keeps (see charts.choropleth)."""
    at = open_page("overview", index="pci", year="2021", geo="34")
    layout = map_spec(at)["layout"]
    assert "template" not in layout
    assert layout["datarevision"].startswith("pci-2021-34-vi-")
    assert layout["width"] == charts.MAP_WIDTH and at.get("plotly_chart")[0].proto.spec.count('"type":"scatter"') == 2
    assert len(fills(map_spec(at))) == 34


def test_leaderboard_is_a_static_table_with_real_figures(open_page):
    at = open_page("overview", index="pci", year="2021", lang="en")
    board = markdown_table(next(m.value for m in at.markdown if m.value.startswith("| Rank |")))
    assert board[0] == ["Rank", "Province", "Score", "Status"]
    assert [row[1] for row in board[1:4]] == ["Quang Ninh", "Hai Phong", "Dong Thap"]
    assert board[1] == ["1/63", "Quang Ninh", "73.02", "● Published"] and len(board) == 21


def test_table_cells_show_text_as_typed_and_link_only_to_http():
    assert tables.text("Bà Rịa - Vũng Tàu *1*") == r"Bà Rịa \- Vũng Tàu \*1\*"
    assert tables.text("a | b\nc") == r"a \| b c"
    assert tables.link("https://www.example.org/a (b)") == r"[example\.org](https://www.example.org/a%20%28b%29)"
    assert tables.link("https://a.vn:8080/x", "x [y]") == r"[x \[y\]](https://a.vn:8080/x)"
    assert tables.link("javascript:alert(1)") == "" and tables.link(None) == ""
    source = tables.markdown({"Tỉnh": ["x|y", None], "Điểm": ["1.5", 2]}, right={"Điểm"})
    assert source.splitlines()[1] == "|---|---:|"
    assert markdown_table(source) == [["Tỉnh", "Điểm"], ["x|y", "1.5"], ["", "2"]]
    assert tables.markdown({"Nguồn": [tables.link("https://a.vn/x")]}).endswith(r"| [a\.vn](https://a.vn/x) |")
