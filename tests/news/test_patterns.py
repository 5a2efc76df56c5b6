"""One test per phrasing the extractor promises to read (docs/NEWS_FACTS.md), with the exact values."""

from __future__ import annotations

import pytest

from etl.news.mentions import to_float


def only(facts):
    assert len(facts) == 1, facts
    return facts[0]


@pytest.mark.parametrize(("phrase", "index"), [
    ("PAR INDEX", "par_index"), ("Chỉ số cải cách hành chính", "par_index"), ("chỉ số CCHC", "par_index"),
    ("SIPAS", "sipas"), ("Chỉ số hài lòng về sự phục vụ hành chính", "sipas"),
    ("PCI", "pci"), ("Chỉ số năng lực cạnh tranh cấp tỉnh", "pci"),
    ("PAPI", "papi"), ("Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh", "papi"),
    ("DTI", "dti"), ("Chỉ số chuyển đổi số cấp tỉnh", "dti"),
    ("Public Administration Reform Index", "par_index"), ("Provincial Competitiveness Index", "pci"),
    ("Digital Transformation Index", "dti"),
])
def test_index_names(phrase, index, extract):
    fact = only(extract(f"Năm 2022, {phrase} của Quảng Ninh xếp thứ 9.")[0])
    assert (fact.index, fact.rank) == (index, 9)


@pytest.mark.parametrize(("text", "year"), [
    ("Năm 2022, chỉ số PCI của Quảng Ninh xếp thứ 9.", 2022),
    ("Chỉ số PCI năm 2021 của Quảng Ninh xếp thứ 9.", 2021),
    ("Chỉ số PCI 2020 của Quảng Ninh xếp thứ 9.", 2020),
    ("In 2019, Quang Ninh ranked 9th in the PCI.", 2019),
    ("Chỉ số PCI năm 2022 của Quảng Ninh xếp thứ 9, tăng 2 bậc so với năm 2021.", 2022),
    ("Ngày 12/4/2023, chỉ số PCI năm 2022 của Quảng Ninh được công bố xếp thứ 9.", 2022),
])
def test_years_comparisons_and_dates_are_not_the_year(text, year, extract):
    facts, ambiguities = extract(text)
    assert ambiguities == [] and {f.year for f in facts} == {year}


@pytest.mark.parametrize(("name", "subject", "code"), [
    ("tỉnh Bắc Giang", "Bắc Giang", "24"), ("thành phố Đà Nẵng", "Đà Nẵng", "48"),
    ("TP. Hồ Chí Minh", "Hồ Chí Minh", "79"), ("TP.HCM", "Hồ Chí Minh", "79"), ("HCMC", "Hồ Chí Minh", "79"),
    ("Ba Ria - Vung Tau", "Bà Rịa - Vũng Tàu", "77"), ("BRVT", "Bà Rịa - Vũng Tàu", "77"),
    ("Hanoi", "Hà Nội", "01"), ("Thua Thien Hue", "Thừa Thiên Huế", "46"), ("Đắc Lắc", "Đắk Lắk", "66"),
])
def test_provinces_through_the_alias_table(name, subject, code, extract):
    fact = only(extract(f"Năm 2022, chỉ số PCI của {name} xếp thứ 9.")[0])
    assert (fact.subject, fact.province_code) == (subject, code)


@pytest.mark.parametrize(("phrase", "value", "unit", "metric"), [
    ("đạt 91,43%", 91.43, "%", "PAR INDEX"),
    ("đạt 91,43 điểm", 91.43, "points", "PAR INDEX (points)"),
    ("đạt 79,05/100 điểm", 79.05, "points", "PAR INDEX (points /100)"),
    ("scored 92.18%", 92.18, "%", "PAR INDEX"),
    ("đạt 88 phần trăm", 88.0, "%", "PAR INDEX"),
])
def test_scores(phrase, value, unit, metric, extract):
    fact = only(extract(f"Năm 2023, chỉ số CCHC của Hải Phòng {phrase}.")[0])
    assert (fact.value, fact.unit, fact.metric, fact.rank) == (value, unit, metric, None)


