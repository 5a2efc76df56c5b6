"""The app's selections: read from the URL (validated), remembered across pages, written back.

Streamlit clears query parameters on a page switch; the last valid selection is kept in session
state and written back, so a copied link always reproduces the view.
"""

from __future__ import annotations

import streamlit as st

from ui import data
from ui.echo import inert
from ui.i18n import t
from ui.url_state import PARAMS, State, parse

REMEMBERED = "_params"


def current() -> State:
    raw = {k: st.query_params.get(k) for k in PARAMS if k in st.query_params}
    remembered = st.session_state.get(REMEMBERED, {})
    state, bad = parse({**remembered, **raw}, data.choices())
    st.session_state["lang"] = state.lang
    for name, value in bad:
        if name in raw:
            st.warning(_notice(name, value, raw[name], state), icon="⚠️")
    params = state.to_params()
    st.session_state[REMEMBERED] = params
    if {k: st.query_params.get(k) for k in params} != params or set(st.query_params) - set(params):
        st.query_params.from_dict(params)
    return state


def _notice(name: str, value: str, given: str, state: State) -> str:
    """What was done with a refused parameter: the default used, or (provinces) which of the listed were kept."""
    listed = [p for p in given.split(",") if p]
    if name == "provinces" and state.provinces and set(state.provinces) <= set(listed):
        slugs = data.choices().slugs.get(state.geo, ())
        trimmed = len({p for p in listed if p in slugs}) > len(state.provinces)
        return t("notice.provinces_trimmed" if trimmed else "notice.provinces_dropped", value=inert(value),
                 n=len(state.provinces), kept=inert(",".join(state.provinces)))
    return t("notice.bad_param", name=name, value=inert(value))


def update(resets: tuple[str, ...] = (), **changes: str) -> None:
    """Record new selections (from a widget callback) in the URL; `resets` fall back to defaults."""
    params = dict(st.session_state.get(REMEMBERED, {}))
    params.update({k: v for k, v in changes.items() if v is not None})
    for name in resets:
        params.pop(name, None)
    st.session_state[REMEMBERED] = params
    st.query_params.from_dict(params)


def link_params(**overrides: str) -> dict[str, str]:
    """The current parameters with some replaced, for st.page_link / st.switch_page."""
    return {**st.session_state.get(REMEMBERED, {}), **overrides}


def open_profile(slug: object, geo: str) -> None:
    """Go to the profile of a province clicked on a chart (the map, the regions' spread). The slug comes from the
    browser: only one of the geography's own is followed."""
    if isinstance(slug, str) and slug in data.choices().slugs.get(geo, ()):
        st.switch_page("app_pages/profile.py", query_params=link_params(province=slug))
