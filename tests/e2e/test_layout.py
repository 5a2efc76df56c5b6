"""Labels and grids that fit: the geography buttons show their whole text inside their column in both languages
at 1,366 px; on a 390 px phone the rankings and data grids show every column without sideways scrolling, and the
rankings' "More columns" table wraps inside the screen; the compare picker shows all six chosen provinces."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.e2e.helpers import now, open_page, settle
from tests.support.harness import PHONE, RECORDER_JS, Server

CLIPPED_JS = """
() => [...document.querySelectorAll('.st-key-pick_geo button')].map(b => {
  const text = b.querySelector('p') || b;
  const box = b.getBoundingClientRect();
  const column = (b.closest('[data-testid="stColumn"]') || document.body).getBoundingClientRect();
  return [b.innerText.trim(), text.scrollWidth > text.clientWidth + 1 || box.right > column.right + 1];
})
"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_geography_buttons_are_not_cut_off(app_server: Server, page: Page, lang: str) -> None:
    open_page(page, f"{app_server.url}/?index=pci&year=2021&lang={lang}", charts=1)
    buttons = page.evaluate(CLIPPED_JS)
    assert len(buttons) == 2 and all(text for text, _ in buttons)
    assert [text for text, clipped in buttons if clipped] == []


# The data page's grid (st.dataframe) and the rankings table (ui/ranking_table.js).
GRIDS = '[data-testid="stDataFrame"] .dvn-scroller, .rtable'
GRIDS_JS = f"""
() => [...document.querySelectorAll('{GRIDS}')].map(s => [s.scrollWidth, s.clientWidth])
"""


@pytest.fixture
def phone(app_server: Server, browser: Browser) -> Iterator[Callable[[str], Page]]:
    """Opens a path of the app in a fresh 390 px touch screen and waits for the page to settle."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    context.add_init_script(RECORDER_JS)

    def visit(path: str) -> Page:
        page = context.new_page()
        open_page(page, f"{app_server.url}{path}")
        return page

    yield visit
    context.close()


@pytest.mark.parametrize("path", ["/rankings?index=pci&year=2021", "/rankings?index=par_index&year=2023",
                                  "/data?index=pci&lang=en"])
def test_grids_show_every_column_on_a_phone(phone: Callable[[str], Page], path: str) -> None:
    page = phone(path)
    page.locator(GRIDS).first.wait_for()
    grids = page.evaluate(GRIDS_JS)
    assert len(grids) == 1 and all(scroll <= client for scroll, client in grids), grids


@pytest.mark.parametrize("path", ["/rankings?index=pci&year=2016&lang=en", "/rankings?index=par_index&year=2023"])
def test_the_more_columns_table_wraps_inside_a_phone_screen(phone: Callable[[str], Page], path: str) -> None:
    page = phone(path)
    since = now(page)
    page.locator(".st-key-ranking_more summary").click()
    settle(page, since)
    table = page.locator(".st-key-ranking_more table")
    table.wait_for()
    assert table.locator("tr").count() > 20
    box = table.bounding_box()
    assert box["x"] + box["width"] <= PHONE["width"], f"the table ends at {box['x'] + box['width']} px"



# The main pane's width and scroll width, and each plain table's (ui/tables.py) against its box.
PANE_JS = """
() => { const main = document.querySelector('[data-testid="stMain"]');
  return [main.scrollWidth, main.clientWidth,
          [...document.querySelectorAll('.ptable table')].map(
            t => [t.scrollWidth, t.parentElement.clientWidth])]; }
"""


@pytest.mark.parametrize("path", ["/profile?province=vinh-phuc", "/profile?province=vinh-phuc&lang=en",
                                  "/?index=pci&year=2021", "/regions?index=pci&year=2021"])
def test_no_table_pushes_a_phone_page_sideways(phone: Callable[[str], Page], path: str) -> None:
    """The profile's targets table was 608 px (673 in English) on a 390 px phone, and the main pane scrolled
    sideways with it; every table of these pages now fits its box."""
    page = phone(path)
    page.locator('.ptable table').first.wait_for()
    scroll, client, tables = page.evaluate(PANE_JS)
    assert scroll <= client <= PHONE["width"], (scroll, client)
    assert tables and all(width <= box for width, box in tables), tables


# Each chosen province's tag in the compare picker, and whether it lies wholly inside the picker's box.
TAGS_JS = """
() => { const box = document.querySelector('.st-key-pick_provinces').getBoundingClientRect();
  return [...document.querySelectorAll('.st-key-pick_provinces [data-tag-index]')].map(tag => {
    const r = tag.getBoundingClientRect();
    return [tag.innerText.trim(), r.width > 0 && r.left >= box.left - 1 && r.right <= box.right + 1
            && r.bottom <= box.bottom + 1]; });
}
"""


NAMES_JS = """
() => {
  const chart = document.querySelector('.rspread-svg').getBoundingClientRect();
  return [...document.querySelectorAll('.rspread-name')].map(n => {
    const box = n.getBoundingClientRect();
    return [n.textContent, box.left, box.right, box.left >= chart.left && box.right <= chart.right];
  });
}
"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_spread_names_its_six_regions_side_by_side_on_a_phone(phone: Callable[[str], Page], lang: str) -> None:
    """Each region's name is wrapped to the width of its column under its box: none is cut at the chart's edge
    and none runs into the next ("Bắc Trung Bộ và duyên hải miền Trung" is the longest)."""
    page = phone(f"/regions?index=pci&year=2021&lang={lang}")
    page.locator(".rspread-name").first.wait_for()
    names = page.evaluate(NAMES_JS)
    assert len(names) == 6 and all(inside for *_, inside in names), names
    assert all(left[2] <= right[1] for left, right in zip(names, names[1:], strict=False)), names


def test_the_compare_picker_shows_all_six_provinces(app_server: Server, page: Page) -> None:
    slugs = "ha-noi,ho-chi-minh,da-nang,quang-ninh,hai-phong,can-tho"
    open_page(page, f"{app_server.url}/compare?provinces={slugs}", charts=2)
    tags = page.evaluate(TAGS_JS)
    assert len(tags) == 6 and all(inside for _, inside in tags), tags  # in a column: 3 of 6 shown, the 4th cut
