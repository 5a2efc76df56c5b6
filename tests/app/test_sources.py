"""The Sources & method page says how each index is built, in both languages, under an anchor that chart titles
link to; its tables show translated headings, never raw column names."""

from __future__ import annotations

import json
import re

from tests.support.screen import plain_table, plain_tables
from ui import charts

INDICES = ["par_index", "sipas", "pci", "papi", "dti"]


def shown(source: str) -> str:
    """Markdown as read on screen: escaped characters (\\( \\. …) without their backslash."""
    return re.sub(r"\\(.)", r"\1", source)


def test_each_index_has_a_section_with_its_anchor_and_how_it_is_built(open_page):
    at = open_page("sources", lang="en")
    anchors = [s.proto.anchor for s in at.subheader]
    assert anchors[:5] == INDICES
    text = [shown(m.value) for m in at.markdown]
    assert any("- **Publisher:** Vietnam Chamber of Commerce and Industry (VCCI)." in m for m in text)
    assert any("**Scale:** Each dimension at most 10 points; the total at most 60 (6 dimensions, to 2017) or 80"
               in m for m in text)
    pci = next(t for t in plain_tables(at) if t[0][0] == "Indicator" and t[1][0] == "Market entry")
    assert pci[0] == ["Indicator", "Maximum points", "Years"]
    assert ["Policy bias (equal competition)", "10", "2013–"] in pci and ["SOE bias", "10", "2005–2008"] in pci
    assert any("- 2018: From 2018 PAPI has 8 dimensions" in m for m in text)
    tables = {t[1][0]: t for t in plain_tables(at) if t[0][0] == "Indicator"}
    # DTI's pillars are on its 0-1 scale and SIPAS's components percentages, not shares of the total's points;
    # PAR INDEX's four parts end with 2023 and its eight fields begin in 2024.
    assert tables["Digital government"][1][1:] == ["1", "every year"]
    assert tables["Access to services"][1][1:] == ["100", "every year"]
    par = tables["Assessment score"]
    assert par[1] == ["Assessment score", "a share of the total's points (varies by year)", "–2023"]
    assert [r[2] for r in par[1:]] == ["–2023"] * 4 + ["2024–"] * 8


def test_the_vietnamese_page_says_it_in_vietnamese(open_page):
    at = open_page("sources")
    text = "\n".join(shown(m.value) for m in at.markdown)
    assert "- **Cơ quan công bố:** Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)." in text
    assert "Từ năm 2024: 8 lĩnh vực, 37 tiêu chí, 88 tiêu chí thành phần" in text
    crosswalk = plain_table(at, "Mã tỉnh mới")
    assert crosswalk[0] == ["Mã tỉnh mới", "Tỉnh mới", "Mã tỉnh cũ", "Tỉnh cũ", "Vùng"]
    assert ["25", "Phú Thọ", "26", "Vĩnh Phúc", "Trung du và miền núi phía Bắc"] in crosswalk
    listed = plain_table(at, "Tài liệu")
    assert listed[0] == ["Tài liệu", "Cơ quan công bố", "Liên kết", "Điều kiện sử dụng", "Tệp", "Ngày truy cập"]
    assert [r for r in listed if r[4] == "pci/2021.csv"][0][4:] == ["pci/2021.csv", "2026-11-22"]


def test_chart_titles_link_the_index_name_to_its_section(open_page):
    at = open_page("profile", province="vinh-phuc", lang="en")
    titles = [json.loads(c.proto.spec)["layout"]["title"]["text"] for c in at.get("plotly_chart")]
    assert titles[0] == '<a href="sources?lang=en#par_index" target="_self">PAR INDEX</a>: Rank'
    assert charts.index_link("pci\" onclick=\"x", "<b>PCI</b>") == "&lt;b&gt;PCI&lt;/b&gt;"


def test_the_overview_subtitle_names_the_publisher_in_the_screens_language(open_page):
    subtitle = {(index, lang): open_page("overview", index=index, year=year, lang=lang).caption[0].value
                for index, year in (("par_index", "2023"), ("dti", "2022")) for lang in ("vi", "en")}
    assert subtitle["par_index", "en"] == "Public Administration Reform Index — Ministry of Home Affairs"
    assert subtitle["par_index", "vi"] == "Chỉ số cải cách hành chính — Bộ Nội vụ"
    assert subtitle["dti", "en"].endswith(
        " — Ministry of Information and Communications (from 2025 Ministry of Science and Technology)")
    assert subtitle["dti", "vi"].endswith(" — Bộ TT&TT (từ 2025 Bộ KH&CN)")


def _source_list(at) -> list[list[str]]:
    return next(t for t in plain_tables(at) if t[0][0] in ("Tài liệu", "Document"))


def test_the_source_list_is_in_the_screens_language(open_page):
    vi = _source_list(open_page("sources"))
    row = {r[4]: r for r in vi[1:]}
    assert row["par_index/facts.csv"][:2] == ["PAR INDEX: từng số liệu đã được công bố", "Bộ Nội vụ"]
    assert row["sipas/partial_2019.csv"][0] == "SIPAS 2019: các tỉnh được nêu tên trên báo chí (chưa đầy đủ)"
    assert row["sipas/partial_2019.csv"][3] == "Số liệu do Bộ công bố, theo tin báo chí"
    assert row["pci/2021.csv"][3] == "Số liệu © VCCI, công bố tại pcivietnam.vn"
    assert row["dti/2022.csv"][1] == "Bộ Thông tin và Truyền thông (từ 2025 Bộ Khoa học và Công nghệ)"
    shown_vi = "\n".join(" | ".join(r) for r in vi)
    for english in ("individual published facts", "news reports", "as reported in the press", "Figures ©",
                    "(from 2025"):
        assert english not in shown_vi
    en = {r[4]: r for r in _source_list(open_page("sources", lang="en"))[1:]}
    assert en["par_index/facts.csv"][:2] == ["PAR INDEX: individual published facts", "Ministry of Home Affairs"]
    assert en["sipas/partial_2019.csv"][0] == "SIPAS 2019: provinces named in news reports (partial)"
    assert en["sipas/partial_2019.csv"][3] == "Facts published by the ministry, as reported in the press"
    assert en["pci/2021.csv"][3] == "Figures © VCCI, published at pcivietnam.vn"
    assert en["dti/2022.csv"][1] == \
        "Ministry of Information and Communications (from 2025 the Ministry of Science and Technology)"


def test_an_indicator_of_a_single_year_shows_that_year_alone(open_page):
    for lang, name in (("en", "Implementation of central policies"), ("vi", "Thực hiện chính sách trung ương")):
        at = open_page("sources", lang=lang)
        pci = next(t for t in plain_tables(at) if name in (row[0] for row in t))
        assert [name, "10", "2005"] in pci
        assert [r for r in pci if r[2] == "2005–2008"]  # a span of several years keeps its dash
