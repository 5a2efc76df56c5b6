"""The router: validated global selections from the URL, the language toggle, and the page registry."""

import streamlit as st

from ui import heap, state
from ui.i18n import LANGS, t
from ui.styles import screen_styles
from ui.widgets import lang_picker

st.set_page_config(page_title="Chỉ số quản trị cấp tỉnh", page_icon=":material/bar_chart:", layout="wide")
current = state.current()
st.session_state["state"] = current
screen_styles()

with st.sidebar:
    # The app's name and what it holds, in one element (every page's rerun redraws each element of the sidebar).
    st.markdown(f"**{t('app.title')}**  \n:small[:gray[{t('app.caption')}]]")
    lang_picker(current, LANGS)

PAGES = [
    st.Page("app_pages/overview.py", title=t("nav.overview"), icon=":material/map:", default=True),
    st.Page("app_pages/profile.py", title=t("nav.profile"), icon=":material/account_balance:", url_path="profile"),
    st.Page("app_pages/rankings.py", title=t("nav.rankings"), icon=":material/leaderboard:", url_path="rankings"),
    st.Page("app_pages/compare.py", title=t("nav.compare"), icon=":material/compare_arrows:", url_path="compare"),
    st.Page("app_pages/regions.py", title=t("nav.regions"), icon=":material/explore:", url_path="regions"),
    st.Page("app_pages/targets.py", title=t("nav.targets"), icon=":material/flag:", url_path="targets"),
    st.Page("app_pages/data.py", title=t("nav.data"), icon=":material/download:", url_path="data"),
    st.Page("app_pages/sources.py", title=t("nav.sources"), icon=":material/menu_book:", url_path="sources"),
]
st.navigation(PAGES).run()
heap.freeze_startup_objects()
