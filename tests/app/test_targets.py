"""The targets page, the profile's targets and what-if, and the rankings page's target marker, on the real
warehouse: real statuses, real gaps, filters and the what-if kept in the URL and validated."""

from __future__ import annotations

import io
import json

import pandas as pd

from etl.paths import WAREHOUSE
from metrics.connection import open_warehouse
from metrics.targets import target_table
from tests.app.test_pages import plotted
from tests.app.test_url_state import CHOICES
from tests.support.screen import plain_table
from ui import downloads
from ui.targets import csv_frame
from ui.url_state import parse


def test_every_target_is_listed_with_counts_per_index(open_page):
    at = open_page("targets")
    assert at.title[0].value == "Mục tiêu của các tỉnh và kết quả"
    counts = plain_table(at, "Chỉ số")
    assert counts[0] == ["Chỉ số", "Đạt", "Không đạt", "Chưa xác định", "Chưa công bố"]
    assert ["PCI", "8", "13", "10", "7"] in counts
    grid = at.dataframe[0]
    assert len(grid.value) == 90
    config = json.loads(grid.proto.columns)
    assert list(grid.value.columns[:4]) == ["Tỉnh, thành phố", "Chỉ số", "Mục tiêu", "Kết quả"]
    assert sum(config[c]["width"] for c in grid.value.columns[:4]) <= 356 and config["Tỉnh, thành phố"]["pinned"]
    assert not at.warning


def test_filters_come_from_the_url_and_show_that_years_verdict(open_page):
    at = open_page("targets", status="missed", tyear="2020", tindex="pci", lang="en")
    table = at.dataframe[0].value
    assert len(table) == 6
    phu_yen = table[table["Province"] == "Phu Yen"].iloc[0]
    assert (phu_yen["Target"], phu_yen["Status"], phu_yen["Result that year"], phu_yen["Score at the target rank"],
            phu_yen["Gap"]) == ("Rank 20 or better", "Missed", "42/63 · 62.84", "64.56 (Dong Nai)", "22 ranks short")
    tuyen_quang = table[table["Province"] == "Tuyen Quang"].iloc[0]  # a rank target's gap is in places, not score
    assert (tuyen_quang["Result that year"], tuyen_quang["Gap"]) == ("31/63 · 63.46 · against rank 32 in 2019",
                                                                     "1 rank short")
    assert (at.query_params["status"], at.query_params["tyear"]) == ("missed", "2020")


def test_a_province_chart_of_targets_against_results(open_page):
    at = open_page("targets", tprovince="vinh-phuc")
    table = at.dataframe[0].value
    assert table[["Mục tiêu", "Kết quả", "Năm xét", "Chênh lệch"]].values.tolist() == [
        ["Hạng 15 trở lên", "Đạt", "2022", "hơn 7 bậc"]]
    charts = at.get("plotly_chart")
    assert len(charts) == 1
    spec = json.loads(charts[0].proto.spec)
    assert spec["layout"]["title"]["text"] == "Vĩnh Phúc: mục tiêu và kết quả PCI"
    traces = {trace["name"]: trace for trace in spec["data"]}
    assert plotted(traces["Mục tiêu: Hạng 15 trở lên (2021–2025)"]["y"]) == [15, 15]
    assert (plotted(traces["Đạt"]["x"]), plotted(traces["Đạt"]["y"])) == ([2021, 2022], [5, 8])


def test_bad_target_parameters_are_refused_and_dropped(open_page):
    state, bad = parse({"tindex": "pcx", "status": "<b>met</b>", "target": "pci:99", "tyear": "1990",
                        "tprovince": "vinh-phuc"}, CHOICES)
    assert [name for name, _ in bad] == ["tindex", "tyear", "status", "target"]
    assert state.targets == {"tprovince": "vinh-phuc"}
    assert parse({"target": "dti:34", "status": "cannot_tell"}, CHOICES)[0].targets == {"status": "cannot_tell"}
    assert parse({"target": "papi:34"}, CHOICES)[0].to_params()["target"] == "papi:34"
    at = open_page("targets", tindex="pcx", status="<b>met</b>", target="pci:99", tyear="1990")
    assert not {"tindex", "status", "target", "tyear"} & set(at.query_params)
    assert len(at.dataframe[0].value) == 90


def test_profile_lists_the_targets_and_the_what_if_from_the_url(open_page):
    at = open_page("profile", province="vinh-phuc", target="pci:5", year="2022")
    rows = plain_table(at, "Chỉ số", "Mục tiêu")
    columns = [rows[0].index(c) for c in ("Mục tiêu", "Kết quả", "Kết quả năm xét")]
    assert [[row[c] for c in columns] for row in rows[1:]] == [["Hạng 15 trở lên (2021–2025)", "Đạt (2022)",
                                                                "8/63 · 68.91 — hơn 7 bậc"]]
    assert rows[0] == ["Chỉ số", "Mục tiêu", "Kết quả", "Kết quả năm xét", "Nguồn"]  # five columns fit a phone
    lines = [m.value for m in at.markdown]
    assert "PCI 2022: hạng 5 là Đồng Tháp với 69.68." in lines
    assert "Vĩnh Phúc đạt 68.91 (hạng 8): thiếu 0.77." in lines
    assert at.query_params["target"] == "pci:5"


def test_rankings_mark_the_chosen_provinces_target_rank(open_page):
    at = open_page("rankings", province="vinh-phuc", index="pci", year="2022")
    assert "Mục tiêu của Vĩnh Phúc: Hạng 15 trở lên (2021–2025) · 2022: Đạt" in [m.value for m in at.markdown]
    figs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    marker = [f for f in figs if f["layout"]["title"]["text"] == "PCI 2022: vị trí của Vĩnh Phúc và hạng mục tiêu"]
    assert len(marker) == 1 and [shape["x0"] for shape in marker[0]["layout"]["shapes"]] == [15]


def test_csv_download_holds_the_rows_shown_with_codes():
    frame = csv_frame(target_table(open_warehouse(WAREHOUSE)))
    read = pd.read_csv(io.BytesIO(downloads.csv_bytes(frame)), encoding="utf-8-sig")
    assert len(read) == 90
    vinh_phuc = read[read["province"] == "Vĩnh Phúc"].iloc[0]
    assert (vinh_phuc["status"], vinh_phuc["status_year"], vinh_phuc["rank"], round(vinh_phuc["gap"], 2)) == \
        ("met", 2022, 8, 1.03)


def test_the_what_if_of_a_merged_province_answers_from_the_34_province_view(open_page):
    at = open_page("profile", province="phu-tho", geo="34", lang="en")
    said = [m.value for m in at.markdown]
    assert "PCI 2022: rank 10 was Can Tho with 66.74." in said  # of 34; the 63-province 10th was Long An
    assert "Phu Tho had 66.01 (rank 16): 0.73 short." in said  # 66.74 - 66.01, as both are shown
    assert at.number_input(key="whatif_rank").max == 34


def test_a_chosen_province_without_matching_targets_is_not_asked_to_choose_one(open_page):
    at = open_page("targets", lang="en", tindex="pci", status="met", tprovince="quang-ninh")  # its two were missed
    assert [i.value for i in at.info] == ["No target matches the filters."]
    assert not [c.value for c in at.caption if c.value.startswith("Choose a province")]
    assert at.selectbox(key="pick_tprovince").format_func("quang-ninh") == "Quang Ninh"
