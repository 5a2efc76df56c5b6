"""The Sources & method page says how each index is built, in both languages, under an anchor that chart titles
link to; its tables show translated headings, never raw column names."""

from __future__ import annotations

import json
import re

from tests.support.screen import markdown_table
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
    pci = markdown_table(next(m.value for m in at.markdown if m.value.startswith("| Indicator |")
                              and "Market entry" in m.value))
    assert pci[0] == ["Indicator", "Maximum points", "Years"]
    assert ["Policy bias (equal competition)", "10", "2013–"] in pci and ["SOE bias", "10", "2005–2008"] in pci
    assert any("- 2018: From 2018 PAPI has 8 dimensions" in m for m in text)


def test_the_vietnamese_page_says_it_in_vietnamese(open_page):
    at = open_page("sources")
    text = "\n".join(shown(m.value) for m in at.markdown)
    assert "- **Cơ quan công bố:** Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)." in text
    assert "Từ năm 2024: 8 lĩnh vực, 37 tiêu chí, 88 tiêu chí thành phần" in text
    crosswalk = markdown_table(next(m.value for m in at.markdown if m.value.startswith("| Mã tỉnh mới |")))
    assert crosswalk[0] == ["Mã tỉnh mới", "Tỉnh mới", "Mã tỉnh cũ", "Tỉnh cũ", "Vùng"]
    assert ["25", "Phú Thọ", "26", "Vĩnh Phúc", "Trung du và miền núi phía Bắc"] in crosswalk
    listed = markdown_table(next(m.value for m in at.markdown if m.value.startswith("| Tài liệu |")))
    assert listed[0] == ["Tài liệu", "Cơ quan công bố", "Liên kết", "Điều kiện sử dụng", "Tệp", "Ngày truy cập"]
    assert [r for r in listed if r[4] == "pci/2021.csv"][0][4:] == ["pci/2021.csv", "2026-11-22"]


def test_chart_titles_link_the_index_name_to_its_section(open_page):
    at = open_page("profile", province="vinh-phuc", lang="en")
    titles = [json.loads(c.proto.spec)["layout"]["title"]["text"] for c in at.get("plotly_chart")]
    assert titles[0] == '<a href="sources?lang=en#par_index" target="_self">PAR INDEX</a>: Rank'
    assert charts.index_link("pci\" onclick=\"x", "<b>PCI</b>") == "&lt;b&gt;PCI&lt;/b&gt;"