def test_a_score_without_unit_needs_a_decimal_and_a_verb(extract):
    fact = only(extract("Năm 2022, chỉ số DTI của Đà Nẵng đạt 0,6547.")[0])
    assert (fact.metric, fact.value, fact.unit) == ("dti_score", 0.6547, "")
    assert extract("Năm 2022, chỉ số DTI của Đà Nẵng có 8 trụ cột.") == ([], [])


@pytest.mark.parametrize(("phrase", "rank", "of"), [
    ("xếp thứ 7/63", 7, 63), ("đứng thứ 3", 3, None), ("ở vị trí thứ 14/63", 14, 63), ("dẫn đầu", 1, None),
    ("đứng đầu cả nước", 1, None), ("xếp hạng 7", 7, None), ("xếp thứ nhất", 1, None), ("xếp thứ ba", 3, None),
    ("ranked 7th out of 63", 7, 63), ("ranked first", 1, None), ("came first", 1, None), ("topped the list", 1, None),
    ("tăng từ thứ 15 lên thứ 9", 9, None),
])
def test_ranks(phrase, rank, of, extract):
    fact = only(extract(f"Năm 2023, chỉ số PCI của Long An {phrase}.")[0])
    assert (fact.metric, fact.rank, fact.rank_of, fact.value) == ("PCI rank", rank, of, None)


@pytest.mark.parametrize("phrase", ["thuộc nhóm dẫn đầu", "người đứng đầu", "là một trong các tỉnh dẫn đầu"])
def test_leading_groups_and_heads_of_office_are_not_rank_one(phrase, extract):
    assert extract(f"Năm 2023, chỉ số PCI của Long An {phrase}.") == ([], [])


@pytest.mark.parametrize(("phrase", "code", "region", "size"), [
    ("xếp 4/11 tỉnh, thành thuộc đồng bằng sông Hồng", "DBSH", "Đồng bằng sông Hồng", 11),
    ("đứng thứ 2 trong 5 tỉnh Tây Nguyên", "TN", "Tây Nguyên", 5),
    ("dẫn đầu vùng Đồng bằng sông Cửu Long", "DBSCL", "Đồng bằng sông Cửu Long", None),
    ("ranked 3rd of 14 provinces in the Northern Midlands and Mountains", "TDMNPB",
     "Trung du và miền núi phía Bắc", 14),
])
def test_regional_ranks_resolve_to_catalogue_regions(phrase, code, region, size, extract):
    fact = only(extract(f"Năm 2022, chỉ số CCHC của Vĩnh Phúc {phrase}.")[0])
    suffix = f" (of {size})" if size else ""
    assert (fact.region_code, fact.region_size) == (code, size)
    assert fact.metric == f"PAR INDEX rank within {region}{suffix}"


@pytest.mark.parametrize(("phrase", "metric", "value"), [
    ("tăng 3 bậc", "PAR INDEX rank change (places)", 3),
    ("giảm 2 bậc", "PAR INDEX rank change (places)", -2),
    ("tăng 1,2 điểm", "PAR INDEX change (points)", 1.2),
    ("giảm 0,75%", "PAR INDEX change (%)", -0.75),
    ("tăng 3 bậc so với năm 2021", "PAR INDEX rank change vs 2021 (places)", 3),
    ("dropped two places", "PAR INDEX rank change (places)", -2),
])
def test_changes(phrase, metric, value, extract):
    fact = only(extract(f"Năm 2022, chỉ số CCHC của Hà Nam {phrase}.")[0])
    assert (fact.metric, fact.value) == (metric, value)


def test_decimal_commas_and_points():
    assert to_float("91,43", None) == 91.43
    assert to_float("92.18", None) == 92.18
    assert to_float("0,8002", "vi") == 0.8002
    assert to_float("1.234", "vi") == 1234.0
    assert to_float("1,234", "en") == 1234.0
    assert to_float("1.234", "en") == 1.234


def test_lang_narrows_the_phrasings(extract):
    english = "In 2023, Quang Ninh ranked 9th in the PCI."
    assert only(extract(english, lang="en")[0]).rank == 9
    assert extract(english, lang="vi") == ([], [])
