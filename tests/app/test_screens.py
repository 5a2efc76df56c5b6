"""Screens a leader could quote: every headline figure is the one it says it is (issue 15, part A)."""

from __future__ import annotations

import json

import pandas as pd

from tests.support.screen import chart_title, plain_cells, plain_table, plain_tables, plotted, ranking_table, title_text


def metrics_of(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_overview_leader_is_the_rank_1_province_not_the_first_row(open_page):
    at = open_page("overview", index="dti", year="2022", geo="34")
    assert metrics_of(at)["Dẫn đầu trong 3 tỉnh có số liệu"] == "Quảng Ninh"
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
    assert ["Đồng bằng sông Hồng", "90.17%", "Nguồn công bố"] in [row[:3] for row in plain_table(at, "Vùng")]
    at = open_page("overview", index="pci", year="2024")
    assert ["Đồng bằng sông Hồng", "72.14", "Chỉ 3/11 tỉnh có số liệu"] in plain_table(at, "Vùng")


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
    return next(s for s in specs if key_title in title_text(s))


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


def test_34_province_switch_opens_the_province_vinh_phuc_became(open_page):
    at = open_page("profile", province="vinh-phuc")
    at.get("button_group")[0].set_value("34").run()
    assert at.title[0].value == "Phú Thọ"
    assert at.query_params["province"] == "phu-tho" and at.query_params["geo"] == "34"
    captions = [c.value for c in at.caption]
    assert "Hợp nhất từ: Phú Thọ, Hòa Bình, Vĩnh Phúc." in captions
    assert "Trung bình của 3 tỉnh cũ" in captions  # PCI 2022 for the merged Phú Thọ is its members' mean
    at.get("button_group")[0].set_value("63").run()
    assert at.title[0].value == "Phú Thọ" and at.query_params["geo"] == "63"


def test_a_province_the_merger_left_as_it_was_says_so(open_page):
    """Thanh Hóa was not merged: not "formed from: Thanh Hóa" and "the mean of its 1 former province"."""
    captions = [c.value for c in open_page("profile", province="thanh-hoa", geo="34").caption]
    assert "Không sáp nhập: vẫn là Thanh Hóa như trước 1/7/2025." in captions
    assert "Số liệu của tỉnh trước sáp nhập" in captions  # PCI 2022
    assert not any(c.startswith("Hợp nhất từ") or "Trung bình của 1 tỉnh cũ" in c for c in captions)


def test_profile_cards_say_why_their_year_is_older_and_zero_is_neutral(open_page):
    at = open_page("profile", province="vinh-phuc", lang="en")
    captions = [c.value for c in at.caption]
    assert "PAPI 2024: no figure for Vinh Phuc; the latest is 2023." in captions
    assert "PCI 2022 has no component scores for this province; below is 2021, the latest with them." in captions
    at = open_page("profile", province="phu-tho", geo="34")
    pci = next(m for m in at.metric if m.value == "16/34")  # direction 2 is NONE, colour 2 GRAY
    assert (pci.proto.delta, str(pci.proto.direction), str(pci.proto.color)) == ("0", "2", "2")
    assert "0 so với 2021" in [c.value for c in at.caption]  # the year compared wraps in a caption, never cut


def test_profile_shows_what_moved_the_rank_and_peers_with_the_province_marked(open_page):
    at = open_page("profile", province="vinh-phuc", lang="en")
    assert "What moved the PCI 2021 rank (against 2020)" in [h.value for h in at.subheader]
    moved = plain_table(at, "Indicator", "2020", "2021")
    assert ["Business support services", "5.03", "7.11", "+2.08", "+35"] in moved
    assert ["Market entry", "8.33", "7.02", "-1.31", "-14"] in moved
    assert ["4/11", "▶ Vinh Phuc", "68.91", "8/63"] in plain_table(at, "Rank in region")
    assert {"text": "▶ Vinh Phuc", "strong": True} in [row[1] for row in plain_cells(at, "Rank in region")]
    at.selectbox(key="pick_component_index").set_value("papi").run()
    assert ["▶ Vinh Phuc", "43.95", "16/61"] in [row[1:] for row in plain_table(at, "Rank in region")]


def test_a_one_point_trend_is_a_sentence_not_a_line(open_page):
    at = open_page("profile", province="an-giang", lang="en")
    at.session_state["trend_tab"] = "DTI"
    at.run()
    assert not [c for c in at.get("plotly_chart") if "DTI" in json.loads(c.proto.spec)["layout"]["title"]["text"]]
    assert "Only one year with a figure: 2022, Rank 54/63." in [c.value for c in at.caption]


def test_rankings_rank_sorts_as_a_number_with_its_denominator_in_its_text(open_page):
    keys, texts, _ = ranking_table(open_page("rankings", index="pci", year="2021"))
    assert list(keys["Hạng"].head(3)) == [1, 2, 3] and list(texts["Hạng"].head(3)) == ["1/63", "2/63", "3/63"]
    assert keys["Hạng"].map(type).eq(float).all()  # 10 sorts after 9, not after 1
    assert list(texts["Điểm"].head(2)) == ["73.02", "70.61"]


def test_a_blank_cell_of_the_rankings_table_is_a_dash_or_empty_never_none(open_page):
    keys, texts, _ = ranking_table(open_page("rankings", index="par_index", year="2023"))
    lao_cai = texts[texts["Tỉnh, thành phố"] == "Lào Cai"].iloc[0]  # ranked 7th, its score not in the news
    assert list(lao_cai) == ["7/63", "Lào Cai", "—", "", "◌"]
    assert pd.isna(keys.loc[lao_cai.name, "Điểm"])  # sorted last, never as a zero
    assert not texts.isin(["None", "nan", "<NA>"]).any().any()


def test_rankings_show_rank_change_and_tiers_only_where_the_index_has_them(open_page):
    at = open_page("rankings", index="pci", year="2021", lang="en")
    table, shown, columns = ranking_table(at)
    assert columns["± rank"]["help"].startswith("Rank change since 2020") and columns["± rank"]["first"] == "desc"
    assert table.loc[1, "Province"] == "Hai Phong" and table.loc[1, "± rank"] == 5  # 7th in 2020, 2nd in 2021
    assert list(shown["± rank"].head(3)) == ["0", "+5", "-1"]  # Quảng Ninh kept 1st: "0", never "+0"
    assert "± rank: Rank change since 2020; blank where the province had no rank in 2020" in \
        at.caption[0].value.splitlines()[1]  # said under the table too: a phone shows no tooltip
    assert "Group" not in table and "Group" not in more_columns(at)[0]  # PCI 2021 has no tiers
    at = open_page("rankings", index="pci", year="2016", lang="en")
    more = more_columns(at)
    assert more[0] == ["Province", "Score change", "Rank in region", "Group"]  # one source, named below
    # +1.66: 70.00 - 68.34 as shown (70.001396 - 68.335213 = 1.67 unrounded)
    assert more[1] == ["Da Nang", "+1.66", "1/14 North Central and Central Coast", "Very good"]
    assert "Ranks as the publisher printed them." in [c.value for c in at.expander[0].caption]
    at = open_page("rankings", index="pci", year="2022", lang="en")  # VCCI printed 15 ranks, the rest from scores
    marked = [row[0] for row in more_columns(at)[1:] if row[0].endswith(" †")]
    assert len(marked) == 48 and "Quang Ninh †" not in marked  # Quảng Ninh's 1st is VCCI's
    assert "† Rank computed from the scores; the others as the publisher printed them." in \
        [c.value for c in at.expander[0].caption]
    assert at.expander[0].caption[0].value.startswith("Source: [")


def test_the_rank_change_column_is_from_the_previous_edition_only(open_page):
    at = open_page("rankings", index="par_index", year="2023", lang="en")
    table, _, columns = ranking_table(at)
    changes = dict(zip(table["Province"], table["± rank"], strict=True))
    assert columns["± rank"]["help"].startswith("Rank change since 2022")
    assert pd.isna(changes["Hau Giang"])  # the warehouse's +44 is from 2016
    assert pd.isna(changes["Thua Thien Hue"])  # -13 from 2021
    assert changes["Quang Ninh"] == 0  # 1st in 2022 and 2023


def more_columns(at) -> list[list[str]]:
    """The table under "More columns", drawn once its expander is opened (it is not laid out while closed)."""
    assert not plain_tables(at.expander[0])
    at.session_state["ranking_more"] = True
    at.run()
    return plain_tables(at.expander[0])[0]


def test_the_rankings_grid_fits_a_phone_and_its_other_columns_wrap_below(open_page):
    for index, year in (("pci", "2021"), ("par_index", "2023")):
        at = open_page("rankings", index=index, year=year)
        _, _, columns = ranking_table(at)
        widths = [c["width"] for c in columns.values()]  # shares of the width, in a phone's pixels
        assert sum(widths) <= 356, (index, widths)  # a 390 px screen less the page's padding and the table's border
        assert at.expander[0].label.startswith("Thêm cột")


def test_a_partial_ranking_says_what_each_rank_is_out_of(open_page):
    at = open_page("rankings", index="par_index", year="2023", lang="en")
    table, shown, columns = ranking_table(at)
    assert "Out of" not in columns  # every rank shown is the ministry's, out of 63
    assert shown["Rank"].str.fullmatch(r"\d+/63|—").all()
    ca_mau = table[table["Province"] == "Ca Mau"].iloc[0]  # 14th of the 22 scores, below Ho Chi Minh's 33rd
    assert pd.isna(ca_mau["Rank"]) and ca_mau["Score"] == 86.89
    more = more_columns(at)
    assert more[0][-1] == "Source"  # each province's figure from its own news report
    assert more[1][:3] == ["Quang Ninh", "+2.08", "—"]  # 5 of the Red River Delta's 11 have a score: no region rank
    at = open_page("rankings", index="sipas", year="2017", lang="en")  # one score, no rank from the ministry
    table, shown, _ = ranking_table(at)
    ranked = shown[table["Rank"].notna()]
    assert list(ranked["Rank"]) == ["1"] and list(ranked["Out of"]) == ["/1*"]
    assert "\\* Rank among the 1 with a value (the source printed no rank for this province)." in \
        at.caption[0].value.splitlines()


def test_compare_keeps_one_province_and_asks_for_a_second_without_resetting(open_page):
    at = open_page("compare", provinces="ha-noi,can-tho")
    at.multiselect(key="pick_provinces").set_value(["ha-noi"]).run()
    assert not at.warning
    assert [i.value for i in at.info] == ["Chọn ít nhất 2 tỉnh để so sánh (đang chọn 1)."]
    assert at.query_params["provinces"] == "ha-noi" and at.multiselect(key="pick_provinces").value == ["ha-noi"]
    at.multiselect(key="pick_provinces").set_value([]).run()
    assert not at.warning and at.multiselect(key="pick_provinces").value == []
    at.multiselect(key="pick_provinces").set_value(["vinh-phuc", "thua-thien-hue"]).run()
    assert at.multiselect(key="pick_provinces").value == ["vinh-phuc", "thua-thien-hue"]
    assert at.query_params["provinces"] == "vinh-phuc,thua-thien-hue"


def test_compare_shows_the_years_scores_ranks_and_gaps(open_page):
    at = open_page("compare", index="papi", year="2019", provinces="ha-noi,can-tho", lang="en")
    assert at.selectbox(key="pick_year").value == 2019
    shown = plain_tables(at)
    assert shown[0][1:] == [["Ha Noi", "41.53", "59/63", "-5.21", ""], ["Can Tho", "45.71", "8/63", "-1.03", "+4.18"]]
    assert ["2019", "-5.21", "-1.03", "46.74"] in plain_table(at, "Year", "Ha Noi", "Can Tho", "Best")
    assert "None" not in str(shown)


def test_compare_keeps_a_rank_only_province_and_says_why_charts_are_empty(open_page):
    at = open_page("compare", index="dti", provinces="ha-noi,vinh-phuc", lang="en")
    captions = [c.value for c in at.caption]
    assert "A rank but no score (not on the score chart): Ha Noi." in captions  # Vĩnh Phúc has 2021's score
    assert "DTI: our sources have no component scores for these provinces up to 2022." in captions
    assert ["Vinh Phuc", "—", "18/63", "", ""] in plain_table(at, "Province")
    at = open_page("compare", index="pci", lang="en")
    assert "PCI 2022 has no component scores for these provinces; below is 2021, the latest with them." in [
        c.value for c in at.caption]
    assert any(chart_title(c) == "PCI: Components in 2021" for c in at.get("plotly_chart"))


def test_compare_draws_the_provinces_components_and_keeps_the_chart_over_a_year_without_them(open_page):
    """PCI 2021's sub-indices of Hà Nội and Đà Nẵng as bars; 2022 has none, so the page says so and keeps 2021's
    chart exactly as it was (a figure that changed would be drawn anew)."""
    at = open_page("compare", index="pci", year="2021", provinces="ha-noi,da-nang", lang="en")
    chart = next(c for c in at.get("plotly_chart") if chart_title(c) == "PCI: Components in 2021")
    spec = json.loads(chart.proto.spec)
    bars = {d["name"]: dict(zip(d["y"], [round(v, 2) for v in plotted(d["x"])], strict=True)) for d in spec["data"]}
    assert list(bars) == ["Ha Noi", "Da Nang"] and len(bars["Ha Noi"]) == 10
    assert bars["Ha Noi"]["Market entry"] == 6.57 and bars["Da Nang"]["Market entry"] == 6.94
    assert bars["Ha Noi"]["Time costs"] == 8.45 and bars["Da Nang"]["Labour policy"] == 7.15
    at.selectbox(key="pick_year").select(2022).run()
    assert "PCI 2022 has no component scores for these provinces; below is 2021, the latest with them." in [
        c.value for c in at.caption]
    assert [c.proto.spec for c in at.get("plotly_chart") if chart_title(c) == "PCI: Components in 2021"] == \
        [chart.proto.spec]


def colour_of(spec: dict, name: str) -> str:
    trace = next(d for d in spec["data"] if d.get("name") == name)
    return (trace.get("line") or {}).get("color") or trace["marker"]["color"]


def test_a_province_keeps_its_colour_on_every_chart(open_page):
    at = open_page("compare", index="pci", provinces="da-nang,ha-noi", lang="en")
    specs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    at = open_page("compare", index="pci", provinces="ha-noi,can-tho,da-nang", lang="en")
    specs += [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    at = open_page("profile", province="ha-noi", lang="en")
    at.session_state["trend_tab"] = "PCI"
    at.run()
    specs += [s for s in (json.loads(c.proto.spec) for c in at.get("plotly_chart")) if s["data"][0]["name"] == "Ha Noi"]
    colours = {colour_of(s, "Ha Noi") for s in specs if any(d.get("name") == "Ha Noi" for d in s["data"])}
    assert len(specs) >= 7 and len(colours) == 1


def test_every_province_picker_finds_a_province_by_its_unaccented_name(open_page):
    wanted = {"Vĩnh Phúc (Vinh Phuc)", "Hồ Chí Minh (Ho Chi Minh)", "Thừa Thiên Huế (Thua Thien Hue)"}
    profile = open_page("profile")
    assert wanted <= set(profile.selectbox(key="pick_province").options)
    compare = open_page("compare")
    assert wanted <= set(compare.multiselect(key="pick_provinces").options)
    rankings = open_page("rankings", index="pci", year="2021")
    assert wanted <= set(rankings.multiselect(key="bump_provinces").options)
    merged = open_page("profile", geo="34", province="hue")
    assert "Huế (Hue)" in merged.selectbox(key="pick_province").options


def test_the_rankings_default_picks_never_become_the_comparison(open_page):
    at = open_page("rankings", index="pci", year="2021", provinces="")
    assert len(at.multiselect(key="bump_provinces").value) == 5  # the top five, drawn by default
    assert at.query_params["provinces"] == ""
    at.multiselect(key="bump_provinces").set_value(["vinh-phuc", "ha-noi"]).run()
    assert at.query_params["provinces"] == "vinh-phuc,ha-noi"


def test_a_year_change_keeps_the_rankings_picker_and_chart_as_they_were(open_page):
    """The same picked provinces make the same picker (its options by name, not in the year's rank order) and the
    same chart in every year: a picker whose 63 options were reordered by each year's ranks was drawn again on
    every year change (about 30 ms side by side, bench/page_parts.py method), and a Plotly chart whose figure
    changes is mounted anew."""
    at = open_page("rankings", index="pci", year="2021", provinces="vinh-phuc,ha-noi,da-nang")

    def shown() -> tuple:
        picker = at.multiselect(key="bump_provinces")
        return picker.proto.id, list(picker.options), at.get("plotly_chart")[0].proto.spec

    before = shown()
    assert before[1][:2] == ["An Giang", "Bà Rịa - Vũng Tàu (Ba Ria - Vung Tau)"]
    assert {line["name"] for line in json.loads(before[2])["data"]} == {"Vĩnh Phúc", "Hà Nội", "Đà Nẵng"}
    at.selectbox(key="pick_year").select(2024).run()
    assert at.title[0].value == "Xếp hạng PCI 2024"
    assert shown() == before


def test_a_components_best_says_how_few_it_is_the_best_of(open_page):
    at = open_page("profile", province="quang-ninh", lang="en")  # PCI 2023: two provinces' components in the press
    table = plain_table(at, "Indicator")
    best = table[0].index("Best")
    assert table[1][best] == "8.54 (Quang Ninh, of the 2 with a score)"
    at = open_page("profile", province="vinh-phuc", lang="en")  # PCI 2021: all 63
    table = plain_table(at, "Indicator")
    assert "with a score" not in " ".join(row[table[0].index("Best")] for row in table[1:])


def test_a_rank_among_a_few_scores_is_no_headline_on_a_profile_card(open_page):
    at = open_page("profile", province="ha-noi", geo="34", lang="en")  # 2024: 2 merged provinces with a score
    assert [(m.label, m.value) for m in at.metric][0] == ("Score", "92.57%")
    assert "Rank: 1 of the 2 with a value · ◐ Derived" in [c.value for c in at.caption]
    assert [m.label for m in open_page("profile", province="vinh-phuc").metric] == ["Hạng"] * 5
