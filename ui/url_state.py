"""Every selection lives in the URL, validated against whitelists built from the warehouse.

Parameters: lang (vi|en), index (par_index|sipas|pci|papi|dti), indicator (an indicator code of that index),
year (a year with figures for that index and geography), geo (63|34), province (a province slug of the
geography, e.g. vinh-phuc; one of the other geography stands for its counterpart), provinces (up to 6 slugs,
comma-separated; a comparison needs 2),
region (TDMNPB|DBSH|BTBDHMT|TN|DNB|DBSCL).
Targets (the /targets page and the profile's what-if): tindex, tprovince (a slug of either geography), tyear
(a year within a target's span), status (met|missed|cannot_tell|pending), target (what-if "index:rank", e.g.
pci:10, rank 1-63); each is optional and blank means "all" / "none".
The page is the URL path (/overview, /profile, …). An invalid value falls back to the default and is
reported, never executed or echoed into HTML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

PARAMS = ("lang", "index", "indicator", "year", "geo", "province", "provinces", "region")
TARGET_PARAMS = ("tindex", "tprovince", "tyear", "status", "target")
PARAMS += TARGET_PARAMS
TARGET_STATUSES = ("met", "missed", "cannot_tell", "pending")
TARGET_YEARS = tuple(range(2005, 2041))
WHAT_IF = re.compile(r"^([a-z_]{2,20}):(\d{1,2})$")
MAX_PARAM_LENGTH = 200
DEFAULT_INDEX = "pci"
DEFAULT_PROVINCE = "ha-noi"
DEFAULT_COMPARE = ("ha-noi", "ho-chi-minh", "da-nang")


@dataclass(frozen=True)
class Choices:
    """What the URL may name: built once per warehouse version."""

    indices: tuple[str, ...]
    indicators: Mapping[str, tuple[str, ...]]
    years: Mapping[tuple[str, str], tuple[int, ...]]
    slugs: Mapping[str, tuple[str, ...]]
    regions: tuple[str, ...]
    default_years: Mapping[tuple[str, str], int] = field(default_factory=dict)
    # The same place in the other geography, by the geography asked for: {"34": {"vinh-phuc": "phu-tho"}, "63":
    # {"phu-tho": "phu-tho", "hue": "thua-thien-hue"}} (a merged province's way back is its namesake member).
    counterparts: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


@dataclass
class State:
    lang: str = "vi"
    index: str = DEFAULT_INDEX
    indicator: str = "total"
    year: int | None = None
    geo: str = "63"
    province: str = DEFAULT_PROVINCE
    provinces: list[str] = field(default_factory=lambda: list(DEFAULT_COMPARE))
    region: str | None = None
    targets: dict[str, str] = field(default_factory=dict)

    def to_params(self) -> dict[str, str]:
        params = {"lang": self.lang, "index": self.index, "indicator": self.indicator, "geo": self.geo,
                  "province": self.province, "provinces": ",".join(self.provinces)}
        if self.year is not None:
            params["year"] = str(self.year)
        if self.region:
            params["region"] = self.region
        params.update(self.targets)
        return params


def parse(raw: Mapping[str, str], choices: Choices) -> tuple[State, list[tuple[str, str]]]:
    """A valid State from untrusted parameters, and the (name, value) pairs that were refused."""
    bad: list[tuple[str, str]] = []
    state = State()

    def take(name: str, allowed) -> str | None:
        value = raw.get(name)
        if value is None or value == "":
            return None
        if len(value) <= MAX_PARAM_LENGTH and value in allowed:
            return value
        bad.append((name, value[:40]))
        return None

    state.lang = take("lang", ("vi", "en")) or "vi"
    state.geo = take("geo", ("63", "34")) or "63"
    state.index = take("index", choices.indices) or DEFAULT_INDEX
    state.indicator = take("indicator", choices.indicators.get(state.index, ("total",))) or "total"
    years = choices.years.get((state.index, state.geo), ())
    year = take("year", tuple(str(y) for y in years))
    fallback = choices.default_years.get((state.index, state.geo)) or (max(years) if years else None)
    state.year = int(year) if year else fallback
    slugs = choices.slugs.get(state.geo, ())
    # A province of the other geography (an old link: province=vinh-phuc&geo=34) is the same place in this one.
    moved = {old: new for old, new in choices.counterparts.get(state.geo, {}).items() if old not in slugs}
    default_province = DEFAULT_PROVINCE if DEFAULT_PROVINCE in slugs else (slugs[0] if slugs else "")
    given = raw.get("province")
    state.province = moved[given] if given in moved else take("province", slugs) or default_province
    state.region = take("region", choices.regions)
    listed = raw.get("provinces")
    if listed is None:
        state.provinces = [s for s in DEFAULT_COMPARE if s in slugs]
    else:
        # A list the user shortened to one province, or emptied ("provinces="), is kept as chosen: the page asks for
        # a second one rather than bringing the defaults back. Only a list with nothing valid in it falls back.
        parts = [moved.get(p, p) for p in listed[:MAX_PARAM_LENGTH].split(",") if p]
        valid = list(dict.fromkeys(p for p in parts if p in slugs))
        if len(valid) != len(parts) or len(valid) > 6:
            bad.append(("provinces", listed[:40]))
        state.provinces = valid[:6] if valid or not parts else [s for s in DEFAULT_COMPARE if s in slugs]
    state.targets = parse_targets(raw, choices, bad)
    return state, bad


def parse_targets(raw: Mapping[str, str], choices: Choices, bad: list[tuple[str, str]]) -> dict[str, str]:
    """The valid target parameters (TARGET_PARAMS); refused ones are added to `bad`."""
    slugs = set(choices.slugs.get("63", ())) | set(choices.slugs.get("34", ()))
    allowed = {"tindex": choices.indices, "tprovince": slugs,
               "tyear": tuple(str(y) for y in TARGET_YEARS), "status": TARGET_STATUSES}
    out = {}
    for name in TARGET_PARAMS:
        value = raw.get(name)
        if not value:
            continue
        found = WHAT_IF.match(value) if name == "target" else None
        ok = (found is not None and found[1] in choices.indices and 1 <= int(found[2]) <= 63) if name == "target" \
            else value in allowed[name]
        if len(value) <= MAX_PARAM_LENGTH and ok:
            out[name] = value
        else:
            bad.append((name, value[:40]))
    return out
