"""Dữ liệu: filter (indices, years, provinces, indicators), preview and download the long table as CSV, Parquet
or Excel, with its README."""

import pandas as pd
import streamlit as st

from metrics import export, reference
from ui import data, downloads, format, importing, widgets
from ui.i18n import pick, pick_column, t

s = st.session_state["state"]
st.title(t("data.title"))
widgets.geo_picker(s)
frame = data.call(reference.indices)
names = dict(zip(frame["index_code"], frame["short"], strict=True))
c1, c2 = st.columns([3, 2])
chosen = c1.multiselect(t("data.indices"), list(names), default=[s.index], format_func=names.get, key="data_indices")
years = sorted({y for (i, _g), ys in data.choices().years.items() for y in ys})
lo, hi = c2.select_slider(t("data.years"), years, value=(years[0], years[-1]), key="data_years")
c3, c4 = st.columns([3, 2])
places = data.call(reference.provinces, s.geo)
place_names = widgets.province_labels(places, "province_id")
provinces = c3.multiselect(t("data.provinces"), list(place_names), format_func=place_names.get, key="data_provinces",
                           placeholder=t("data.all_provinces"))
measures = {f"{code}:{r.indicator_code}": f"{names[code]} — {pick(r, 'name')}"
            for code in chosen for r in data.call(reference.indicators, code).itertuples()}
picked = c4.multiselect(t("data.indicators"), list(measures), format_func=measures.get, key="data_indicators",
                        placeholder=t("data.all_indicators"))
indicators = tuple(m for m in picked if m in measures) or None
view = data.call(export.long_table, chosen or None, lo, hi, s.geo, provinces=provinces or None,
                 indicators=list(indicators) if indicators else None)
# The first rows, in the columns a reader checks first, with the screen's names (the files carry all of them), in
# widths that add up to a 390 px phone's grid (356 px inside its border); a wider screen stretches them.
rows = view.head(500)
# The download's province_name is the Vietnamese name: named as pick_column reads it.
preview = {t("col.province"): pick_column(rows.rename(columns={"province_name": "province_name_vi"}), "province_name"),
           t("col.index"): rows["index_name"],
           t("col.indicator"): pick_column(rows, "indicator_name"),
           t("col.year"): rows["year"].astype("Int64").astype("string"),
           # At each index's precision (the files keep every decimal the source gave).
           t("col.value"): [format.value_text(i, v) for i, v in zip(rows["index_code"], rows["value"], strict=True)],
           t("col.rank"): [format.rank_text(r, o, p) for r, o, p in
                           zip(rows["rank"], rows["rank_of"], rows["rank_partial"], strict=True)]}
st.caption(t("data.preview", rows=len(view), shown=len(preview), total=len(view.columns)))
st.dataframe(pd.DataFrame(preview), hide_index=True, width="stretch", key="data_preview", placeholder="",
             column_config={name: st.column_config.Column(width=w)
                            for name, w in zip(preview, (94, 50, 64, 42, 56, 50), strict=True)})

stem = f"vn-governance-{'-'.join(chosen) or 'all'}-{lo}-{hi}-{s.geo}-provinces"
st.markdown(f"**{t('data.filtered')}**")
cols = st.columns(4)
selection = (tuple(chosen) or None, lo, hi, s.geo, tuple(provinces) or None, indicators)
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
st.download_button(t("data.all", n=everything), downloads.payload("csv", None, 1900, 2100, None),
                   "vn-governance-all.csv", "text/csv", key="dl_all", on_click="ignore")
importing.section()
