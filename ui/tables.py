"""Static tables (st.table) for the small, per-year tables of the overview and regions pages.

st.dataframe draws on a canvas and rebuilds its hidden accessible table 200 ms after every change (a debounce in
the grid), so a year change there is never done before that; a static table is finished when it is drawn. Its
cells are Markdown: text from the data is escaped, and a source link is a Markdown link to an http(s) URL only.
"""

from __future__ import annotations

import re
from urllib.parse import quote

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$])")


def text(value: object) -> str:
    """A cell that shows `value` as typed, never as Markdown."""
    return _MARKDOWN.sub(r"\\\1", "" if value is None else str(value))


def link(url: object, label: str = "🔗") -> str:
    """A Markdown link for an http(s) URL, else an empty cell."""
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return ""
    return f"[{label}]({quote(url, safe=':/?#=&%+,;@!$*~._-')})"
