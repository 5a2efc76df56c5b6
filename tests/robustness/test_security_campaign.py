"""The security campaign: what a visitor can put in a URL, an upload or a download, and what they must never get
back (a live link, a fetched image, a formula, a traceback, a server path). Reader bombs and reader failures
are in test_upload_bombs.py; the app's configuration in test_serving_config.py."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from etl.paths import ROOT
from tests.app.conftest import warehouse_exists  # noqa: F401  (builds the warehouse once)
from ui.echo import inert, printable

HOSTILE = {
    "link": "[Bấm để xác minh](https://evil.example/login)",
    "image": "![x](http://evil.example/pixel.png)",
    "autolink": "www.example.com",
    "url": "https://evil.example/a",
    "html": "<img src=x onerror=alert(1)>",
    "math and emoji": "$x^2$ :red[alarm] :smile:",
    "backticks": "`` `]",
    "bidi and NUL": "ha\u202e-noi\x00\n# heading",
}
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


def outside_code_spans(markdown: str) -> str:
    return CODE_SPAN.sub("", markdown)


def run_app(**params: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_inert_text_is_one_code_span_holding_the_printable_text(text):
    shown = inert(text)
    assert outside_code_spans(shown) == ""
    fence = re.match(r"`+", shown).group()
    assert shown.endswith(fence) and shown[len(fence):-len(fence)].strip() == printable(text).strip()
    assert not re.search(r"[\x00-\x1f\u202e]", shown)


@pytest.mark.parametrize("name", ["province", "index", "region"])
@pytest.mark.parametrize("text", [HOSTILE["link"], HOSTILE["image"], HOSTILE["autolink"]],
                         ids=["link", "image", "autolink"])
def test_a_refused_url_value_is_echoed_as_inert_text(name, text):
    at = run_app(**{name: text})
    notices = [w.value for w in at.warning if f"“{name}”" in w.value]
    assert len(notices) == 1, [w.value for w in at.warning]
    assert inert(text[:40]) in notices[0]
    rest = outside_code_spans(notices[0])
    for live in ("](", "www.", "http", "!["):
        assert live not in rest, notices[0]


def test_seven_provinces_say_the_first_six_were_kept():
    seven = "ha-noi,ho-chi-minh,da-nang,hai-phong,can-tho,quang-ninh,vinh-phuc"
    at = run_app(provinces=seven, lang="en")
    notices = [w.value for w in at.warning]
    assert notices == [f"URL parameter “provinces” ({inert(seven[:40])}) lists more than 6 provinces; the first 6 "
                       f"are kept: {inert(','.join(seven.split(',')[:6]))}."]
    assert at.query_params["provinces"] == ",".join(seven.split(",")[:6])


def test_unknown_provinces_say_which_were_kept():
    at = run_app(provinces="ha-noi,nowhere,da-nang,ha-noi", lang="vi")
    assert [w.value for w in at.warning] == [
        f"Tham số “provinces” ({inert('ha-noi,nowhere,da-nang,ha-noi')}) có tên không hợp lệ hoặc lặp lại; đã bỏ các "
        f"tên đó và giữ: {inert('ha-noi,da-nang')}."]


def test_too_few_provinces_say_the_default_was_used():
    at = run_app(provinces="nowhere", lang="en")
    assert [w.value for w in at.warning] == [
        f"URL parameter “provinces” is not valid ({inert('nowhere')}); the default is used instead."]


def test_no_pages_folder_at_the_root():
    """A root `pages/` folder switches Streamlit into its legacy multipage mode: a deep link to a freshly started
    server would run the page file without app.py's router."""
    assert not (ROOT / "pages").exists()


def test_an_upload_name_never_renders_as_markdown(monkeypatch):
    """The name of a refused upload reaches the page only as inert text (a code block or span)."""
    monkeypatch.setenv("VNGOV_IMPORT", "preview")
    name = "![x](http:evil.example) www.evil.example.csv"
    at = run_app(lang="en")
    at.switch_page("app_pages/data.py").run()
    at.selectbox(key="import_spec").set_value("tidy_csv")
    at.file_uploader(key="import_file").set_value((name, b"\xff\xfe not utf-8", "text/csv"))
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert "evil.example" in at.code[0].value, "the refusal names the file"
    shown = [e.value for kind in ("markdown", "caption", "error", "warning", "info", "success") for e in at.get(kind)]
    assert not [text for text in shown if "evil" in outside_code_spans(text)], shown
