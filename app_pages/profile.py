"""Hồ sơ tỉnh: one province across the five indices — rank, regional rank, trend, components, peers."""

from functools import partial

import pandas as pd
import streamlit as st

from metrics import rankings, reference, scorecard, trends
from ui import briefing, charts, data, format, printing, tables, widgets
from ui import targets as target_views
from ui.i18n import pick, pick_column, t

s = st.session_state["state"]
prov = data.province_by_slug(s.province, s.geo)
name = pick(prov, "name")
printing.briefing_print_styles()
st.title(name)
st.caption(t("profile.region", region=pick(prov, "region")))
with st.container(key="print_hint"):  # how to print: said on screen, left off the paper (ui/printing.py)
    st.caption(t("profile.print"))
if s.geo == "34":
    members = data.call(reference.counterparts)
    members = members[members["new_slug"] == s.province]
    names = [pick(r, "old_name") for r in members.to_dict("records")]
    st.caption(t("profile.members", names=", ".join(names)) if len(names) > 1 else t("profile.unmerged",
                                                                                       name=", ".join(names)))
pdf_slot = st.empty()
c1, c2 = st.columns([3, 2])
widgets.province_picker(s, c1)
widgets.geo_picker(s, c2)

card = data.call(scorecard.scorecard, prov["province_id"])
card_year = {r["index_code"]: None if pd.isna(r["year"]) else int(r["year"]) for r in card.to_dict("records")}
card_rows = card.to_dict("records")
# The briefing PDF: the tables of this page in the order shown (offered in pdf_slot at the end).
briefing_sections: list[briefing.Section] = [(t("profile.scorecard"), {
    t("col.index"): [f"{r['short']} {'' if pd.isna(r['year']) else int(r['year'])}" for r in card_rows],
    t("col.rank"): [format.rank_text(r["rank"], r["rank_of"], r["rank_partial"]) for r in card_rows],
    t("col.value"): [format.value_text(r["index_code"], r["value"]) + " · " + format.status_text(r["value_status"])
                     for r in card_rows],
    t("col.region_rank"): [format.region_rank_text(r["region_rank"], r["region_size"], r["region_rank_basis"],
                                                   r["region_n_ranked"]) for r in card_rows],
})]
st.subheader(t("profile.scorecard"))
cols = st.columns(len(card))
for col, r in zip(cols, card.to_dict("records"), strict=True):
    with col.container(border=True):
        year = card_year[r["index_code"]]
        latest = max(data.choices().years.get((r["index_code"], s.geo), ()), default=None)
        st.markdown(f"**{r['short']}** {year or ''}")
        if year is None:
            st.caption(t("profile.no_data"))
            continue
        # The metric's value and delta never wrap (a long one is cut: "12 of t…" in a 1,366 px window's fifth of
        # the page or on a phone), so they hold the rank ("12/63") and its move ("-9"); the words (a partial
        # table, the year compared) go in a caption under them, which wraps.
        rank = format.rank_text(r["rank"], r["rank_of"], r["rank_partial"])
        delta, colour, moved = None, "normal", None
        if not pd.isna(r.get("rank_change")):
            change = int(r["rank_change"])
            delta = format.rank_change_text(change)
            moved = t("profile.change", delta=delta, year=int(r["prev_rank_year"]))
            colour = "normal" if change else "off"
        value = format.value_text(r["index_code"], r["value"])
        if r["rank_partial"]:  # a rank among only the few with a value ("1/2*") is no headline; the score is
            st.metric(t("col.value"), value)
            st.caption(" · ".join([t("col.rank") + ": " + rank, format.status_text(r["value_status"])]))
        else:
            st.metric(t("col.rank"), rank, delta, delta_color=colour,
                      delta_arrow="auto" if colour == "normal" else "off")
            if moved:
                st.caption(moved)
            st.caption(t("col.value") + ": " + value + " · " + format.status_text(r["value_status"]))
        if s.geo == "34":
            st.caption(format.merged_basis(r["value_status"], r.get("n_members"), r.get("n_members_with_value")))
        st.caption(t("profile.region_rank", rank=format.region_rank_text(
            r["region_rank"], r["region_size"], r["region_rank_basis"], r["region_n_ranked"], pick(prov, "region")))
        )
        if not pd.isna(r["percentile"]):
            st.caption(t("profile.percentile", p=float(r["percentile"])))
        if latest and year < latest:
            st.caption(t("profile.older", index=r["short"], latest=latest, name=name, year=year))

