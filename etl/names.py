"""One alias table resolves every spelling of a province to its GSO code, per geography.

Spellings are compared by a key with diacritics, case, spaces and punctuation removed, so
"Bà Rịa–Vũng Tàu", "BaRia-VungTau" and "Ba Ria - Vung Tau" meet; the prefixes "Tỉnh",
"Thành phố" and "TP." are tried off as well. Two provinces that share a key are refused.
"""

from __future__ import annotations

import csv
import difflib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# The 63 provinces became 34 on 1 July 2025 (merger_2025.csv): from this year on, ranks and targets count in the 34.
MERGER_YEAR = 2025

PREFIXES = ("thanhpho", "tinh", "tp")
HISTORICAL = "historical"


def fold(text: str) -> str:
    """Plain ASCII of a Vietnamese name: 'Đắk Lắk' → 'Dak Lak'."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def sql_name_order(column: str) -> str:
    """SQL that orders Vietnamese names as a reader expects, not by their bytes: Đà Nẵng among the D (before Đắk Lắk
    and after Cần Thơ), Bình Định before Bình Dương, Yên Bái last."""
    return f"strip_accents(replace(replace({column}, 'Đ', 'D'), 'đ', 'd'))"


def name_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text).lower())


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


@dataclass(frozen=True)
class Resolution:
    code: str
    geography: str


class UnknownProvince(ValueError):
    def __init__(self, value: str, suggestions: list[str]):
        self.value, self.suggestions = value, suggestions
        hint = f"; closest known names: {', '.join(suggestions)}" if suggestions else ""
        super().__init__(f"unknown province {value!r}{hint}")


class AliasTable:
    """Maps name keys to (code, geography); built from the reference files in data/raw/reference."""

    def __init__(self) -> None:
        self._keys: dict[str, dict[str, tuple[str, str]]] = {}
        self._names: dict[tuple[str, str], str] = {}
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, alias: str, code: str, geography: str, display: str) -> None:
        """Register a spelling; `display` names the province the first time its code is seen."""
        key = name_key(alias)
        if not key:
            return
        display = self._names.setdefault((geography, code), display)
        table = self._keys.setdefault(geography, {})
        known = table.get(key)
        if known and known[0] != code:
            raise ValueError(f"alias {alias!r} would mean both {known[1]} ({known[0]}) and {display} ({code})")
        if not known:
            table[key] = (code, display)
            self.rows.append((alias, key, code, geography))

    def resolve(self, value: str, geography: str = "63") -> Resolution:
        """The province a spelling means in `geography`; historical provinces count in the 63 era."""
        key = name_key(value)
        spaces = [geography, HISTORICAL] if geography == "63" else [geography]
        candidates = [key] + [key[len(p):] for p in PREFIXES if key.startswith(p) and len(key) > len(p)]
        for space in spaces:
            table = self._keys.get(space, {})
            for cand in candidates:
                if cand in table:
                    return Resolution(table[cand][0], space)
        table = {k: v for s in spaces for k, v in self._keys.get(s, {}).items()}
        close = difflib.get_close_matches(key, list(table), n=3, cutoff=0.6)
        names = list(dict.fromkeys(table[k][1] for k in close))
        raise UnknownProvince(value, names)


def load_aliases(reference_dir: Path) -> AliasTable:
    table = AliasTable()
    with open(reference_dir / "provinces_63.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for alias in [row["name"], row["name_full"], fold(row["name"]), *row["alt_names"].split("|")]:
                table.add(alias, row["code"], "63", row["name"])
    with open(reference_dir / "merger_2025.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for alias in (row["new_name"], row["new_name_full"], fold(row["new_name"])):
                table.add(alias, row["new_code"], "34", row["new_name"])
    with open(reference_dir / "papi_province_codes.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            table.add(row["Variable_Code"], _code_of(table, row["Variable_Name"]), "63", row["Variable_Name"])
    with open(reference_dir / "aliases.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            table.add(row["alias"], row["code"], row["geography"], row["alias"])
    return table


def _code_of(table: AliasTable, name: str) -> str:
    return table.resolve(name, "63").code
