"""The app's screen styles, one invisible element on every page: constant CSS and a string of the string table only;
no data ever goes into it. (Print styles: ui/printing.py.)"""

from __future__ import annotations

import json

import streamlit as st

from ui.i18n import t

# A picker's empty list says "No results" in English whatever the page's language (Streamlit's words, with no
# parameter): the span that holds them is drawn at size 0 and the string table's words after it.
EMPTY_LIST = '[role="listbox"][data-empty="true"] [role="option"] > span'
# A Markdown table wider than a phone scrolls inside its own box: it never widens the page's main pane, which would
# make the whole page scroll sideways. A link in a cell (a source's site, one long word) may break anywhere, so it
# does not set the table's width.
WIDE_TABLE = '[data-testid="stMarkdownContainer"]:has(> table)'
CELL_LINK = '[data-testid="stMarkdownContainer"] td a'
# On a phone, cells keep less padding (Streamlit's 0.75 rem a side is 120 px of a five-column table's 358).
PHONE_CELLS = '@media (max-width: 640px) {[data-testid="stMarkdownContainer"] :is(td, th) { padding: 0.5rem 0.4rem; }}'


def screen_css() -> str:
    """The screen styles in the page's language."""
    words = json.dumps(t("pick.no_results"), ensure_ascii=False)
    return (f"<style>{EMPTY_LIST} {{ font-size: 0; }} {EMPTY_LIST}::after {{ content: {words}; font-size: 0.875rem; }}"
            f" {WIDE_TABLE} {{ overflow-x: auto; }} {CELL_LINK} {{ overflow-wrap: anywhere; }} {PHONE_CELLS}</style>")


def screen_styles() -> None:
    """Add the screen styles to the page (an invisible element)."""
    st.html(screen_css())
