"""The pickers as a person uses them in Chromium: a province found by its unaccented name, a comparison cut down to
one province and built up again without the defaults coming back or more provinces appearing than were added."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import Page, expect

from etl.paths import WAREHOUSE
from metrics import export
from metrics.connection import open_warehouse
from tests.e2e.helpers import now, open_page, settle
from tests.support.harness import Server


@pytest.mark.parametrize(("typed", "found"), [("vinh phuc", "Vĩnh Phúc (Vinh Phuc)"),
                                              ("ho chi minh", "Hồ Chí Minh (Ho Chi Minh)"),
                                              ("hue", "Thừa Thiên Huế (Thua Thien Hue)")])
def test_province_picker_finds_a_province_typed_without_marks(app_server: Server, page: Page, typed: str,
                                                               found: str) -> None:
    open_page(page, f"{app_server.url}/profile?province=ha-noi", charts=1)
    box = page.locator(".st-key-pick_province input[role='combobox']")
    box.click()
    box.fill(typed)
    expect(page.get_by_role("option", name=found, exact=True)).to_be_visible()
    since = now(page)
    page.get_by_role("option", name=found, exact=True).click()
    settle(page, since)
    expect(page.locator("h1")).to_have_text(found.split(" (")[0])


def test_the_data_pages_province_filter_finds_a_province_typed_without_marks(app_server: Server,
                                                                             page: Page) -> None:
    open_page(page, f"{app_server.url}/data?index=pci")
    box = page.locator(".st-key-data_provinces input[role='combobox']")
    box.click()
    box.fill("vinh phuc")
    since = now(page)
    page.get_by_role("option", name="Vĩnh Phúc (Vinh Phuc)", exact=True).click()
    settle(page, since)
    with open_warehouse(WAREHOUSE) as con:
        rows = export.long_table_rows(con, ["pci"], 2005, 2024, "63", provinces=["63-26"])
    assert rows > 100
    expect(page.get_by_text(f"Xem trước: {rows} dòng")).to_be_visible()


def chosen(page: Page) -> list[str]:
    return parse_qs(urlparse(page.url).query, keep_blank_values=True)["provinces"][0].split(",")


def test_compare_cut_to_one_then_grown_by_three(app_server: Server, page: Page) -> None:
    open_page(page, f"{app_server.url}/compare?index=pci&provinces=ha-noi,can-tho", charts=2)
    picker = page.locator(".st-key-pick_provinces")
    since = now(page)
    picker.get_by_label("Remove Cần Thơ (Can Tho)").click()
    settle(page, since, expect={"has": [["[data-testid='stAlert']", "Chọn ít nhất 2 tỉnh"]]})
    expect(page.get_by_test_id("stAlertContentInfo")).to_contain_text("Chọn ít nhất 2 tỉnh để so sánh (đang chọn 1).")
    expect(page.get_by_test_id("stAlertContentWarning")).to_have_count(0)
    assert chosen(page) == ["ha-noi"]
    for typed, name in [("vinh phuc", "Vĩnh Phúc (Vinh Phuc)"), ("hue", "Thừa Thiên Huế (Thua Thien Hue)"),
                        ("can tho", "Cần Thơ (Can Tho)")]:
        box = picker.locator("input[role='combobox']")
        box.click()
        box.fill(typed)
        since = now(page)
        page.get_by_role("option", name=name, exact=True).click()
        settle(page, since)
        page.keyboard.press("Escape")
    assert chosen(page) == ["ha-noi", "vinh-phuc", "thua-thien-hue", "can-tho"]
    expect(page.get_by_test_id("stAlertContentWarning")).to_have_count(0)
    expect(page.get_by_role("heading", name="PCI 2022: điểm, hạng và khoảng cách")).to_be_visible()


EMPTY_TEXT_JS = """(selector) => {
  const span = document.querySelector(selector);
  return span && [getComputedStyle(span).fontSize, getComputedStyle(span, '::after').content];
}"""


@pytest.mark.parametrize(("path", "picker", "shown"), [
    ("/profile?province=ha-noi", "pick_province", "Không tìm thấy kết quả"),
    ("/compare?provinces=ha-noi,da-nang", "pick_provinces", "Không tìm thấy kết quả"),
    ("/profile?province=ha-noi&lang=en", "pick_province", "No results"),
])
def test_a_picker_that_finds_nothing_says_so_in_the_pages_language(app_server: Server, page: Page, path: str,
                                                                    picker: str, shown: str) -> None:
    open_page(page, f"{app_server.url}{path}", charts=1)
    box = page.locator(f".st-key-{picker} input[role='combobox']")
    box.click()
    box.fill("xyzq")
    empty = "[role='listbox'][data-empty='true'] [role='option'] > span"
    expect(page.locator(empty)).to_be_attached()
    # Streamlit's own English words are in the span, drawn at size 0; ours are drawn after them.
    assert page.evaluate(EMPTY_TEXT_JS, empty) == ["0px", f'"{shown}"']
