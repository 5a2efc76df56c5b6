"""Pure functions over the read-only warehouse: (connection, typed arguments) → DataFrame. No Streamlit here."""
