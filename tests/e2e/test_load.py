"""Serving as deployed: concurrent browser sessions doing the whole journey (province page, rankings page and a year
change, data page and the CSV download): a short run through nginx in front of two replicas in `make test`, the long
run (30 sessions, 300 journeys, `make load`) marked slow; nginx sending Streamlit's files itself; a deep link that
finds the server at its first try. Failed steps leave a screenshot in the test's tmp dir."""

from __future__ import annotations

import contextlib
import gzip
import re
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

import pytest
from playwright.sync_api import Page, expect

from bench.load import run_load
from deploy.render_nginx import render, streamlit_static
from tests.e2e.helpers import open_page
from tests.support.harness import SERVE, Server, nginx_proxy, streamlit_server


def test_two_replicas_behind_nginx_serve_concurrent_journeys(tmp_path) -> None:
    with (
        streamlit_server(log_dir=tmp_path, launcher=SERVE) as first,
        streamlit_server(log_dir=tmp_path, launcher=SERVE) as second,
        nginx_proxy([first.port, second.port], balance="cookie") as proxy,
    ):
        result = run_load(proxy.url, sessions=5, journeys=1, time_limit_s=150, label="nginx short", shots=tmp_path,
                          servers=[proxy.proc.pid, first.proc.pid, second.proc.pid])  # fmt: skip
        # Five browsers all land on one replica 1 time in 16; 32 more newcomers (each hashed on a fresh cookie) make
        # a spread over both replicas certain but for 1 time in 2**36.
        for _ in range(32):
            urlopen(f"{proxy.url}/_stcore/health", timeout=10).read()
        used = proxy.upstreams_used()
    assert result.errors == []
    assert result.journeys == 5
    assert all(rows > 1000 for rows in result.csv_rows), result.csv_rows
    assert set(used) == {f"127.0.0.1:{first.port}", f"127.0.0.1:{second.port}"}, used


def test_nginx_config_refuses_names_and_bad_ports() -> None:
    text = render("127.0.0.1:8080", ["127.0.0.1:8501", "127.0.0.1:8502"], "/tmp/x", balance="ip_hash")
    assert "ip_hash;" in text and "server 127.0.0.1:8502 " in text and "{{" not in text
    assert "proxy_http_version 1.1;" in text and "proxy_set_header Upgrade $http_upgrade;" in text
    with pytest.raises(ValueError):
        render("127.0.0.1:8080", ["example.com:8501"], "/tmp/x")
    with pytest.raises(ValueError, match="bad port"):
        render("127.0.0.1:8080", ["127.0.0.1:99999"], "/tmp/x")


def test_nginx_reads_streamlit_static_files_from_the_installed_package_only(tmp_path) -> None:
    text = render("127.0.0.1:8080", ["127.0.0.1:8501"], "/tmp/x")
    assert f"root {streamlit_static()};" in text and "application/javascript js mjs;" in text
    with pytest.raises(ValueError, match="only letters"):
        render("127.0.0.1:8080", ["127.0.0.1:8501"], "/tmp/x", static_root="/tmp/a;b")
    with pytest.raises(ValueError, match="has no static/js"):
        render("127.0.0.1:8080", ["127.0.0.1:8501"], "/tmp/x", static_root=tmp_path)


def test_nginx_sends_streamlit_scripts_itself_compressed_and_cacheable(tmp_path) -> None:
    """The page's scripts come from disk through nginx, not from the replica: gzip-compressed when the browser
    accepts it, with the type a browser needs to run a module script, and cacheable for a year (hashed names)."""
    with streamlit_server(log_dir=tmp_path, launcher=SERVE) as server, nginx_proxy([server.port]) as proxy:
        page = urlopen(f"{proxy.url}/rankings", timeout=10).read().decode()
        script = re.search(r'src="\./(static/js/index\.[\w-]+\.js)"', page).group(1)
        plain = urlopen(f"{server.url}/{script}", timeout=10).read()
        with urlopen(Request(f"{proxy.url}/{script}", headers={"Accept-Encoding": "gzip"}), timeout=10) as response:
            headers, body = response.headers, response.read()
        log = (proxy.prefix / "logs" / "access.log").read_text().splitlines()
    assert headers["Content-Type"] == "application/javascript" and headers["Content-Encoding"] == "gzip"
    assert "immutable" in headers["Cache-Control"] and "max-age=31536000" in headers["Cache-Control"]
    assert gzip.decompress(body) == plain and len(body) < len(plain) / 2
    served = [line for line in log if f"GET /{script} " in line]
    assert len(served) == 1 and served[0].startswith("- "), served  # no upstream: nginx read it from disk


@pytest.mark.parametrize("behind_nginx", [False, True], ids=["make run", "behind nginx"])
def test_a_deep_link_finds_the_server_at_its_first_health_check(page: Page, app_server: Server, behind_nginx):
    """Streamlit's frontend, on /rankings, would first ask /rankings/_stcore/health, get a 404 and wait ~100 ms
    before asking /_stcore/health; the page document now says where the server is (ui/page_document.py)."""
    checks: list[str] = []
    page.on("request", lambda r: checks.append(urlsplit(r.url).path) if r.url.endswith("/_stcore/health") else None)
    with nginx_proxy([app_server.port]) if behind_nginx else contextlib.nullcontext(app_server) as server:
        base = server.url
        open_page(page, f"{base}/rankings?index=pci&year=2021")
        # The table is a component, drawn after the script run ends: wait for it rather than count at once.
        expect(page.get_by_role("table").first.get_by_text("Quảng Ninh")).to_have_count(1)
    assert checks == ["/_stcore/health"]
    assert page.evaluate("window.__streamlit.BACKEND_BASE_URL") == base


def test_the_served_app_takes_the_repositorys_streamlit_config(page: Page, app_server: Server):
    """`ui.serve` serves app.py as an st.App: .streamlit/config.toml still applies (the viewer's menu without rerun,
    cache or developer entries; the theme's sidebar colour), as under `streamlit run app.py`."""
    open_page(page, f"{app_server.url}/rankings?index=pci&year=2021")
    assert page.evaluate("getComputedStyle(document.querySelector('[data-testid=stSidebar]')).backgroundColor") == \
        "rgb(242, 245, 248)"  # secondaryBackgroundColor #F2F5F8
    page.get_by_test_id("stMainMenu").click()
    assert page.get_by_role("menuitem").all_inner_texts() == ["Print", "Record screen"]


@pytest.mark.slow
def test_thirty_sessions_three_hundred_journeys_without_error(tmp_path) -> None:
    with streamlit_server("app.py", log_dir=tmp_path) as server:
        result = run_load(server.url, sessions=30, journeys=10, time_limit_s=3600, label="long", shots=tmp_path,
                          servers=[server.proc.pid])  # fmt: skip
    assert result.errors == []
    assert result.journeys == 300
