"""Plotly figures: trends with method breaks, bump charts, bars, regional lines."""

from __future__ import annotations

import copy
import html

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from ui.i18n import lang, pick, t

OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
# The toolbar shows on hover only; titles sit just above the plot, below the band the toolbar takes (TITLE_LAYOUT).
PLOTLY_CONFIG = {"displaylogo": False, "displayModeBar": "hover",
                 "toImageButtonOptions": {"format": "png", "scale": 2}}
TOP_MARGIN = 58
TITLE_PAD = 8  # px between a chart's title and its plot
LABEL_ROW = 14  # px a method-break label takes above the plot
INDEX_ANCHORS = ("par_index", "sipas", "pci", "papi", "dti")


def config(filename: str) -> dict:
    cfg = copy.deepcopy(PLOTLY_CONFIG)
    cfg["toImageButtonOptions"]["filename"] = filename
    return cfg


def sources_href(index: str) -> str | None:
    """The address of an index's section of the Sources & method page, in the page's language; only the five
    index codes have one."""
    return f"sources?lang={lang()}#{index}" if index in INDEX_ANCHORS else None


def index_link(index: str, short: str) -> str:
    """An index's name in a chart title as a link to its section of the Sources & method page; the name is
    escaped."""
    href = sources_href(index)
    return f'<a href="{href}" target="_self">{html.escape(short)}</a>' if href else html.escape(short)


def title_layout(title: str) -> dict:
    """A chart title left-aligned just above the plot, under the hover toolbar's band, so neither covers the
    other, on a phone too."""
    return {"title": {"text": title, "x": 0, "xref": "paper", "xanchor": "left", "y": 1, "yref": "paper",
                      "yanchor": "bottom", "pad": {"b": TITLE_PAD}, "font": {"size": 15}},
            "margin": {"l": 10, "r": 10, "t": TOP_MARGIN, "b": 10}}


def year_axis(first: int, last: int) -> dict:
    """An x axis over the years with data only, ticked every year, or every other year on a long span."""
    return {"dtick": 1 if last - first < 10 else 2, "range": [first - 0.5, last + 0.5]}


RANK_TICK_STEPS = (1, 2, 5, 10)


def rank_axis(ranks: object, more: object = (), reverse: bool = True) -> dict:
    """An axis of ranks: rank 1 on top (reversed; `reverse=False` for an x axis, rank 1 at the left), whole ranks
    only as ticks (never 1.5), and room beyond the best and worst shown (half a rank, or 4 % of the span), so a
    marker at either end is never cut at the edge; three ranks at least. `more` adds ranks to keep in view (a
    target's line). Ticked every rank up to 10 ranks, then every 2 (from the best), or the best and every 5 or 10
    not crowded against it."""
    values = [float(v) for v in [*pd.Series(ranks, dtype="Float64").dropna(), *pd.Series(more, dtype="Float64")
                                 .dropna()]]
    if not values:
        return {"autorange": "reversed" if reverse else True, "tickmode": "linear", "tick0": 1, "dtick": 1,
                "tickformat": "d"}
    best = max(1.0, min(values))
    worst = max(max(values), best + 2)  # at least three ranks: a province at rank 1 throughout is not a lone tick
    step = next((s for s in RANK_TICK_STEPS if (worst - best) / s <= 10), 20)
    # Past 10 ranks: the best, then every 5 or 10 that is not crowded against it (8, 15, 20, not 8, 10, 15).
    ticks = range(int(best), int(worst) + 1, step) if step <= 2 else \
        [int(best), *(v for v in range(step, int(worst) + 1, step) if v >= best + step / 2)]
    pad = max(0.5, (worst - best) * 0.04)  # room for a marker's whole disc at either end, however many ranks
    span = [worst + pad, best - pad]
    return {"range": span if reverse else span[::-1], "autorange": False, "tickmode": "array",
            "tickvals": list(ticks), "tickformat": "d"}


def year_span(first: object, last: object) -> str:
    """"2013–", "2005–2008", "2005" (one year only) or "" (every year) for an indicator's years."""
    a, b = ("" if pd.isna(y) else str(int(y)) for y in (first, last))
    return a if a and a == b else f"{a}–{b}" if a or b else ""


