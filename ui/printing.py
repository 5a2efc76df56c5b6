"""Print styles: a page printed on A4 (Ctrl+P, Save as PDF) is a briefing, without the sidebar, the pickers or
the chart toolbars, and nothing past the right edge. Constant CSS only: no data ever goes into it.

The page is scaled to 60 %: charts keep the width they were drawn at on screen, which then fits the paper from a
window up to about 1,400 px wide (checked with Chromium's PDF at 1,366 px, tests/e2e/test_print.py). From a wider
window the charts are redrawn for the paper while it prints and may come out blank: the PDF briefing of the
profile (ui/briefing.py) does not depend on the window."""

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
  [data-testid="stMainBlockContainer"] { zoom: 0.6; }
  [data-testid="stPlotlyChart"], [data-testid="stVerticalBlockBorderWrapper"], table {
    break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
}
</style>
"""


def briefing_print_styles() -> None:
    """Add the print styles to the page (an invisible element)."""
    st.html(PRINT_CSS)
