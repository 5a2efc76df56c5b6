"""Screens a leader could quote: every headline figure is the one it says it is (issue 15, part A)."""

from __future__ import annotations


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
