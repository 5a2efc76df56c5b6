"""Where a page's year change goes beyond the floor: the same browser measure as bench/pages.py (fresh context, year
change to the last change on screen) for four pages, run in turn so that a drift of the machine hits all alike:

1. the floor: the one-line page of bench/pages.py (one select box, one Plotly bar chart);
2. the floor in a multipage app: the same page under `st.navigation`, with eight pages in the sidebar as the app has;
3. the app's shell: the real app.py and the overview's own header (title, caption, index, year and geography
   pickers: everything before its first query, read from app_pages/overview.py), then the floor's bar chart;
4. the overview itself.

Each figure is the median over runs, with the median of its paired difference from the floor (runs taken side by
side). Synthetic pages only; nothing is written to the repository: the shell runs from a temporary copy of app.py
whose overview is the header page.

`python bench/page_parts.py --runs 12`
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.harness import FLOOR_APP, write_floor_app  # noqa: E402
from bench.pages import FLOOR, PAGES, Target, browser_seconds  # noqa: E402
from tests.support.harness import DESKTOP, RECORDER_JS, REPO, launch_options, streamlit_server  # noqa: E402

OVERVIEW = next(t for t in PAGES if t.name == "overview")
# The floor's page as the default of eight, its navigation in the sidebar.
NAV_FLOOR_APP = (
    "import streamlit as st\n"
    "def floor():\n"
    f"    {FLOOR_APP.strip()}\n"
    "def other():\n"
    "    st.write('other page')\n"
    "pages = [st.Page(floor, title='Floor', url_path='floor', default=True)]\n"
    "pages += [st.Page(other, title=f'Page {i}', url_path=f'page{i}') for i in range(7)]\n"
    "st.navigation(pages).run()\n"
)
FIRST_QUERY = "\ntable = "  # where the overview's header ends
BAR = 'st.plotly_chart({"data": [{"type": "bar", "y": [1, 2, s.year]}]})\n'


def write_shell_app(directory: Path) -> Path:
    """A copy of app.py whose overview draws only the real overview's header and the floor's bar chart; the other
    pages are the real ones (linked)."""
    source = (REPO / "app_pages" / "overview.py").read_text()
    if FIRST_QUERY not in source:
        raise SystemExit(f"app_pages/overview.py has no line starting {FIRST_QUERY.strip()!r}: update page_parts.py")
    pages = directory / "app_pages"
    pages.mkdir()
    for page in (REPO / "app_pages").glob("*.py"):
        (pages / page.name).symlink_to(page)
    (pages / "overview.py").unlink()
    (pages / "overview.py").write_text(source.split(FIRST_QUERY)[0] + "\n" + BAR)
    app = directory / "app.py"
    app.write_text((REPO / "app.py").read_text())
    return app


def main(runs: int) -> list[tuple[str, str]]:
    os.environ["PYTHONPATH"] = str(REPO)  # the shell's copy imports the app's modules
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        root = Path(tmp)
        (root / "nav").mkdir()
        (root / "nav" / "app.py").write_text(NAV_FLOOR_APP)
        (root / "shell").mkdir()
        variants = [
            ("floor (one-line page)", write_floor_app(root), root, "/", FLOOR.year_key, 1),
            ("floor in a multipage app", root / "nav" / "app.py", root, "/", FLOOR.year_key, 1),
            ("app shell: overview header + bar", write_shell_app(root / "shell"), REPO, OVERVIEW.path, "pick_year", 1),
            ("overview", REPO / "app.py", REPO, OVERVIEW.path, "pick_year", OVERVIEW.charts),
        ]  # fmt: skip
        servers = [stack.enter_context(streamlit_server(app, cwd=cwd, log_dir=root)) for _, app, cwd, *_ in variants]
        shown: list[list[float]] = [[] for _ in variants]
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(**launch_options())
            for run in range(runs + 1):
                for i, ((name, _, _, path, key, charts), server) in enumerate(zip(variants, servers, strict=True)):
                    context = browser.new_context(viewport=DESKTOP)
                    context.add_init_script(RECORDER_JS)
                    try:
                        target = Target(name, "", path, charts, key)
                        sample = browser_seconds(context.new_page(), f"{server.url}{path}", target)
                    finally:
                        context.close()
                    if run:  # the first round warms the servers' caches and the browser's code cache
                        shown[i].append(sample[3])
            browser.close()
    floor = statistics.median(shown[0])
    rows = []
    print(f"{'page':36s}  year change, on screen  x floor  paired difference from the floor")
    for (name, *_), times in zip(variants, shown, strict=True):
        median = statistics.median(times)
        paired = statistics.median(a - b for a, b in zip(times, shown[0], strict=True))
        print(f"{name:36s}  {median:21.3f} s  {median / floor:7.2f}  {paired * 1000:+.0f} ms")
        rows.append((f"page part {name}: year change on screen (s), x floor, paired difference (ms)",
                     f"{median:.3f}, {median / floor:.2f}, {paired * 1000:+.0f}"))
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=12, help="measured rounds (after one warm-up round)")
    main(parser.parse_args().runs)
