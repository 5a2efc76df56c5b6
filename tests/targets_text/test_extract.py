"""The targets extractor on its development corpus (every case exactly), and the command line: the kit's columns,
the document, issuer and date, the span of each target, reports on stderr, and no writing under data/raw."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest

from etl.catalogue import load_catalogue
from etl.paths import RAW_DIR, ROOT
from etl.targets.extract import extract_targets
from tests.targets_text.corpus import DEV, HA_TINH_NEWS, LANG_SON_PLAN, Case
from tests.targets_text.scoring import aliases, listed


@pytest.mark.parametrize("case", DEV, ids=[c.text[:40] for c in DEV])
def test_development_corpus(case: Case):
    rows, reports = listed(case)
    assert sorted(rows, key=str) == sorted(case.rows, key=str)
    assert (reports > 0) == case.reported or (not case.reported and not case.rows and reports == 0)


PLAN = ("KẾ HOẠCH số 87/KH-UBND ngày 10/3/2024 của UBND tỉnh Bắc Giang về nâng cao PAR INDEX, SIPAS năm 2024\n"
        "II. MỤC TIÊU\n- Chỉ số PAR INDEX nằm trong nhóm 10 tỉnh dẫn đầu.\n- Chỉ số SIPAS đạt từ 90% trở lên.\n"
        "- Sở Nội vụ phấn đấu Chỉ số DDCI đạt từ 85 điểm trở lên.")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etl", "targets", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_command_lists_targets_in_the_kits_columns_with_document_and_span():
    done = run_cli(PLAN, "--source", "https://example.org/plan")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert list(rows[0]) == ["province", "index", "kind", "threshold", "year_from", "year_to", "document", "issued_by",
                             "date_issued", "source_url", "span_start", "span_end"]
    assert [(r["province"], r["index"], r["kind"], r["threshold"], r["year_from"], r["year_to"]) for r in rows] == [
        ("Bắc Giang", "par_index", "rank_at_most", "10", "2024", "2024"),
        ("Bắc Giang", "sipas", "score_at_least", "90", "2024", "2024")]
    assert {(r["document"], r["issued_by"], r["date_issued"], r["source_url"]) for r in rows} == {
        ("Kế hoạch số 87/KH-UBND", "UBND tỉnh", "10/03/2024", "https://example.org/plan")}
    first = rows[0]
    assert PLAN[int(first["span_start"]):int(first["span_end"])] == "trong nhóm 10"
    assert "not a provincial target" in done.stderr and "DDCI" in done.stderr


def test_command_refuses_to_write_under_data_raw(tmp_path):
    done = run_cli(PLAN, "--out", str(RAW_DIR / "targets" / "candidates.csv"))
    assert done.returncode == 2 and "refusing to write" in done.stderr
    assert not (RAW_DIR / "targets" / "candidates.csv").exists()


def test_a_plan_without_a_number_is_named_by_its_title_and_cited_documents_are_not_its_own():
    found, reports = extract_targets(LANG_SON_PLAN, "", aliases(), load_catalogue())
    assert {(c.document, c.issued_by) for c in found} == {
        ("Kế hoạch Cải thiện, nâng cao Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng của người dân, tổ chức "
         "đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) tỉnh Lạng Sơn năm 2024", "UBND tỉnh")}
    assert [r.reason.split(" (")[0] for r in reports] == ["not a provincial target"] * 2


def test_news_names_the_plan_before_its_targets():
    found, _ = extract_targets(HA_TINH_NEWS, "https://example.org/n", aliases(), load_catalogue())
    assert {(c.document, c.issued_by, c.date_issued, c.source_url) for c in found} == {
        ("Kế hoạch số 145/KH-UBND", "UBND tỉnh", "20/03/2024", "https://example.org/n")}


ROUND_UP = ("Phấn đấu năm 2025, PAR INDEX của tỉnh Thanh Hóa xếp trong nhóm 20 tỉnh dẫn đầu cả nước.\n"
            "Nghị quyết số 05-NQ/TU của Tỉnh ủy Bình Định đề ra mục tiêu đến năm 2025 chỉ số PCI tăng ít nhất 5 bậc.\n"
            "UBND tỉnh Kon Tum ban hành Kế hoạch số 123/KH-UBND ngày 15/3/2024, phấn đấu PAPI năm 2024 đạt 43 điểm "
            "trở lên. Theo kế hoạch, tỉnh phấn đấu DTI năm 2024 thuộc nhóm 30 tỉnh dẫn đầu.\n"
            "Kế hoạch đặt mục tiêu DTI của tỉnh Hà Giang năm 2024 thuộc nhóm 30 tỉnh, thành phố dẫn đầu.")


def test_news_of_several_provinces_gives_no_province_another_ones_document_or_issuer():
    # Before: Thanh Hóa got Bình Định's "Tỉnh ủy" (from the text's opening), Hà Giang Kon Tum's plan.
    found, _ = extract_targets(ROUND_UP, "", aliases(), load_catalogue())
    assert [(c.province, c.index, c.document, c.issued_by) for c in found] == [
        ("Thanh Hóa", "par_index", "", ""),
        ("Bình Định", "pci", "Nghị quyết số 05-NQ/TU", "Tỉnh ủy"),
        ("Kon Tum", "papi", "Kế hoạch số 123/KH-UBND", "UBND tỉnh"),
        ("Kon Tum", "dti", "Kế hoạch số 123/KH-UBND", "UBND tỉnh"),
        ("Hà Giang", "dti", "", "")]
