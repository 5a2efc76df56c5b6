"""Reading charts back from AppTest: a Plotly chart's title as a reader sees it."""

from __future__ import annotations

import json
import re


def title_text(spec: dict) -> str:
    """The title without markup (the index name in it is a link to the Sources & method page)."""
    return re.sub(r"<[^>]+>", "", spec["layout"]["title"]["text"])


def chart_title(chart) -> str:
    return title_text(json.loads(chart.proto.spec))
