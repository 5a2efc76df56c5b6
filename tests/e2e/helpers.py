"""Browser steps the tests share: wait for Streamlit to settle, pick from a select box by its widget key, click a
province on the map, take a whole-page screenshot (Streamlit scrolls inside its main block, not the document)."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from metrics import reference
from metrics.connection import Warehouse
from tests.support.harness import NOW_JS, SETTLED_JS

TIMEOUT_MS = 30_000


def now(page: Page) -> float:
    """The wall clock as the page reads it, to wait for a run that starts after this moment."""
    return page.evaluate(NOW_JS)


def settle(page: Page, since: float = 0, charts: int = 0, timeout_ms: int = TIMEOUT_MS,
           expect: dict | None = None) -> None:  # fmt: skip
    """Wait until a script run that started after `since` has finished and the page has been still for 250 ms.
    `expect` ({path, has}, see SETTLED_JS) names what that run must show: pass it where the run may be short, as
    the script-state attribute alone can miss a run the browser handled in one batch."""
    page.wait_for_function(SETTLED_JS, arg=[since, 250, charts, expect], timeout=timeout_ms, polling=50)


def open_page(page: Page, url: str, charts: int = 0) -> None:
    page.goto(url)
    settle(page, 0, charts)


def choose(page: Page, key: str, option: str, shows: list[list[str]] | None = None) -> None:
    """Pick `option` (its visible text) in the select box with widget key `key`, and wait for the rerun; `shows`
    ([[selector, text], ...]) is what the rerun must put on the page (e.g. [["h1", "2016"]])."""
    box = page.locator(f".st-key-{key} input[role='combobox']")
    box.click()
    box.fill(option)
    since = now(page)
    page.get_by_role("option", name=option, exact=True).click()
    settle(page, since, expect={"has": shows} if shows else None)


def selected(page: Page, key: str) -> str:
    """The visible text of the current choice of a select box."""
    return page.locator(f".st-key-{key} input[role='combobox']").input_value()


def table_cells(page: Page, heading: str) -> list[str]:
    """The body cells, row by row, of the first plain table (ui/tables.py) in the column under `heading`."""
    column = page.get_by_test_id("stColumn").filter(has=page.get_by_role("heading", name=heading))
    cells = column.last.locator(".ptable table").first.locator("tbody td")
    cells.first.wait_for(state="attached", timeout=TIMEOUT_MS)
    return [text.strip() for text in cells.all_inner_texts()]


# The screen position of a lon/lat point on the overview map (ui/province_map.js draws its outlines in lon/lat).
MAP_XY_JS = """
([lon, lat]) => {
  const group = document.querySelector('.pmap-shapes');
  const point = group.ownerSVGElement.createSVGPoint();
  point.x = lon;
  point.y = lat;
  const screen = point.matrixTransform(group.getScreenCTM());
  return [screen.x, screen.y];
}
"""


def point_at_province(page: Page, slug: str, geo: str = "63") -> None:
    """Move the pointer over a province on the overview map, at its label point (inside its largest outline: the
    middle of its outlines' box may be sea, or another province)."""
    con = Warehouse().cursor()
    provinces = reference.provinces(con, geo)
    shapes = reference.outlines(con, geo).merge(provinces[["province_id", "slug"]], on="province_id")
    lon, lat = shapes.loc[shapes["slug"] == slug, ["label_lon", "label_lat"]].iloc[0]
    page.locator(f'.pmap path[data-slug="{slug}"]').scroll_into_view_if_needed()
    x, y = page.evaluate(MAP_XY_JS, [float(lon), float(lat)])
    page.mouse.move(x, y)


def click_map_province(page: Page, slug: str, geo: str = "63") -> None:
    """Click a province on the overview map (see point_at_province)."""
    point_at_province(page, slug, geo)
    page.mouse.down()
    page.mouse.up()


SCROLL_HEIGHT_JS = """
() => Math.max(...['[data-testid="stMain"]', '[data-testid="stAppViewContainer"]', 'section.main']
  .map((s) => document.querySelector(s)).filter(Boolean).map((el) => el.scrollHeight),
  document.documentElement.scrollHeight)
"""

OVERFLOW_JS = """
() => {
  const main = document.querySelector('[data-testid="stMain"]') || document.documentElement;
  const width = document.documentElement.clientWidth;
  return Array.from(main.querySelectorAll('[data-testid="stElementContainer"]'))
    .filter((el) => el.getBoundingClientRect().right > width + 1)
    .map((el) => (el.className.match(/st-key-[\\w-]+/) || [el.getAttribute('data-testid')])[0]);
}
"""


def overflowing(page: Page) -> list[str]:
    """Elements whose box reaches past the right edge of the viewport (horizontal overflow on a phone)."""
    return page.evaluate(OVERFLOW_JS)


def full_screenshot(page: Page, path: Path, max_height: int = 9000) -> None:
    """Grow the viewport to the content's height, let the charts redraw, shoot, restore the viewport."""
    size = page.viewport_size or {"width": 1366, "height": 900}
    height = min(max_height, max(size["height"], int(page.evaluate(SCROLL_HEIGHT_JS))))
    since = now(page)
    page.set_viewport_size({"width": size["width"], "height": height})
    page.wait_for_function(
        "([since]) => performance.now() - Math.max(window.__perf.lastMutation, since - performance.timeOrigin) > 400",
        arg=[since], timeout=TIMEOUT_MS, polling=100,
    )
    page.screenshot(path=str(path))
    page.set_viewport_size(size)