st.subheader(t("profile.trends"))
# Only the open tab draws its chart (a rerun on switching): five hidden Plotly charts cost every visitor's browser.
tabs = st.tabs([r["short"] for r in card.to_dict("records")], key="trend_tab", on_change="rerun")
for tab, r in zip(tabs, card.to_dict("records"), strict=True):
    if not tab.open:
        continue
    with tab:
        series = data.call(trends.trend, r["index_code"], [prov["province_id"]], "total", s.geo)
        series = series[series["value"].notna() | series["rank"].notna()].assign(label=name)
        if series.empty:
            st.caption(t("profile.no_data"))
            continue
        if len(series) == 1:  # one point is a sentence, not a line on an axis of its own
            one = series.iloc[0]
            what = ", ".join(x for x in (format.value_text(r["index_code"], one["value"]) if pd.notna(one["value"])
                                         else "", t("profile.rank", rank=format.rank_text(
                                             one["rank"], one["rank_of"], one["rank_partial"]))) if x)
            st.caption(t("profile.one_point", year=int(one["year"]), what=what))
            continue
        breaks = data.call(reference.method_breaks, r["index_code"])
        use_rank = series["value"].notna().sum() < 2
        measure = t("col.rank") if use_rank else t("col.value")
        fig = charts.trend(series, "rank" if use_rank else "value",
                           f"{charts.index_link(r['index_code'], r['short'])}: {measure}", breaks, reverse=use_rank,
                           colours=charts.province_colours({name: prov["code"]}))
        st.plotly_chart(fig, key=f"trend_{r['index_code']}", config=charts.config(f"{r['index_code']}-trend"))

st.subheader(t("profile.components"))
comp_index = st.selectbox(t("pick.index"), ["pci", "papi", "dti", "par_index", "sipas"], key="pick_component_index",
                          format_func=lambda c: data.index_row(c)["short"])
short = data.index_row(comp_index)["short"]
comp_year = data.call(scorecard.latest_component_year, prov["province_id"], comp_index)
comp = data.call(scorecard.components, prov["province_id"], comp_index, comp_year) if comp_year else None
if comp is None or comp.empty:
    st.caption(t("profile.components_none", index=short))
else:
    if card_year[comp_index] and comp_year != card_year[comp_index]:
        st.caption(t("profile.components_year", index=short, year=card_year[comp_index], comp_year=comp_year))
    comp = comp.assign(label=[pick(r, "name") for r in comp.to_dict("records")])
    series = {"value": name, "region_mean": t("col.region_mean"), "best_value": t("col.best")}
    fig = charts.bars(comp, "label", series, f"{charts.index_link(comp_index, short)} {comp_year}",
                      colours=charts.province_colours({name: prov["code"]})
                      | {t("col.region_mean"): charts.REFERENCE_GREYS[0], t("col.best"): charts.REFERENCE_GREYS[1]})
    st.plotly_chart(fig, key="components", config=charts.config(f"{comp_index}-components"))
    # A plain table wraps to a phone's width; a grid would hide its right-hand columns behind a sideways scroll.
    number = partial(format.number_text, comp_index)
    n_places = len(data.choices().slugs.get(s.geo, ()))
    components = {t("col.indicator"): comp["label"], t("col.value"): comp["value"].map(number),
                  t("col.region_mean"): comp["region_mean"].map(number),
                  # The best of a few scores is no province's best place: say how few (PCI 2024's components).
                  t("col.best"): [f"{number(v)} ({best}{'' if n >= n_places else t('profile.best_of', n=n)})"
                                  for v, best, n in zip(comp["best_value"], pick_column(comp, "best_name"),
                                                        comp["n_scored"], strict=True)],
                  t("col.points_lost"): comp["points_lost"].map(number)}
    tables.show(components, key="component_table", right={t("col.value"), t("col.region_mean"), t("col.points_lost")})
    briefing_sections.append((f"{t('profile.components')}: {short} {comp_year}", components))

