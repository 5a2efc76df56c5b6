"""Checks over extracted rows: grain, scale, ranks and sums. Each failure is one Problem."""

from __future__ import annotations

from collections import defaultdict

from etl.catalogue import Catalogue, Index, Indicator
from etl.extract import ValueRow
from etl.problems import Problem

GEOGRAPHY_SIZE = {"63": 63, "34": 34}
SUM_TOLERANCE = 0.01


def check_grain(rows: list[ValueRow]) -> list[Problem]:
    seen: dict[tuple, ValueRow] = {}
    problems = []
    for r in rows:
        key = (r.index, r.indicator, r.year, r.geography, r.province_code)
        if key in seen:
            first = seen[key]
            problems.append(Problem(r.file, f"duplicate ({r.index}, {r.indicator}, {r.year}, province "
                                    f"{r.province_code}); first at {first.file} row {first.row}", row=r.row,
                                    kind="duplicate"))
        else:
            seen[key] = r
    return problems


def real_range(index: Index, ind: Indicator, year: int) -> tuple[float, float, str]:
    """The range a figure can take: its scale, or for the total of a sum of dimensions (PAPI) the sums of the
    dimensions' scales that year (6 dimensions of 1-10: 6-60), and what to call it."""
    dims = [i for i in index.indicators if i.parent == "total" and i.exists_in(year)]
    if ind.code == "total" and index.sum_of_components and dims:
        low, high = sum(d.scale_min for d in dims), sum(d.scale_max for d in dims)
        return low, high, f"real range {low:g}-{high:g} of {index.code}/total in {year} ({len(dims)} dimensions)"
    return ind.scale_min, ind.scale_max, f"scale {ind.scale_min:g}-{ind.scale_max:g} of {index.code}/{ind.code}"


def check_scale(rows: list[ValueRow], catalogue: Catalogue) -> list[Problem]:
    problems = []
    for r in rows:
        if r.value is None:
            continue
        index = catalogue.index(r.index)
        ind = index.indicator(r.indicator)
        low, high, name = real_range(index, ind, r.year)
        if not low <= r.value <= high:
            problems.append(Problem(r.file, f"{r.value:g} is outside the {name}", row=r.row, column=ind.columns[0],
                                    value=f"{r.value:g}", kind="scale"))
    return problems


def competition_ranks(scores: dict[str, float]) -> dict[str, int]:
    """Descending ranks where ties share the better rank: 1, 2, 2, 4."""
    ordered = sorted(scores.values(), reverse=True)
    first = {}
    for pos, s in enumerate(ordered, start=1):
        first.setdefault(s, pos)
    return {k: first[v] for k, v in scores.items()}


def _ranks_follow_scores(file: str, rows: list[ValueRow]) -> list[Problem]:
    """A higher score never ranks below a lower one; equal scores may be ordered either way."""
    scores = [round(m.value, 6) for m in rows]
    best = competition_ranks(dict(enumerate(scores)))
    problems = []
    for i, m in enumerate(rows):
        worst = best[i] + scores.count(scores[i]) - 1
        if not best[i] <= m.rank <= worst:
            expected = str(best[i]) if worst == best[i] else f"{best[i]}-{worst}"
            problems.append(Problem(file, f"rank {m.rank} does not follow the scores: score {m.value:g} ranks "
                                    f"{expected}", row=m.row, column="rank", value=str(m.rank), kind="rank"))
    return problems


def check_ranks(rows: list[ValueRow], full_tables: set[str]) -> list[Problem]:
    """Ranks lie in 1..N; in a complete table they must follow the scores."""
    problems = []
    groups: dict[tuple, list[ValueRow]] = defaultdict(list)
    for r in rows:
        if r.rank is not None:
            groups[(r.file, r.indicator, r.year)].append(r)
    for (file, _ind, _year), members in groups.items():
        size = GEOGRAPHY_SIZE.get(members[0].geography, 63)
        size = max(size, len({m.province_code for m in members}))  # 64 with Hà Tây (2006-2008)
        for r in members:
            if not 1 <= r.rank <= size:
                problems.append(Problem(file, f"rank {r.rank} is outside 1..{size}", row=r.row, column="rank",
                                        value=str(r.rank), kind="rank"))
        scored = [m for m in members if m.value is not None]
        if file in full_tables and len(scored) == len(members) and len(scored) > 1:
            problems += _ranks_follow_scores(file, scored)
    return problems


