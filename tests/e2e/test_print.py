"""A province profile printed on A4 (what Ctrl+P and Save as PDF do, here Chromium's page.pdf in print media) is
a briefing of one or two pages: no sidebar, no pickers, and nothing past the right edge of the paper."""

from __future__ import annotations

import io

import pdfplumber
from playwright.sync_api import Page

from tests.e2e.helpers import open_page
from tests.support.harness import Server


def test_the_profile_prints_as_a_two_page_briefing(app_server: Server, page: Page) -> None:
    open_page(page, f"{app_server.url}/profile?province=vinh-phuc", charts=2)
    page.emulate_media(media="print")
    pdf = pdfplumber.open(io.BytesIO(page.pdf(format="A4", print_background=True)))
    assert 1 <= len(pdf.pages) <= 2
    text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert "Vĩnh Phúc" in text and "7/63" in text
    assert "Nguồn & phương pháp" not in text, "the sidebar's page list is not printed"
    assert "Tỉnh, thành phố" not in text.split("Các tỉnh cùng vùng")[0], "the province picker is not printed"
    for p in pdf.pages:
        widest = max(c["x1"] for c in p.chars)
        assert widest <= p.width - 20, f"text runs to {widest:.0f} of {p.width:.0f} pt: the right edge is cut"
        for image in p.rects + p.curves:
            assert image["x1"] <= p.width + 0.5
