-- The star schema. Each table states its grain in the comment above it.

-- One row per socio-economic region (Nghị quyết 81/2023/QH15).
CREATE TABLE dim_region (
    region_code VARCHAR PRIMARY KEY, name_vi VARCHAR NOT NULL, name_en VARCHAR NOT NULL, sort INTEGER NOT NULL
);

-- One row per province of one geography: '63' (2008-08-01 to 2025-06-30), '34' (from 2025-07-01),
-- 'historical' (provinces dissolved before 2008, e.g. Hà Tây).
CREATE TABLE dim_province (
    province_id VARCHAR PRIMARY KEY, geography VARCHAR NOT NULL, code VARCHAR NOT NULL,
    name_vi VARCHAR NOT NULL, name_en VARCHAR NOT NULL, slug VARCHAR NOT NULL, type VARCHAR,
    region_code VARCHAR NOT NULL REFERENCES dim_region (region_code), valid_from DATE, valid_to DATE,
    iso_3166_2 VARCHAR, note VARCHAR, UNIQUE (geography, code), UNIQUE (geography, slug)
);

-- One row per old (63-geography) province: the 34-geography province it became on 2025-07-01.
CREATE TABLE crosswalk_2025 (
    old_province_id VARCHAR PRIMARY KEY REFERENCES dim_province (province_id),
    new_province_id VARCHAR NOT NULL REFERENCES dim_province (province_id)
);

-- One row per (spelling key, geography): every spelling the ETL accepts for a province.
CREATE TABLE dim_province_alias (
    alias_key VARCHAR NOT NULL, geography VARCHAR NOT NULL, alias VARCHAR NOT NULL,
    province_id VARCHAR NOT NULL REFERENCES dim_province (province_id), PRIMARY KEY (alias_key, geography)
);

-- One row per index.
CREATE TABLE dim_index (
    index_code VARCHAR PRIMARY KEY, short VARCHAR NOT NULL, name_vi VARCHAR NOT NULL, name_en VARCHAR NOT NULL,
    publisher_vi VARCHAR NOT NULL, publisher_en VARCHAR NOT NULL, unit VARCHAR NOT NULL, scale_min DOUBLE NOT NULL,
    scale_max DOUBLE NOT NULL,
    higher_is_better BOOLEAN NOT NULL, first_year INTEGER NOT NULL, coverage_note_vi VARCHAR,
    coverage_note_en VARCHAR, top_n_year INTEGER, top_n INTEGER, sort INTEGER NOT NULL
);

-- One row per (index, year) where the publisher changed the method.
CREATE TABLE dim_method_break (
    index_code VARCHAR NOT NULL REFERENCES dim_index (index_code), year INTEGER NOT NULL,
    note_vi VARCHAR NOT NULL, note_en VARCHAR NOT NULL, PRIMARY KEY (index_code, year)
);

-- One row per (index, topic): how the index is made (publisher, survey, scale, built, release), in our own words.
CREATE TABLE dim_index_method (
    index_code VARCHAR NOT NULL REFERENCES dim_index (index_code), topic VARCHAR NOT NULL,
    text_vi VARCHAR NOT NULL, text_en VARCHAR NOT NULL, sort INTEGER NOT NULL, PRIMARY KEY (index_code, topic)
);

-- One row per province with a shape: its map outline (an SVG path in lon/lat, simplified) and a label point.
CREATE TABLE geo_outline (
    province_id VARCHAR PRIMARY KEY REFERENCES dim_province (province_id), path VARCHAR NOT NULL,
    label_lon DOUBLE NOT NULL, label_lat DOUBLE NOT NULL
);

-- One row per (index, indicator): the headline total and every component.
CREATE TABLE dim_indicator (
    index_code VARCHAR NOT NULL REFERENCES dim_index (index_code), indicator_code VARCHAR NOT NULL,
    parent_code VARCHAR, name_vi VARCHAR NOT NULL, name_en VARCHAR NOT NULL, scale_min DOUBLE NOT NULL,
    scale_max DOUBLE NOT NULL, first_year INTEGER, last_year INTEGER, sort INTEGER NOT NULL,
    PRIMARY KEY (index_code, indicator_code)
);