def _break_lines(fig: go.Figure, breaks: pd.DataFrame, first: int, last: int) -> None:
    """A dashed vertical before each year whose method changed, within the years shown, labelled with the year
    only (the note is its hover text), staggered, so labels of close breaks never overlap, and on a white ground,
    so the lines under them never cross their text. The labels sit in a band between the title and the plot, so
    they cover no marker (inside the plot they hid rank 1 to 5 on rank charts); call it after `title_layout`. Set
    in one layout assignment: `add_vline` one by one re-validates the whole layout each time (a third of a trend
    chart's cost)."""
    shown = breaks[(breaks["year"] > first) & (breaks["year"] <= last)]
    line = {"dash": "dash", "color": "#888", "width": 1}
    shapes = [{"type": "line", "xref": "x", "yref": "paper", "x0": b.year - 0.5, "x1": b.year - 0.5, "y0": 0,
               "y1": 1, "line": line} for b in shown.itertuples()]
    labels = [{"x": b.year - 0.5, "xref": "x", "y": 1, "yref": "paper", "xanchor": "left", "yanchor": "bottom",
               "showarrow": False, "text": f"⚠ {b.year}", "font": {"size": 10, "color": "#555"},
               # On a white ground: a line passing under the label (a rank-1 line at the top) does not cross it.
               "bgcolor": "rgba(255, 255, 255, 0.85)",
               "hovertext": t("break.note", year=b.year, note=pick(b, "note")), "yshift": LABEL_ROW * (i % 2)}
              for i, b in enumerate(shown.itertuples())]
    fig.update_layout(shapes=shapes, annotations=labels)
    band = LABEL_ROW * min(len(labels), 2)
    if band:
        fig.update_layout(title_pad_b=TITLE_PAD + band, margin_t=(fig.layout.margin.t or TOP_MARGIN) + band)


def split_at_breaks(x: list, y: list, breaks: pd.DataFrame) -> tuple[list, list]:
    """The points with a blank between the last year before each method break and the first year from it, so
    a line never joins figures made by different methods (PAPI 2017 to 2018 reads as a jump otherwise)."""
    years = sorted(int(b) for b in breaks["year"]) if len(breaks) else []
    out_x: list = []
    out_y: list = []
    for xi, yi in sorted(zip(x, y, strict=True), key=lambda p: p[0]):
        if out_x and any(out_x[-1] < b <= xi for b in years):
            out_x.append(xi - 0.5)
            out_y.append(None)
        out_x.append(xi)
        out_y.append(yi)
    return out_x, out_y


LINE_DASHES = ("solid", "dash", "dot")
MARKERS = ("circle", "square", "diamond")


def trend(frame: pd.DataFrame, y: str, title: str, breaks: pd.DataFrame, reverse: bool = False,
          colours: dict[str, str] | None = None) -> go.Figure:
    """Lines per province over years, broken where a year has no figure (never bridged, never zero) and at every
    method break, with a dashed vertical there. `colours` (label -> colour) keeps a province's colour across
    charts; otherwise the palette in order."""
    fig = go.Figure()
    first, last = int(frame["year"].min()), int(frame["year"].max())
    years = pd.RangeIndex(first, last + 1, name="year")
    used: dict[str, int] = {}
    for i, (name, part) in enumerate(frame.groupby("label", sort=False)):
        full = part.set_index("year")[y].reindex(years)
        xs, ys = split_at_breaks(list(years), [None if pd.isna(v) else float(v) for v in full], breaks)
        colour = (colours or {}).get(str(name)) or OKABE_ITO[i % len(OKABE_ITO)]
        # More lines than colours (a region's 11 or 14 provinces): a colour's second line is dashed, its third
        # dotted, each with its own marker, so no two lines look alike.
        again = used.get(colour, 0)
        used[colour] = again + 1
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines+markers", name=str(name),
                                 line={"color": colour, "dash": LINE_DASHES[again % len(LINE_DASHES)]},
                                 marker={"color": colour, "symbol": MARKERS[again % len(MARKERS)]},
                                 connectgaps=False))
    fig.update_layout(**title_layout(title), height=320, legend={"orientation": "h", "y": -0.2},
                      xaxis=year_axis(first, last))
    _break_lines(fig, breaks, first, last)
    if reverse:  # ranks: 1 at the top, whole ranks only, and no rank 0 on the axis
        fig.update_yaxes(**rank_axis(frame[y]))
    return fig


