"""Fixtures every browser test shares, whatever its folder: the app served as `make run` serves it, on a free
loopback port, and one headless Chromium for the whole session. Playwright's sync API runs one event loop per
process, so a second `sync_playwright()` started while this one is open fails: tests take `browser` instead of
starting their own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.support.harness import REPO, SERVE, Server, launch_options, streamlit_server


@pytest.fixture(scope="session")
def app_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The real app, served the way `make run` serves it, on a port of its own."""
    with streamlit_server(cwd=REPO, log_dir=tmp_path_factory.mktemp("streamlit"), launcher=SERVE) as server:
        yield server


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(**launch_options())
        yield chromium
        chromium.close()
