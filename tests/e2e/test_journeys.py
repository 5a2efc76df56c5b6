"""What a user does, in a real headless Chromium against `streamlit run app.py`: open a province link and read its
rank, switch the language, change the year, click a province on the map, download the CSV and read it back."""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import (
    choose,
    click_map_province,
    now,
    open_page,
    point_at_province,
    selected,
    settle,
    table_cells,
)
from tests.support.harness import Server
from ui import maps


def query(page: Page) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def card(page: Page, heading: str):
    """The scorecard column that reads `heading` (e.g. 'PAR INDEX 2022'); the cards carry no widget key."""
    return page.get_by_test_id("stColumn").filter(has_text=heading).last


def test_province_link_shows_its_rank(app_server: Server, page: Page) -> None:
    open_page(page, f"{app_server.url}/profile?province=vinh-phuc&lang=en", charts=1)
    expect(page.locator("h1")).to_have_text("Vinh Phuc")
    par = card(page, "PAR INDEX 2022")
    expect(par.get_by_test_id("stMetricValue")).to_have_text("7/63")
    expect(par).to_contain_text("4/11 Red River Delta")
    pci = card(page, "PCI 2022")
    expect(pci.get_by_test_id("stMetricValue")).to_have_text("8/63")
    expect(pci).to_contain_text("68.91")
    assert selected(page, "pick_province") == "Vinh Phuc", "English names everywhere, pickers included"
    assert query(page)["province"] == "vinh-phuc"


def test_switch_language_keeps_the_province(app_server: Server, page: Page) -> None:
    open_page(page, f"{app_server.url}/profile?province=vinh-phuc&lang=en", charts=1)
    expect(page.get_by_role("heading", name="The indices")).to_be_visible()
    since = now(page)
    page.locator(".st-key-pick_lang").get_by_role("radio", name="VI", exact=True).click()
    settle(page, since)
    expect(page.locator("h1")).to_have_text("Vĩnh Phúc")
    expect(page.get_by_role("heading", name="Các chỉ số")).to_be_visible()
    expect(card(page, "PAR INDEX 2022")).to_contain_text("4/11 Đồng bằng sông Hồng")
    assert query(page)["lang"] == "vi"
    assert query(page)["province"] == "vinh-phuc"


def test_change_year_updates_title_leader_and_url(app_server: Server, page: Page) -> None:
    open_page(page, f"{app_server.url}/?index=pci&year=2021&lang=en", charts=1)
    expect(page.locator("h1")).to_have_text("PCI 2021")
    assert table_cells(page, "Leaderboard")[:12] == [
        "1/63", "Quang Ninh", "73.02", "● Published",
        "2/63", "Hai Phong", "70.61", "● Published",
        "3/63", "Dong Thap", "70.53", "● Published",
    ]  # fmt: skip
    expect(page.locator(".pmap-hint")).to_have_text("Click a province on the map to open its profile.")
    page.evaluate("() => { window.__board = document.querySelector('.st-key-leaderboard table'); }")
    choose(page, "pick_year", "2016")
    expect(page.locator("h1")).to_have_text("PCI 2016")
    assert selected(page, "pick_year") == "2016"
    expect(page.get_by_test_id("stMetric").filter(has_text="Leader")).to_contain_text("Da Nang")
    assert table_cells(page, "Leaderboard")[:3] == ["1/63", "Da Nang", "70.00"]
    assert page.evaluate("() => document.querySelector('.st-key-leaderboard table') === window.__board"), \
        "the leaderboard was drawn anew, not refilled"
    assert query(page)["year"] == "2016"


def test_click_on_the_map_opens_the_province(app_server: Server, page: Page) -> None:
    open_page(page, f"{app_server.url}/?index=pci&year=2021&lang=en", charts=1)
    since = now(page)
    click_map_province(page, "da-nang")
    page.wait_for_url("**/profile?*", timeout=30_000)
    settle(page, since, charts=1)
    expect(page.locator("h1")).to_have_text("Da Nang")
    assert query(page)["province"] == "da-nang"
    assert query(page)["lang"] == "en"


