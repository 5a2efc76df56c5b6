"""The app's custom components (the overview map, the regions' spread, the rankings table, the plain tables): each
is registered from `<name>.js` and `<name>.css` beside this file, each after what they share (svg_common.js,
svg_common.css). A component keeps its drawing across reruns (its key is its identity) where a Plotly chart whose
figure changes is mounted anew and drawn from scratch, where the data grid rebuilds its hidden copy for screen
readers, and where a Markdown table is parsed again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import streamlit as st

_HERE = Path(__file__).parent


def component(name: str) -> Callable[..., Any]:
    """Register the component `name` (ui/<name>.js and ui/<name>.css), in the page's own styles (not isolated), so
    it uses the app's font."""
    css, js = sources(name)
    return st.components.v2.component(name, css=css, js=js, isolate_styles=False)


def sources(name: str) -> tuple[str, str]:
    """The styles and the script of component `name` as registered: what all components share, then its own."""
    css, js = ("\n".join((_HERE / f"{part}.{kind}").read_text(encoding="utf-8") for part in ("svg_common", name))
               for kind in ("css", "js"))
    return css, js


def draw(registered: Callable[..., Any], key: str, data: dict) -> object:
    """Mount a registered component under `key` with `data`; what the browser sent as the province clicked in this
    run (a slug, unchecked: see state.open_profile), else None."""
    return registered(key=key, data=data, on_province_change=_ignore).get("province")


def _ignore() -> None:
    """A click is read from the component's result in the same run; nothing to do before it."""

