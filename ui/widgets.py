"""Pickers bound to the URL state. Each owns one session-state key (`pick_<param>`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from metrics import reference
from ui import data, format, state
from ui.i18n import pick, pick_column, t
from ui.url_state import State


def _commit(param: str, key: str, resets: tuple[str, ...], joiner: str | None) -> None:
    value = st.session_state[key]
    if joiner is not None:
        value = joiner.join(value)
    state.update(resets=resets, **{param: str(value)})


def _select(label: str, param: str, options: Sequence, current: object, fmt: Callable[[object], str],
            resets: tuple[str, ...] = (), where=st) -> None:
    key = f"pick_{param}"
    if current in options:
        st.session_state[key] = current
    where.selectbox(label, options, key=key, format_func=fmt, on_change=_commit, args=(param, key, resets, None))


def index_picker(s: State, where=st) -> None:
    names = {code: f"{r['short']} — {pick(r, 'name')}" for code, r in data.index_rows().items()}
    _select(t("pick.index"), "index", list(names), s.index, names.get, resets=("year", "indicator"), where=where)


def year_picker(s: State, where=st) -> None:
    years = sorted(data.choices().years.get((s.index, s.geo), ()), reverse=True)
    _select(t("pick.year"), "year", years, s.year, str, where=where)


def indicator_picker(s: State, where=st) -> None:
    frame = data.call(reference.indicators, s.index)
    names = {r.indicator_code: pick(r, "name") for r in frame.itertuples()}
    _select(t("pick.indicator"), "indicator", list(names), s.indicator, names.get, where=where)


def counterpart(slug: str, to_geo: str) -> str | None:
    """The same place in the other geography: a former province's merged province (Vĩnh Phúc → Phú Thọ), or a merged
    province's namesake member (Phú Thọ → Phú Thọ); None when the crosswalk has no row for it."""
    return data.choices().counterparts.get(to_geo, {}).get(slug)


def _switch_geo(s: State, key: str) -> None:
    """Change geography and keep the places chosen: each province becomes its counterpart in the new geography."""
    geo = st.session_state[key]
    if geo == s.geo:
        return
    province = counterpart(s.province, geo)
    provinces = list(dict.fromkeys(p for p in (counterpart(p, geo) for p in s.provinces) if p))
    resets = ("year",) + (() if province else ("province",)) + (() if len(provinces) >= 2 else ("provinces",))
    state.update(resets=resets, geo=geo, province=province,
                 provinces=",".join(provinces) if len(provinces) >= 2 else None)


def geo_picker(s: State, where=st) -> None:
    key = "pick_geo"
    st.session_state[key] = s.geo
    where.segmented_control(t("pick.geo"), ["63", "34"], key=key, format_func=lambda g: t(f"geo.{g}"),
                            on_change=_switch_geo, args=(s, key), required=True)


def province_labels(frame, key: str = "slug") -> dict[str, str]:
    """slug (or another `key` column) -> a picker label that finds the province by its unaccented name too."""
    return {code: format.searchable(name) for code, name in zip(frame[key], pick_column(frame, "name"), strict=True)}


def province_picker(s: State, where=st) -> None:
    names = province_labels(data.call(reference.provinces, s.geo))
    _select(t("pick.province"), "province", list(names), s.province, names.get, where=where)


MAX_PROVINCES = 6


def limited(chosen: list, limit: int = MAX_PROVINCES, where=st) -> list:
    """The first `limit` of a multiselect's values, and a note in the page's language when more were chosen.
    Streamlit's own `max_selections` answers in English only ("You can only select up to 6 options")."""
    if len(chosen) > limit:
        where.warning(t("pick.too_many", n=limit), icon="⚠️")
    return chosen[:limit]


def _commit_provinces(key: str) -> None:
    chosen = st.session_state[key]
    if len(chosen) > MAX_PROVINCES:
        st.session_state["_too_many"] = True
    state.update(provinces=",".join(chosen[:MAX_PROVINCES]))


def provinces_picker(s: State, where=st) -> None:
    names = province_labels(data.call(reference.provinces, s.geo))
    key = "pick_provinces"
    st.session_state[key] = [p for p in s.provinces if p in names]
    where.multiselect(t("pick.provinces"), list(names), key=key, format_func=names.get,
                      on_change=_commit_provinces, args=(key,))
    if st.session_state.pop("_too_many", False):
        where.warning(t("pick.too_many", n=MAX_PROVINCES), icon="⚠️")


def region_picker(s: State, where=st) -> None:
    frame = data.call(reference.regions)
    names = {"": t("region.all")} | {r.region_code: pick(r, "name") for r in frame.itertuples()}
    _select(t("pick.region"), "region", list(names), s.region or "", names.get, where=where)


def lang_picker(s: State, langs: Sequence[str], where=st) -> None:
    key = "pick_lang"
    st.session_state[key] = s.lang
    where.segmented_control(t("lang.label"), list(langs), key=key, format_func=lambda code: code.upper(),
                            on_change=_commit, args=("lang", key, (), None), required=True)
