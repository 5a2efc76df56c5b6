"""The normalised CSV as text: UTF-8, comma separated, '.' decimals, the build's column names."""

from __future__ import annotations

import csv
import io


def csv_text(header: list[str], rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
