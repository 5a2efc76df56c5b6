"""The app's plain tables: the small tables of every page (a year's leaderboard, the regional means, a profile's
components, the sources), each a small custom component (plain_table.js, registered by ui/components.py).

Why not st.dataframe: it draws on a canvas and rebuilds its hidden accessible table 200 ms after every change (a
debounce in the grid), so a year change there is never done before that. Why not st.table: it renders every cell as
a Markdown element of its own (60–90 ms of the overview's year change). Why not one Markdown table: the browser
parses it again on every change, 55 ms of the overview's year change for its three tables (0.23 s against the floor
page's 0.15 s; bench/pages.py). The component stays mounted and rewrites only the cells that change; it is a real
HTML table that wraps to a phone's width, read by screen readers, the browser's search and copying. Every cell is
text set as text: what the data says shows as typed; a link goes to an http(s) address only.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

import streamlit as st

from ui import components
from ui.echo import one_line, web_address
from ui.i18n import t

_COMPONENT = components.component("plain_table")


@dataclass(frozen=True)
class Link:
    """A cell that is a link: its text and an http(s) address."""

    text: str
    url: str


@dataclass(frozen=True)
class Strong:
    """A cell in bold (the profile's own province among its peers)."""

    text: str


def link(url: object, label: str | None = None) -> Link | str:
    """A link cell for an http(s) URL, else an empty cell. Its text is by default the site (vcci.com.vn): it says
    where the figure comes from, in any font (a link emoji is an empty box where the machine has no emoji font)."""
    if not web_address(url):
        return ""
    return Link(label or site(url), url)


# The site of an http(s) URL as a grid's LinkColumn shows it (the group is the text shown).
SITE = r"https?://(?:www\.)?([^/?#:]+)"


def site(url: str) -> str:
    """The host of a URL without its 'www.' (https://www.vcci.com.vn/x -> vcci.com.vn)."""
    found = re.match(SITE, url)
    return found.group(1) if found else url


def _cell(value: object) -> str | dict:
    """A cell as the component takes it: text on one line, or a link or bold text as an object."""
    if isinstance(value, Link):
        return {"text": one_line(value.text), "href": value.url}
    if isinstance(value, Strong):
        return {"text": one_line(value.text), "strong": True}
    return one_line(value)


def table_data(columns: Mapping[str, Iterable[object]], right: Collection[str] = (),
               height: int | None = None) -> dict:
    """What the component draws: equal-length columns by header; the columns named in `right` (numbers, ranks)
    right-aligned; with `height`, a box of that many pixels that scrolls under a header that stays."""
    return {"columns": [{"label": str(name), "right": name in right} for name in columns],
            "rows": [[_cell(v) for v in row] for row in zip(*columns.values(), strict=True)], "height": height}


def show(columns: Mapping[str, Iterable[object]], key: str, right: Collection[str] = (),
         height: int | None = None) -> None:
    """Draw the table under `key` (its identity across reruns). A table without a row says "no data" instead of a
    header over nothing (DTI 2024's regional means among the 63 provinces)."""
    drawn = table_data(columns, right, height)
    if not drawn["rows"]:
        st.caption(t("profile.no_data"))
        return
    _COMPONENT(key=key, data=drawn)
