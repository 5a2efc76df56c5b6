"""Reading back what AppTest rendered, as a reader sees it: a chart's title, a Markdown table's cells."""

from __future__ import annotations

import json
import re

import pandas as pd
import pyarrow as pa


def title_text(spec: dict) -> str:
    """The title without markup (the index name in it is a link to the Sources & method page)."""
    return re.sub(r"<[^>]+>", "", spec["layout"]["title"]["text"])


def chart_title(chart) -> str:
    return title_text(json.loads(chart.proto.spec))


def markdown_table(source: str) -> list[list[str]]:
    """The rows (header first) of a Markdown table, cells unescaped."""
    rows = [re.split(r"(?<!\\)\|", line.strip()[1:-1]) for line in source.splitlines()]
    return [[re.sub(r"\\(.)", r"\1", cell.strip()) for cell in row] for i, row in enumerate(rows) if i != 1]


def grid_display(grid) -> pd.DataFrame:
    """The cells of an st.dataframe as shown (its Styler's display text), beside `grid.value`, the data it sorts."""
    return pa.ipc.open_stream(grid.proto.arrow_data.styler.display_values).read_all().to_pandas()
