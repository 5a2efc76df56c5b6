"""Run the real app (real warehouse, no mocks) in Streamlit's AppTest, one page at a time."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from streamlit.testing.v1 import AppTest

from etl.paths import ROOT, WAREHOUSE

PAGES = ["overview", "profile", "rankings", "compare", "regions", "data", "sources", "targets"]


@pytest.fixture(scope="session", autouse=True)
def warehouse_exists() -> None:
    if not WAREHOUSE.exists():
        from etl.build import build
        from etl.paths import RAW_DIR

        build(RAW_DIR, WAREHOUSE, say=lambda _m: None)


@pytest.fixture
def open_page() -> Callable[..., AppTest]:
    def run(page: str, **params: str) -> AppTest:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        for key, value in params.items():
            at.query_params[key] = value
        at.run()
        if page != "overview":
            at.switch_page(f"app_pages/{page}.py").run()
        assert not at.exception, [e.message for e in at.exception]
        return at

    return run
