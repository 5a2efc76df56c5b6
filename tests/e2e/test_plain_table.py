"""The plain table's script (ui/plain_table.js) in Chromium, given what the app would give it and what it must
never let through: text that looks like HTML shows as typed, a link goes to an http(s) address only, and a second
draw refills the same table in place."""

from __future__ import annotations

from playwright.sync_api import Page

from ui.components import sources

STYLES, SOURCE = sources("plain_table")  # as Streamlit is given them

DRAW_JS = """
async ([source, data]) => {
  const url = URL.createObjectURL(new Blob([source], {type: 'text/javascript'}));
  const draw = (await import(url)).default;
  const root = document.getElementById('root');
  draw({data, parentElement: root, setTriggerValue: () => {}});
  const table = root.querySelector('table');
  window.__first ??= table;
  return {
    same: window.__first === table,
    head: [...table.querySelectorAll('th')].map((th) => [th.textContent, th.className]),
    rows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent)),
    links: [...table.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href'), a.rel]),
    bold: [...table.querySelectorAll('strong')].map((b) => b.textContent),
    images: root.querySelectorAll('img, script').length,
    height: getComputedStyle(root.firstElementChild).maxHeight,
  };
}
"""

HOSTILE = "<img src=x onerror=alert(1)>"


def draw(page: Page, data: dict) -> dict:
    return page.evaluate(DRAW_JS, [SOURCE, data])


def test_the_plain_table_shows_text_as_typed_and_links_only_to_http(page: Page) -> None:
    page.set_content(f"<style>{STYLES}</style><div id='root'></div>")
    columns = [{"label": "Tỉnh", "right": False}, {"label": "Nguồn", "right": False}, {"label": "Điểm", "right": True}]
    first = draw(page, {"columns": columns, "height": None, "rows": [
        [HOSTILE, {"text": "vcci.com.vn", "href": "https://www.vcci.com.vn/a"}, "73.02"],
        [{"text": "▶ Vĩnh Phúc", "strong": True}, {"text": "x", "href": "javascript:alert(1)"}, "68.91"],
    ]})
    assert first["images"] == 0
    assert first["rows"] == [[HOSTILE, "vcci.com.vn", "73.02"], ["▶ Vĩnh Phúc", "x", "68.91"]]
    assert first["head"] == [["Tỉnh", ""], ["Nguồn", ""], ["Điểm", "ptable-right"]]
    assert first["links"] == [["vcci.com.vn", "https://www.vcci.com.vn/a", "noopener noreferrer"],
                              ["x", None, "noopener noreferrer"]]
    assert first["bold"] == ["▶ Vĩnh Phúc"] and first["height"] == "none"
    # The next year: fewer rows, the bold cell and the link gone; the same table, refilled.
    second = draw(page, {"columns": columns, "height": 420, "rows": [["Quảng Ninh", "", "73.02"]]})
    assert second["same"] and second["rows"] == [["Quảng Ninh", "", "73.02"]]
    assert second["links"] == [] and second["bold"] == [] and second["height"] == "420px"
