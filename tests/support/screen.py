"""Reading back what AppTest rendered, as a reader sees it: a chart's title, a plain table's cells, what a custom
component was given (the rankings table's cells)."""

from __future__ import annotations

import base64
import json
import math
import re

import numpy as np
import pandas as pd


def title_text(spec: dict) -> str:
    """The title without markup (the index name in it is a link to the Sources & method page)."""
    return re.sub(r"<[^>]+>", "", spec["layout"]["title"]["text"])


def chart_title(chart) -> str:
    return title_text(json.loads(chart.proto.spec))


def plain_tables(node) -> list[list[list[str]]]:
    """Every plain table (ui/tables.py) drawn in `node` (the AppTest, or a block such as an expander), each as rows
    of cell texts, header first; a link or a bold cell as its text (plain_cells gives what it is)."""
    return [[[c["label"] for c in data["columns"]]] + [[_text(cell) for cell in row] for row in data["rows"]]
            for data in _plain_data(node)]


def plain_table(node, *header: str) -> list[list[str]]:
    """The first plain table whose header starts with `header`."""
    return plain_tables(node)[_headed(node, header)]


def plain_cells(node, *header: str) -> list[list[str | dict]]:
    """The body cells of the first plain table whose header starts with `header`, as the component takes them
    (text, or {"text", "href"} for a link, {"text", "strong"} for bold)."""
    return _plain_data(node)[_headed(node, header)]["rows"]


def _headed(node, header: tuple[str, ...]) -> int:
    heads = [[c["label"] for c in data["columns"]] for data in _plain_data(node)]
    found = [i for i, head in enumerate(heads) if head[: len(header)] == list(header)]
    assert found, f"no table headed {header} among {heads}"
    return found[0]


def _plain_data(node) -> list[dict]:
    return [json.loads(c.proto.json) for c in node.get("bidi_component") if "plain_table" in c.proto.component_name]


def _text(cell: str | dict) -> str:
    return cell if isinstance(cell, str) else cell["text"]


def component_data(at, name: str) -> dict:
    """What the custom component `name` (ui/<name>.js) was given in the last run."""
    return json.loads(next(c for c in at.get("bidi_component") if name in c.proto.component_name).proto.json)


def ranking_table(at) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, dict]]:
    """The rankings table (ui/ranking_grid.py) as (the values it sorts by, the texts it shows, each column's
    description), the frames' columns named by their headers, one row per province in the order given."""
    data = component_data(at, "ranking_table")
    names = [c["label"] for c in data["columns"]]
    keys = pd.DataFrame([[cell[0] for cell in row["cells"]] for row in data["rows"]], columns=names)
    texts = pd.DataFrame([[cell[1] for cell in row["cells"]] for row in data["rows"]], columns=names)
    return keys, texts, dict(zip(names, data["columns"], strict=True))


def plotted(values: list | dict) -> list[float]:
    """A trace's numbers as Plotly 7 serialises them (a plain list, or a typed array in base64)."""
    if isinstance(values, dict):
        return np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"]).astype(float).tolist()
    return [math.nan if v is None else float(v) for v in values]
