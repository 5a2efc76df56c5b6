"""A province profile on A4: printed (what Ctrl+P and Save as PDF do, here Chromium's page.pdf in print media) or
downloaded as the PDF briefing, one or two pages, no sidebar, no pickers, and nothing past the right edge."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
from playwright.sync_api import Page

from tests.e2e.helpers import now, open_page, settle
from tests.support.harness import Server


def test_the_profile_prints_as_a_two_page_briefing(app_server: Server, page: Page) -> None:
    open_page(page, f"{app_server.url}/profile?province=vinh-phuc", charts=2)
    page.emulate_media(media="print")
    pdf = pdfplumber.open(io.BytesIO(page.pdf(format="A4", print_background=True)))
    assert 1 <= len(pdf.pages) <= 2
    text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert "Vĩnh Phúc" in text and "7/63" in text
    assert "Nguồn & phương pháp" not in text, "the sidebar's page list is not printed"
    assert "Ctrl+P" not in text, "how to print is said on screen only"
    assert "Tỉnh, thành phố" not in text.split("Các tỉnh cùng vùng")[0], "the province picker is not printed"
    for p in pdf.pages:
        widest = max(c["x1"] for c in p.chars)
        assert widest <= p.width - 20, f"text runs to {widest:.0f} of {p.width:.0f} pt: the right edge is cut"
        for image in p.rects + p.curves:
            assert image["x1"] <= p.width + 0.5


def test_the_pdf_briefing_downloads_with_the_profile_figures(app_server: Server, page: Page, tmp_path: Path) -> None:
    """The briefing does not depend on the window: the same tables, laid out for A4 by the server."""
    open_page(page, f"{app_server.url}/profile?province=vinh-phuc&lang=en", charts=2)
    since = now(page)
    page.locator(".st-key-make_briefing button").click()
    settle(page, since, expect={"has": [[".st-key-dl_briefing", "Download the briefing"]]})
    with page.expect_download(timeout=30_000) as info:
        page.locator(".st-key-dl_briefing button").click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    assert target.name == "vinh-phuc.pdf"
    pdf = pdfplumber.open(target)
    assert 1 <= len(pdf.pages) <= 2
    text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert text.startswith("Vinh Phuc\nRed River Delta")
    assert "PAR INDEX 2022 7/63" in text and "4/11" in text
    assert "Market entry 7.02 6.79 7.98 (Quang Ninh) 2.98" in text
    for p in pdf.pages:
        assert max(c["x1"] for c in p.chars) <= p.width - 20
