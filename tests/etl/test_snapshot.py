"""The data-kit snapshot: every kit file described, quotes dropped, withheld values kept, counts read from the file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from etl.sidecar import read_sidecar
from etl.snapshot import snapshot

KIT = Path(__file__).resolve().parents[2].parent / "shared" / "sources"
pytestmark = pytest.mark.skipif(not KIT.is_dir(), reason="the data kit is beside the checkout in CI and sessions")


@pytest.fixture(scope="module")
def raw(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("raw")
    snapshot(KIT, out)
    return out


def test_every_kit_folder_is_taken_with_a_sidecar(raw):
    assert (raw / "targets" / "targets.csv").exists()
    meta = read_sidecar(raw / "targets" / "targets.csv")
    assert (meta.kind, meta.source_id) == ("targets", "targets")


def test_quote_columns_are_dropped_from_every_csv(raw):
    for path in [raw / "targets" / "targets.csv", raw / "dti" / "facts.csv", raw / "sipas" / "facts.csv"]:
        with path.open(encoding="utf-8") as f:
            header = next(csv.reader(f))
        assert "quote" not in header and "source_url" in header


def test_the_publisher_withheld_papi_2021_quang_ninh(raw):
    assert "data errors" in read_sidecar(raw / "papi" / "2021.csv").withheld["Quang Ninh"]
    assert read_sidecar(raw / "papi" / "2020.csv").withheld == {}


def test_dti_2022_is_described_with_the_counts_of_its_file(raw):
    assert read_sidecar(raw / "dti" / "2022.csv").notes[0].startswith("ranks 63/63, scores 10/63")


def test_a_second_snapshot_keeps_the_access_date_of_unchanged_files(raw):
    before = read_sidecar(raw / "pci" / "2021.csv")
    path = raw / "pci" / "2021.csv.meta.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(before.date_accessed, "2000-01-01"), encoding="utf-8")
    snapshot(KIT, raw)
    assert read_sidecar(raw / "pci" / "2021.csv").date_accessed == "2000-01-01"


def test_every_sidecar_says_its_title_publisher_and_licence_in_both_languages(raw):
    meta = read_sidecar(raw / "par_index" / "partial_2015.csv")
    assert (meta.title_vi, meta.publisher_vi, meta.licence_vi) == (
        "PAR INDEX 2015: các tỉnh được nêu tên trên báo chí (chưa đầy đủ)", "Bộ Nội vụ",
        "Số liệu do Bộ công bố, theo tin báo chí")
    assert (meta.title_en, meta.publisher_en) == ("PAR INDEX 2015: provinces named in news reports (partial)",
                                                  "Ministry of Home Affairs")
    for path in raw.rglob("*.meta.yaml"):
        meta = read_sidecar(path.with_name(path.name.removesuffix(".meta.yaml")))
        assert all((meta.title_vi, meta.title_en, meta.publisher_vi, meta.publisher_en, meta.licence_vi,
                    meta.licence_en)), path
