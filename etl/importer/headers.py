"""Finding a table's header and the columns a spec names, by header words rather than positions.

Publishers move columns between years and merge header cells; matching words (compared without
diacritics, case, spaces or punctuation, like province names) survives both. `*` matches anything
and `{year}` matches the year, or captures it when the year is not known yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.importer.grid import Grid
from etl.names import name_key

YEAR = r"(?P<year>(?:19|20)\d\d)"


@dataclass(frozen=True)
class Header:
    col: int
    parts: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.parts)


def pattern(words: str, year: int | None) -> re.Pattern[str]:
    out, seen_year = [], False
    for piece in re.split(r"(\*|\{year\})", words):
        if piece == "*":
            out.append(".*")
        elif piece == "{year}":
            out.append(str(year) if year else (r"(?:19|20)\d\d" if seen_year else YEAR))
            seen_year = True
        else:
            out.append(re.escape(name_key(piece)))
    return re.compile("".join(out))


def matches(header: Header, words: str, year: int | None) -> re.Match[str] | None:
    """A header matches when its whole text, or one of its header-row parts, matches the words."""
    compiled = pattern(words, year)
    for text in (header.text, *header.parts):
        found = compiled.fullmatch(name_key(text))
        if found:
            return found
    return None


def headers(grid: Grid, first: int, count: int) -> list[Header]:
    """Each column's header text, one part per header row (merged cells repeat their text)."""
    out = []
    for col in range(grid.width):
        parts: list[str] = []
        for row in range(first, min(first + count, grid.height)):
            text = grid.text(row, col)
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        out.append(Header(col, tuple(parts)))
    return out


def find_header_row(grid: Grid, words: tuple[str, ...], year: int | None, limit: int = 50) -> int | None:
    """The first row holding a cell that matches one of the province header words."""
    for row in range(min(limit, grid.height)):
        for col in range(grid.width):
            cell = Header(col, (grid.text(row, col),))
            if cell.parts[0] and any(matches(cell, w, year) for w in words):
                return row
    return None


def find_column(found: list[Header], words: tuple[str, ...], year: int | None) -> tuple[list[Header], int | None]:
    """The columns matched by the first of `words` that matches any, and a year the match captured."""
    for w in words:
        hits = [(h, m) for h in found if (m := matches(h, w, year))]
        if hits:
            years = {int(m.group("year")) for _, m in hits if "year" in m.re.groupindex and m.group("year")}
            return [h for h, _ in hits], (years.pop() if len(years) == 1 else None)
    return [], None
