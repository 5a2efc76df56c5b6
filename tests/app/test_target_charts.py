"""Targets in their own measure: a score target's gap in score, a rank target's in places ("on target", never
"0.00 ahead"); rank axes with whole ranks only and room above rank 1; a score target's year on a score axis; the
profile's rank cards short enough never to be cut, their words in a caption that wraps. On the real warehouse."""

from __future__ import annotations

import json

from tests.app.test_pages import plotted
from ui import charts
from ui.targets import gap_text, rank_gap_text


def figures(at) -> dict[str, dict]:
    return {spec["layout"]["title"]["text"]: spec for spec in (json.loads(c.proto.spec)
                                                                 for c in at.get("plotly_chart"))}


def plotted_ranks(spec: dict) -> list[float]:
    return [y for trace in spec["data"] for y in plotted(trace["y"]) if y == y]  # NaN: a year without a rank


def assert_rank_axis(axis: dict, ranks: list[float], reverse: bool = True) -> None:
    """Whole ranks as ticks, the best rank shown (1 included) with at least half a rank of room, rank 1 on top."""
    ticks = axis["tickvals"]
    assert ticks and all(float(v).is_integer() for v in ticks), ticks
    assert axis.get("tickformat") == "d" and axis["autorange"] is False
    low, high = (axis["range"][1], axis["range"][0]) if reverse else tuple(axis["range"])
    assert low <= min(ranks) - 0.5 and high >= max(ranks) + 0.5, axis["range"]
    assert min(ranks) in ticks


def test_gaps_follow_the_targets_measure(open_page):
    at = open_page("targets", lang="en", tprovince="quang-ninh")
    table = at.dataframe[0].value
    gaps = {(r["Index"], r["Target"]): (r["Status"], r["Result that year"], r["Gap"])
            for r in table.to_dict("records")}
    assert gaps[("PCI", "Score 75.3 or more")] == ("Missed", "1/63 · 75.09", "0.21 short")
    assert gaps[("PCI", "Keep rank 1")] == ("Missed", "2/63 · 73.20", "1 rank short")
    # SIPAS 2024 has no rank for Quảng Ninh, but Hải Phòng is first and Thái Nguyên second (1/63 and 90.61% in 2023).
    assert gaps[("SIPAS", "Keep rank 1")] == ("Missed", "rank 2 at best", "")
    sipas = table[table["Index"] == "SIPAS"].iloc[0]
    assert (sipas["Year judged"], sipas["Why"]) == \
        ("2024", "no rank for the province that year, but the ranks it needed went to others")
    assert gaps[("PAPI", "Keep rank 1")] == ("Met", "1/61 · 47.82", "on target")
    assert not any("0.00" in g for g in table["Gap"])


def test_gaps_in_vietnamese(open_page):
    at = open_page("targets", tprovince="quang-ninh")
    table = at.dataframe[0].value
    gaps = {(r["Chỉ số"], r["Mục tiêu"]): r["Chênh lệch"] for r in table.to_dict("records")}
    assert gaps == {("SIPAS", "Giữ hạng 1"): "", ("PCI", "Đạt từ 75.3 điểm"): "thiếu 0.21",
                    ("PCI", "Giữ hạng 1"): "thiếu 1 bậc", ("PAPI", "Giữ hạng 1"): "đạt đúng"}


def test_gap_texts():
    assert gap_text("pci", 0.0) == gap_text("sipas", 0) != ""
    assert "0.00" not in gap_text("sipas", 0.0)
    assert rank_gap_text(0) == gap_text("pci", 0)
    assert "0" not in rank_gap_text(0)
    assert rank_gap_text(None) == rank_gap_text(float("nan")) == ""


def test_target_rank_charts_have_whole_ranks_and_room_above_rank_1(open_page):
    at = open_page("targets", lang="en", tprovince="quang-ninh")
    figs = figures(at)
    assert set(figs) == {"Quang Ninh: targets and SIPAS results", "Quang Ninh: rank targets and PCI results",
                         "Quang Ninh: score targets and PCI results", "Quang Ninh: targets and PAPI results"}
    for title in ("Quang Ninh: targets and SIPAS results", "Quang Ninh: rank targets and PCI results",
                  "Quang Ninh: targets and PAPI results"):
        spec = figs[title]
        assert_rank_axis(spec["layout"]["yaxis"], plotted_ranks(spec))
        assert spec["layout"]["yaxis"]["range"][1] <= 0.5  # rank 1 on top, at least half a rank below the edge


def test_a_score_targets_year_is_drawn_on_a_score_axis(open_page):
    at = open_page("targets", lang="en", tprovince="quang-ninh")
    figs = figures(at)
    score = {trace["name"]: trace for trace in figs["Quang Ninh: score targets and PCI results"]["data"]}
    missed = score["Missed"]
    assert plotted(missed["x"]) == [2020] and round(plotted(missed["y"])[0], 2) == 75.09
    assert plotted(score["Target: Score 75.3 or more (2020)"]["y"]) == [75.3, 75.3]
    assert "range" not in (figs["Quang Ninh: score targets and PCI results"]["layout"].get("yaxis") or {})
    rank = {trace["name"]: trace for trace in figs["Quang Ninh: rank targets and PCI results"]["data"]}
    assert 2020 not in plotted(rank["Missed"]["x"])  # only 2024's missed rank 1, at rank 2
    assert (plotted(rank["Missed"]["x"]), plotted(rank["Missed"]["y"])) == ([2024], [2])