# 24 colours for provinces: a province's colour comes from its code, so it is the same on every chart of the app.
PROVINCE_PALETTE = OKABE_ITO[:7] + ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677",
                                    "#882255", "#AA4499", "#6699CC", "#661100", "#AA4466", "#4477AA", "#228833",
                                    "#EE6677", "#BBBBBB", "#66CCEE"]


REFERENCE_GREYS = ("#A0A0A0", "#505050")  # a regional mean and the best province beside a province's own colour


def province_colours(codes: dict[str, str]) -> dict[str, str]:
    """label -> colour for provinces given as label -> code: each code's own colour (code modulo the palette),
    except that a later province whose colour is taken on this chart gets the next free one."""
    out: dict[str, str] = {}
    for label, code in codes.items():
        digits = "".join(c for c in str(code) if c.isdigit())
        start = int(digits) if digits else 0
        for step in range(len(PROVINCE_PALETTE)):
            colour = PROVINCE_PALETTE[(start + step) % len(PROVINCE_PALETTE)]
            if colour not in out.values():
                break
        out[label] = colour
    return out


def bars(frame: pd.DataFrame, x: str, series: dict[str, str], title: str, horizontal: bool = True,
         colours: dict[str, str] | None = None) -> go.Figure:
    """Grouped bars, one series per column; `colours` (label -> colour) keeps a province's colour across charts."""
    fig = go.Figure()
    for i, (column, label) in enumerate(series.items()):
        kwargs = {"y": frame[x], "x": frame[column], "orientation": "h"} if horizontal else \
            {"x": frame[x], "y": frame[column]}
        colour = (colours or {}).get(label) or OKABE_ITO[i % len(OKABE_ITO)]
        fig.add_trace(go.Bar(name=label, marker_color=colour, **kwargs))
    fig.update_layout(**title_layout(title), barmode="group", legend={"orientation": "h", "y": -0.15},
                      height=max(300, 28 * len(frame) * max(1, len(series) // 2)))
    if horizontal:
        fig.update_yaxes(autorange="reversed")
    return fig


REGION_ORDER = ("TDMNPB", "DBSH", "BTBDHMT", "TN", "DNB", "DBSCL")


def region_colour(region_code: str) -> str:
    """One colour per region on every chart of the app (north to south), so a region reads the same everywhere."""
    return OKABE_ITO[REGION_ORDER.index(region_code) if region_code in REGION_ORDER else len(REGION_ORDER)]


def region_lines(frame: pd.DataFrame, title: str, published_label: str, breaks: pd.DataFrame,
                 focus: str | None = None) -> go.Figure:
    """Our regional means per year as lines (broken where a mean is blank); a publisher's printed regional averages
    as open diamonds beside; dashed verticals at method breaks. With `focus` (a region code), that region's line
    is drawn thick and the others faint, so it reads against them. The x axis spans the years with a figure."""
    fig = go.Figure()
    for (code, label), part in frame.groupby(["region_code", "label"], sort=False):
        colour = region_colour(code)
        faint = focus is not None and code != focus
        xs, ys = split_at_breaks([int(v) for v in part["year"]],
                                 [None if pd.isna(v) else float(v) for v in part["mean"]], breaks)
        fig.add_trace(go.Scatter(x=xs, y=ys, name=label, mode="lines+markers",
                                 line={"color": colour, "width": 1 if faint else (4 if focus else 2)},
                                 opacity=0.35 if faint else 1, connectgaps=False))
        pub = part[part["published_mean"].notna()]
        if len(pub):
            fig.add_trace(go.Scatter(x=pub["year"], y=pub["published_mean"], mode="markers", showlegend=False,
                                     name=f"{label} — {published_label}",
                                     marker={"symbol": "diamond-open", "size": 11, "color": colour}))
    shown = frame[frame["mean"].notna() | frame["published_mean"].notna()]["year"]
    first, last = int(shown.min()), int(shown.max())
    fig.update_layout(**title_layout(title), height=380, xaxis=year_axis(first, last),
                      legend={"orientation": "h", "y": -0.2})
    _break_lines(fig, breaks, first, last)
    return fig


def coverage(frame: pd.DataFrame, labels: dict[str, str]) -> go.Figure:
    """Headline figures per index and year, stacked by status, one row of bars per index; `labels` names the
    axes and the legend (year, count, status) in the page's language."""
    fig = px.bar(frame, x="year", y="n", color="status", facet_row="short", height=620, labels=labels,
                 color_discrete_sequence=OKABE_ITO)
    fig.update_yaxes(matches=None, title=None)
    fig.for_each_annotation(lambda a: a.update(text=a.text.split("=")[-1]))
    fig.update_layout(margin={"l": 10, "r": 10, "t": TOP_MARGIN, "b": 10})
    return fig


# Targets (issue 13): a province's targets against its results, and a ranking with the target rank marked.
TARGET_STATUS_COLOUR = {"met": "#009E73", "missed": "#D55E00", "cannot_tell": "#999999", "pending": "#56B4E9"}
TARGET_YEARS_BEFORE = 3  # results shown before a province's first target year, for context
TARGET_STATUS_SYMBOL = {"met": "circle", "missed": "x", "cannot_tell": "circle-open", "pending": "circle-open"}


def targets_vs_results(results: pd.DataFrame, goals: pd.DataFrame, judged: pd.DataFrame, measure: str, title: str,
                       reverse: bool) -> go.Figure:
    """The province's `measure` (rank or value) over the years as a line (broken where a year has none); each target
    as a dashed segment over its years (columns label, y, x0, x1); each judged year as a marker coloured by its
    status (columns year, y, status, text)."""
    fig = go.Figure()
    starts = [int(x) for x in goals["x0"]] + [int(y) for y in judged["year"]]
    if starts:
        results = results[results["year"] >= min(starts) - TARGET_YEARS_BEFORE]
    if len(results):
        first, last = int(results["year"].min()), int(results["year"].max())
        years = pd.RangeIndex(first, last + 1, name="year")
        line = results.set_index("year")[measure].reindex(years)
        fig.add_trace(go.Scatter(x=list(years), y=line.tolist(), mode="lines+markers", name=title.split(":")[0],
                                 line={"color": OKABE_ITO[0]}, connectgaps=False))
    for i, g in enumerate(goals.itertuples()):
        fig.add_trace(go.Scatter(x=[g.x0 - 0.4, g.x1 + 0.4], y=[g.y, g.y], mode="lines", name=g.label,
                                 line={"color": OKABE_ITO[(i + 1) % len(OKABE_ITO)], "dash": "dash", "width": 2}))
    for status, part in judged.groupby("status", sort=False):
        fig.add_trace(go.Scatter(x=part["year"], y=part["y"], mode="markers", name=part["status_label"].iloc[0],
                                 text=part["text"], hovertemplate="%{x}: %{text}<extra></extra>",
                                 marker={"color": TARGET_STATUS_COLOUR[status], "size": 13, "line": {"width": 2},
                                         "symbol": TARGET_STATUS_SYMBOL[status]}))
    shown = [int(y) for y in results["year"]] + starts + [int(x) for x in goals["x1"]]
    wide = bool(shown) and max(shown) - min(shown) >= 10
    fig.update_layout(**title_layout(title), height=360, legend={"orientation": "h", "y": -0.2},
                      xaxis={"dtick": 2 if wide else 1})
    if reverse:  # ranks: the results, the targets' lines and the judged years all in view, rank 1 on top
        fig.update_yaxes(**rank_axis(results[measure], [*goals["y"], *judged["y"]]))
    return fig


def ranking_with_target(table: pd.DataFrame, province_id: str, target_rank: int, title: str,
                        target_label: str) -> go.Figure:
    """Every ranked province's value by rank (grey), the chosen province highlighted, and a dashed line at the
    province's target rank."""
    ranked = table[table["rank"].notna() & table["value"].notna()]
    mine = ranked[ranked["province_id"] == province_id]
    fig = go.Figure(go.Scatter(x=ranked["rank"], y=ranked["value"], mode="markers", text=ranked["name_vi"],
                               hovertemplate="%{text}: %{x}, %{y:.2f}<extra></extra>", showlegend=False,
                               marker={"color": "#bbbbbb", "size": 8}))
    if len(mine):
        fig.add_trace(go.Scatter(x=mine["rank"], y=mine["value"], mode="markers+text", text=mine["name_vi"],
                                 textposition="top center", showlegend=False,
                                 marker={"color": OKABE_ITO[3], "size": 14}))
    fig.add_vline(x=target_rank, line_dash="dash", line_color=OKABE_ITO[2], annotation_text=target_label,
                  annotation_position="top right")
    fig.update_layout(**title_layout(title), height=300,
                      xaxis={"title": t("col.rank")} | rank_axis(ranked["rank"], [target_rank], reverse=False),
                      yaxis={"title": t("col.value")})
    return fig
