"""The import section's cells to confirm: a PDF or scan's doubtful cells, each with its crop, in a table
where a person types the value the page shows. The confirmed values live in the session and go back to
preview_import as corrections, exactly like `--confirm corrections.csv` on the command line."""

from __future__ import annotations

import cv2
import pandas as pd
import streamlit as st

from etl.importer import ImportReport
from etl.importer.confirm import TABLE, table_crop
from etl.importer.read_pdf import PdfGrid
from ui.i18n import t

STATE = "import_confirmed"
MAX_CROPS = 40
COLUMNS = ("page", "row", "column", "header", "read", "reason", "candidates", "confidence", "confirmed")


def crops(report: ImportReport) -> dict[tuple[int, int, int], bytes]:
    """PNG crops of the cells to confirm, made while the uploaded file still exists."""
    grid = next((g for g in report.grids if isinstance(g, PdfGrid)), None)
    out: dict[tuple[int, int, int], bytes] = {}
    if grid is None or grid.source is None or not grid.source.exists():
        return out
    for doubt in report.to_confirm[:MAX_CROPS]:
        if doubt.cell in grid.info:
            info = grid.info[doubt.cell]
            ok, png = cv2.imencode(".png", table_crop(grid.source, info.page, info.box))
            if ok:
                out[doubt.key] = png.tobytes()
    return out


def confirmed_for(identity: tuple) -> dict[tuple[int, int, int], str]:
    """The cells confirmed for this upload; a different file or choice starts afresh."""
    if st.session_state.get(STATE + "_for") != identity:
        st.session_state[STATE + "_for"] = identity
        st.session_state[STATE] = {}
    return st.session_state[STATE]


def section(report: ImportReport, images: dict[tuple[int, int, int], bytes]) -> None:
    if report.corrections:
        st.caption(t("import.confirmed_count", n=len(report.corrections)))
        if st.button(t("import.confirm_reset"), key="import_confirm_reset"):
            st.session_state[STATE] = {}
            st.rerun()
    if not report.to_confirm:
        return
    st.markdown(f"**{t('import.confirm_title', n=len(report.to_confirm))}**")
    st.caption(t("import.confirm_help"))
    frame = pd.DataFrame([{**d.record(), "confidence": d.confidence} for d in report.to_confirm],
                         columns=list(COLUMNS))
    labels = {c: st.column_config.Column(t(f"import.col_{c}"), disabled=c != "confirmed") for c in COLUMNS}
    labels["confirmed"] = st.column_config.TextColumn(t("import.col_confirmed"))
    edited = st.data_editor(frame, hide_index=True, width="stretch", column_config=labels, key="import_confirm_table")
    shown = [d for d in report.to_confirm if d.key in images]
    for start in range(0, len(shown), 4):
        for column, doubt in zip(st.columns(4), shown[start:start + 4], strict=False):
            page, row, col = doubt.key
            column.image(images[doubt.key], caption=f"{t('import.col_page')} {page}, {t('import.col_row')} {row}, "
                         f"{t('import.col_column')} {col}: {doubt.read!r}")
    if st.button(t("import.confirm_apply"), key="import_confirm_apply"):
        chosen = dict(st.session_state.get(STATE, {}))
        for doubt, value in zip(report.to_confirm, edited["confirmed"].tolist(), strict=True):
            value = "" if value is None or pd.isna(value) else str(value).strip()
            if value:
                chosen[TABLE if doubt.key == TABLE else doubt.key] = value
        st.session_state[STATE] = chosen
        st.rerun()
