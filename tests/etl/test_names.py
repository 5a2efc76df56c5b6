"""Every spelling seen in the published tables resolves through the one alias table."""

from __future__ import annotations

import pytest

from etl.names import UnknownProvince, load_aliases
from etl.paths import RAW_DIR

ALIASES = load_aliases(RAW_DIR / "reference")


@pytest.mark.parametrize(
    ("spelling", "code"),
    [("Tp.HCM", "79"), ("TP. Hồ Chí Minh", "79"), ("Ho Chi Minh", "79"), ("HCMC", "79"), ("TT.Huế", "46"),
     ("Thừa Thiên - Huế", "46"), ("BRVT", "77"), ("Bà Rịa–Vũng Tàu", "77"), ("BaRia-VungTau", "77"),
     ("Bắc Cạn", "06"), ("Đăk Lăk", "66"), ("Hoà Bình", "17"), ("Thanh Hoá", "38"), ("Da Nang", "48"),
     ("TP. Đà Nẵng", "48"), ("Tỉnh Vĩnh Phúc", "26"), ("P26", "38"), ("QNINH", "22"), ("  vinh phuc ", "26")],
)
def test_spellings_resolve_to_gso_codes(spelling, code):
    assert ALIASES.resolve(spelling, "63").code == code


def test_ha_tay_is_a_historical_province():
    where = ALIASES.resolve("Hà Tây", "63")
    assert (where.code, where.geography) == ("28", "historical")


def test_the_34_geography_has_its_own_names():
    assert ALIASES.resolve("Huế", "34").code == "46"
    assert ALIASES.resolve("Phú Thọ", "34").code == "25"
    with pytest.raises(UnknownProvince):
        ALIASES.resolve("Vĩnh Phúc", "34")


def test_unknown_name_suggests_the_closest_known_names():
    with pytest.raises(UnknownProvince) as err:
        ALIASES.resolve("Quang Ninhh", "63")
    assert str(err.value) == "unknown province 'Quang Ninhh'; closest known names: Quảng Ninh, Quảng Bình"
