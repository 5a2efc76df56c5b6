"""In a real browser: a refused URL value that is a Markdown link, an image or a bare www address shows as text.
No link to it, no image fetched from it, and the page shows the text the visitor typed."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote, urlparse

import pytest
from playwright.sync_api import Browser, Page

from tests.support.harness import DESKTOP, Server

CASES = {
    "link": "[Bấm để xác minh](https://evil.example/login)",
    "image": "![x](http://evil.example/pixel.png)",
    "autolink": "www.evil.example",
}


@pytest.fixture(scope="module")
def page(browser: Browser, app_server: Server) -> Iterator[tuple[Page, str, list[str]]]:
    requested: list[str] = []
    context = browser.new_context(viewport=DESKTOP)
    context.route(lambda address: (urlparse(address).hostname or "").endswith("evil.example"),
                  lambda route: (requested.append(route.request.url), route.abort()))
    try:
        yield context.new_page(), app_server.url, requested
    finally:
        context.close()


@pytest.mark.parametrize("text", CASES.values(), ids=CASES.keys())
def test_a_refused_value_is_shown_as_text(page, text):
    tab, url, requested = page
    tab.goto(f"{url}/?province={quote(text)}")
    notice = tab.locator("[data-testid='stAlertContentWarning']").filter(has_text="province")
    notice.wait_for(timeout=60_000)
    assert text[:40] in notice.inner_text()
    assert notice.locator("a").count() == 0, notice.inner_html()
    assert notice.locator("img").count() == 0, notice.inner_html()
    assert tab.locator("a[href*='evil.example']").count() == 0
    assert requested == [], "the browser fetched from the visitor's address"
