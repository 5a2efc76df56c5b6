"""Dữ liệu: filter, preview and download the long table as CSV, Parquet or Excel, with its README."""

import streamlit as st

from metrics import export, reference
from ui import data, downloads, importing
from ui.i18n import t

s = st.session_state["state"]
st.title(t("data.title"))
frame = data.call(reference.indices)
names = dict(zip(frame["index_code"], frame["short"], strict=True))
c1, c2 = st.columns([3, 2])
chosen = c1.multiselect(t("data.indices"), list(names), default=[s.index], format_func=names.get, key="data_indices")
years = sorted({y for (i, _g), ys in data.choices().years.items() for y in ys})
lo, hi = c2.select_slider(t("data.years"), years, value=(years[0], years[-1]), key="data_years")
view = data.call(export.long_table, chosen or None, lo, hi, s.geo)
st.caption(t("data.preview", n=len(view)))
st.dataframe(view.head(500), hide_index=True, width="stretch", key="data_preview")

stem = f"vn-governance-{'-'.join(chosen) or 'all'}-{lo}-{hi}"
st.markdown(f"**{t('data.filtered')}**")
cols = st.columns(4)
selection = (tuple(chosen) or None, lo, hi, s.geo)
for col, (label, fmt) in zip(cols, [("CSV", "csv"), ("Parquet", "parquet")], strict=False):
    col.download_button(label, downloads.payload(fmt, *selection), f"{stem}.{fmt}", downloads.MIME[fmt],
                        key=f"dl_{fmt}", on_click="ignore")
# An Excel file takes seconds to write (openpyxl), so it is built only for a selection someone asked it for.
if st.session_state.get("excel_for") == selection:
    cols[2].download_button("Excel", downloads.payload("xlsx", *selection), f"{stem}.xlsx", downloads.MIME["xlsx"],
                            key="dl_xlsx", on_click="ignore")
elif cols[2].button(t("data.prepare_excel"), key="prep_xlsx"):
    st.session_state["excel_for"] = selection
    st.rerun()
cols[3].download_button(t("data.readme"), downloads.readme_text().encode("utf-8"), "README.txt", "text/plain",
                        key="dl_readme", on_click="ignore")
everything = data.call(export.long_table_rows)
st.download_button(f"{t('data.all')} (CSV, {everything})", downloads.payload("csv", None, 1900, 2100, None),
                   "vn-governance-all.csv", "text/csv", key="dl_all", on_click="ignore")
importing.section()
