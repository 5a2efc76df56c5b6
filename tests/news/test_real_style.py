"""Issue 16: news as it is really written (context outside the sentence, comparison years, regions, parts,
lists, rank words, English portals, true ambiguity reasons), one test per rule with exact values."""

from __future__ import annotations

from etl.news.text import article_text, strip_html
from tests.news.real_style import REAL_STYLE
from tests.news.scoring import evaluate, table


def facts_of(extract, text):
    facts, ambiguities = extract(text)
    assert ambiguities == [], ambiguities
    return [(f.year, f.subject, f.metric, f.value, f.rank) for f in facts]


def test_the_dev_sentences_score_without_a_wrong_fact():
    score = evaluate(REAL_STYLE)
    assert score.found == score.true_positives, table(score)
    assert score.recall >= 0.95, table(score)


def test_fields_say_where_they_came_from(extract):
    facts, _ = extract("Chỉ số SIPAS năm 2023 của các thành phố trực thuộc trung ương\n"
                       "Đà Nẵng đứng thứ 22/63 (83,38%).")
    assert [(f.subject, f.value, f.rank, f.origin) for f in facts] == [
        ("Đà Nẵng", 83.38, 22, "index=heading;province=sentence;year=heading")]
    facts, _ = extract("Tin tức\nChỉ số CCHC năm 2022 của Bắc Kạn đạt 81,33%. Tỉnh xếp thứ 60/63.")
    assert [f.origin for f in facts] == ["index=sentence;province=sentence;year=sentence",
                                         "index=paragraph;province=paragraph;year=paragraph"]


def test_a_bare_tinh_is_the_province_named_before_it_in_the_sentence_not_the_headings(extract):
    text = "Chỉ số CCHC năm 2022 của Hà Giang\nNăm 2022, Lào Cai đạt 84,1%, tỉnh xếp thứ 12."
    assert facts_of(extract, text) == [(2022, "Lào Cai", "PAR INDEX", 84.1, 12)]


def test_a_comparison_years_parenthesis_is_a_fact_of_that_year(extract):
    text = "Năm 2021, tỉnh Cao Bằng xếp hạng 32/63 về Chỉ số CCHC, tăng 20 bậc so với năm 2020 (52/63)."
    assert facts_of(extract, text) == [
        (2021, "Cao Bằng", "PAR INDEX rank", None, 32),
        (2021, "Cao Bằng", "PAR INDEX rank change vs 2020 (places)", 20.0, None),
        (2020, "Cao Bằng", "PAR INDEX rank", None, 52)]


def test_a_publication_year_is_not_the_figures_year(extract):
    text = "Tháng 4 năm 2024, Bộ Nội vụ công bố Chỉ số CCHC năm 2023: Hà Nam đạt 88,2%."
    assert facts_of(extract, text) == [(2023, "Hà Nam", "PAR INDEX", 88.2, None)]


def test_a_rank_in_a_named_region_is_regional_and_the_national_one_stays_national(extract):
    text = "Năm 2022, DTI của Kiên Giang đứng thứ 2 tại vùng Đồng bằng sông Cửu Long, đứng thứ 8 cả nước."
    assert facts_of(extract, text) == [(2022, "Kiên Giang", "dti_rank", None, 8),
                                       (2022, "Kiên Giang", "DTI rank within Đồng bằng sông Cửu Long", None, 2)]


def test_parts_carry_the_catalogue_indicator(extract):
    facts, _ = extract("Năm 2023, Chỉ số DTI của Bắc Giang đạt 0,61; trụ cột kinh tế số đạt 0,4512, xếp thứ 9.")
    assert [(f.metric, f.indicator, f.value, f.rank) for f in facts] == [
        ("dti_score", "total", 0.61, None), ("kinh_te_so_score", "kinh_te_so", 0.4512, 9)]
    facts, _ = extract("Năm 2022, lĩnh vực cải cách thủ tục hành chính của Chỉ số CCHC tỉnh Hà Nam đạt 12,5/13 điểm.")
    assert [(f.metric, f.indicator, f.value) for f in facts] == [
        ("component: Cải cách thủ tục hành chính (points /13)", "linh_vuc_tthc", 12.5)]


