"""Where the raw layer and the warehouse live; overridable so tests can build elsewhere."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW_DIR = Path(os.environ.get("VNGOV_RAW_DIR", ROOT / "data" / "raw"))
WAREHOUSE = Path(os.environ.get("VNGOV_WAREHOUSE", ROOT / "data" / "warehouse.duckdb"))
CATALOGUE = ROOT / "etl" / "catalogue.yaml"
