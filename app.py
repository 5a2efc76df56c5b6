"""The router: validated global selections from the URL, the language toggle, and the page registry."""

import streamlit as st

from ui import state
from ui.i18n import LANGS, t
from ui.widgets import lang_picker

st.set_page_config(page_title="Chỉ số quản trị cấp tỉnh", page_icon="📊", layout="wide")
current = state.current()
st.session_state["state"] = current

with st.sidebar:
    st.markdown(f"**{t('app.title')}**")
    st.caption(t("app.caption"))
    lang_picker(current, LANGS)

PAGES = [
    st.Page("pages/overview.py", title=t("nav.overview"), icon="🗺️", url_path="overview", default=True),
    st.Page("pages/profile.py", title=t("nav.profile"), icon="🏛️", url_path="profile"),
    st.Page("pages/rankings.py", title=t("nav.rankings"), icon="🏆", url_path="rankings"),
    st.Page("pages/compare.py", title=t("nav.compare"), icon="⚖️", url_path="compare"),
    st.Page("pages/regions.py", title=t("nav.regions"), icon="🧭", url_path="regions"),
    st.Page("pages/data.py", title=t("nav.data"), icon="⬇️", url_path="data"),
    st.Page("pages/sources.py", title=t("nav.sources"), icon="📚", url_path="sources"),
]
st.navigation(PAGES).run()
