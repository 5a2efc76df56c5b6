"""`python -m etl facts` through its entry function and as a real process (stdin, files, refusals)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

from etl.extract import FACT_COLUMNS
from etl.news import run_facts_cli
from etl.paths import RAW_DIR, ROOT

ARTICLE = ("Chỉ số CCHC năm 2022: Vĩnh Phúc tiến bộ\n"
           "Chỉ số CCHC của tỉnh Vĩnh Phúc xếp thứ 7/63, xếp 4/11 tỉnh, thành thuộc đồng bằng sông Hồng. "
           "Hải Phòng và Quảng Ninh đạt lần lượt 91,2% và 92,18% về chỉ số CCHC.")
URL = "https://example.org/bai-viet"


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_text_argument_to_stdout_with_kit_columns_first(capsys):
    assert run_facts_cli([ARTICLE, "--source", URL]) == 0
    out, err = capsys.readouterr()
    header = out.splitlines()[0].split(",")
    assert header[:6] == FACT_COLUMNS and "snippet" not in header
    got = [(r["year"], r["province_or_region"], r["metric"], r["value"], r["rank"], r["source_url"], r["index"])
           for r in rows(out)]
    assert got == [
        ("2022", "Vĩnh Phúc", "PAR INDEX rank", "", "7", URL, "par_index"),
        ("2022", "Vĩnh Phúc", "PAR INDEX rank within Đồng bằng sông Hồng (of 11)", "", "4", URL, "par_index"),
    ]
    start = ARTICLE.index("Hải Phòng")
    assert err.splitlines()[0] == (f"ambiguous: {URL}:{start}-{len(ARTICLE)}: "
                                   "figures listed 'respectively' for several names")
    assert err.splitlines()[-1] == "2 candidate fact(s), 1 ambiguous sentence(s)"


def test_snippet_column_quotes_the_users_own_input(capsys):
    assert run_facts_cli([ARTICLE, "--with-snippet"]) == 0
    out, err = capsys.readouterr()
    first = rows(out)[0]
    assert first["snippet"].startswith("Chỉ số CCHC của tỉnh Vĩnh Phúc xếp thứ 7/63")
    assert first["source_url"] == ""
    assert "note: no --source given; fill source_url before pasting rows" in err


def test_html_file_is_stripped_and_out_file_written(tmp_path: Path, capsys):
    page = tmp_path / "bai.html"
    page.write_text("<html><head><title>x 1999</title><style>p{}</style></head><body>"
                    "<h1>PCI 2021: Quảng Ninh dẫn đầu</h1><p>Quảng Ninh đạt 73,02 điểm về chỉ số PCI.</p>"
                    "<script>var a = '2019 đạt 5%';</script></body></html>", encoding="utf-8")
    out = tmp_path / "candidates.csv"
    assert run_facts_cli([str(page), "--out", str(out), "--source", URL]) == 0
    assert capsys.readouterr().out == ""
    got = [(r["year"], r["province_or_region"], r["metric"], r["value"], r["rank"])
           for r in rows(out.read_text(encoding="utf-8"))]
    assert got == [("2021", "Quảng Ninh", "PCI rank", "", "1"), ("2021", "Quảng Ninh", "PCI score", "73.02", "")]


def test_out_under_data_raw_is_refused_and_nothing_written(capsys):
    target = RAW_DIR / "par_index" / "candidates_from_news.csv"
    assert run_facts_cli([ARTICLE, "--out", str(target)]) == 2
    _, err = capsys.readouterr()
    assert err.startswith(f"error: refusing to write {target} under {RAW_DIR.resolve()}")
    assert not target.exists()
    sneaky = ROOT / "data" / "raw" / ".." / "raw" / "x.csv"
    assert run_facts_cli([ARTICLE, "--out", str(sneaky)]) == 2
    assert not (RAW_DIR / "x.csv").exists()


def test_unsupported_file_type_is_an_error(tmp_path: Path, capsys):
    doc = tmp_path / "bai.pdf"
    doc.write_bytes(b"%PDF")
    assert run_facts_cli([str(doc)]) == 2
    assert capsys.readouterr().err == f"error: {doc}: unsupported file type '.pdf' (use .txt, .md or .html)\n"


def test_stdin_in_a_real_process():
    code = "import sys; from etl.news import run_facts_cli; sys.exit(run_facts_cli(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", code, "-", "--lang", "en", "--source", URL],
                          input="In 2023, Quang Ninh topped the PAR INDEX with 92.18%.", capture_output=True,
                          text=True, cwd=ROOT, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert rows(done.stdout)[0]["value"] == "92.18" and rows(done.stdout)[0]["rank"] == "1"
    assert done.stderr.strip() == "1 candidate fact(s), 0 ambiguous sentence(s)"


def test_bad_arguments_return_argparse_code(capsys):
    assert run_facts_cli(["text", "--lang", "fr"]) == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def test_each_row_says_which_indicator_and_where_each_field_came_from(capsys):
    article = ("Chỉ số DTI năm 2021 của Thanh Hóa\n"
               "Chính quyền số xếp hạng thứ 7. Năm 2020, tỉnh xếp thứ 20/63 về DTI.")
    assert run_facts_cli([article]) == 0
    got = [(r["year"], r["province_or_region"], r["metric"], r["rank"], r["indicator"], r["fields_from"])
           for r in rows(capsys.readouterr()[0])]
    assert got == [
        ("2021", "Thanh Hóa", "chinh_quyen_so_rank", "7", "chinh_quyen_so",
         "index=sentence;province=heading;year=heading"),
        ("2020", "Thanh Hóa", "dti_rank", "20", "total", "index=sentence;province=heading;year=sentence"),
    ]
