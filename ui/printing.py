"""Print styles: a page printed on A4 (Ctrl+P, Save as PDF) is a briefing, without the sidebar, the pickers or
the chart toolbars, and nothing past the right edge. Constant CSS only: no data ever goes into it.

The page is scaled to 60 %. A chart keeps the width it was drawn at on screen, or, when Chromium redraws it for
print (its column grows as the sidebar goes), takes the column's width, which is capped at what A4 holds at 60 %:
either way it stays inside the paper (checked with Chromium's PDF at 1,366 px, tests/e2e/test_print.py; before
the cap a redrawn chart ran 50 pt past the right edge). A chart redrawn for print comes out shorter than on screen.
The PDF briefing of the profile (ui/briefing.py) does not depend on the window."""

from __future__ import annotations

import streamlit as st

PRINT_CSS = """
<style>
@media print {
  @page { size: A4 portrait; margin: 12mm; }
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
  [data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
  [data-testid="stSelectbox"], [data-testid="stMultiSelect"], [data-testid="stButtonGroup"],
  [data-testid="stElementToolbar"], [data-testid="stButton"], [data-testid="stDownloadButton"], .modebar-container,
  .st-key-whatif, .st-key-print_hint, .no-print { display: none !important; }
  [data-testid="stAppViewContainer"], [data-testid="stMain"], [data-testid="stMainBlockContainer"] {
    margin: 0 !important; padding: 0 !important; max-width: 100% !important; width: 100% !important;
    overflow: visible !important; }
  /* A4 less its margins (186 mm) at 60 %: a chart redrawn for print (its column grows when the sidebar goes) is
     never wider than the paper. */
  [data-testid="stMainBlockContainer"] { zoom: 0.6; max-width: 310mm !important; }
  [data-testid="stPlotlyChart"], [data-testid="stVerticalBlockBorderWrapper"], table {
    break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
}
</style>
"""


def briefing_print_styles() -> None:
    """Add the print styles to the page (an invisible element)."""
    st.html(PRINT_CSS)
