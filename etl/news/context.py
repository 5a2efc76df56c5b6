"""What earlier sentences lend to later ones: the index, province and year a sentence names without doubt.

A sentence that lacks one takes it from the nearest earlier sentence of its paragraph, else from the heading
(the text's first sentence), else from an earlier paragraph; `carried` says which, for the `fields_from` column.
"""

from __future__ import annotations

from dataclasses import dataclass

from etl.names import AliasTable, UnknownProvince
from etl.news.mentions import Mention, Sentence


def distinct(mentions: list[Mention]) -> list[str]:
    """The keys of mentions in order of first appearance."""
    return list(dict.fromkeys(m.key for m in mentions))


@dataclass(frozen=True)
class Said:
    """What one sentence named without doubt (one index, one province, one year), lent to those after it."""

    paragraph: int
    index: str | None
    province: str | None
    year: int | None


def _one(keys: list[str]) -> str | None:
    return keys[0] if len(keys) == 1 else None


def said_by(sentence: Sentence, paragraph: int) -> Said:
    """What a sentence lends: its one index (or the index its one part implies), province and year."""
    index = _one(distinct(sentence.indices)) or _one(
        distinct([p for p in sentence.parts if p.component and p.component.implies_index]))
    year = _one(distinct(sentence.years))
    return Said(paragraph, index, _one(distinct(sentence.provinces)), int(year) if year else None)


def carried(said: list[Said], paragraph: int, field: str) -> tuple[str | int | None, str]:
    """The nearest earlier value of a field: same paragraph, else the heading, else an earlier paragraph."""
    for item in reversed(said[1:]):
        if item.paragraph == paragraph and getattr(item, field) is not None:
            return getattr(item, field), "paragraph"
    if said and getattr(said[0], field) is not None:
        return getattr(said[0], field), "heading"
    for item in reversed(said[1:]):
        if getattr(item, field) is not None:
            return getattr(item, field), "earlier paragraph"
    return None, ""


def province_codes(sentence: Sentence, aliases: AliasTable) -> set[str]:
    """The provinces a sentence names: once the text has named several, none is lent to a sentence naming none."""
    codes = set()
    for m in sentence.provinces:
        for geography in ("63", "34"):
            try:
                codes.add(aliases.resolve(m.key, geography).code)
                break
            except UnknownProvince:
                continue
    return codes
