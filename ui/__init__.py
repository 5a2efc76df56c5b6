"""Streamlit-side helpers: strings, URL state, cached data access, formatting and charts."""
