"""Placeholder until the dashboard lands: shows that the warehouse opens read-only."""

import duckdb
import streamlit as st

from etl.paths import WAREHOUSE

con = duckdb.connect(str(WAREHOUSE), read_only=True)
st.title("Chỉ số quản trị cấp tỉnh")
st.dataframe(con.sql("SELECT index_code, count(*) AS n FROM fact_value GROUP BY ALL ORDER BY 1").df())
