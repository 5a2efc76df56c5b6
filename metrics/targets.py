"""Targets against results: for each target a province set and each year of its span, met, missed, cannot tell
(and why) or pending, from the ranks and values of `ranked_value` (never re-ranked here).

The rules, so that "met" never rests on partial evidence:
- A rank is *complete* when it was printed by the publisher or computed over a complete table. A rank computed
  over a partial table (only some provinces' scores are in the data) is a *lower bound*: the full table can only
  add provinces above it, never take any away, so the true rank is that rank or worse (ties share the better
  rank, which keeps the bound). Such a rank can prove "missed" (already worse than the target) but never "met".
- rank_at_most N (and keep_rank N): the year's rank out of the provinces of that year's geography (63, or 34
  from 2025) is N or better. Without an exact rank of its own, a province is missed when the other provinces'
  complete ranks leave it no place of N or better (`Ranks.best_open`).
- score_at_least T: the year's value is T or more (in the index's unit; the value's status travels with it).
- rank_gain_at_least G (or "a-b": at least a): the rank rose by G places on the year before, in the same
  geography. keep_rank without a number: the rank is no worse than the year before. improve: the rank is better
  than in the year before the target began (a target without a first year has nothing to improve on).
  Met needs both ranks complete; missed can be proved with a partial rank in the target year.
- group: the publisher's tier that year is the named group or a better one; an index whose groups the data does
  not hold (PAPI's four), a year whose publisher assigned no tier, or a group name the publisher does not use,
  cannot tell.
- Years after the index's latest published year are pending. A target without a year cannot tell.
- From 2025 the years count in the 34-province geography: a province that was merged into another one has no
  figure of its own; one that continued unchanged keeps its targets.
The headline status of a target is that of its latest year with a verdict (met or missed); without one, that of
its latest published year (cannot tell); pending when no year of it is published yet.
"""

from __future__ import annotations

from collections import namedtuple

import duckdb
import pandas as pd

from etl.names import MERGER_YEAR, fold, sql_name_order
from etl.precision import difference
from metrics.values import ranked_query, typed

STATUSES = ("met", "missed", "cannot_tell", "pending")
RANK_KINDS = ("rank_at_most", "keep_rank", "rank_gain_at_least")
# The publisher's tiers, best first, as the data spells them; matched on folded lower-case prefixes.
TIERS = {"pci": ("Rất tốt", "Tốt", "Khá", "Trung bình", "Tương đối thấp", "Thấp")}

TARGETS_SQL = """
SELECT t.source_id, t.row, t.province_id, p.name_vi, p.name_en, p.slug, p.region_code, r.name_vi AS region_vi,
       r.name_en AS region_en, t.geography, t.index_code, i.short, t.kind, t.threshold, t.threshold_value,
       t.threshold_max, t.year_from, t.year_to, t.document, t.issued_by, t.date_issued, t.source_url
FROM fact_target t JOIN dim_province p USING (province_id) JOIN dim_region r USING (region_code)
JOIN dim_index i USING (index_code)
ORDER BY i.sort, {name_order}, t.year_from NULLS FIRST, t.year_to NULLS LAST, t.row
"""

# Where each old province's targets continue after the merger: only a province that became a 34-province one
# alone (no other member) keeps its own figure.
SUCCESSOR_SQL = """
SELECT c.old_province_id, c.new_province_id FROM crosswalk_2025 c
WHERE (SELECT count(*) FROM crosswalk_2025 m WHERE m.new_province_id = c.new_province_id) = 1
"""

LATEST_SQL = """
SELECT index_code, max(year) AS year FROM ({ranked}) WHERE value IS NOT NULL OR rank IS NOT NULL GROUP BY index_code
"""

ROWS = ["index_code", "year", "province_id", "name_vi", "name_en", "value", "value_status", "rank", "rank_of",
        "rank_partial", "rank_published", "rank_computed", "tier", "source_url"]