def test_every_rank_chart_uses_the_rank_axis(open_page):
    at = open_page("rankings", province="vinh-phuc", index="pci", year="2022", lang="en")
    figs = figures(at)
    bump = figs['<a href="sources?lang=en#pci" target="_self">PCI</a>: Ranks over the years']
    assert_rank_axis(bump["layout"]["yaxis"], plotted_ranks(bump))
    marker = figs["PCI 2022: Vinh Phuc's place and its target rank"]
    assert_rank_axis(marker["layout"]["xaxis"], [1, 63], reverse=False)  # rank 1 at the left
    compare = figures(open_page("compare", lang="en"))
    bump = compare['<a href="sources?lang=en#pci" target="_self">PCI</a>: Ranks over the years']
    assert_rank_axis(bump["layout"]["yaxis"], plotted_ranks(bump))


def test_rank_axis_helper():
    assert charts.rank_axis([1, 1, 2]) == {"range": [3.5, 0.5], "autorange": False, "tickmode": "array",
                                           "tickvals": [1, 2, 3], "tickformat": "d"}
    wide = charts.rank_axis([1, 51])
    assert wide["range"] == [53.0, -1.0] and wide["tickvals"][:3] == [1, 5, 10]  # 4 % of 50 ranks: a marker's disc
    assert [round(v, 2) for v in charts.rank_axis([3, 15], [20])["range"]] == [20.68, 2.32]
    assert charts.rank_axis([8, 47])["tickvals"][:3] == [8, 15, 20]  # Thanh Hóa PCI: "8" and "10" overlapped
    assert charts.rank_axis([])["autorange"] == "reversed"


def test_profile_cards_keep_the_rank_short_and_the_words_in_a_caption(open_page):
    at = open_page("profile", province="quang-ninh", geo="34", lang="en")  # every 34-view table here is partial
    values = [m.value for m in at.metric]
    assert values == ["92.18%", "90.61%", "73.20", "47.82", "0.7024"]  # the score heads a card, not "1/2*"
    assert all(len(v) <= 8 for v in values)
    captions = [c.value for c in at.caption]
    assert {"Rank: 1 of the 5 with a value · ◐ Derived", "Rank: 1 of the 32 with a value · ◐ Derived"} <= \
        set(captions)
    at = open_page("profile", province="quang-ninh", lang="en")
    assert [(m.value, m.delta) for m in at.metric] == [("4/63", "-3"), ("1/63", "0"), ("2/63", "-1"),
                                                       ("1/61", "0"), ("12/63", "-9")]
    captions = [c.value for c in at.caption]
    assert {"-3 since 2023", "-9 since 2022"} <= set(captions)
    vi = open_page("profile", province="quang-ninh", geo="34")
    assert all(len(m.value) <= 8 for m in vi.metric)
    assert "Hạng: 1 trong 32 tỉnh có số liệu · ◐ Tính toán" in [c.value for c in vi.caption]


def test_a_targets_rank_chart_plots_ranks_on_one_scale(open_page):
    dti = figures(open_page("targets", tprovince="thanh-hoa"))["Thanh Hóa: mục tiêu và kết quả DTI"]
    results = dti["data"][0]
    assert (results["x"], results["y"]) == ([2024], [5])  # not 2021's "2nd of the 3 with a value" beside 5/34


def test_a_miss_without_a_rank_is_drawn_at_the_best_rank_it_could_have(open_page):
    """Quảng Ninh's SIPAS 2024 miss (no rank of its own; 1st and 2nd held by others) is drawn at 2nd, the best it
    could be, not at the 1st place its target names."""
    at = open_page("targets", lang="en", tprovince="quang-ninh")
    spec = figures(at)["Quang Ninh: targets and SIPAS results"]
    missed = [trace for trace in spec["data"] if trace.get("name") == "Missed"]
    assert len(missed) == 1
    points = dict(zip(plotted(missed[0]["x"]), plotted(missed[0]["y"]), strict=True))
    assert points[2024] == 2


def test_an_improvement_target_says_what_it_was_measured_against(open_page):
    """Kiên Giang, "improve PCI from 2019": 56th in 2022 against 31st in 2018, the year before the plan began (the
    profile's card compares 2022 with 2021 instead, so without the base the verdict reads as a contradiction)."""
    at = open_page("targets", lang="en", tprovince="kien-giang")
    table = at.dataframe[0].value.set_index("Index")
    assert (table.loc["PCI", "Status"], table.loc["PCI", "Result that year"]) == \
        ("Missed", "56/63 · 62.24 · against rank 31 in 2018")


def test_a_score_target_on_another_scale_says_what_it_is_on_the_index(open_page):
    """Khánh Hòa's DTI plan asks for 800 points (of 1,000); DTI's scale is 0-1."""
    at = open_page("targets", tprovince="khanh-hoa")
    targets = set(at.dataframe[0].value["Mục tiêu"])
    assert "Đạt từ 800 điểm (0.8 theo thang của chỉ số)" in targets and "Đạt từ 800 điểm" not in targets
