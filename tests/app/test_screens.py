"""Screens a leader could quote: every headline figure is the one it says it is (issue 15, part A)."""

from __future__ import annotations

import json


def metrics_of(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_overview_leader_is_the_rank_1_province_not_the_first_row(open_page):
    at = open_page("overview", index="dti", year="2022", geo="34")
    assert metrics_of(at)["Dẫn đầu trong 2 tỉnh có số liệu"] == "Quảng Ninh"
    at = open_page("overview", index="papi", year="2024", geo="34")
    assert metrics_of(at)["Dẫn đầu trong 32 tỉnh có số liệu"] == "Quảng Ninh"


def test_overview_mean_says_what_it_is(open_page):
    pci = metrics_of(open_page("overview", index="pci", year="2024"))
    assert pci["Trung bình của 5 tỉnh có số liệu"] == "71.39"
    assert "Trung bình cả nước" not in pci
    par = metrics_of(open_page("overview", index="par_index", year="2024"))
    assert par["Trung bình cả nước (nguồn công bố)"] == "88.37%"
    full = metrics_of(open_page("overview", index="pci", year="2022", lang="en"))
    assert full["National mean"] == "65.53"


def test_overview_regional_means_are_published_or_say_how_few(open_page):
    at = open_page("overview", index="par_index", year="2024")
    table = next(m.value for m in at.markdown if m.value.startswith("| Vùng"))
    assert "| Đồng bằng sông Hồng | 90\\.17% | Nguồn công bố |" in table
    at = open_page("overview", index="pci", year="2024")
    table = next(m.value for m in at.markdown if m.value.startswith("| Vùng"))
    assert "| Đồng bằng sông Hồng | 72\\.14 | Chỉ 3/11 tỉnh có số liệu |" in table


def line_segments(trace: dict) -> list[list[float]]:
    """The x values of each unbroken run of a line trace (a None y breaks it)."""
    runs: list[list[float]] = [[]]
    for x, y in zip(trace["x"], trace["y"], strict=True):
        if y is None:
            runs.append([])
        else:
            runs[-1].append(x)
    return [r for r in runs if r]


def chart(at, key_title: str) -> dict:
    specs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    return next(s for s in specs if key_title in s["layout"]["title"]["text"])


def test_trend_lines_break_at_every_method_break(open_page):
    at = open_page("compare", index="papi", provinces="ha-noi,can-tho", lang="en")
    trace = chart(at, "PAPI over the years")["data"][0]
    runs = line_segments(trace)
    assert any(r[-1] == 2017 for r in runs) and any(r[0] == 2018 for r in runs)
    at = open_page("compare", index="pci", provinces="ha-noi,can-tho", lang="en")
    runs = line_segments(chart(at, "PCI over the years")["data"][0])
    ends = [(r[0], r[-1]) for r in runs]
    assert ends == [(2005, 2005), (2006, 2008), (2009, 2012), (2013, 2022), (2024, 2024)]  # Hà Nội: no PCI 2023


def test_regional_mean_lines_break_at_method_breaks(open_page):
    at = open_page("regions", index="papi", lang="en")
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    trace = next(t for t in spec["data"] if t.get("mode") == "lines+markers")
    assert 2017.5 in trace["x"] and trace["y"][trace["x"].index(2017.5)] is None
