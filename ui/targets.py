"""How targets read on screen, and the target sections the profile and rankings pages call (one function each, so
those pages stay as they are apart from one call)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from metrics import rankings, trends
from metrics import targets as target_metrics
from ui import charts, data, format, state, tables
from ui.i18n import pick, t, tier
from ui.url_state import State

RANK_MEASURE_KINDS = ("rank_at_most", "keep_rank", "rank_gain_at_least", "improve")


def _blank(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value))


def describe(row: dict) -> str:
    """The target in words: "Hạng 10 trở lên", "Đạt từ 85 điểm", "Tăng ít nhất 1-2 bậc"…"""
    kind, text = row["kind"], row.get("threshold")
    if kind == "keep_rank" and _blank(text):
        return t("target.kind.keep_position")
    if kind == "group" and isinstance(text, str):
        text = tier(text)
    value = row.get("threshold_value")
    if kind == "score_at_least" and not _blank(value) and not _blank(text) and _number(text) != float(value):
        # The plan's own points on another scale (Khánh Hòa: DTI 800 of 1,000 points, 0.8 on the index's 0-1).
        return t("target.kind.score_scaled", n=text, value=f"{float(value):g}")
    return t(f"target.kind.{kind}", n="" if _blank(text) else text)


def _number(text: object) -> float | None:
    try:
        return float(str(text).replace(",", "."))
    except ValueError:
        return None


def span_text(row: dict) -> str:
    start, end = row.get("year_from"), row.get("year_to")
    if _blank(start) and _blank(end):
        return "—"
    if _blank(start):
        return f"→ {int(end)}"
    if _blank(end):
        return f"{int(start)} →"
    return str(int(start)) if int(start) == int(end) else f"{int(start)}–{int(end)}"


def status_label(status: object) -> str:
    return t(f"target.status.{status}") if isinstance(status, str) else ""


def reason_label(reason: object) -> str:
    return t(f"target.reason.{reason}") if isinstance(reason, str) else ""


def result_text(row: dict) -> str:
    """The evidence of the year judged: the rank (honest about partial tables), the score, the tier."""
    parts = []
    if not _blank(row.get("rank")):
        parts.append(format.rank_text(row["rank"], row.get("rank_of"), row.get("rank_partial")))
    elif not _blank(row.get("best_rank")):
        parts.append(t("targets.best_rank", rank=int(row["best_rank"])))
    if not _blank(row.get("value")):
        parts.append(format.value_text(row["index_code"], row["value"]))
    if isinstance(row.get("tier"), str):
        parts.append(tier(row["tier"]))
    if not _blank(row.get("compared_rank")):  # a rank change: what it was measured against
        parts.append(t("targets.against", rank=int(row["compared_rank"]), year=int(row["compared_year"])))
    return " · ".join(parts)


def gap_text(index: str, gap: object) -> str:
    """A gap in score: "0.21 short", "1.03 ahead", "on target" when exactly on the bar (never "0.00 ahead"); a
    gap under 0.005 keeps four decimals, where a rounding would read 0.00."""
    if _blank(gap):
        return ""
    if float(gap) == 0:
        return t("target.gap.on_target")
    size = abs(float(gap))
    amount = format.value_text(index, size) if size >= 0.005 else f"{size:.4f}"
    return t("whatif.short", x=amount) if float(gap) < 0 else t("whatif.ahead", x=amount)


def rank_gap_text(gap: object) -> str:
    """A gap in places: "2 ranks short", "1 rank ahead", "on target" at exactly the rank asked for."""
    if _blank(gap):
        return ""
    n = int(gap)
    if n == 0:
        return t("target.gap.on_target")
    if n < 0:
        return t("target.gap.rank_short", n=1) if n == -1 else t("target.gap.ranks_short", n=-n)
    return t("target.gap.rank_ahead", n=1) if n == 1 else t("target.gap.ranks_ahead", n=n)


def target_gap_text(row: dict) -> str:
    """The gap in the target's own measure: places for a rank target (never a score difference), score for a score
    target; nothing for a target with neither (a group, an improvement without a rank to reach)."""
    if row["kind"] in RANK_MEASURE_KINDS:
        return rank_gap_text(row.get("rank_gap"))
    if row["kind"] == "score_at_least":
        return gap_text(row["index_code"], row.get("gap"))
    return ""


def view(frame: pd.DataFrame, with_province: bool = True) -> dict[str, list]:
    """The columns of a targets table, in the reader's language."""
    rows = frame.to_dict("records")
    columns = {t("col.province"): [pick(r, "name") for r in rows]} if with_province else {}
    return columns | {
        t("col.index"): [r["short"] for r in rows],
        t("col.target"): [describe(r) for r in rows],
        t("col.result"): [status_label(r["status"]) for r in rows],
        t("col.span"): [span_text(r) for r in rows],
        t("col.result_year"): ["" if _blank(r.get("status_year")) else str(int(r["status_year"])) for r in rows],
        t("col.reason"): [reason_label(r.get("reason")) for r in rows],
        t("col.result_value"): [result_text(r) for r in rows],
        t("col.took"): ["" if _blank(r.get("took")) else
                        f"{format.value_text(r['index_code'], r['took'])} ({pick(r, 'took_by')})" for r in rows],
        t("col.gap"): [target_gap_text(r) for r in rows],
        t("col.document"): ["" if _blank(r.get("document")) else r["document"] for r in rows],
        t("col.issued_by"): ["" if _blank(r.get("issued_by")) else r["issued_by"] for r in rows],
        t("col.source"): [r["source_url"] for r in rows],
    }