moves_year = comp_year or card_year[comp_index]
moves = data.call(scorecard.component_moves, prov["province_id"], comp_index, moves_year) if moves_year else None
if moves is None or moves.empty:
    st.caption(t("profile.moved_none", index=short, year=moves_year or ""))
else:
    prev = int(moves["prev_year"].max())
    st.subheader(t("profile.moved", index=short, year=moves_year, prev=prev))
    if not moves["comparable"].all():
        st.caption(t("profile.moved_break", index=short, prev=prev, year=moves_year))
    else:
        top = pd.concat([moves.head(3), moves.tail(3)]).drop_duplicates("indicator_code")
        rows = top.to_dict("records")
        tables.show({t("col.indicator"): [pick(m, "name") for m in rows],
                     str(prev): [format.value_text(comp_index, m["prev_value"]) for m in rows],
                     str(moves_year): [format.value_text(comp_index, m["value"]) for m in rows],
                     t("col.change"): [format.change_text(comp_index, m["value_change"]) for m in rows],
                     t("col.rank_change"): [format.rank_change_text(m["rank_change"]) for m in rows]},
                    key="moved_table", right={str(prev), str(moves_year), t("col.change"), t("col.rank_change")})

peer_year = card_year[comp_index]
if peer_year:
    region = data.call(rankings.ranking, comp_index, peer_year, "total", s.geo, prov["region_code"])
    peers = region[region["rank"].notna() | region["value"].notna()]
    st.subheader(t("profile.peers", index=short, year=peer_year))
    rows = peers.to_dict("records")
    peer_table = {t("col.region_rank"): [format.region_rank_text(p["region_rank"], p["region_size"],
                                                                 p["region_rank_basis"], p["region_n_ranked"])
                                         for p in rows],
                  t("col.province"): [pick(p, "name") for p in rows],
                  t("col.value"): [format.value_text(comp_index, p["value"]) for p in rows],
                  t("col.rank"): [format.rank_text(p["rank"], p["rank_of"], p["rank_partial"]) for p in rows]}
    marked = [tables.Strong("▶ " + pick(p, "name"))
              if p["province_id"] == prov["province_id"] else pick(p, "name") for p in rows]
    tables.show(peer_table | {t("col.province"): marked}, key="peer_table",
                right={t("col.region_rank"), t("col.value"), t("col.rank")})
    st.caption(t("profile.peers_marked", name=name) + (t("profile.peers_partial", n=len(peers), total=len(region))
                                                        if len(peers) < len(region) else ""))
    briefing_sections.append((t("profile.peers", index=short, year=peer_year),
                              peer_table | {t("col.province"): [("▶ " if p["province_id"] == prov["province_id"]
                                                                 else "") + pick(p, "name") for p in rows]}))

targets_shown = target_views.profile_section(s, prov)
if targets_shown:
    briefing_sections.append((t("profile.targets"), targets_shown))

# A PDF takes a moment to lay out, so it is made only for a briefing someone asked for (like the Excel file).
asked = (prov["province_id"], comp_index, s.geo, s.lang)
if st.session_state.get("briefing_for") == asked and briefing.available():
    pdf = briefing.pdf_bytes(pick(prov, "name"), t("profile.region", region=pick(prov, "region")), briefing_sections,
                             [t("sources.statuses"), t("app.caption")])
    pdf_slot.download_button(t("profile.pdf"), pdf, f"{prov['slug']}.pdf", "application/pdf", key="dl_briefing",
                             on_click="ignore")
elif briefing.available() and pdf_slot.button(t("profile.make_pdf"), key="make_briefing"):
    st.session_state["briefing_for"] = asked
    st.rerun()
