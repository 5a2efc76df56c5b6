"""Static tables for the small, per-year tables of the overview and regions pages: one Markdown table each.

Why not st.dataframe: it draws on a canvas and rebuilds its hidden accessible table 200 ms after every change (a
debounce in the grid), so a year change there is never done before that. Why not st.table: it renders every cell,
header included, as a Markdown element of its own, which cost the overview's three tables 60–90 ms of a year change;
one Markdown table is parsed and drawn once. Every cell is escaped, so text from the data shows as typed; a source
link is a Markdown link to an http(s) URL only.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from urllib.parse import quote

import streamlit as st

from ui.i18n import t

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$])")


class Markdown(str):
    """A cell that is Markdown already (a link made here), not text to escape."""


def text(value: object) -> str:
    """A cell that shows `value` as typed, never as Markdown, on one line."""
    if isinstance(value, Markdown):
        return value
    plain = "" if value is None else " ".join(str(value).split())
    return _MARKDOWN.sub(r"\\\1", plain)


def link(url: object, label: str | None = None) -> Markdown:
    """A Markdown link for an http(s) URL, else an empty cell. Its label, shown as typed, is by default the site
    (vcci.com.vn): it says where the figure comes from, in any font (a link emoji is an empty box where the
    machine has no emoji font)."""
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return Markdown("")
    return Markdown(f"[{text(label or site(url))}]({quote(url, safe=':/?#=&%+,;@!$*~._-')})")


# The site of an http(s) URL as a grid's LinkColumn shows it (the group is the text shown).
SITE = r"https?://(?:www\.)?([^/?#:]+)"


def site(url: str) -> str:
    """The host of a URL without its 'www.' (https://www.vcci.com.vn/x -> vcci.com.vn)."""
    found = re.match(SITE, url)
    return found.group(1) if found else url


def markdown(columns: Mapping[str, Iterable[object]], right: Collection[str] = ()) -> str:
    """A GFM table of equal-length columns; the columns named in `right` (numbers, ranks) are right-aligned."""
    names = list(columns)
    lines = ["| " + " | ".join(text(name) for name in names) + " |",
             "|" + "|".join("---:" if name in right else "---" for name in names) + "|"]
    lines += ["| " + " | ".join(text(cell) for cell in row) + " |"
              for row in zip(*columns.values(), strict=True)]
    return "\n".join(lines)


def show(columns: Mapping[str, Iterable[object]], right: Collection[str] = (), height: int | None = None) -> None:
    """Draw the table; with `height`, inside a box of that many pixels that scrolls. A table without a row says
    "no data" instead of a header over nothing (DTI 2024's regional means among the 63 provinces)."""
    table = markdown(columns, right)
    if table.count("\n") < 2:
        st.caption(t("profile.no_data"))
        return
    (st.container(height=height) if height else st).markdown(table)
