"""How numbers, ranks and statuses read on screen, honest about partial tables."""

from __future__ import annotations

import math
import unicodedata

import pandas as pd

from etl.names import MERGER_YEAR
from etl.precision import decimals
from ui.i18n import pick, t

STATUS_ICON = {"published": "●", "derived": "◐", "not_published": "○", "missing": "◌"}


def _blank(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def number_text(index: str, value: object) -> str:
    """A figure at the index's precision, without its unit (component points)."""
    return "—" if _blank(value) else f"{float(value):.{decimals(index)}f}"


def value_text(index: str, value: object) -> str:
    text = number_text(index, value)
    return text + ("%" if index in ("par_index", "sipas") and text != "—" else "")


def figure_label(index: str, record: dict) -> str:
    """A province's figure and rank on one line, as a chart's tooltip says it ("Quảng Ninh: 73.02 · 1/63"), from a
    ranking row (name_vi/name_en, value, rank, rank_of, rank_partial)."""
    return (f"{pick(record, 'name')}: {value_text(index, record['value'])} · "
            f"{rank_text(record['rank'], record['rank_of'], record['rank_partial'])}")


def rank_text(rank: object, rank_of: object, partial: object) -> str:
    if _blank(rank):
        return "—"
    if bool(partial) and not _blank(rank_of):
        return t("rank.partial", rank=int(rank), n=int(rank_of))
    return f"{int(rank)}/{int(rank_of)}" if not _blank(rank_of) else str(int(rank))


def region_rank_text(rank: object, size: object, basis: object, n_ranked: object, region: str = "",
                     star: bool = False) -> str:
    """"4/11"; a rank among only the region's provinces with a value says so, or with `star` reads "1/5*" for a
    narrow column whose footnote is `region_partial_note`."""
    if _blank(rank):
        return "—"
    suffix = f" {region}" if region else ""
    if basis == "computed" and not _blank(n_ranked) and not _blank(size) and int(n_ranked) < int(size):
        if star:
            return f"{int(rank)}/{int(n_ranked)}*{suffix}"
        return t("rank.region_partial", rank=int(rank), n=int(n_ranked)) + suffix
    return f"{int(rank)}/{int(size)}{suffix}"


def status_key(status: object) -> str:
    """A value's status as one of STATUS_ICON's keys; anything else is "missing"."""
    return status if status in STATUS_ICON else "missing"


def status_text(status: object) -> str:
    key = status_key(status)
    return f"{STATUS_ICON[key]} {t('status.' + key)}"


def change_text(index: str, change: object) -> str:
    """A change or gap with its sign (+1.66, -0.61); none reads "0.00", never "+0.00"."""
    if _blank(change):
        return ""
    return f"{float(change):+.{decimals(index)}f}" if float(change) else f"{0:.{decimals(index)}f}"


def rank_change_text(change: object) -> str:
    """Places gained (+3) or lost (-2) since the year before; no move reads "0", never "+0"."""
    if _blank(change):
        return ""
    return f"{int(change):+d}" if int(change) else "0"


def status_legend() -> str:
    """What each status icon of a table means, on one line."""
    return " · ".join(f"{icon} {t('status.' + key)}" for key, icon in STATUS_ICON.items())


def mean_label(basis: str, n: object, geo: str = "63", year: int | None = None) -> str:
    """What a national mean is: the publisher's, ours over every province, or ours over the few with a figure. Before
    2025 the 34 provinces' figures are their former provinces' means, so their mean is not the 63's (PCI 2022:
    65.46 against 65.53) and says so."""
    if basis == "published":
        return t("overview.mean_published")
    if basis == "complete":
        return t("overview.mean_34_derived") if geo == "34" and year and year < MERGER_YEAR else \
            t("overview.national_mean")
    return t("overview.mean_partial", n=int(n))


def basis_text(basis: str, n: object, total: object) -> str:
    if basis == "published":
        return t("basis.published")
    return t(f"basis.{basis}", n=0 if _blank(n) else int(n), total=0 if _blank(total) else int(total))


def merged_basis(status: object, n_members: object, n_with_value: object) -> str:
    """How a 34-province figure was made: published for the merged unit, the mean of its members, or not made."""
    if _blank(n_members):
        return ""
    if status == "derived":
        return t("profile.how_same") if int(n_members) == 1 else t("profile.how_mean", n=int(n_members))
    if status in ("published", "not_published"):
        return t("profile.how_published")
    return t("profile.how_missing", k=0 if _blank(n_with_value) else int(n_with_value), n=int(n_members))


def rank_of_text(rank_of: object, partial: object) -> str:
    """What a rank is out of, for a narrow column beside a numeric rank: "/63", or "/22*" for a rank among only the
    22 with a value (the star explained under the table by `rank_partial_note`)."""
    if _blank(rank_of):
        return ""
    return f"/{int(rank_of)}" + ("*" if bool(partial) else "")


def rank_partial_note(rank_of: object) -> str:
    """The footnote of a starred rank, as Markdown (the star escaped, so it is not a list item)."""
    return "\\* " + t("rank.partial_note", n=int(rank_of))


def region_partial_note() -> str:
    return "\\* " + t("rank.region_partial_note")


def unaccented(text: str) -> str:
    """Vietnamese without its marks (đ as d): "Hồ Chí Minh" -> "Ho Chi Minh"."""
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return plain.replace("đ", "d").replace("Đ", "D")


def searchable(name: str) -> str:
    """A province's label in a picker, with its unaccented name beside it so typing "vinh phuc" or "hue" finds it
    (the pickers' own filter matches marks exactly)."""
    plain = unaccented(name)
    return name if plain == name else f"{name} ({plain})"
