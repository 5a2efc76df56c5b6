"""Text shown as typed inside Markdown: a visitor's own, shown back as inert text, and the data's, escaped.

Streamlit renders Markdown in notices: a refused `?province=[x](https://…)` became a real link, `![x](http://…)`
made the browser fetch an image, a bare `www.…` was autolinked. Echoed text goes in a code span, where Markdown,
autolinks, math, emoji shortcodes and colour directives do nothing; control and format characters (bidi overrides,
zero-width characters) are dropped first and line breaks become spaces.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

BACKTICKS = re.compile(r"`+")
MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$])")


def printable(text: str) -> str:
    """The text on one line (line breaks and tabs become spaces) without control, format, surrogate, private-use
    or unassigned characters."""
    spaced = "".join(" " if ch.isspace() else ch for ch in text)
    return "".join(ch for ch in spaced if unicodedata.category(ch)[0] != "C")


def inert(text: str) -> str:
    """Markdown that shows `text` literally: a code span fenced by more backticks than the text holds in a row."""
    clean = printable(text)
    fence = "`" * (max((len(run) for run in BACKTICKS.findall(clean)), default=0) + 1)
    pad = " " if clean.startswith("`") or clean.endswith("`") or not clean.strip() else ""
    return f"{fence}{pad}{clean}{pad}{fence}"


def one_line(value: object) -> str:
    """A value as text on one line (runs of spaces and line breaks become one space); None as empty."""
    return "" if value is None else " ".join(str(value).split())


def literal(value: object) -> str:
    """Markdown that shows a text from the data (a method note in a list) as typed, on one line: every character
    Markdown would read is escaped."""
    return MARKDOWN.sub(r"\\\1", one_line(value))


def web_address(url: object) -> bool:
    """Whether `url` is an http(s) address: the only kind of link the app makes from data."""
    return isinstance(url, str) and url.startswith(("http://", "https://"))


def link(url: object) -> str:
    """A Markdown link to an http(s) URL that shows the URL as typed, else an empty string."""
    if not web_address(url):
        return ""
    return f"[{literal(url)}]({quote(url, safe=':/?#=&%+,;@!$*~._-')})"
