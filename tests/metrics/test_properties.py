"""Properties of the ranking engine on generated tables (real DuckDB warehouses built from the schema)."""

from __future__ import annotations

import duckdb
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl import ranks
from etl.build import SCHEMA
from metrics.merged import merged_values
from metrics.values import rank_frame

REGIONS = ["A", "B", "C"]
MEMORY = duckdb.connect()


def add_ranks(frame: pd.DataFrame, best_high: bool, sizes: pd.DataFrame) -> pd.DataFrame:
    return rank_frame(MEMORY, frame, sizes, best_high).set_index("province_id").loc[frame["province_id"]] \
        .reset_index()


def sizes(frame: pd.DataFrame) -> pd.DataFrame:
    per_region = frame.groupby(["year", "region_code"]).size().rename("region_size").reset_index()
    per_region["n_geography"] = per_region["year"].map(frame.groupby("year").size())
    return per_region


def table(values: list[float | None], regions: list[str]) -> pd.DataFrame:
    return pd.DataFrame({
        "year": 2020, "province_id": [f"p{i}" for i in range(len(values))], "value": values,
        "name_vi": [f"p{i}" for i in range(len(values))],
        "region_code": regions, "rank_published": pd.NA, "rank_published_status": None,
        "region_rank_published": pd.NA, "region_size_published": pd.NA, "source_kind": "table",
    }).astype({"rank_published": "Int64", "region_rank_published": "Int64", "region_size_published": "Int64",
               "value": "float64"})


scores = st.lists(st.sampled_from([50.0, 55.5, 60.0, 61.25, 70.0, 80.0, 90.0]) | st.floats(0, 100),
                  min_size=1, max_size=40)


@settings(max_examples=200, deadline=None)
@given(scores, st.data())
def test_ranks_on_a_complete_table(values, data):
    regions = data.draw(st.lists(st.sampled_from(REGIONS), min_size=len(values), max_size=len(values)))
    df = add_ranks(table(values, regions), True, sizes(table(values, regions)))
    ranks = df["rank"].astype(int).tolist()
    for i, v in enumerate(values):
        assert ranks[i] == 1 + sum(1 for w in values if w > v)  # ties share the better rank
    if len(set(values)) == len(values):
        assert sorted(ranks) == list(range(1, len(values) + 1))  # a permutation of 1..N
    assert (df["region_rank"] <= df["region_size"]).all()
    assert df["percentile"].between(0, 100).all()
    assert (df["rank_of"] == len(values)).all()


def test_ties_share_the_better_rank():
    df = add_ranks(table([90.0, 80.0, 80.0, 70.0], ["A"] * 4), True, sizes(table([0.0] * 4, ["A"] * 4)))
    assert df["rank"].tolist() == [1, 2, 2, 4]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(0, 100) | st.none(), min_size=2, max_size=30))
def test_blank_values_are_never_ranked(values):
    df = add_ranks(table(values, ["A"] * len(values)), True, sizes(table(values, ["A"] * len(values))))
    blank = df["value"].isna()
    assert df.loc[blank, "rank"].isna().all()
    assert df.loc[~blank, "rank"].max() <= (~blank).sum() if (~blank).any() else True


def merged_warehouse(path, member_values: dict[str, float]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    con.execute(SCHEMA.read_text(encoding="utf-8"))
    con.execute("INSERT INTO dim_region VALUES ('A', 'A', 'A', 1)")
    con.execute("INSERT INTO dim_index VALUES ('x', 'X', 'X', 'X', 'p', 'p', 'u', 0, 100, true, 2000, NULL, NULL, "
                "NULL, NULL, 0)")
    con.execute("INSERT INTO dim_indicator VALUES ('x', 'total', NULL, 'X', 'X', 0, 100, NULL, NULL, 0)")
    con.execute("INSERT INTO dim_source (source_id, file, kind, publisher, title, licence, sha256) VALUES "
                "('s', 'f', 'table', 'p', 't', 'l', 'h')")
    con.execute("INSERT INTO dim_province VALUES ('34-01', '34', '01', 'N', 'N', 'n', NULL, 'A', NULL, NULL, NULL, "
                "NULL)")
    for code, value in member_values.items():
        con.execute("INSERT INTO dim_province VALUES (?, '63', ?, ?, ?, ?, NULL, 'A', NULL, NULL, NULL, NULL)",
                    [f"63-{code}", code, code, code, code])
        con.execute("INSERT INTO crosswalk_2025 VALUES (?, '34-01')", [f"63-{code}"])
        con.execute("INSERT INTO fact_value (index_code, indicator_code, year, province_id, value, value_status, "
                    "source_id) VALUES ('x', 'total', 2020, ?, ?, 'published', 's')", [f"63-{code}", value])
    ranks.materialise(con)
    return con


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.floats(0, 100), min_size=1, max_size=4))
def test_the_34_view_mean_lies_between_its_members(tmp_path, values):
    path = tmp_path / f"m{abs(hash(tuple(values)))}.duckdb"
    con = merged_warehouse(path, {f"{i:02d}": v for i, v in enumerate(values)})
    try:
        out = merged_values(con, "x", 2020).iloc[0]
        assert min(values) - 1e-9 <= out["value"] <= max(values) + 1e-9
        assert out["value_status"] == "derived" and out["n_members_with_value"] == len(values)
    finally:
        con.close()
        path.unlink()
