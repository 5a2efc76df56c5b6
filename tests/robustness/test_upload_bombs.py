"""Upload bombs and broken files, made by this test in a few kilobytes each: every one is refused in a second or
two with one line naming the file and the reason (never a traceback or a server path), where each once ran for
10-40 s and ended in MemoryError, or raised ParseError/ValueError past the reader."""

from __future__ import annotations

import re
import threading
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from etl.importer.grid import Grid, ReadError
from etl.importer.guard import MAX_CELLS, check_zip, read_limited
from etl.importer.read_csv import read_csv_grid
from etl.importer.read_html import read_html
from etl.importer.read_xlsx import read_xlsx

SHEET = "xl/worksheets/sheet1.xml"


def workbook(path: Path, **cells: object) -> Path:
    wb = Workbook()
    wb.active.title = "data"
    for ref, value in (cells or {"A1": "Tỉnh", "B1": 70.5}).items():
        wb.active[ref] = value
    wb.save(path)
    return path


def rewrite(path: Path, member: str, edit, compress: int = zipfile.ZIP_DEFLATED) -> Path:
    """Rewrite one part of an xlsx archive with `edit(xml_text) -> xml_text`."""
    with zipfile.ZipFile(path) as zf:
        parts = {info.filename: zf.read(info) for info in zf.infolist()}
    parts[member] = edit(parts.get(member, b"").decode()).encode()
    with zipfile.ZipFile(path, "w", compression=compress, compresslevel=9) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def refused(reader, path: Path) -> str:
    with pytest.raises(ReadError) as caught:
        reader(path, path.name)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    assert str(path.parent) not in message, "a server path reached the message"
    assert message.startswith(path.name)
    return message


def test_one_cell_at_xfd1048576(tmp_path):
    path = workbook(tmp_path / "far.xlsx", A1="Tỉnh", XFD1048576=1)
    assert path.stat().st_size < 30_000
    assert re.fullmatch(r"far\.xlsx \[sheet1\]: cell XFD1048576 lies beyond what an import reads \(20,000 rows, "
                        r"2,000 columns and 2,000,000 cells\)", refused(read_xlsx, path))


