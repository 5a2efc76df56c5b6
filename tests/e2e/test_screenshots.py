"""Every page at desktop and phone width: it renders without an exception, draws its charts, and is saved as a
whole-page screenshot in artifacts/screenshots/ for a person to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.e2e.helpers import full_screenshot, open_page, overflowing
from tests.support.harness import DESKTOP, DRAWN_CHARTS, PHONE, RECORDER_JS, Server

# (name, URL path and query, Plotly charts the page draws with these parameters)
PAGES = [
    ("overview", "/?index=pci&year=2021", 1),
    ("profile", "/profile?province=vinh-phuc", 2),
    ("rankings", "/rankings?index=pci&year=2021", 1),
    ("compare", "/compare?index=pci&provinces=ha-noi,ho-chi-minh,da-nang", 2),
    ("regions", "/regions?index=pci&year=2021", 2),
    ("data", "/data?index=pci", 0),
    ("sources", "/sources", 1),
    ("targets", "/targets?tprovince=vinh-phuc", 1),
]
WIDTHS = {"desktop": DESKTOP, "phone": PHONE}


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize(("name", "path", "charts"), PAGES, ids=[p[0] for p in PAGES])
def test_page_renders_and_is_captured(
    app_server: Server, browser: Browser, screenshot_dir: Path, name: str, path: str, charts: int, width: str
) -> None:
    context = browser.new_context(viewport=WIDTHS[width], is_mobile=width == "phone", has_touch=width == "phone")
    context.add_init_script(RECORDER_JS)
    context.set_default_timeout(30_000)
    try:
        page = context.new_page()
        open_page(page, f"{app_server.url}{path}", charts=charts)
        errors = page.get_by_test_id("stException").all_inner_texts()
        assert errors == [], f"{name} raised: {errors}"
        drawn = page.locator(DRAWN_CHARTS).count()
        assert drawn >= charts, f"{name}: {drawn} chart layers drawn, expected at least {charts} charts"
        assert page.locator("h1").first.inner_text().strip(), f"{name} has no title"
        target = screenshot_dir / f"{name}-{width}.png"
        full_screenshot(page, target)
        assert target.stat().st_size > 10_000
        if width == "phone":
            wide = overflowing(page)
            assert wide == [], f"{name} overflows a {PHONE['width']} px phone screen: {wide}"
    finally:
        context.close()