def test_the_map_is_recoloured_in_place_when_a_year_brings_a_notice(app_server: Server, page: Page) -> None:
    """PCI 2023 has a notice that PCI 2022 has not (its table is partial). The notices share one block that is
    always there, so the map keeps its place and recolours the outlines it drew: a component that moves down the
    page is mounted anew and draws them all again."""
    open_page(page, f"{app_server.url}/?index=pci&year=2022", charts=1)
    quang_ninh = page.locator('.pmap path[data-slug="quang-ninh"]')
    assert quang_ninh.get_attribute("aria-label") == "Quảng Ninh: 72.95 · 1/63"
    page.evaluate("() => { window.__map = document.querySelector('.pmap-svg'); }")
    choose(page, "pick_year", "2023", shows=[["h1", "PCI 2023"]])
    expect(page.get_by_test_id("stAlert")).to_contain_text("Bảng chưa đầy đủ: 11 trên 63 tỉnh có hạng, 5 có điểm.")
    assert quang_ninh.get_attribute("aria-label") == "Quảng Ninh: 71.25 · 1/63"
    assert page.locator('.pmap path[data-slug="vinh-phuc"]').get_attribute("fill") == maps.NO_DATA
    assert page.evaluate("() => document.querySelector('.pmap-svg') === window.__map"), "the map was drawn anew"
    point_at_province(page, "quang-ninh")
    expect(page.locator(".pmap .svg-tip")).to_have_text("Quảng Ninh: 71.25 · 1/63")


def test_the_rankings_table_is_refilled_in_place_when_a_year_brings_a_notice(app_server: Server, page: Page) -> None:
    """The same on the rankings page: its table stays mounted and shows the new year's rows."""
    open_page(page, f"{app_server.url}/rankings?index=pci&year=2022", charts=1)
    page.evaluate("() => { window.__table = document.querySelector('.rtable table'); }")
    choose(page, "pick_year", "2023", shows=[["h1", "PCI 2023"]])
    expect(page.get_by_test_id("stAlert")).to_contain_text("Bảng chưa đầy đủ: 11 trên 63 tỉnh có hạng, 5 có điểm.")
    assert page.evaluate("() => window.__table.isConnected"), "the table was mounted anew"
    first_row = page.locator(".rtable tbody tr").first
    expect(first_row).to_contain_text("Quảng Ninh")
    expect(first_row).to_contain_text("71.25")


def column(page: Page, name: str) -> list[str]:
    """The texts of the rankings table's column `name`, top to bottom."""
    heads = page.locator(".rtable thead th").all_inner_texts()
    position = next(i for i, h in enumerate(heads) if h.startswith(name)) + 1
    return page.locator(f".rtable tbody td:nth-child({position})").all_inner_texts()


def test_the_rankings_table_sorts_by_a_column_keeps_it_over_a_year_and_opens_a_province(
    app_server: Server, page: Page
) -> None:
    """A click on "Điểm" sorts by score, highest first, again lowest first; the next year keeps that order; a
    click on "Hạng" sorts ranks as numbers (10 after 9); a click on a province's name opens its profile."""
    open_page(page, f"{app_server.url}/rankings?index=pci&year=2021", charts=1)
    score = page.locator(".rtable thead th", has_text="Điểm")
    score.locator("button").click()
    expect(score).to_have_attribute("aria-sort", "descending")
    assert column(page, "Điểm")[:2] == ["73.02", "70.61"]
    score.locator("button").click()
    expect(score).to_have_attribute("aria-sort", "ascending")
    assert column(page, "Điểm")[0] == "56.29" and column(page, "Tỉnh")[0] == "Cao Bằng"
    choose(page, "pick_year", "2022", shows=[["h1", "PCI 2022"]])
    expect(page.locator(".rtable thead th", has_text="Điểm")).to_have_attribute("aria-sort", "ascending")
    scores = [float(v) for v in column(page, "Điểm") if v != "—"]
    assert len(scores) == 63 and scores == sorted(scores) and scores[-1] == 72.95
    page.locator(".rtable thead").get_by_role("button", name="Hạng", exact=True).click()
    assert column(page, "Hạng")[8:11] == ["9/63", "10/63", "11/63"]
    page.locator(".rtable tbody button", has_text="Vĩnh Phúc").click()
    expect(page.locator("h1")).to_have_text("Vĩnh Phúc")
    assert query(page)["province"] == "vinh-phuc"


