"""How the app is served: loopback unless asked, no traceback or developer menu for visitors, and Streamlit's
upload limit equal to the importer's own (a larger file is refused before the server takes it into memory)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import urllib.request

import pytest

from etl.importer.upload import MAX_BYTES
from etl.paths import ROOT
from tests.support.harness import streamlit_server

CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))


def test_visitors_see_no_error_details_and_no_developer_menu():
    assert CONFIG["client"]["showErrorDetails"] == "none"
    assert CONFIG["client"]["toolbarMode"] == "viewer"


def test_streamlit_refuses_uploads_over_the_importers_limit():
    assert CONFIG["server"]["maxUploadSize"] * 1024 * 1024 == MAX_BYTES


def streamlit_command(**env: str) -> list[str]:
    out = subprocess.run(["make", "-n", "run"], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**{k: v for k, v in os.environ.items() if k != "ADDRESS"}, **env}).stdout
    (line,) = [x for x in out.splitlines() if "-m ui.serve" in x]
    return line.split()


@pytest.mark.parametrize(("env", "address"), [({}, "127.0.0.1"), ({"ADDRESS": "0.0.0.0"}, "0.0.0.0")])
def test_make_run_listens_on_loopback_unless_asked(env, address):
    command = streamlit_command(**env)
    assert command[command.index("--server.address") + 1] == address


def test_make_runs_launcher_warms_up_then_serves_the_app(tmp_path):
    """`python -m ui.serve` (what make run and the deploy recipe start) loads the first page's needs, then serves
    the app with the options it was given."""
    with streamlit_server(log_dir=tmp_path, launcher=(sys.executable, "-m", "ui.serve")) as server:
        with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=30) as reply:
            assert reply.read() == b"ok"
        log = server.log_text()
    first = log.splitlines()[0]
    assert first.startswith("warm-up: ") and first.endswith(" s (modules of every page, URL whitelists, default "
                                                            "overview)"), log[:500]
    assert f"127.0.0.1:{server.port}" in log
