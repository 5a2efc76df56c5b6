"""Print styles: a page printed on A4 (Ctrl+P, Save as PDF) is a briefing, without the sidebar, the pickers or
the chart toolbars, and nothing cut at the right edge. Constant CSS only: no data ever goes into it."""

from __future__ import annotations

import streamlit as st

PRINT_CSS = """
<style>
@media print {
  @page { size: A4 portrait; margin: 12mm; }
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
  [data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
  [data-testid="stSelectbox"], [data-testid="stMultiSelect"], [data-testid="stButtonGroup"],
  [data-testid="stElementToolbar"], .modebar-container, .no-print { display: none !important; }
  [data-testid="stAppViewContainer"], [data-testid="stMain"], [data-testid="stMainBlockContainer"] {
    margin: 0 !important; padding: 0 !important; max-width: 100% !important; width: 100% !important;
    overflow: visible !important; }
  [data-testid="stMainBlockContainer"] { zoom: 0.72; }
  [data-testid="stPlotlyChart"], [data-testid="stVerticalBlockBorderWrapper"], table {
    break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
}
</style>
"""


def briefing_print_styles() -> None:
    """Add the print styles to the page (an invisible element)."""
    st.html(PRINT_CSS)
