"""The Data page's import section: upload a publisher's file, pick a spec, read the validation report and
the diff against the warehouse. Off unless VNGOV_IMPORT is 'preview' or 'store'; only 'store' may write
under data/raw/ (an operator's choice, never a visitor's)."""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path

import streamlit as st

from etl import paths
from etl.importer import ImportRefused, ImportReport, list_specs, preview_import, refusal, store_import
from etl.importer.upload import SUFFIXES, UploadRefused, save_upload
from ui import confirming, data
from ui.echo import inert
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
    choice = (spec, index, int(year) if year else None)
    confirmed = tuple(sorted(confirming.confirmed_for((upload.name, upload.size, *choice)).items()))
    try:
        report, crops = _preview(upload.name, upload.getvalue(), *choice, str(paths.RAW_DIR), str(paths.WAREHOUSE),
                                 _layer_versions(), confirmed)
    except UploadRefused as err:
        st.error(inert(str(err)))
        return
    _show(report)
    if report.to_confirm or report.corrections:
        confirming.section(report, crops)
    if mode() == "store" and report.verdict == "ok" and st.button(t("import.store"), key="import_store"):
        with tempfile.TemporaryDirectory() as tmp:
            path = save_upload(upload.name, upload.getvalue(), Path(tmp))
            try:
                target = store_import(replace(report, source=path), paths.RAW_DIR)
            except ImportRefused as err:
                st.error(inert(str(err)))
            else:
                st.success(t("import.stored", path=str(target)))


def _layer_versions() -> tuple[int, ...]:
    """Modification times of the raw layer's folders and of the warehouse: a stored import or a rebuild changes
    them, so a cached preview is redone exactly when what it compared against has changed."""
    folders = sorted(d for d in paths.RAW_DIR.iterdir() if d.is_dir())
    stamps = [d.stat().st_mtime_ns for d in folders]
    return (*stamps, paths.WAREHOUSE.stat().st_mtime_ns if paths.WAREHOUSE.exists() else 0)


@st.cache_data(max_entries=8, show_spinner=True)
def _preview(name: str, content: bytes, spec: str, index: str | None, year: int | None, raw_dir: str,
             warehouse: str, versions: tuple[int, ...],
             confirmed: tuple = ()) -> tuple[ImportReport, dict[tuple[int, int, int], bytes]]:
    """One preview per upload and choice (it reads every raw file, as a build does), not one per rerun of the page.
    The file lives in a temporary folder only while it is read; storing writes it there again. `confirmed` holds
    the cells a person confirmed in the preview table; the crops of the cells still to confirm come back as PNG."""
    with tempfile.TemporaryDirectory() as tmp:
        path = save_upload(name, content, Path(tmp))
        report = preview_import(path, spec, index, year, Path(raw_dir), Path(warehouse), dict(confirmed))
        return report, confirming.crops(report)


def _show(report: ImportReport) -> None:
    """The verdict (every problem and conflict, one line each, as the command line prints them), then the diff."""
    counts = ", ".join(f"{n} {change}" for change, n in report.counts.items())
    if report.verdict == "refused":
        st.error(t("import.refused"))
        st.code(refusal(report), language=None)
        st.caption(t("import.refused_diff", counts=counts))
    elif report.verdict == "nothing_new":
        st.info(refusal(report))
    else:
        st.success(t("import.ok", counts=counts))
    if len(report.diff):
        st.dataframe(report.diff, hide_index=True, width="stretch", key="import_diff")
