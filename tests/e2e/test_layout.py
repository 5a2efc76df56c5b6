"""Labels that fit: the geography buttons show their whole text inside their column in both languages
at 1,366 px."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.e2e.helpers import open_page
from tests.support.harness import Server

CLIPPED_JS = """
() => [...document.querySelectorAll('.st-key-pick_geo button')].map(b => {
  const text = b.querySelector('p') || b;
  const box = b.getBoundingClientRect();
  const column = (b.closest('[data-testid="stColumn"]') || document.body).getBoundingClientRect();
  return [b.innerText.trim(), text.scrollWidth > text.clientWidth + 1 || box.right > column.right + 1];
})
"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_geography_buttons_are_not_cut_off(app_server: Server, page: Page, lang: str) -> None:
    open_page(page, f"{app_server.url}/?index=pci&year=2021&lang={lang}", charts=1)
    buttons = page.evaluate(CLIPPED_JS)
    assert len(buttons) == 2 and all(text for text, _ in buttons)
    assert [text for text, clipped in buttons if clipped] == []
