"""Start the server with what every first page needs already loaded: `python -m ui.serve [streamlit run options]`.

Streamlit runs no app code until a visitor arrives, so the first visitor after a restart paid for importing pandas,
Plotly and DuckDB (about 1.1 s of CPU), opening the warehouse and building the URL whitelists (0.4 s) and the
overview's map (0.3 s), Streamlit's first look at the call stack (0.3 s) and the first full garbage collection
(0.1 s): about 11 s on a busy two-core server, against 1 s for later visits. Here that work is done once, before
the server listens: the modules every page imports, the whitelists and the default overview (its ranking and its
map) fill the process's caches, which the sessions then share.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import logging
import sys
import time

from etl.paths import ROOT

APP = ROOT / "app.py"
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


def main() -> None:
    try:
        print(f"warm-up: {warm():.2f} s (modules of every page, URL whitelists, default overview)", flush=True)
    except Exception as err:  # a cold start is slower, not broken: the pages report what is wrong themselves
        print(f"warm-up skipped ({type(err).__name__}: {err}); the first visitor will wait", flush=True)
    from streamlit.web import cli

    cli.main(["run", str(APP), *sys.argv[1:]], prog_name="streamlit")


if __name__ == "__main__":
    main()
