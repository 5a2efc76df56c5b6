"""How numbers, ranks and statuses read on screen, honest about partial tables."""

from __future__ import annotations

import math

import pandas as pd

from ui.i18n import t

DECIMALS = {"dti": 4}
STATUS_ICON = {"published": "●", "derived": "◐", "not_published": "○", "missing": "◌"}


def _blank(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def number_text(index: str, value: object) -> str:
    """A figure at the index's precision, without its unit (component points)."""
    return "—" if _blank(value) else f"{float(value):.{DECIMALS.get(index, 2)}f}"


def value_text(index: str, value: object) -> str:
    text = number_text(index, value)
    return text + ("%" if index in ("par_index", "sipas") and text != "—" else "")


def rank_text(rank: object, rank_of: object, partial: object) -> str:
    if _blank(rank):
        return "—"
    if bool(partial) and not _blank(rank_of):
        return t("rank.partial", rank=int(rank), n=int(rank_of))
    return f"{int(rank)}/{int(rank_of)}" if not _blank(rank_of) else str(int(rank))


def region_rank_text(rank: object, size: object, basis: object, n_ranked: object, region: str = "") -> str:
    if _blank(rank):
        return "—"
    suffix = f" {region}" if region else ""
    if basis == "computed" and not _blank(n_ranked) and not _blank(size) and int(n_ranked) < int(size):
        return t("rank.region_partial", rank=int(rank), n=int(n_ranked)) + suffix
    return f"{int(rank)}/{int(size)}{suffix}"


def status_text(status: object) -> str:
    key = status if status in STATUS_ICON else "missing"
    return f"{STATUS_ICON[key]} {t('status.' + key)}"


def change_text(index: str, change: object) -> str:
    if _blank(change):
        return ""
    return f"{float(change):+.{DECIMALS.get(index, 2)}f}"
