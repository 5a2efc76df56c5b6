"""Province outlines for the map, made once at build time from the GeoJSON in data/raw/geo: one simplified SVG
path (lon/lat) and a label point per province, stored in the warehouse (table geo_outline), so the app never
reads or simplifies GeoJSON while serving a page."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd

GEO_63 = Path("geo") / "geoBoundaries-VNM-ADM1_simplified.geojson"
GEO_34 = Path("geo") / "vn_provinces_34_derived_from_geoBoundaries.geojson"


def _polygons(geometry: dict) -> list:
    return geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]


def _geojson(raw_dir: Path, geo: str, iso_to_id: dict[str, str]) -> dict:
    """The province polygons with `id` = province_id. Côn Đảo is its own feature in geoBoundaries with
    Bà Rịa - Vũng Tàu's ISO code (VN-43); features sharing a code are merged into one."""
    if geo == "34":
        raw = json.loads((raw_dir / GEO_34).read_text(encoding="utf-8"))
        for f in raw["features"]:
            f["id"] = f"34-{f['properties']['new_code']}"
        return raw
    raw = json.loads((raw_dir / GEO_63).read_text(encoding="utf-8"))
    ids = iso_to_id
    merged: dict[str, dict] = {}
    for f in raw["features"]:
        pid = ids[f["properties"]["shapeISO"]]
        if pid in merged:
            merged[pid]["geometry"] = {"type": "MultiPolygon", "coordinates": _polygons(merged[pid]["geometry"])
                                       + _polygons(f["geometry"])}
        else:
            merged[pid] = {"type": "Feature", "id": pid, "properties": {}, "geometry": f["geometry"]}
    return {"type": "FeatureCollection", "features": list(merged.values())}


def _rings(geometry: dict) -> list[list[list[float]]]:
    """Exterior rings of a (multi)polygon: enough for a filled province outline."""
    return [poly[0] for poly in _polygons(geometry)]


OUTLINE_DECIMALS = 3  # about 100 m: finer than a pixel of the map, and a third of the JSON sent to the browser
# About 1 km, a third of a pixel of the 520 px map: keeps 3,200 of the 11,800 outline points of the 63 provinces, and
# the map sent on every year change is 62 KB of JSON (197 KB before simplifying).
OUTLINE_TOLERANCE = 0.01


def _simplify(ring: list, tolerance: float = OUTLINE_TOLERANCE) -> list:
    """Douglas-Peucker: drop the points closer than `tolerance` degrees to the line through their neighbours kept.
    A ring that would collapse (a small island) is kept whole, so every island stays on the map."""
    points = np.asarray(ring, dtype=float)
    keep = np.zeros(len(points), dtype=bool)
    keep[[0, -1]] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        start, direction = points[first], points[last] - points[first]
        offsets = points[first + 1:last] - start
        length = math.hypot(*direction)
        distance = (np.abs(direction[0] * offsets[:, 1] - direction[1] * offsets[:, 0]) / length if length
                    else np.hypot(offsets[:, 0], offsets[:, 1]))
        worst = int(distance.argmax())
        if distance[worst] > tolerance:
            keep[first + 1 + worst] = True
            stack += [(first, first + 1 + worst), (first + 1 + worst, last)]
    return points[keep].tolist() if keep.sum() >= 4 else ring


def _outline(geometry: dict) -> tuple[str, tuple[float, float]]:
    """An SVG path in lon/lat (simplified, one closed subpath a ring), and a label point inside the largest ring."""
    rings = _rings(geometry)
    path = "".join("M" + "L".join(f"{round(x, OUTLINE_DECIMALS)},{round(y, OUTLINE_DECIMALS)}" for x, y in ring) + "Z"
                   for ring in map(_simplify, rings))
    main = max(rings, key=len)
    return path, (sum(p[0] for p in main) / len(main), sum(p[1] for p in main) / len(main))


def outline_frame(raw_dir: Path, provinces: pd.DataFrame) -> pd.DataFrame:
    """province_id, path, label_lon, label_lat for every province of the 63 and the 34 geographies that has a
    shape (the 63 matched by ISO 3166-2 code, the 34 by their new code)."""
    iso = provinces[provinces["geography"] == "63"].dropna(subset=["iso_3166_2"])
    iso_to_id = dict(zip(iso["iso_3166_2"], iso["province_id"], strict=True))
    rows = []
    for geo in ("63", "34"):
        for feature in _geojson(raw_dir, geo, iso_to_id)["features"]:
            path, (lon, lat) = _outline(feature["geometry"])
            rows.append({"province_id": feature["id"], "path": path, "label_lon": lon, "label_lat": lat})
    return pd.DataFrame(rows)
