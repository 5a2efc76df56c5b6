"""Map outlines are made at build time: simplified, every ring kept, one per province of each geography."""

from __future__ import annotations

from etl import outlines


def test_outlines_are_simplified_but_every_ring_survives():
    square = [[0.0, 0.0], [0.5, 0.001], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]
    assert outlines._simplify(square) == [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]
    islet = [[0.0, 0.0], [0.001, 0.0], [0.001, 0.001], [0.0, 0.0]]
    assert outlines._simplify(islet) == islet


def test_the_warehouse_holds_one_outline_per_province_of_each_geography(con):
    counts = dict(con.execute("""SELECT p.geography, count(*) FROM geo_outline JOIN dim_province p USING (province_id)
                                 GROUP BY 1""").fetchall())
    assert counts == {"63": 63, "34": 34}
    path, lon, lat = con.execute("SELECT path, label_lon, label_lat FROM geo_outline WHERE province_id = '63-01'"
                                 ).fetchone()
    assert path.startswith("M") and path.endswith("Z")
    assert 105.3 < lon < 106.1 and 20.5 < lat < 21.4  # Hà Nội