def test_the_regions_spread_is_redrawn_in_place_and_opens_a_province(app_server: Server, page: Page) -> None:
    """A year change redraws the spread's points inside the same chart (a Plotly box chart was mounted anew);
    pointing at a point names the province and its figure; a click opens its profile."""
    open_page(page, f"{app_server.url}/regions?index=pci&year=2021", charts=2)
    quang_ninh = page.locator('.rspread circle[data-slug="quang-ninh"]')
    assert quang_ninh.get_attribute("aria-label") == "Quảng Ninh: 73.02 · 1/63"
    page.evaluate("() => { window.__spread = document.querySelector('.rspread-svg'); }")
    choose(page, "pick_year", "2022", shows=[[".rspread-title", "2022"]])
    assert quang_ninh.get_attribute("aria-label") == "Quảng Ninh: 72.95 · 1/63"
    assert page.evaluate("() => document.querySelector('.rspread-svg') === window.__spread"), "drawn anew"
    vinh_phuc = page.locator('.rspread circle[data-slug="vinh-phuc"]')
    vinh_phuc.hover()
    expect(page.locator(".rspread .svg-tip")).to_have_text(vinh_phuc.get_attribute("aria-label"))
    vinh_phuc.click()
    expect(page.locator("h1")).to_have_text("Vĩnh Phúc")
    assert query(page)["province"] == "vinh-phuc"


@pytest.mark.parametrize(("path", "charts", "selector", "title"), [
    ("/regions?index=pci&year=2021", 2, '.rspread circle[data-slug="vinh-phuc"]', "Sáu vùng"),
    ("/rankings?index=pci&year=2021", 1, '.rtable button[data-slug="vinh-phuc"]', "Xếp hạng PCI 2021"),
])
def test_a_forged_province_from_a_chart_is_not_followed(
    app_server: Server, page: Page, path: str, charts: int, selector: str, title: str
) -> None:
    """The slug a chart or table sends back comes from the browser: one that is not a province of the geography
    (here set on a point or a name by a script) leaves the page where it is, without an error."""
    open_page(page, f"{app_server.url}{path}", charts=charts)
    point = page.locator(selector).element_handle()
    point.evaluate("(node) => { node.dataset.slug = '../profile?province=ha-noi'; }")
    since = now(page)
    point.click()
    settle(page, since, expect={"has": [["h1", title]]})
    assert page.url.split("?")[0].endswith(path.split("?")[0])
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_download_csv_reads_back_with_real_figures(app_server: Server, page: Page, tmp_path: Path) -> None:
    open_page(page, f"{app_server.url}/data?index=pci&lang=en")
    with page.expect_download(timeout=30_000) as info:
        page.locator(".st-key-dl_csv button").click()
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV should carry a UTF-8 BOM so Excel reads Vietnamese names"
    frame = pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig")
    assert {"province_name", "index_code", "indicator_code", "year", "value", "value_status", "rank"} <= set(frame)
    assert set(frame["index_code"]) == {"pci"}
    top = frame[(frame["year"] == 2021) & (frame["indicator_code"] == "total")].sort_values("rank").head(3)
    assert list(top["province_name"]) == ["Quảng Ninh", "Hải Phòng", "Đồng Tháp"]
    assert round(float(top["value"].iloc[0]), 2) == 73.02
    assert set(frame["value_status"]) <= {"published", "derived", "not_published", "missing"}


def test_the_data_page_says_which_geography_it_downloads(app_server: Server, page: Page, tmp_path: Path) -> None:
    """The 34-province view of the Data page shows its geography, and its file is named apart from the 63's."""
    open_page(page, f"{app_server.url}/data?index=pci&geo=34&lang=en")
    geo = page.locator(".st-key-pick_geo")
    expect(geo.get_by_role("radio", name="34 (from 1 Jul 2025)")).to_have_attribute("aria-checked", "true")
    with page.expect_download(timeout=30_000) as info:
        page.locator(".st-key-dl_csv button").click()
    assert info.value.suggested_filename == "vn-governance-pci-2005-2024-34-provinces.csv"
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    frame = pd.read_csv(target, encoding="utf-8-sig")
    assert set(frame["geography"]) == {"provinces_34"}
    assert len(frame["province_code"].unique()) == 34


def test_bad_url_parameter_is_refused_not_echoed(app_server: Server, page: Page) -> None:
    open_page(page, f"{app_server.url}/profile?province=%3Cscript%3Ealert(1)%3C/script%3E&lang=en")
    expect(page.get_by_test_id("stAlert").first).to_contain_text("province")
    expect(page.locator("h1")).to_have_text("Ha Noi")
    assert page.locator("script", has_text="alert(1)").count() == 0
    assert query(page)["province"] == "ha-noi"
