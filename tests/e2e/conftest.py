"""Fixtures for the browser tests: a fresh browser context (cookies, session) per test, over the session's one
server and one Chromium (tests/conftest.py).

Slow tests (the long load and scale-out runs) are marked `slow` and run only with E2E_SLOW=1, so `make test`
stays within a few minutes; `make load` runs the long load.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from tests.support.harness import DESKTOP, RECORDER_JS, REPO

SCREENSHOTS = REPO / "artifacts" / "screenshots"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: long browser runs; set E2E_SLOW=1 to run them")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("E2E_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow browser run: set E2E_SLOW=1 (`make load` runs the long load)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh browser profile at desktop width that records script runs and chart draws
    (see tests/support/harness.py)."""
    ctx = browser.new_context(viewport=DESKTOP, accept_downloads=True, locale="en-GB")
    ctx.add_init_script(RECORDER_JS)
    ctx.set_default_timeout(30_000)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
