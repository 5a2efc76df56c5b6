"""The 34-province view: a merged province's figure is the mean of its former provinces' values,
the rule DTI 2024 used, flagged derived; a figure published for the merged province wins.

A mean is made only when every member has a value: a mean over some members would not be the
merged province's figure. How many members had one is kept beside it.
"""

from __future__ import annotations

import duckdb
import pandas as pd

# A values relation for metrics.values (one row per index, year and merged province); `{years}` is the
# engine's year filter on f.year.
MERGED = """
WITH members AS (
    SELECT new_province_id, count(*) AS n_members FROM crosswalk_2025 GROUP BY new_province_id
), member_values AS (
    SELECT f.index_code, f.year, c.new_province_id, count(f.value) AS n_with_value, avg(f.value) AS mean_value,
           min(f.value) AS min_member, max(f.value) AS max_member
    FROM fact_value f JOIN crosswalk_2025 c ON c.old_province_id = f.province_id
    WHERE f.index_code IN (SELECT unnest($indices)) AND f.indicator_code = $indicator AND {years}
    GROUP BY f.index_code, f.year, c.new_province_id
), published AS (
    SELECT f.* FROM fact_value f JOIN dim_province p USING (province_id)
    WHERE p.geography = '34' AND f.index_code IN (SELECT unnest($indices)) AND f.indicator_code = $indicator
      AND {years}
), grid AS (
    SELECT y.index_code, y.year, p.* FROM (SELECT index_code, year FROM member_values
                                           UNION SELECT index_code, year FROM published) y,
           dim_province p WHERE p.geography = '34'
)
SELECT g.index_code, g.year, g.province_id, g.code, g.slug, g.name_vi, g.name_en, g.region_code,
       r.name_vi AS region_vi, r.name_en AS region_en,
       CASE WHEN pub.value IS NOT NULL THEN pub.value
            WHEN mv.n_with_value = m.n_members THEN mv.mean_value END AS value,
       CASE WHEN pub.value IS NOT NULL THEN pub.value_status
            WHEN mv.n_with_value = m.n_members THEN 'derived' ELSE 'missing' END AS value_status,
       pub.rank AS rank_published, pub.rank_status AS rank_published_status,
       pub.region_rank AS region_rank_published, pub.region_size AS region_size_published,
       pub.tier, CASE WHEN pub.value IS NULL AND mv.n_with_value = m.n_members
                      THEN 'mean of ' || m.n_members || ' former provinces' ELSE pub.note END AS note,
       pub.source_id, coalesce(pub.source_url, s.url) AS source_url, s.kind AS source_kind,
       m.n_members, coalesce(mv.n_with_value, 0) AS n_members_with_value, mv.min_member, mv.max_member,
       i.higher_is_better AS best_high
FROM grid g JOIN dim_region r USING (region_code) JOIN members m ON m.new_province_id = g.province_id
JOIN dim_index i ON i.index_code = g.index_code
LEFT JOIN member_values mv ON mv.index_code = g.index_code AND mv.new_province_id = g.province_id
                          AND mv.year = g.year
LEFT JOIN published pub ON pub.index_code = g.index_code AND pub.province_id = g.province_id AND pub.year = g.year
LEFT JOIN dim_source s ON s.source_id = pub.source_id
WHERE pub.province_id IS NOT NULL OR mv.n_with_value > 0
"""


def merged_values(con: duckdb.DuckDBPyConnection, index: str, year: int, indicator: str = "total") -> pd.DataFrame:
    """One row per merged province for `year`, ranked among the 34 (only that year is ranked)."""
    from metrics.values import ranked_values

    return ranked_values(con, index, indicator, "34", years=[year]).reset_index(drop=True)
