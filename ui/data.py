"""Cached access to metrics: one read-only warehouse per process, results cached per warehouse version."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from metrics import reference
from metrics.connection import Warehouse
from ui.url_state import Choices


@st.cache_resource
def warehouse() -> Warehouse:
    return Warehouse()


@st.cache_data(max_entries=512, show_spinner=False)
def _cached(qualname: str, version: str, args: tuple, kwargs: tuple) -> Any:
    module, name = qualname.rsplit(".", 1)
    fn = getattr(importlib.import_module(module), name)
    return fn(warehouse().cursor(), *args, **dict(kwargs))


def call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run a metrics function through the cache; a rebuilt warehouse invalidates it."""
    return _cached(f"{fn.__module__}.{fn.__name__}", warehouse().version(), args, tuple(sorted(kwargs.items())))


@st.cache_data(max_entries=8, show_spinner=False)
def _choices(version: str) -> Choices:
    con = warehouse().cursor()
    idx = reference.indices(con)
    codes = tuple(idx["index_code"])
    indicators = {c: tuple(reference.indicators(con, c)["indicator_code"]) for c in codes}
    counts = {(c, g): reference.years(con, c, "total", g) for c in codes for g in ("63", "34")}
    years = {key: tuple(int(y) for y in frame["year"]) for key, frame in counts.items()}
    default_years = {key: _default_year(frame) for key, frame in counts.items() if len(frame)}
    slugs = {g: tuple(reference.provinces(con, g)["slug"]) for g in ("63", "34")}
    regions = tuple(reference.regions(con)["region_code"])
    pairs = reference.counterparts(con)
    counterparts = {"34": dict(zip(pairs["old_slug"], pairs["new_slug"], strict=True)),
                    "63": dict(zip(pairs["new_slug"][::-1], pairs["old_slug"][::-1], strict=True))}
    return Choices(codes, indicators, years, slugs, regions, default_years, counterparts)


WIDE_YEAR = 30


def _default_year(frame: pd.DataFrame) -> int:
    """The latest year where at least 30 provinces have a value or a rank, else the latest year."""
    wide = frame[frame[["n_values", "n_ranks"]].max(axis=1) >= WIDE_YEAR]
    return int((wide if len(wide) else frame)["year"].max())


def choices() -> Choices:
    return _choices(warehouse().version())


@st.cache_resource(max_entries=8, show_spinner=False)
def _index_rows(version: str) -> dict[str, dict[str, Any]]:
    return {r["index_code"]: r for r in reference.indices(warehouse().cursor()).to_dict("records")}


def index_rows() -> dict[str, dict[str, Any]]:
    """Each index's row (names, publisher, scale, coverage note) by code, in the catalogue's order: read on every
    page, so kept as plain dicts rather than filtered out of a cached frame each time (3 ms a page)."""
    return {code: dict(row) for code, row in _index_rows(warehouse().version()).items()}


def index_row(index: str) -> dict[str, Any]:
    return dict(_index_rows(warehouse().version())[index])


def previous_year(index: str, geo: str, year: int | None) -> int | None:
    """The index's edition before `year` in this geography (its latest earlier year with figures), or None."""
    earlier = [y for y in choices().years.get((index, geo), ()) if year is not None and y < year]
    return max(earlier) if earlier else None


def province_by_slug(slug: str, geo: str) -> pd.Series:
    frame = call(reference.provinces, geo)
    return frame[frame["slug"] == slug].iloc[0]
