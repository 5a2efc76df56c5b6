"""The app freezes its start-up heap once per process, so Streamlit's collection after every run is cheap."""

from __future__ import annotations

import gc

from ui import heap


def test_the_first_run_freezes_the_start_up_heap_once(open_page):
    open_page("overview", index="pci", year="2021")
    assert heap.freeze_startup_objects.cache_info().currsize == 1, "app.py did not freeze the heap"
    frozen = heap.freeze_startup_objects()
    open_page("rankings", index="pci", year="2021")
    assert heap.freeze_startup_objects() == frozen > 50_000
    assert gc.get_freeze_count() > 50_000  # frozen objects freed by reference counting leave the count
