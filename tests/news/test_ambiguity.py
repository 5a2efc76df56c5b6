"""Sentences the extractor must report instead of guessing, and where the reports point."""

from __future__ import annotations

import unicodedata


def test_two_provinces_with_figures_that_cannot_be_attached(extract):
    text = "Năm 2022, Hải Phòng và Quảng Ninh đạt lần lượt 91,2% và 92,18% về chỉ số CCHC."
    facts, ambiguities = extract(text)
    assert facts == []
    assert [(a.span_start, a.span_end) for a in ambiguities] == [(0, len(text))]
    assert ambiguities[0].reason == "figures listed 'respectively' for several names"


def test_a_figure_before_both_provinces_is_not_given_to_either(extract):
    facts, ambiguities = extract("Năm 2022, với 92,18%, Quảng Ninh vượt Hải Phòng về chỉ số CCHC.")
    assert facts == []
    assert ambiguities[0].reason == "a figure comes before the first province named"


def test_a_province_named_without_a_figure_makes_the_sentence_ambiguous(extract):
    _, ambiguities = extract("Năm 2022, chỉ số CCHC của Hà Nam xếp thứ 20, sau Ninh Bình.")
    assert ambiguities[0].reason == "2 provinces named and Ninh Bình has no figure of its own"


def test_the_year_comes_from_the_heading_only_when_the_heading_has_exactly_one(extract):
    body = "Chỉ số CCHC của Hà Nam đạt 86,2%."
    facts, _ = extract(f"Chỉ số CCHC năm 2022: nhiều tỉnh tiến bộ\n{body}")
    assert [(f.year, f.value) for f in facts] == [(2022, 86.2)]
    facts, ambiguities = extract(f"So sánh chỉ số CCHC năm 2021 và năm 2022\n{body}")
    assert facts == [] and ambiguities[0].reason == "no year named in the sentence, its paragraph or the heading"


def test_the_heading_year_is_not_taken_from_a_later_sentence(extract):
    facts, ambiguities = extract("Chỉ số CCHC của Hà Nam đạt 86,2%. Năm 2022 là năm bản lề.")
    assert facts == [] and ambiguities[0].reason == "no year named in the sentence, its paragraph or the heading"


def test_no_index_and_other_statistics(extract):
    reason = extract("Năm 2022, Hà Nam đạt 86,2%.")[1][0].reason
    assert reason == "no index named in the sentence, its paragraph or the heading"
    assert extract("Năm 2022, chỉ số PCI của Hà Nam xếp thứ 20, GRDP tăng 9,1%.")[0][0].rank == 20
    assert extract("Năm 2022, GRDP của Hà Nam tăng 9,1%.") == ([], [])


def test_a_province_not_in_the_geography_of_the_year(extract):
    facts, ambiguities = extract("Năm 2025, chỉ số CCHC của Hà Giang xếp thứ 5.")
    assert facts == []
    assert ambiguities[0].reason == "'Hà Giang' is not a province of the 34-province geography in 2025"


def test_sentences_without_figures_yield_nothing(extract):
    assert extract("Năm 2022, Quảng Ninh tiếp tục đẩy mạnh cải cách hành chính.\nSIPAS là chỉ số quan trọng.") == (
        [], [])


def test_spans_point_into_the_callers_text_even_with_decomposed_accents(extract):
    first = "Năm 2021, Hà Tây không còn."
    second = "Năm 2022, chỉ số CCHC của Hưng Yên xếp thứ 12."
    for text in (f"{first} {second}", unicodedata.normalize("NFD", f"{first} {second}")):
        facts, _ = extract(text)
        fact = facts[0]
        assert unicodedata.normalize("NFC", text[fact.span_start:fact.span_end]) == second
        assert fact.span_end == len(text)


def test_abbreviations_do_not_end_a_sentence(extract):
    facts, ambiguities = extract("Năm 2020, TP. Hồ Chí Minh xếp thứ 12 về chỉ số SIPAS. Dr. Lan nói vậy.")
    assert ambiguities == [] and [(f.subject, f.rank, f.span_start) for f in facts] == [("Hồ Chí Minh", 12, 0)]
