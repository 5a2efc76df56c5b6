"""One language at a time: the vi and en tables have the same keys, every key the code asks for exists, English
screens show English names only, and Vietnamese screens show no English or raw words."""

from __future__ import annotations

import ast
import json

import pytest
from streamlit.testing.v1 import AppTest

from etl.paths import ROOT, WAREHOUSE
from metrics.connection import open_warehouse
from tests.support.screen import plain_tables
from ui.i18n import STRINGS

CODE = [p for d in ("app_pages", "ui") for p in (ROOT / d).glob("*.py")] + [ROOT / "app.py"]


def _t_keys() -> tuple[set[str], set[str]]:
    """Keys passed to t() as literals, and the prefixes of keys built at run time (t("status." + v), f"geo.{g}")."""
    literal, prefixes = set(), set()
    for path in CODE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "t" and node.args):
                continue
            arg = node.args[0]
            options = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
            for option in options:
                if isinstance(option, ast.Constant):
                    literal.add(option.value)
                elif isinstance(option, ast.BinOp) and isinstance(option.left, ast.Constant):
                    prefixes.add(option.left.value)
                elif isinstance(option, ast.JoinedStr) and isinstance(option.values[0], ast.Constant):
                    prefixes.add(option.values[0].value)
                else:
                    raise AssertionError(f"{path.name}:{node.lineno}: a t() key the test cannot read")
    return literal, prefixes


def test_both_languages_have_the_same_keys():
    assert set(STRINGS["vi"]) ^ set(STRINGS["en"]) == set()


def test_every_key_the_code_asks_for_exists_and_every_key_is_used():
    literal, prefixes = _t_keys()
    assert literal - set(STRINGS["vi"]) == set()
    assert all(any(k.startswith(p) for k in STRINGS["vi"]) for p in prefixes), prefixes
    unused = {k for k in STRINGS["vi"] if k not in literal and not k.startswith(tuple(prefixes))}
    assert unused == set()


def screen_text(at: AppTest) -> str:
    """Everything a page shows as text: headings, markdown, captions, metrics, notices, tables, widget options
    and the charts (titles, legends, axis labels, hover text)."""
    parts = [e.value for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning")
             for e in getattr(at, kind)]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    parts += [e.value.to_string() for e in at.dataframe]
    parts += [" | ".join(row) for table in plain_tables(at) for row in table]
    parts += [" ".join(map(str, w.options)) for kind in ("selectbox", "multiselect") for w in getattr(at, kind)]
    parts += [c.proto.spec for c in at.get("plotly_chart")]
    return json.dumps(parts, ensure_ascii=False)


def vietnamese_names() -> list[str]:
    """Province and region names whose Vietnamese spelling differs from the English one (Vĩnh Phúc, not Vinh
    Phuc)."""
    con = open_warehouse(WAREHOUSE)
    rows = con.execute("""SELECT name_vi, name_en FROM dim_province WHERE geography = '63'
                          UNION ALL SELECT name_vi, name_en FROM dim_region""").fetchall()
    return [vi for vi, en in rows if vi != en]


@pytest.mark.parametrize(("page", "params"), [
    ("overview", {"index": "pci", "year": "2021"}),
    ("profile", {"province": "vinh-phuc"}),
    ("rankings", {"index": "pci", "year": "2021", "provinces": "vinh-phuc,ha-noi"}),
    ("compare", {"index": "pci", "provinces": "vinh-phuc,ha-noi,da-nang"}),
    ("regions", {"index": "pci", "year": "2021", "region": "DBSH"}),
    ("sources", {}),
])
def test_english_screens_use_english_names_only(open_page, page, params):
    text = screen_text(open_page(page, lang="en", **params))
    assert "Quang Ninh" in text or page == "sources"
    mixed = [name for name in vietnamese_names() if name in text]
    assert mixed == []


def test_the_vietnamese_sources_page_shows_no_english_or_raw_words(open_page):
    at = open_page("sources")
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]
    axis_titles = {spec[k]["title"]["text"] for k in spec if k.startswith("xaxis") and "title" in spec[k]}
    assert axis_titles == {"Năm"} and spec["legend"]["title"]["text"] == "Trạng thái"
    text = screen_text(at)
    for raw in ("None", "nan", "new_code", "old_name", "transcribed_from", "date_accessed", "licence\"", "year\"",
                "status\""):
        assert raw not in text, raw
    assert "Công khai, minh bạch" in text, "PAPI's second dimension by its full name"


def test_a_seventh_province_is_refused_in_the_page_language(open_page):
    at = open_page("compare")
    box = at.multiselect(key="pick_provinces")
    assert box.proto.max_selections == 0, "Streamlit's own limit answers in English"
    seven = ["ha-noi", "ho-chi-minh", "da-nang", "vinh-phuc", "can-tho", "hai-phong", "quang-ninh"]
    box.set_value(seven).run()
    assert [w.value for w in at.warning] == ["Chọn tối đa 6 tỉnh: chỉ giữ 6 tỉnh đầu tiên."]
    assert at.query_params["provinces"] == ",".join(seven[:6])
    assert at.multiselect(key="pick_provinces").value == seven[:6]
