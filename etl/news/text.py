"""Plain text for the extractor: HTML stripped, diacritics folded with an offset map, sentences split.

Patterns run on folded text ("xếp thứ" → "xep thu") so one ASCII vocabulary covers every spelling
of the accents; the offset map turns a match back into a span of the caller's own text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from etl.names import fold

BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section"}
SKIP_TAGS = {"script", "style", "head"}
# Tokens after which a full stop does not end a sentence ("TP. Hồ Chí Minh", "No. 1").
ABBREVIATIONS = {"tp", "tt", "tx", "st", "no", "mr", "mrs", "ms", "dr", "ts", "ths", "pgs", "gs", "vs", "q"}
BOUNDARY = re.compile(r"[.!?…]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])|\n\s*")


@dataclass(frozen=True)
class Folded:
    """Folded text plus, for each folded character, the offset of the input character it came from."""

    text: str
    origin: tuple[int, ...]
    source: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Folded [start, end) as a span of the input; an accent mark after the last letter stays inside."""
        return self.origin[start], (self.origin[end] if end < len(self.text) else len(self.source))

    def original(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.source[a:b]


def fold_with_offsets(text: str) -> Folded:
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        for out in fold(ch):
            chars.append(out)
            origin.append(i)
    return Folded("".join(chars), tuple(origin), text)


def sentences(folded: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence in folded text: a line, or a stop followed by a capital or digit."""
    spans, start = [], 0
    for m in BOUNDARY.finditer(folded):
        before = re.search(r"(\w+)$", folded[start:m.start()])
        if m.group().strip() and before and _abbreviation(before.group(1)):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(folded)))
    out = []
    for a, b in spans:
        while a < b and folded[a].isspace():
            a += 1
        while b > a and folded[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _abbreviation(word: str) -> bool:
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.h1_at: int | None = None
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self._in_title = True
        if tag in SKIP_TAGS:
            self._skip += 1
        elif tag in BLOCK_TAGS:
            if tag == "h1" and self.h1_at is None:
                self.h1_at = len(self.parts)
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def _parsed(html: str) -> _TextOnly:
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    return parser


def _lines(parts: list[str]) -> str:
    return re.sub(r"\n\s*\n+", "\n", re.sub(r"[ \t\r\f\v]+", " ", "".join(parts))).strip()


def strip_html(html: str) -> str:
    """The visible text of a page, one block element per line, so headings stay their own sentence."""
    return _lines(_parsed(html).parts)


def article_text(html: str) -> str:
    """The visible text of a news page from its first <h1> on (menus and banners before it dropped); a page
    without one starts with its <title>, so the first line is the heading that lends index, province and year."""
    parser = _parsed(html)
    if parser.h1_at is not None:
        return _lines(parser.parts[parser.h1_at:])
    return _lines(["".join(parser.title), "\n", *parser.parts])
