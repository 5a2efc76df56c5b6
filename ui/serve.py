"""Start the server with what every first page needs already loaded: `python -m ui.serve [streamlit run options]`.

Streamlit runs no app code until a visitor arrives, so the first visitor after a restart paid for importing pandas,
Plotly and DuckDB (about 1.1 s of CPU), opening the warehouse and building the URL whitelists (0.4 s) and the
overview's map (0.3 s), Streamlit's first look at the call stack (0.3 s) and the first full garbage collection
(0.1 s): about 11 s on a busy two-core server, against 1 s for later visits. Here that work is done once, before
the server listens: the modules every page imports, the whitelists and the default overview (its ranking and its
map) fill the process's caches, which the sessions then share.

Two more things cut a first paint (`run`): Nagle's algorithm is off on the server's connections (`tcp_listener`;
Streamlit 1.67 left it on, so every small reply on a kept-alive connection waited 40 ms for the browser's delayed
acknowledgement), and the page document says where the server is (ui/page_document.py), so a deep link does not
probe for it. The app is served as an `st.App` for that middleware, with the options `streamlit run` would take.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import logging
import socket
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from etl.paths import ROOT

APP = ROOT / "app.py"
BOOLEANS = {"true": True, "false": False}
PAGES = ROOT / "app_pages"


def page_imports() -> list[str]:
    """Every module app.py and the pages import, read from their source, so the list follows the pages."""
    names: dict[str, None] = {}
    for path in [APP, *sorted(PAGES.glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(dict.fromkeys(a.name for a in node.names))
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.update(dict.fromkeys(f"{node.module}.{a.name}" for a in node.names))
    return list(names)


def _import(name: str) -> None:
    """Import a module, or the package of a name imported from it (`from ui.i18n import t` imports ui.i18n)."""
    try:
        importlib.import_module(name)
    except ModuleNotFoundError:
        importlib.import_module(name.rpartition(".")[0])


def warm() -> float:
    """Import what the pages import and fill the caches of the default first page; returns the seconds it took."""
    started = time.perf_counter()
    # Outside a script run Streamlit warns on every call (no session, no runtime yet); nothing here needs either.
    # The server has not started: no other thread logs meanwhile.
    logging.disable(logging.WARNING)
    try:
        for name in page_imports():
            _import(name)
        import pyarrow  # noqa: F401  (st.dataframe and st.download_button take tables through Arrow)

        from metrics import rankings
        from ui import data, heap, maps
        from ui.i18n import lang
        from ui.url_state import parse

        state, _ = parse({}, data.choices())
        if state.year is not None:
            data.call(rankings.ranking, state.index, state.year, "total", state.geo)
            maps.map_data(state.index, state.year, state.geo, lang(), data.warehouse().version())
        # Streamlit's first element call inspects the stack once (is it a REPL?): inspect then maps every loaded
        # module to its file, 0.34 s. Done here, its cache serves that call.
        inspect.stack()
        heap.freeze_startup_objects()  # the first run's full garbage collection (0.1 s), done before anyone waits
    finally:
        logging.disable(logging.NOTSET)
    return time.perf_counter() - started


def tcp_listener(bind: Callable[..., socket.socket]) -> Callable[..., socket.socket]:
    """Wrap Streamlit's listener factory so that its socket says it is TCP.

    Streamlit binds its listener as `socket.socket(family)`, whose `proto` is 0, and asyncio switches Nagle's
    algorithm off (TCP_NODELAY) only on accepted sockets whose `proto` is IPPROTO_TCP. With it on, each small reply on
    a kept-alive connection (the 70-odd script files of a first visit, the health checks) waited for the browser's
    delayed acknowledgement: 44 ms a request instead of 0.3-2 ms. The same descriptor wrapped again
    with its protocol (bound, listening, non-blocking, inheritable as before) lets asyncio set it on each connection.
    """

    def bound(*args: object, **kwargs: object) -> socket.socket:
        listener = bind(*args, **kwargs)
        tcp = socket.socket(listener.family, listener.type, socket.IPPROTO_TCP, fileno=listener.detach())
        tcp.setblocking(False)
        tcp.set_inheritable(True)
        return tcp

    return bound


def config_overrides(options: Sequence[str]) -> dict[str, object]:
    """`--section.option value` pairs, as `streamlit run` takes them, as config overrides of the option's type."""
    from streamlit import config

    if len(options) % 2 or not all(name.startswith("--") for name in options[::2]):
        raise SystemExit(f"options come as --section.option value pairs, got: {' '.join(options)}")
    overrides: dict[str, object] = {}
    for name, value in zip(options[::2], options[1::2], strict=True):
        key = name.removeprefix("--")
        option = config._config_options_template.get(key)
        if option is None:
            raise SystemExit(f"unknown Streamlit option {name}")
        try:
            overrides[key] = BOOLEANS[value.lower()] if option.type is bool else option.type(value)
        except (KeyError, ValueError):
            raise SystemExit(f"{name} takes {option.type.__name__} values, got {value!r}") from None
    return overrides


def run(script: Path | str, options: Sequence[str]) -> None:
    """Serve `script` as `streamlit run script options` does, on a listener whose connections send small replies at
    once, with page documents that say where the server is (ui/page_document.py)."""
    import streamlit as st
    from starlette.middleware import Middleware
    from streamlit.web.server.starlette import starlette_server

    from ui.page_document import ServerAddress

    starlette_server._bind_socket = tcp_listener(starlette_server._bind_socket)
    sys.argv = [str(script)]  # the script, not this launcher, anchors its config and import path, as in `streamlit run`
    st.App(script, middleware=[Middleware(ServerAddress)]).run(config=config_overrides(options))


def main() -> None:
    try:
        print(f"warm-up: {warm():.2f} s (modules of every page, URL whitelists, default overview)", flush=True)
    except Exception as err:  # a cold start is slower, not broken: the pages report what is wrong themselves
        print(f"warm-up skipped ({type(err).__name__}: {err}); the first visitor will wait", flush=True)
    run(APP, sys.argv[1:])


if __name__ == "__main__":
    main()