def test_a_rank_before_la_province_is_that_provinces(extract):
    text = "Năm 2023, về Chỉ số SIPAS, đứng đầu là Hải Phòng với 91,2%; đứng cuối là Bình Thuận với 78,4%."
    assert facts_of(extract, text) == [(2023, "Hải Phòng", "SIPAS", 91.2, 1), (2023, "Bình Thuận", "SIPAS", 78.4, 63)]


def test_rank_words_and_groups(extract):
    assert facts_of(extract, "Năm 2025, chỉ số CCHC của Lâm Đồng xếp cuối bảng.") == [
        (2025, "Lâm Đồng", "PAR INDEX rank", None, 34)]
    assert facts_of(extract, "Năm 2022, chỉ số SIPAS của Hà Nam xếp thứ tư.") == [
        (2022, "Hà Nam", "SIPAS rank", None, 4)]
    assert extract("Năm 2022, Hà Nam lọt top 10 tỉnh dẫn đầu chỉ số SIPAS.") == ([], [])
    assert extract("Kết quả đánh giá chuyển đổi số năm 2022 của tỉnh Trà Vinh") == ([], [])
    assert facts_of(extract, "Năm 2023, An Giang giữ vững vị trí thứ 5 về chỉ số SIPAS.") == [
        (2023, "An Giang", "SIPAS rank", None, 5)]


def test_ambiguity_reasons_name_what_is_missing(extract):
    assert [a.reason for a in extract("Năm 2022, tỉnh đạt 84,1%, xếp thứ 20/63.")[1]] == [
        "no index and no province named in the sentence, its paragraph or the heading"]
    assert [a.reason for a in extract("Chỉ số CCHC đạt 84,1%, xếp thứ 20/63.")[1]] == [
        "no province and no year named in the sentence, its paragraph or the heading"]


def test_an_article_starts_at_its_h1_or_else_at_its_title_and_strip_html_keeps_everything():
    page = ("<html><head><title>Sở Nội vụ</title></head><body><ul><li>Chuyển đổi số</li><li>Năm 2019</li></ul>"
            "<h1>Chỉ số DTI năm 2022 của Hà Nam</h1><p>Tỉnh xếp thứ 9.</p></body></html>")
    assert article_text(page) == "Chỉ số DTI năm 2022 của Hà Nam\nTỉnh xếp thứ 9."
    assert strip_html(page).startswith("Chuyển đổi số\nNăm 2019\nChỉ số DTI")
    page = "<html><head><title>PAR INDEX 2021 của Bắc Ninh</title></head><body><p>Tỉnh xếp thứ 9.</p></body></html>"
    assert article_text(page) == "PAR INDEX 2021 của Bắc Ninh\nTỉnh xếp thứ 9."


def test_a_figure_of_an_unknown_part_is_reported_not_given_to_the_index(extract):
    facts, ambiguities = extract("Năm 2022, chỉ số thành phần Tính sáng tạo của PCI Đà Nẵng đạt 6,5 điểm.")
    assert facts == [] and [a.reason for a in ambiguities] == [
        "a figure of a part ('chỉ số thành phần') not in the vocabulary of etl/news/components.py"]


def test_pci_sub_indices_and_papi_dimensions_count_only_under_their_index(extract):
    facts, _ = extract("Năm 2022, chỉ số thành phần Tính minh bạch của PCI Đà Nẵng đạt 6,5 điểm.")
    assert [(f.metric, f.indicator, f.value) for f in facts] == [("sub-index Tính minh bạch", "tinh_minh_bach", 6.5)]
    facts, _ = extract("Năm 2022, PAPI của Hà Nam đứng thứ 2 về kiểm soát tham nhũng trong khu vực công.")
    assert [(f.metric, f.indicator, f.rank) for f in facts] == [
        ("sub-index Kiểm soát tham nhũng trong khu vực công rank", "d4", 2)]
    facts, ambiguities = extract("Chỉ số CCHC năm 2022 của Hà Nam\nVề tính minh bạch, tỉnh đạt 8,1 điểm.")
    assert facts == [] and [a.reason for a in ambiguities] == [
        "a figure after 'Tính minh bạch', a part of pci, in a sentence about another index"]


