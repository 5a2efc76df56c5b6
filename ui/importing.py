"""The Data page's import section: upload a publisher's file, pick a spec, read the validation report and
the diff against the warehouse. Off unless VNGOV_IMPORT is 'preview' or 'store'; only 'store' may write
under data/raw/ (an operator's choice, never a visitor's)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import streamlit as st

from etl import paths
from etl.importer import ImportRefused, ImportReport, list_specs, preview_import, refusal, store_import
from etl.importer.upload import SUFFIXES, UploadRefused, save_upload
from ui import data
from ui.i18n import t

MODES = ("off", "preview", "store")


def mode() -> str:
    value = os.environ.get("VNGOV_IMPORT", "off").strip().lower()
    return value if value in MODES else "off"


def section() -> None:
    if mode() == "off":
        return
    st.subheader(t("import.title"))
    st.caption(t("import.help_store" if mode() == "store" else "import.help_preview"))
    upload = st.file_uploader(t("import.file"), type=[s.lstrip(".") for s in SUFFIXES], key="import_file")
    c1, c2, c3 = st.columns(3)
    spec = c1.selectbox(t("import.spec"), list_specs(), key="import_spec")
    indices = data.choices().indices
    index = c2.selectbox(t("pick.index"), [None, *indices], key="import_index",
                         format_func=lambda c: t("import.from_spec") if c is None else data.index_row(c)["short"])
    year = c3.number_input(t("pick.year"), min_value=2005, max_value=2100, value=None, step=1, key="import_year")
    if upload is None:
        return
    with tempfile.TemporaryDirectory() as tmp:
        try:
            path = save_upload(upload.name, upload.getvalue(), Path(tmp))
        except UploadRefused as err:
            st.error(str(err))
            return
        report = preview_import(path, spec, index, int(year) if year else None, paths.RAW_DIR, paths.WAREHOUSE)
        _show(report)
        if mode() == "store" and report.verdict == "ok" and st.button(t("import.store"), key="import_store"):
            try:
                target = store_import(report, paths.RAW_DIR)
            except ImportRefused as err:
                st.error(str(err))
            else:
                st.success(t("import.stored", path=str(target)))


def _show(report: ImportReport) -> None:
    """The verdict (every problem and conflict, one line each, as the command line prints them), then the diff."""
    counts = ", ".join(f"{n} {change}" for change, n in report.counts.items())
    if report.verdict == "refused":
        st.error(t("import.refused"))
        st.code(refusal(report), language=None)
    elif report.verdict == "nothing_new":
        st.info(refusal(report))
    else:
        st.success(t("import.ok", counts=counts))
    if len(report.diff):
        st.dataframe(report.diff, hide_index=True, width="stretch", key="import_diff")
