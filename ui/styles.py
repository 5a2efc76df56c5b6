"""The app's screen styles, one invisible element on every page: constant CSS and a string of the string table only;
no data ever goes into it. (Print styles: ui/printing.py.)"""

from __future__ import annotations

import json

import streamlit as st

from ui.i18n import t

# A picker's empty list says "No results" in English whatever the page's language (Streamlit's words, with no
# parameter): the span that holds them is drawn at size 0 and the string table's words after it.
EMPTY_LIST = '[role="listbox"][data-empty="true"] [role="option"] > span'


def screen_css() -> str:
    """The screen styles in the page's language."""
    words = json.dumps(t("pick.no_results"), ensure_ascii=False)
    return (f"<style>{EMPTY_LIST} {{ font-size: 0; }}"
            f" {EMPTY_LIST}::after {{ content: {words}; font-size: 0.875rem; }}</style>")


def screen_styles() -> None:
    """Add the screen styles to the page (an invisible element)."""
    st.html(screen_css())