def test_relative_years_and_shares(extract):
    _, ambiguities = extract("Năm 2023, Quảng Ninh đứng đầu về chỉ số CCHC, năm nay tụt ba bậc.")
    assert [a.reason for a in ambiguities] == [
        "a year named relative to another ('năm nay', 'năm ngoái', 'last year') beside a year"]
    assert extract("Chỉ số CCHC năm 2023 của Hà Nam\nTỉnh đã cắt giảm 20% thời gian giải quyết.") == ([], [])


def test_a_portal_page_with_menu_table_and_related_links(extract):
    page = ("<html><head><title>Sở Nội vụ</title></head><body><div><a>Chuyển đổi số</a></div>"
            "<h1>Kết quả Chỉ số CCHC năm 2023 của tỉnh Đồng Nai</h1><p>Thứ Hai, 15/04/2024 10:20</p>"
            "<p>Chỉ số CCHC năm 2023 của tỉnh Đồng Nai đạt 88,52%, xếp thứ 15/63, tăng 5 bậc so với năm 2022.</p>"
            "<p>Cụ thể, điểm thẩm định đạt 53,12/61,5 điểm.</p>"
            "<table><tr><td>1</td><td>Công tác chỉ đạo, điều hành CCHC</td><td>9,5</td></tr></table>"
            "<p>Trong vùng Đông Nam Bộ, Đồng Nai xếp thứ 3, sau Bình Dương.</p>"
            "<h3>Tin liên quan</h3><ul><li>Chỉ số DTI năm 2022 của Đồng Nai xếp thứ 20</li></ul></body></html>")
    facts, ambiguities = extract(article_text(page))
    assert [(f.year, f.metric, f.value, f.rank, f.origin) for f in facts] == [
        (2023, "PAR INDEX", 88.52, 15, "index=sentence;province=sentence;year=sentence"),
        (2023, "PAR INDEX rank change vs 2022 (places)", 5.0, None, "index=sentence;province=sentence;year=sentence"),
        (2023, "sub-index Điểm thẩm định (points /61.5)", 53.12, None, "index=sentence;province=heading;year=heading"),
        (2022, "dti_rank", None, 20, "index=sentence;province=sentence;year=sentence")]
    assert [a.reason for a in ambiguities] == ["2 provinces named and Bình Dương has no figure of its own"]


def test_last_of_a_region_is_the_regions_size_and_a_difference_is_not_a_score(extract):
    assert facts_of(extract, "Năm 2021, chỉ số SIPAS của Kon Tum xếp cuối cùng trong 5 tỉnh Tây Nguyên.") == [
        (2021, "Kon Tum", "SIPAS rank within Tây Nguyên (of 5)", None, 5)]
    assert extract("Chỉ số CCHC năm 2022 của Hà Nam\nKết quả này thấp hơn năm 2021 là 1,4%.") == ([], [])


def test_districts_and_ministries_borrow_no_province(extract):
    reason = "figures beside a district, department or ministry: whose are they?"
    facts, ambiguities = extract("Chỉ số CCHC năm 2023 của tỉnh Bắc Ninh\nUBND huyện Tiên Du dẫn đầu với 95,1%.")
    assert facts == [] and [a.reason for a in ambiguities] == [reason]
    facts, ambiguities = extract("Năm 2023, tại Bắc Ninh, huyện Tiên Du dẫn đầu Chỉ số CCHC với 95,1%.")
    assert facts == [] and [a.reason for a in ambiguities] == [reason]


def test_words_that_fold_like_tinh_are_not_references(extract):
    text = "Chỉ số CCHC năm 2023 của tỉnh Hà Nam\nTính đến nay, Nam Định đạt 88,1%, xếp thứ 20."
    assert facts_of(extract, text) == [(2023, "Nam Định", "PAR INDEX", 88.1, 20)]