def test_a_merged_range_to_the_end_of_the_sheet(tmp_path):
    path = rewrite(workbook(tmp_path / "merged.xlsx"), SHEET, lambda xml: xml.replace(
        "</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A70:XFD1048576"/></mergeCells>'))
    assert refused(read_xlsx, path) == (
        "merged.xlsx [sheet1]: merged range A70:XFD1048576: 1,048,576 rows x 16,384 columns is more than an import "
        "reads (20,000 rows, 2,000 columns and 2,000,000 cells); is this the publisher's table?")


def test_a_part_inflating_a_thousand_times(tmp_path):
    padding = " " * 60_000_000
    path = rewrite(workbook(tmp_path / "zipbomb.xlsx"), SHEET, lambda xml: xml.replace("<sheetData>",
                                                                                         padding + "<sheetData>"))
    assert path.stat().st_size < 200_000
    message = refused(read_xlsx, path)
    assert re.fullmatch(r"zipbomb\.xlsx: part xl/worksheets/sheet1\.xml inflates [\d,]+ times \(to 60 MB\); a real "
                        r"workbook compresses far less", message), message


def test_declared_total_over_the_limit(tmp_path, monkeypatch):
    path = workbook(tmp_path / "big.xlsx")
    monkeypatch.setattr("etl.importer.guard.MAX_UNZIPPED", 1000)
    with pytest.raises(ReadError, match=r"^big\.xlsx: unpacks to 0 MB, more than the 0 MB an import reads$"):
        check_zip(path, "big.xlsx")


def test_html_span_of_ten_billion_cells(tmp_path):
    path = tmp_path / "span.html"
    path.write_text('<table><tr><td>Tỉnh</td><td rowspan="100000" colspan="100000">x</td></tr></table>',
                    encoding="utf-8")
    assert refused(read_html, path) == ("span.html [table 1]: row 1, column 2: rowspan=100000 colspan=100000 spreads "
                                        "past what an import reads (20,000 rows, 2,000 columns and 2,000,000 cells)")


def test_many_html_spans_that_add_up(tmp_path):
    path = tmp_path / "spans.html"
    row = '<td colspan="1999">x</td>'
    path.write_text("<table>" + f"<tr>{row}</tr>" * (MAX_CELLS // 1999 + 2) + "</table>", encoding="utf-8")
    assert "spreads past what an import reads" in refused(read_html, path)


def test_csv_wider_than_the_grid(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("Tỉnh" + ",1" * 2500 + "\n", encoding="utf-8")
    assert refused(read_csv_grid, path) == ("wide.csv [csv]: 1 rows x 2,501 columns is more than an import reads "
                                            "(20,000 rows, 2,000 columns and 2,000,000 cells); is this the "
                                            "publisher's table?")


def body(xml: str) -> str:
    """The part's XML without its declaration, to put a DOCTYPE in front."""
    return re.sub(r"^<\?xml[^>]*\?>", "", xml)


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;">]>')


@pytest.mark.parametrize(("case", "member", "edit", "reason"), [
    ("billion_laughs", SHEET, lambda xml: LAUGHS + body(xml).replace(
        "<sheetData>", "<sheetData><row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&lol2;</t></is></c></row>"),
     "EntitiesForbidden"),
    ("external_entity", SHEET, lambda xml: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM '
     '"file:///etc/passwd">]>' + body(xml).replace("<sheetData>", "<sheetData><row r=\"3\"><c r=\"A3\" "
                                                                 "t=\"inlineStr\"><is><t>&e;</t></is></c></row>"),
     "EntitiesForbidden"),
    ("truncated_xml", SHEET, lambda xml: xml[: len(xml) // 2], "ParseError"),
    ("text_in_a_number_cell", SHEET, lambda xml: xml.replace("<v>70.5</v>", "<v>bảy mươi</v>"), "ValueError"),
])
def test_a_broken_workbook_is_one_line_of_the_importer(tmp_path, case, member, edit, reason):
    path = rewrite(workbook(tmp_path / f"{case}.xlsx"), member, edit)
    message = refused(read_xlsx, path)
    assert message.startswith(f"{case}.xlsx: not a readable xlsx file ({reason}"), message
    assert "passwd" not in message or "root:" not in message


def test_a_corrupt_archive_member(tmp_path):
    path = workbook(tmp_path / "crc.xlsx")
    data = bytearray(path.read_bytes())
    at = data.index(b"sheetData") if b"sheetData" in data else len(data) // 2
    data[at:at + 4] = b"XXXX"
    path.write_bytes(bytes(data))
    assert refused(read_xlsx, path).startswith("crc.xlsx: ")


def test_good_files_still_read_the_same(tmp_path):
    path = workbook(tmp_path / "good.xlsx", A1="Tỉnh", B1=70.5, A2="Hà Nội", B2=65)
    (grid,) = read_xlsx(path, path.name)
    assert (grid.sheet, grid.cells) == ("data", [["Tỉnh", 70.5], ["Hà Nội", 65]])


def reader_that_never_returns(path: Path, label: str) -> list[Grid]:
    threading.Event().wait()
    return []


def reader_that_eats_memory(path: Path, label: str) -> list[Grid]:
    hoard = [bytearray(256 * 2 ** 20) for _ in range(64)]
    return [Grid(label, str(len(hoard)), [])]


def test_a_reader_is_stopped_at_its_time_limit(tmp_path):
    path = workbook(tmp_path / "slow.xlsx")
    with pytest.raises(ReadError, match=r"^slow\.xlsx: reading took longer than 3 s; is this the publisher's table"):
        read_limited(reader_that_never_returns, path, path.name, seconds=3)


def test_a_reader_is_stopped_at_its_memory_limit(tmp_path):
    path = workbook(tmp_path / "hungry.xlsx")
    with pytest.raises(ReadError, match=r"^hungry\.xlsx: needs more than 2048 MB to read"):
        read_limited(reader_that_eats_memory, path, path.name)


def test_an_image_declaring_a_billion_pixels_is_refused_before_it_is_decoded(tmp_path):
    from PIL import Image

    from etl.importer.read_pdf import read_pdf

    path = tmp_path / "huge.png"
    Image.new("1", (40_000, 25_000), 1).save(path, optimize=True)  # a white page: 1 billion pixels, a few KB
    assert path.stat().st_size < 1_000_000
    wide = tmp_path / "wide.png"
    Image.new("1", (12_000, 6_000), 1).save(wide)  # 72 million pixels: under Pillow's limit, over ours
    assert refused(read_pdf, wide) == ("wide.png: 12,000 x 6,000 pixels is more than a scanned page (60,000,000 "
                                       "pixels); scan the annex at 150-300 dpi")
    assert refused(read_pdf, path) == ("huge.png: an image is more than a scanned page (60,000,000 pixels); scan the "
                                       "annex at 150-300 dpi")  # Pillow's header check stops it first


def test_a_pdf_page_too_large_to_scan_is_refused_before_it_is_rendered(tmp_path):
    from reportlab.pdfgen import canvas

    from etl.importer.read_pdf import read_pdf

    path = tmp_path / "poster.pdf"
    page = canvas.Canvas(str(path), pagesize=(14_400, 14_400))  # 200 x 200 inches, no text: read as a scan
    page.rect(10, 10, 100, 100)
    page.save()
    assert refused(read_pdf, path) == ("poster.pdf, page 1: 60,000 x 60,000 pixels is more than a scanned page "
                                       "(60,000,000 pixels); scan the annex at 150-300 dpi")