def show_table(frame: pd.DataFrame, key: str, with_province: bool = True) -> None:
    """Province, index, target and result first, in widths that fit a 390 px phone's grid (356 px): there the rest
    of the columns scroll into view beside them, the province pinned."""
    config = {t("col.province"): st.column_config.Column(width=96, pinned=True),
              t("col.index"): st.column_config.Column(width=62), t("col.target"): st.column_config.Column(width=118),
              t("col.result"): st.column_config.Column(width=80),
              t("col.source"): st.column_config.LinkColumn(display_text=tables.SITE)}
    st.dataframe(view(frame, with_province), hide_index=True, width="stretch", key=key, column_config=config)


CSV_COLUMNS = ["name_vi", "province_id", "index_code", "kind", "threshold", "year_from", "year_to", "status",
               "reason", "status_year", "rank", "rank_of", "rank_partial", "value", "value_status", "tier",
               "target_rank", "took", "gap", "rank_gap", "document", "issued_by", "date_issued", "source_url",
               "result_url"]


def csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The download: the machine columns (statuses and reasons as codes), one row per target shown."""
    return frame.reindex(columns=CSV_COLUMNS).rename(columns={"name_vi": "province"})


def filter_select(label: str, param: str, options: Sequence[str], current: str | None, names: dict[str, str],
                  where=st) -> None:
    """A selectbox whose first option, "", means all; the choice lives in the URL parameter `param`."""
    key = f"pick_{param}"
    st.session_state[key] = current if current in options else ""

    def commit() -> None:
        value = st.session_state[key]
        state.update(resets=() if value else (param,), **({param: value} if value else {}))

    where.selectbox(label, ["", *options], key=key, on_change=commit,
                    format_func=lambda v: names.get(v, v) if v else t("targets.all"))


def province_chart(years: pd.DataFrame, targets: pd.DataFrame, index: str, name: str) -> None:
    """One province's targets on one index against its results over the years: rank targets on a rank axis, score
    targets on a score axis, a chart each when the province set both (a score target's year is never drawn at
    that year's rank)."""
    mine = targets[targets["index_code"] == index]
    scored = mine["kind"] == "score_at_least"
    parts = [(measure, part) for measure, part in (("rank", mine[~scored]), ("value", mine[scored])) if len(part)]
    for measure, part in parts:
        _measure_chart(years, part, index, name, measure, both=len(parts) > 1)


def _measure_chart(years: pd.DataFrame, mine: pd.DataFrame, index: str, name: str, measure: str,
                   both: bool) -> None:
    ids = sorted(set(mine["province_id"]))
    results = data.call(trends.trend, index, [i for i in ids if i.startswith("63-")] or ids, "total",
                        "63" if any(i.startswith("63-") for i in ids) else "34")
    # Ranks on one scale only: a rank among the few with a value (Thanh Hóa DTI 2021 in the 34 view: 2nd of 3)
    # beside ranks out of 34 would read as a better year.
    results = trends.national_ranks(results) if measure == "rank" else results[results[measure].notna()]
    wanted = mine[mine["kind"].isin(("score_at_least",) if measure == "value" else ("rank_at_most", "keep_rank"))
                  & mine["threshold_value"].notna()]
    latest = int(years["year"].max()) if years["year"].notna().any() else 2025
    dated = [r for r in wanted.to_dict("records") if not (_blank(r["year_from"]) and _blank(r["year_to"]))]
    goals = pd.DataFrame([dict(label=f"{t('targets.target_line')}: {describe(r)} ({span_text(r)})",
                               y=r["threshold_value"],
                               x0=int(r["year_to"] if _blank(r["year_from"]) else r["year_from"]),
                               x1=int(r["year_to"]) if not _blank(r["year_to"]) else latest) for r in dated],
                         columns=["label", "y", "x0", "x1"])
    judged = years.merge(mine[["source_id", "row", "kind", "threshold", "threshold_value"]], on=["source_id", "row"])
    judged = judged[judged["year"].notna()].copy()
    by_year = results.set_index("year")[measure]
    # A year without a result is drawn at the target, or (a miss the others' places prove) at the best it could be.
    bar = judged["best_rank"].astype("Float64").fillna(judged["threshold_value"]) if measure == "rank" \
        else judged["threshold_value"]
    judged["y"] = [by_year.get(y, b) for y, b in zip(judged["year"], bar, strict=True)]
    judged = judged[judged["y"].notna()]
    judged["status_label"] = [status_label(s) for s in judged["status"]]
    judged["text"] = [f"{describe(r)} — {status_label(r['status'])} {reason_label(r.get('reason'))}"
                      for r in judged.to_dict("records")]
    short = data.index_row(index)["short"]
    if not both:
        title = t("targets.chart", province=name, index=short)
    elif measure == "rank":
        title = t("targets.chart_rank", province=name, index=short)
    else:
        title = t("targets.chart_score", province=name, index=short)
    fig = charts.targets_vs_results(results, goals, judged, measure, title, reverse=measure == "rank")
    score_only = both and measure == "value"
    st.plotly_chart(fig, key=f"targets_{index}_value" if score_only else f"targets_{index}",
                    config=charts.config(f"targets-{index}-score" if score_only else f"targets-{index}"))


def profile_section(s: State, prov: pd.Series) -> dict[str, list] | None:
    """The profile's targets (status and gap) and the what-if: the score a rank took (URL `target=pci:10`).
    Returns the targets table shown, for the briefing PDF (None when the province has none here)."""
    st.subheader(t("profile.targets"))
    table = data.call(target_metrics.target_table)
    mine = table[table["slug"] == prov["slug"]]
    shown = None
    if mine.empty:
        st.caption(t("profile.targets_none"))
    else:  # a plain table wraps to a phone's width, where a grid of 11 columns would scroll sideways
        # Five columns, pairs joined ("Hạng 15 trở lên (2021–2025)", "Đạt (2022)"), so it fits a 390 px phone.
        columns = view(mine, with_province=False)
        shown = {t("col.index"): columns[t("col.index")],
                 t("col.target"): _joined(columns[t("col.target")], columns[t("col.span")], "({})"),
                 t("col.result"): _joined(columns[t("col.result")], columns[t("col.result_year")], "({})"),
                 t("col.result_value"): _joined(columns[t("col.result_value")], columns[t("col.gap")], "— {}")}
        tables.show(shown | {t("col.source"): [tables.link(u) for u in columns[t("col.source")]]}, key="target_rows")
    with st.container(key="whatif"):  # an interactive tool: the print styles leave it out of a printed briefing
        what_if(s, prov)
    return shown


def _joined(first: Sequence[object], second: Sequence[object], pattern: str) -> list[str]:
    """Two columns as one: the second in `pattern` after the first, where it says something."""
    return [f"{a} {pattern.format(b)}".strip() if not _blank(b) and str(b) not in ("", "—") else str(a or "")
            for a, b in zip(first, second, strict=True)]


def what_if(s: State, prov: pd.Series) -> None:
    st.markdown(f"**{t('whatif.title')}**")
    index, rank = s.targets.get("target", f"{s.index}:10").split(":")
    c1, c2, c3 = st.columns(3)
    indices = {code: r["short"] for code, r in data.index_rows().items()}
    picked_index = c1.selectbox(t("pick.index"), list(indices), index=list(indices).index(index),
                                format_func=indices.get, key="whatif_index")
    year_options = sorted(data.choices().years.get((picked_index, s.geo), ()), reverse=True)
    if not year_options:
        return
    chosen_year = s.year if s.index == picked_index and s.year in year_options else year_options[0]
    picked_year = c2.selectbox(t("pick.year"), year_options, index=year_options.index(chosen_year),
                               key=f"whatif_year_{picked_index}")
    places = len(data.choices().slugs.get(s.geo, ())) or 63
    picked_rank = int(c3.number_input(t("whatif.rank"), min_value=1, max_value=places,
                                      value=min(int(rank), places), step=1, key="whatif_rank"))
    wanted = f"{picked_index}:{picked_rank}"
    if wanted != s.targets.get("target", f"{s.index}:10"):
        state.update(target=wanted)
    took = data.call(target_metrics.what_it_takes, picked_index, picked_year, picked_rank, prov["province_id"],
                     s.geo)
    short = indices[picked_index]
    if took["took"] is None:
        st.caption(t("whatif.none", index=short, year=picked_year, rank=picked_rank))
        return
    st.markdown(t("whatif.took", index=short, year=picked_year, rank=picked_rank,
                  by=took["took_by_en"] if st.session_state.get("lang") == "en" else took["took_by_vi"],
                  took=format.value_text(picked_index, took["took"])))
    if took["value"] is not None:
        st.markdown(t("whatif.own", province=pick(prov, "name"), value=format.value_text(picked_index, took["value"]),
                      own=took["own_rank"] or "—", gap=gap_text(picked_index, took["gap"]) or "0"))


def rankings_marker(s: State) -> None:
    """With a province chosen: its rank target for the index shown, and the ranking with a marker at that rank."""
    if s.year is None:
        return
    table = data.call(target_metrics.target_table, s.year)
    mine = table[(table["slug"] == s.province) & (table["index_code"] == s.index) & table["target_rank"].notna()]
    if mine.empty:
        return
    goal = mine.iloc[0].to_dict()
    name = pick(goal, "name")
    st.subheader(t("targets.target_line"))
    st.markdown(t("rankings.target", province=name, target=describe(goal), span=span_text(goal), year=s.year,
                  status=status_label(goal["status"])))
    ranking = data.call(rankings.ranking, s.index, s.year, "total", s.geo)
    fig = charts.ranking_with_target(ranking, goal["province_id"], int(goal["target_rank"]),
                                     t("rankings.target_chart", index=goal["short"], year=s.year, province=name),
                                     f"{t('targets.target_line')}: {int(goal['target_rank'])}")
    st.plotly_chart(fig, key="target_marker", config=charts.config(f"{s.index}-target"))
