"""Dữ liệu: filter, preview and download the long table as CSV, Parquet or Excel, with its README."""

import streamlit as st

from metrics import export, reference
from ui import data, downloads
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
d1, d2, d3, d4 = st.columns(4)
d1.download_button("CSV", downloads.csv_bytes(view), f"{stem}.csv", "text/csv", key="dl_csv")
d2.download_button("Parquet", downloads.parquet_bytes(view), f"{stem}.parquet", "application/octet-stream",
                   key="dl_parquet")
d3.download_button("Excel", downloads.excel_bytes(view), f"{stem}.xlsx",
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="dl_xlsx")
d4.download_button(t("data.readme"), downloads.readme_text().encode("utf-8"), "README.txt", "text/plain",
                   key="dl_readme")
everything = data.call(export.long_table)
st.download_button(f"{t('data.all')} (CSV, {len(everything)})", downloads.csv_bytes(everything),
                   "vn-governance-all.csv", "text/csv", key="dl_all")
