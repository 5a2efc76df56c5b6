"""How the app is served: loopback unless asked, no traceback or developer menu for visitors, Streamlit's upload
limit equal to the importer's own (a larger file is refused before the server takes it into memory), and connections
that send a small reply at once rather than after the browser's delayed acknowledgement."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import tomllib
import urllib.request

import pytest
from streamlit.starlette import App
from streamlit.web.server.starlette import starlette_server

from etl.importer.upload import MAX_BYTES
from etl.paths import ROOT
from tests.support.harness import SERVE, run_coroutine, streamlit_server
from ui import serve
from ui.page_document import ServerAddress

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
    with streamlit_server(log_dir=tmp_path, launcher=SERVE) as server:
        with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=30) as reply:
            assert reply.read() == b"ok"
        log = server.log_text()
    first = log.splitlines()[0]
    assert first.startswith("warm-up: ") and first.endswith(" s (modules of every page, URL whitelists, default "
                                                            "overview)"), log[:500]
    assert f"127.0.0.1:{server.port}" in log


async def _nodelay_of_a_connection(bind) -> int:
    """TCP_NODELAY of the first connection an asyncio server accepts on a listener made by `bind`."""
    seen = asyncio.get_running_loop().create_future()

    async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        seen.set_result(writer.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        writer.close()

    server = await asyncio.start_server(accept, sock=bind("127.0.0.1", 0, 8))
    async with server:
        _, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
        nodelay = await asyncio.wait_for(seen, 10)
        writer.close()
    return nodelay


def test_streamlits_own_listener_leaves_nagles_algorithm_on():
    """The defect ui.serve works around (each small reply on a kept-alive connection waited 40 ms). When an upgrade
    of Streamlit fixes it, this fails: remove `serve.tcp_listener` then."""
    assert run_coroutine(_nodelay_of_a_connection(starlette_server._bind_socket)) == 0


def test_the_served_apps_connections_send_small_replies_at_once(monkeypatch):
    """`serve.run` (make run, the deploy recipe, the browser tests) starts Streamlit on a listener whose accepted
    connections have Nagle's algorithm off, with the page documents' middleware and the options it was given."""
    monkeypatch.setattr(starlette_server, "_bind_socket", starlette_server._bind_socket)  # put back after the test
    monkeypatch.setattr(sys, "argv", ["ui/serve.py"])
    seen = {}

    def app_run(app: App, config: dict) -> None:
        seen.update(script=str(app.script_path), argv=sys.argv, config=config,
                    middleware=[m.cls for m in app._user_middleware],
                    nodelay=run_coroutine(_nodelay_of_a_connection(starlette_server._bind_socket)))  # fmt: skip

    monkeypatch.setattr(App, "run", app_run)
    serve.run(ROOT / "app.py", ["--server.port", "8599", "--server.headless", "true", "--server.address", "::1"])
    assert seen == {"script": str(ROOT / "app.py"), "argv": [str(ROOT / "app.py")], "nodelay": 1,
                    "config": {"server.port": 8599, "server.headless": True, "server.address": "::1"},
                    "middleware": [ServerAddress]}  # fmt: skip


@pytest.mark.parametrize(("options", "message"), [
    (["--server.port"], "pairs"), (["server.port", "1"], "pairs"), (["--server.nope", "1"], "unknown Streamlit option"),
    (["--server.port", "eighty"], "--server.port takes int values, got 'eighty'"),
    (["--server.headless", "yes"], "--server.headless takes bool values, got 'yes'"),
])  # fmt: skip
def test_the_launcher_refuses_options_streamlit_run_would_refuse(options, message):
    with pytest.raises(SystemExit, match=message):
        serve.config_overrides(options)
