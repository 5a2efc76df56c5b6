"""ETL: published tables in data/raw/ → validated star schema in data/warehouse.duckdb."""
