"""A validation problem names the file, row, column, value and reason, so a person can fix it, and
says what kind of problem it is, so code sorts problems by `kind`, never by matching their text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """`kind` says what went wrong: "read" (the file) and "layout" (its table, as a spec reads it) are about
    the file; "province", "number", "scale", "rank", "sum" about a figure; "duplicate" (a second row for
    one key) and "conflict" (two sources disagree, or a withheld value filled) about files together;
    "check" for the rest."""

    file: str
    reason: str
    row: int | None = None
    column: str | None = None
    value: str | None = None
    kind: str = "check"

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column!r}"
        if self.value is not None:
            where += f", value {self.value!r}"
        return f"{where}: {self.reason}"


class ValidationError(Exception):
    """Raised with every problem found, so one run reports them all."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