def check_sums(rows: list[ValueRow], catalogue: Catalogue, merged: bool = False) -> list[Problem]:
    """Where an index is the sum of its dimensions (PAPI), a total must equal that sum: in each file, or
    (`merged`) on the merged rows of a province whose total and dimensions come from more than one file."""
    problems = []
    by_key: dict[tuple, dict[str, ValueRow]] = defaultdict(dict)
    for r in rows:
        key = (r.index, r.year, r.geography, r.province_code) if merged else (r.file, r.index, r.year, r.province_code)
        by_key[key][r.indicator] = r
    for members in by_key.values():
        total = members.get("total")
        if total is None or total.value is None or not catalogue.index(total.index).sum_of_components:
            continue
        if merged and len({m.file for m in members.values()}) < 2:
            continue
        dims = [i.code for i in catalogue.index(total.index).indicators if i.parent == "total"
                and i.exists_in(total.year)]
        parts = [members.get(d) for d in dims]
        if any(p is None or p.value is None for p in parts):
            continue
        expected = sum(p.value for p in parts)
        if abs(expected - total.value) > SUM_TOLERANCE:
            where = " of the merged files" if merged else ""
            problems.append(Problem(total.file, f"total {total.value:g} is not the sum of its {len(dims)} dimensions"
                                    f"{where} ({expected:.4f})", row=total.row, column="score",
                                    value=f"{total.value:g}", kind="sum"))
    return problems


def validate(rows: list[ValueRow], catalogue: Catalogue, full_tables: set[str]) -> list[Problem]:
    return (check_grain(rows) + check_scale(rows, catalogue) + check_ranks(rows, full_tables)
            + check_sums(rows, catalogue))


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _blame(a: ValueRow, b: ValueRow, counts: dict[str, int]) -> ValueRow:
    """Of two rows that break a rule together, the one from the file with fewer rows in the group (the
    partial table or the import), else the later one."""
    return a if counts[a.file] < counts[b.file] else b


def check_merged(rows: list[ValueRow], catalogue: Catalogue, full_tables: set[str]) -> list[Problem]:
    """The data's rules across files, on the rows the build merged for each (index, indicator, year): a
    total is the sum of its dimensions (where the catalogue says so), a higher score never ranks below a
    lower one, and no rank is held by two provinces unless they tie. Partial tables are held to this on
    their own too; complete tables on their own are check_ranks' to report."""
    problems: list[Problem] = []
    groups: dict[tuple, list[ValueRow]] = defaultdict(list)
    for r in rows:
        groups[(r.index, r.indicator, r.year, r.geography)].append(r)
    for (index, indicator, year, _geo), members in sorted(groups.items()):
        ranked = sorted((m for m in members if m.rank is not None), key=lambda m: (m.rank, m.province_code))
        counts: dict[str, int] = defaultdict(int)
        for m in members:
            counts[m.file] += 1
        blamed: set[tuple[str, int]] = set()
        for i, a in enumerate(ranked):
            for b in ranked[i + 1:]:
                if (a.file == b.file and a.file in full_tables) or (b.file, b.row) in blamed \
                        or (a.file, a.row) in blamed:
                    continue
                bad = _blame(a, b, counts)
                other = a if bad is b else b
                if a.rank == b.rank and not (a.value is not None and b.value is not None and _same(a.value, b.value)):
                    reason = (f"rank {bad.rank} is already held by province "
                              f"{other.province_code} ({other.file} row {other.row}); ranks are shared only by tied "
                              "scores")
                elif a.rank < b.rank and a.value is not None and b.value is not None and b.value > a.value \
                        and not _same(a.value, b.value):
                    reason = (f"rank {bad.rank} with score {bad.value:g} does not follow the scores: province "
                              f"{other.province_code} ranks {other.rank} with {other.value:g} ({other.file} row "
                              f"{other.row})")
                else:
                    continue
                blamed.add((bad.file, bad.row))
                problems.append(Problem(bad.file, f"{index}/{indicator} {year}: {reason}", row=bad.row, column="rank",
                                        value=str(bad.rank), kind="rank"))
    return problems + check_sums(rows, catalogue, merged=True)
