"""The URL parser accepts only whitelisted values, whatever it is given."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ui.url_state import PARAMS, Choices, parse

CHOICES = Choices(indices=("pci", "papi"), indicators={"pci": ("total", "tinh_minh_bach"), "papi": ("total",)},
                  years={("pci", "63"): (2020, 2021), ("papi", "63"): (2023,), ("pci", "34"): (2021,),
                         ("papi", "34"): ()},
                  slugs={"63": ("ha-noi", "vinh-phuc", "da-nang", "ho-chi-minh"), "34": ("ha-noi", "phu-tho")},
                  regions=("DBSH", "TN"), default_years={("pci", "63"): 2020},
                  counterparts={"34": {"ha-noi": "ha-noi", "vinh-phuc": "phu-tho"}, "63": {"ha-noi": "ha-noi",
                                                                                        "phu-tho": "vinh-phuc"}})


def test_valid_parameters_are_kept():
    state, bad = parse({"index": "pci", "year": "2021", "province": "vinh-phuc", "lang": "en",
                        "provinces": "ha-noi,da-nang", "region": "TN", "indicator": "tinh_minh_bach"}, CHOICES)
    assert bad == []
    assert (state.index, state.year, state.province, state.lang, state.region) == ("pci", 2021, "vinh-phuc", "en",
                                                                                    "TN")
    assert state.provinces == ["ha-noi", "da-nang"] and state.indicator == "tinh_minh_bach"


def test_defaults_and_refusals():
    state, bad = parse({"index": "x", "year": "1999", "province": "nowhere"}, CHOICES)
    assert (state.index, state.year, state.province) == ("pci", 2020, "ha-noi")
    assert [name for name, _ in bad] == ["index", "year", "province"]


def test_a_province_of_the_other_geography_stands_for_its_counterpart():
    state, bad = parse({"geo": "34", "province": "vinh-phuc", "provinces": "vinh-phuc,ha-noi,da-nang"}, CHOICES)
    assert (state.province, state.provinces) == ("phu-tho", ["phu-tho", "ha-noi"])
    assert bad == [("provinces", "vinh-phuc,ha-noi,da-nang")]  # Đà Nẵng: no counterpart in this whitelist
    state, bad = parse({"province": "phu-tho"}, CHOICES)
    assert (state.province, bad) == ("vinh-phuc", [])


def test_an_old_link_to_a_former_province_opens_the_province_it_became(open_page):
    """/profile?province=vinh-phuc&geo=34 (a link from before the merger, with the 34 view): Phú Thọ, which Vĩnh
    Phúc became, not Hà Nội and a warning; Huế's 34-province slug in the 63 view: Thừa Thiên Huế."""
    at = open_page("profile", province="vinh-phuc", geo="34")
    assert (at.title[0].value, len(at.warning)) == ("Phú Thọ", 0)
    at = open_page("profile", province="hue")
    assert (at.title[0].value, len(at.warning)) == ("Thừa Thiên Huế", 0)


def test_a_year_must_exist_for_the_index():
    state, bad = parse({"index": "papi", "year": "2021"}, CHOICES)
    assert state.year == 2023 and bad == [("year", "2021")]


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(PARAMS), st.text(max_size=300)))
def test_any_input_gives_whitelisted_values(raw):
    state, _bad = parse(raw, CHOICES)
    assert state.lang in ("vi", "en") and state.geo in ("63", "34")
    assert state.index in CHOICES.indices
    assert state.indicator in CHOICES.indicators[state.index]
    assert state.year is None or state.year in CHOICES.years[(state.index, state.geo)]
    assert state.province in CHOICES.slugs[state.geo]
    assert set(state.provinces) <= set(CHOICES.slugs[state.geo]) and len(state.provinces) <= 6
    assert state.region is None or state.region in CHOICES.regions
