"""Screens that fit a phone and a sheet of A4: tables that wrap instead of hiding columns, charts whose toolbar
and titles keep apart, the profile's print styles."""

from __future__ import annotations

import json

from tests.support.screen import plain_table
from ui import printing
from ui.styles import screen_css


def test_the_profile_components_fit_a_phone_as_a_wrapping_table(open_page):
    at = open_page("profile", province="vinh-phuc", lang="en")
    table = plain_table(at, "Indicator")
    assert table[0] == ["Indicator", "Score", "Region mean", "Best", "Points lost"]
    assert table[1] == ["Market entry", "7.02", "6.79", "7.98 (Quang Ninh)", "2.98"]


def test_chart_titles_sit_below_the_toolbar_band_and_break_labels_are_short(open_page):
    at = open_page("regions", index="pci", year="2021")
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    title = spec["layout"]["title"]
    assert (title["yref"], title["y"], title["yanchor"]) == ("paper", 1, "bottom")
    assert spec["layout"]["margin"]["t"] >= 50
    labels = [(a["text"], a["y"], a["yanchor"], a.get("yshift", 0)) for a in spec["layout"]["annotations"]]
    # Above the plot, in a band of two rows between it and the title (inside it they covered rank 1 to 5).
    assert labels == [("⚠ 2006", 1, "bottom", 0), ("⚠ 2009", 1, "bottom", 14), ("⚠ 2013", 1, "bottom", 0)]
    assert title["pad"]["b"] == 8 + 28 and spec["layout"]["margin"]["t"] == 58 + 28
    assert {a["bgcolor"] for a in spec["layout"]["annotations"]} == {"rgba(255, 255, 255, 0.85)"}  # lines pass under


def test_the_profile_carries_constant_print_styles(open_page):
    at = open_page("profile", province="vinh-phuc")
    styles = [e.proto.body for e in at.get("html")]
    assert styles == [screen_css(), printing.PRINT_CSS.strip()]
    assert 'content: "Không tìm thấy kết quả"' in styles[0], "the screen styles are constant but for the words"
    assert '[data-testid="stSidebar"]' in printing.PRINT_CSS and "@page { size: A4" in printing.PRINT_CSS


def test_the_profile_has_no_grid_that_scrolls_sideways_or_is_cut_in_print(open_page):
    at = open_page("profile", province="vinh-phuc")
    assert len(at.dataframe) == 0
    peers = plain_table(at, "Hạng trong vùng")
    assert len(peers) == 12 and peers[4] == ["4/11", "▶ Vĩnh Phúc", "68.91", "8/63"]
