"""The catalogue reads every name whole: a comma in an unquoted YAML name must not cut it short."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.catalogue import CATALOGUE, load_catalogue


def test_papi_transparency_reads_cong_khai_minh_bach():
    papi = load_catalogue().index("papi")
    assert papi.indicator("d2").name_vi == "Công khai, minh bạch"
    assert load_catalogue().index("par_index").indicator("khao_sat_lanh_dao").name_vi == (
        "Điểm điều tra xã hội học lãnh đạo, quản lý")


def test_an_unquoted_comma_in_a_name_is_refused_with_the_indicator_named(tmp_path: Path):
    text = CATALOGUE.read_text(encoding="utf-8").replace('name_vi: "Công khai, minh bạch"',
                                                          "name_vi: Công khai, minh bạch")
    broken = tmp_path / "catalogue.yaml"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=r"index papi, indicator 'd2': unknown key\(s\) \['minh bạch'\]"):
        load_catalogue(broken)


def test_every_index_says_how_it_is_built_in_both_languages(con):
    rows = con.execute("SELECT index_code, list(topic ORDER BY sort), bool_and(text_vi <> '' AND text_en <> '') "
                       "FROM dim_index_method GROUP BY 1 ORDER BY 1").fetchall()
    topics = ["publisher", "survey", "scale", "built", "release"]
    assert rows == [(code, topics, True) for code in ["dti", "papi", "par_index", "pci", "sipas"]]


def test_each_index_names_its_publisher_in_both_languages(con):
    rows = {c: (vi, en) for c, vi, en in con.execute("SELECT index_code, publisher_vi, publisher_en FROM dim_index")
            .fetchall()}
    assert rows["par_index"] == rows["sipas"] == ("Bộ Nội vụ", "Ministry of Home Affairs")
    assert rows["dti"] == ("Bộ TT&TT (từ 2025 Bộ KH&CN)",
                           "Ministry of Information and Communications (from 2025 Ministry of Science and Technology)")