def target_list(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every target with its province, region and index names, as stated (no results)."""
    frame = con.execute(TARGETS_SQL.format(name_order=sql_name_order("p.name_vi"))).df()
    return typed(frame.astype({"year_from": "Int64", "year_to": "Int64", "row": "Int64"}))


def latest_years(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Each index's latest year with a value or rank in either geography: later years are pending."""
    out: dict[str, int] = {}
    for geography in ("63", "34"):
        sql, params = ranked_query(None, "total", geography)
        for index, year in con.execute(LATEST_SQL.format(ranked=sql), params).fetchall():
            out[index] = max(year, out.get(index, year))
    return out


def ranked_rows(con: duckdb.DuckDBPyConnection, indices: list[str]) -> dict[str, pd.DataFrame]:
    out = {}
    for geography in ("63", "34"):
        sql, params = ranked_query(indices, "total", geography)
        out[geography] = typed(con.execute(f"SELECT {', '.join(ROWS)} FROM ({sql})", params).df())
    return out


RankedRow = namedtuple("RankedRow", ROWS)


class Ranks:
    """The ranked rows of one geography, looked up by (index, year, province), and each (index, year)'s rows with a
    value and a complete rank, best first (plain tuples: a target list asks a few hundred questions)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        columns = [[None if pd.isna(v) else v for v in frame[c].tolist()] for c in ROWS]
        rows = [RankedRow(*values) for values in zip(*columns, strict=True)]
        self.by_key = {(r.index_code, r.year, r.province_id): r for r in rows}
        self.complete: dict[tuple[str, int], list[RankedRow]] = {}
        self.placed: dict[tuple[str, int], list[RankedRow]] = {}
        for r in sorted(rows, key=lambda r: r.rank or 0):
            if r.rank is not None and not r.rank_partial:
                self.placed.setdefault((r.index_code, r.year), []).append(r)
                if r.value is not None:
                    self.complete.setdefault((r.index_code, r.year), []).append(r)

    def row(self, index: str, year: int, province_id: str) -> RankedRow | None:
        return self.by_key.get((index, year, province_id))

    def best_open(self, index: str, year: int, province_id: str, n: int) -> int:
        """The best rank a province can hold beside the complete ranks the others have that year (for a province
        with no complete rank of its own). Ranks are standard competition ranks (1, 2, 2, 4: every tie in the data
        leaves the next place empty), so a place is open to it when no other province holds it, or when it could
        share it: the places after the tie are empty. Sharing Hải Phòng's 1st place in SIPAS 2024 would leave 2nd
        empty, but Thái Nguyên is 2nd: Quảng Ninh is 2nd at best (sharing it, 3rd being empty in the data)."""
        held: dict[int, int] = {}
        for r in self.placed.get((index, year), []):
            if r.province_id != province_id and r.rank_of == n:
                held[int(r.rank)] = held.get(int(r.rank), 0) + 1
        return next((p for p in range(1, n + 1) if not any(held.get(q) for q in range(p + 1, p + held.get(p, 0) + 1))),
                    n)

    def took(self, index: str, year: int, rank: int) -> tuple[float | None, str | None, str | None]:
        """The score the province at `rank` had that year and its names (vi, en): from a complete rank at that place,
        or, where ties leave the place empty, the nearest complete rank above it in a complete table."""
        ranked = self.complete.get((index, year), [])
        exact = [r for r in ranked if r.rank == rank]
        above = [r for r in ranked if r.rank < rank]
        whole = bool(ranked) and len(ranked) >= max(r.rank_of or 0 for r in ranked)
        chosen = exact[0] if exact else (above[-1] if whole and above else None)
        return (None, None, None) if chosen is None else (float(chosen.value), chosen.name_vi, chosen.name_en)


def _bounds(row, n: int) -> tuple[int, int] | None:
    """A rank as (best it can be, worst it can be): exact when complete, from the partial rank down otherwise. A
    score with no rank beside the source's ranks (PAR INDEX 2023: Cà Mau, 14th of the 22 scores) ranks at best at
    its place among the scores."""
    if row is None:
        return None
    if row.rank is None:
        return None if row.rank_computed is None else (int(row.rank_computed), max(int(row.rank_computed), n))
    rank = int(row.rank)
    return (rank, max(rank, n)) if row.rank_partial else (rank, rank)


def _judge(lo: float, hi: float, need: float, complete: bool) -> tuple[str, str | None]:
    """Met when the worst case reaches `need` on complete evidence; missed when even the best case falls short."""
    if lo >= need and complete:
        return "met", None
    if hi < need:
        return "missed", None
    return "cannot_tell", "partial_rank"


def _tier_place(index: str, text: str | None) -> int | None:
    if not isinstance(text, str) or not text:
        return None
    key = fold(text).lower().strip()
    ladder = TIERS.get(index, ())
    for place, name in sorted(enumerate(ladder), key=lambda p: -len(p[1])):
        if key.startswith(fold(name).lower()):
            return place
    return None


def _year_geography(year: int) -> str:
    return "34" if year >= MERGER_YEAR else "63"


def _span(t, latest: int | None) -> list[int | None]:
    if pd.isna(t.year_from) and pd.isna(t.year_to):
        return [None]
    if pd.isna(t.year_from):
        return [int(t.year_to)]
    last = int(t.year_to) if not pd.isna(t.year_to) else max(int(t.year_from), latest or int(t.year_from))
    return list(range(int(t.year_from), last + 1))


def _evaluate(t, year: int, province_id: str, ranks: dict[str, Ranks]) -> dict:
    """One target in one published year: status, reason code and the evidence it rests on."""
    geography = _year_geography(year)
    table = ranks[geography]
    n = 34 if geography == "34" else 63
    row = table.row(t.index_code, year, province_id)
    out: dict = dict(value=None if row is None else row.value, value_status=None if row is None else row.value_status,
                     rank=None if row is None else row.rank, rank_of=None if row is None else row.rank_of,
                     rank_partial=None if row is None else bool(row.rank_partial),
                     tier=None if row is None else row.tier, compared_year=None, compared_rank=None,
                     result_url=None if row is None else row.source_url, best_rank=None)
    if t.kind == "score_at_least":
        if row is None or pd.isna(row.value):
            return out | dict(status="cannot_tell", reason="no_figure")
        return out | dict(status="met" if row.value >= t.threshold_value else "missed", reason=None)
    if t.kind == "group":
        if t.index_code not in TIERS:  # PAPI sorts provinces into four groups; the data holds none of them
            return out | dict(status="cannot_tell", reason="groups_not_in_data")
        place = _tier_place(t.index_code, row.tier if row is not None else None)
        want = _tier_place(t.index_code, t.threshold)
        if want is None:
            return out | dict(status="cannot_tell", reason="group_unknown")
        if place is None:
            return out | dict(status="cannot_tell", reason="no_group")
        return out | dict(status="met" if place <= want else "missed", reason=None)
    mine = _bounds(row, n)
    if t.kind in ("rank_at_most", "keep_rank") and not pd.isna(t.threshold_value):
        # Short of an exact rank, the places the others hold bound the best this province can be.
        best = None if mine is not None and mine[0] == mine[1] else table.best_open(t.index_code, year, province_id,
                                                                                      n)
        if mine is None:
            if best > t.threshold_value:
                return out | dict(status="missed", reason="places_taken", best_rank=best)
            return out | dict(status="cannot_tell", reason="no_figure")
        lo = mine[0] if best is None else max(mine[0], best)
        status, reason = _judge(-mine[1], -lo, -t.threshold_value, lo == mine[1])
        return out | dict(status=status, reason=reason)
    if mine is None:
        return out | dict(status="cannot_tell", reason="no_figure")
    if t.kind == "improve":
        if pd.isna(t.year_from):
            return out | dict(status="cannot_tell", reason="no_base")
        before = int(t.year_from) - 1
        need = 1.0
    else:  # rank_gain_at_least, keep_rank without a number: on the year before
        before = year - 1
        need = float(t.threshold_value) if t.kind == "rank_gain_at_least" else 0.0
    if _year_geography(before) != geography:
        return out | dict(status="cannot_tell", reason="geography_changed", compared_year=before)
    earlier = table.row(t.index_code, before, province_id)
    theirs = _bounds(earlier, n)
    out |= dict(compared_year=before, compared_rank=None if earlier is None else earlier.rank,
                compared_partial=None if earlier is None else bool(earlier.rank_partial))
    if theirs is None:
        return out | dict(status="cannot_tell", reason="no_earlier_rank")
    exact = mine[0] == mine[1] and theirs[0] == theirs[1]
    status, reason = _judge(theirs[0] - mine[1], theirs[1] - mine[0], need, exact)
    return out | dict(status=status, reason=reason)


def _target_rank(t, result: dict) -> int | None:
    """The rank a rank target asked for that year, for "what it takes"."""
    if t.kind in ("rank_at_most", "keep_rank") and not pd.isna(t.threshold_value):
        return int(t.threshold_value)
    if t.kind == "rank_gain_at_least" and result.get("compared_rank") is not None:
        return max(1, int(result["compared_rank"]) - int(t.threshold_value))
    return None


def _score_gap(t, result: dict, took: float | None) -> float | None:
    """The score the province had over what the target asked (negative: short): over its threshold for a score
    target, over the score the target rank took for a rank target."""
    bar = t.threshold_value if t.kind == "score_at_least" else took
    return difference(t.index_code, result["value"], bar)


def _rank_gap(result: dict, target_rank: int | None) -> int | None:
    """Places the province stood above the rank a rank target asked for (negative: short, 0: exactly on it); none
    from a rank over a partial table (the true rank may be worse) or against a partial earlier rank."""
    if target_rank is None or result.get("rank") is None or pd.isna(result["rank"]) or result.get("rank_partial") \
            or result.get("compared_partial"):
        return None
    return int(target_rank) - int(result["rank"])


def target_years(con: duckdb.DuckDBPyConnection, targets: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per (target, year of its span): status, reason, the evidence (`best_rank`: the best a province
    without a rank could be, where that proves a miss), and the gaps (negative: short): `gap`
    in score (to a score target's threshold, or to the score a rank target's rank took that year) and, for a rank
    target, `rank_gap` in places (to the rank asked for). `targets` defaults to every target of the warehouse
    (target_list's columns; a caller may judge others, e.g. a what-if)."""
    targets = target_list(con) if targets is None else targets
    latest = latest_years(con)
    ranks = {geo: Ranks(frame) for geo, frame in ranked_rows(con, sorted(targets["index_code"].unique())).items()}
    successor = dict(con.execute(SUCCESSOR_SQL).fetchall())
    records = []
    for t in targets.itertuples(index=False):
        for year in _span(t, latest.get(t.index_code)):
            base = dict(source_id=t.source_id, row=t.row, year=year)
            if year is None:
                records.append(base | dict(status="cannot_tell", reason="no_year"))
                continue
            if year > latest.get(t.index_code, 0):
                records.append(base | dict(status="pending", reason="not_published"))
                continue
            province_id = t.province_id
            if year >= MERGER_YEAR and province_id.startswith("63-"):
                province_id = successor.get(province_id)
                if province_id is None:
                    records.append(base | dict(status="cannot_tell", reason="merged"))
                    continue
            result = _evaluate(t, year, province_id, ranks)
            rank = _target_rank(t, result)
            took, by_vi, by_en = ranks[_year_geography(year)].took(t.index_code, year, rank) if rank else (None,) * 3
            records.append(base | result | dict(target_rank=rank, took=took, took_by_vi=by_vi, took_by_en=by_en,
                                                gap=_score_gap(t, result, took), rank_gap=_rank_gap(result, rank)))
    frame = pd.DataFrame.from_records(records)
    return typed(frame.astype({"year": "Int64", "target_rank": "Int64", "compared_year": "Int64",
                               "compared_rank": "Int64", "rank": "Int64", "rank_of": "Int64",
                               "rank_gap": "Int64", "best_rank": "Int64"}))


def target_status(con: duckdb.DuckDBPyConnection, years: pd.DataFrame | None = None,
                  targets: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per target, as stated, with its headline status (module docstring) and that year's evidence and
    gap, and how many of its years were met, missed, cannot tell and pending."""
    targets = target_list(con) if targets is None else targets
    years = target_years(con, targets) if years is None else years
    judged = years[years["status"] != "pending"].assign(decided=lambda f: f["status"].isin(["met", "missed"]))
    head = judged.sort_values(["decided", "year"], na_position="first").groupby(["source_id", "row"]).tail(1)
    head = head.drop(columns="decided")
    counts = years.pivot_table(index=["source_id", "row"], columns="status", values="year", aggfunc="size",
                               fill_value=0).reindex(columns=list(STATUSES), fill_value=0)
    counts.columns = [f"years_{c}" for c in counts.columns]
    out = targets.merge(head.rename(columns={"year": "status_year"}), how="left", on=["source_id", "row"])
    out = out.merge(counts.reset_index(), on=["source_id", "row"])
    out["status"] = out["status"].fillna("pending")
    out["reason"] = out["reason"].where(out["status"] != "pending", "not_published")
    return typed(out)


def status_counts(status: pd.DataFrame) -> pd.DataFrame:
    """Targets per index and headline status (columns met, missed, cannot_tell, pending, in that order)."""
    counts = status.pivot_table(index="short", columns="status", values="row", aggfunc="size", fill_value=0)
    return counts.reindex(columns=list(STATUSES), fill_value=0).reset_index()


def what_it_takes(con: duckdb.DuckDBPyConnection, index: str, year: int, rank: int,
                  province_id: str | None = None, geography: str | None = None) -> dict:
    """The score the province ranked `rank` had in `year` (out of `geography`, by default that year's), and, with
    a province, its own value and the gap (negative: short). `took` is None when the data has no complete rank
    there. A merged province asks in the 34-province view, where earlier years are its members' means."""
    geography = geography or _year_geography(year)
    sql, params = ranked_query([index], "total", geography, [year])
    table = Ranks(typed(con.execute(f"SELECT {', '.join(ROWS)} FROM ({sql})", params).df()))
    took, by_vi, by_en = table.took(index, year, rank)
    out = dict(index=index, year=year, rank=rank, geography=geography, took=took, took_by_vi=by_vi,
               took_by_en=by_en, value=None,
               own_rank=None, gap=None)
    row = table.row(index, year, province_id) if province_id else None
    if row is not None and not pd.isna(row.value):
        out |= dict(value=float(row.value), own_rank=None if pd.isna(row.rank) else int(row.rank))
        if took is not None:
            out["gap"] = difference(index, row.value, took)
    return out


def target_table(con: duckdb.DuckDBPyConnection, year: int | None = None) -> pd.DataFrame:
    """The targets with their headline status, or, for `year`, only the targets whose span holds that year, with
    that year's status and evidence (status_year = year)."""
    targets = target_list(con)
    years = target_years(con, targets)
    if year is None:
        return target_status(con, years, targets)
    chosen = years[years["year"] == year].rename(columns={"year": "status_year"})
    return typed(targets.merge(chosen, on=["source_id", "row"]))