-- One row per raw file in data/raw/. publisher, title and licence are as its sidecar records them; the *_vi and
-- *_en columns are what the screens show in each language (the recorded text where a sidecar has no variant;
-- every build fills them).
CREATE TABLE dim_source (
    source_id VARCHAR PRIMARY KEY, file VARCHAR NOT NULL, kind VARCHAR NOT NULL, index_code VARCHAR,
    year INTEGER, publisher VARCHAR NOT NULL, title VARCHAR NOT NULL, url VARCHAR, licence VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL, date_published VARCHAR, date_accessed VARCHAR, transcribed_from VARCHAR,
    rank_basis VARCHAR, score_basis VARCHAR, notes VARCHAR, title_vi VARCHAR, title_en VARCHAR, publisher_vi VARCHAR,
    publisher_en VARCHAR, licence_vi VARCHAR, licence_en VARCHAR
);

-- One row per (index, indicator, year, province): the value with its status and the rank as the source gives it.
CREATE TABLE fact_value (
    index_code VARCHAR NOT NULL, indicator_code VARCHAR NOT NULL, year INTEGER NOT NULL,
    province_id VARCHAR NOT NULL REFERENCES dim_province (province_id), value DOUBLE,
    value_status VARCHAR NOT NULL CHECK (value_status IN ('published', 'derived', 'not_published', 'missing')),
    rank INTEGER, rank_status VARCHAR CHECK (rank_status IN ('published', 'derived')),
    region_rank INTEGER, region_size INTEGER, tier VARCHAR, note VARCHAR,
    source_id VARCHAR NOT NULL REFERENCES dim_source (source_id), source_url VARCHAR,
    PRIMARY KEY (index_code, indicator_code, year, province_id),
    FOREIGN KEY (index_code, indicator_code) REFERENCES dim_indicator (index_code, indicator_code)
);

-- One row per line of a facts file: what one source said, conflicts included.
CREATE TABLE source_fact (
    source_id VARCHAR NOT NULL REFERENCES dim_source (source_id), line INTEGER NOT NULL, index_code VARCHAR,
    year INTEGER NOT NULL, subject VARCHAR NOT NULL, metric VARCHAR NOT NULL, value_text VARCHAR, value DOUBLE,
    rank_text VARCHAR, source_url VARCHAR, province_id VARCHAR, region_code VARCHAR,
    PRIMARY KEY (source_id, line)
);

-- ranked_value, one row per (geography, index, indicator, year, province) with a value or a rank: the ranks
-- we compute beside the published ones, made from the tables above at the end of each build (etl/ranks.py).

-- One row per target a province set (a row of a targets file): what was promised, for which years, by which
-- document. `threshold` is as written; `threshold_value` is its number in the index's unit (a rank, a score, the
-- least gain; DTI per mille read on the 0-1 scale) and `threshold_max` the top of a range ("1-2"). `geography`
-- is the one its ranks count in ('34' for targets from 2025 on). Results are judged in metrics/, never stored.
CREATE TABLE fact_target (
    source_id VARCHAR NOT NULL REFERENCES dim_source (source_id), row INTEGER NOT NULL,
    province_id VARCHAR NOT NULL REFERENCES dim_province (province_id),
    geography VARCHAR NOT NULL CHECK (geography IN ('63', '34')),
    index_code VARCHAR NOT NULL REFERENCES dim_index (index_code),
    kind VARCHAR NOT NULL CHECK (kind IN ('rank_at_most', 'score_at_least', 'rank_gain_at_least', 'group',
                                          'keep_rank', 'improve')),
    threshold VARCHAR, threshold_value DOUBLE, threshold_max DOUBLE, year_from INTEGER, year_to INTEGER,
    document VARCHAR, issued_by VARCHAR, date_issued VARCHAR, source_url VARCHAR NOT NULL,
    PRIMARY KEY (source_id, row), CHECK (year_from IS NULL OR year_to IS NULL OR year_from <= year_to)
);
