"""Page benchmark: for each page, the script time (AppTest, no browser) and, in headless Chromium, the time from
navigation to first contentful paint and to the last chart drawn, and from a year change to the redrawn page, as
medians (the year change both to the last DOM change and to the last change on screen); beside them the same
figures for a one-line Streamlit page (one select box, one Plotly chart), the floor this stack allows on this
machine, measured in the same rounds as the pages. Both are served as `make run` serves the app (`ui.serve.run`:
Streamlit with Nagle's algorithm off on its connections), so a multiple compares pages, not servers. Targets
(issue 15): interaction within 1.5x the floor, first paint under 1 s. First paint is measured twice: as `make run`
serves the page (Streamlit's Python server sends its 70-odd script files) and as deploy/ serves it (nginx sends them
from disk, compressed).

The first visit after a restart (issue 14) is measured apart: a fresh server per run, one visit to the overview at /,
once started as `streamlit run app.py` (cold) and once as `make run` starts it (`python -m ui.serve`, which loads
what every first page needs before it listens), each against the visit after it; target: under 2x a warm visit.

`main()` returns the table rows and prints them; `python bench/pages.py --runs 3` for a quicker pass, and
`--pages overview,regions` to measure some pages only (the floor is always measured, in the same run).
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import Page, sync_playwright  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from bench.harness import floor_launcher, median, write_floor_app  # noqa: E402
from tests.support.harness import (  # noqa: E402
    DESKTOP,
    NOW_JS,
    RECORDER_JS,
    REPO,
    SERVE,
    SETTLED_JS,
    launch_options,
    nginx_proxy,
    streamlit_server,
)

TIMEOUT_MS = 60_000
RESTARTS = 3
BEHIND_NGINX = "behind nginx"


@dataclass(frozen=True)
class Target:
    """A page to measure: its file, URL path with parameters, charts it draws, and its year picker key if any."""

    name: str
    file: str
    path: str
    charts: int
    year_key: str | None = None


PAGES = [
    Target("overview", "app_pages/overview.py", "/?index=pci&year=2021", 1, "pick_year"),
    Target("profile", "app_pages/profile.py", "/profile?province=vinh-phuc", 2),
    Target("rankings", "app_pages/rankings.py", "/rankings?index=pci&year=2021", 1, "pick_year"),
    Target("compare", "app_pages/compare.py", "/compare?index=pci&provinces=ha-noi,ho-chi-minh,da-nang", 3,
           "pick_year"),
    Target("regions", "app_pages/regions.py", "/regions?index=pci&year=2021", 2, "pick_year"),
    Target("regions_focus", "app_pages/regions.py", "/regions?index=pci&year=2021&region=DBSH", 3, "pick_year"),
    Target("data", "app_pages/data.py", "/data?index=pci", 0),
    Target("sources", "app_pages/sources.py", "/sources", 1),
]
FLOOR = Target("floor (one-line page)", "floor_app.py", "/", 1, "year")
HOME = Target("overview at /", "app_pages/overview.py", "/", 1)  # where a first visitor lands


def apptest_seconds(target: Target, runs: int, app: Path) -> float:
    """Median wall time of one script run of the page under AppTest, after one warm-up run (caches filled)."""
    times = []
    logging.disable(logging.WARNING)  # AppTest outside `streamlit run` warns about a missing ScriptRunContext
    try:
        times = _apptest_runs(target, runs, app)
    finally:
        logging.disable(logging.NOTSET)
    return median(times)


def _apptest_runs(target: Target, runs: int, app: Path) -> list[float]:
    times = []
    for i in range(runs + 1):
        at = AppTest.from_file(str(app), default_timeout=120)
        params = dict(p.split("=", 1) for p in target.path.partition("?")[2].split("&") if "=" in p)
        for name, value in params.items():
            at.query_params[name] = value
        if app.name == "app.py":
            at.run()
            started = time.perf_counter()
            at.switch_page(target.file).run()
        else:
            started = time.perf_counter()
            at.run()
        if at.exception:
            raise RuntimeError(f"{target.name} raised under AppTest: {at.exception[0].message}")
        if i:
            times.append(time.perf_counter() - started)
    return times


def other_year(page: Page, key: str) -> str:
    box = page.locator(f".st-key-{key} input[role='combobox']")
    current = box.input_value()
    box.click()
    options = [o.strip() for o in page.get_by_role("option").all_inner_texts()]
    return next(o for o in options if o != current)


Sample = tuple[float, float, float | None, float | None]


def browser_seconds(page: Page, url: str, target: Target) -> Sample:
    """(first contentful paint, last chart drawn or script done, year change to the last DOM change, year change to
    the last change on screen) for one fresh load, in s. The two year figures differ on a page with Streamlit's
    data grid: 200 ms after it has redrawn, it rebuilds the copy of its table that it keeps for screen readers
    inside its canvas, which is never drawn (the rankings page, until its table became a component)."""
    page.goto(url, timeout=TIMEOUT_MS)
    page.wait_for_function(SETTLED_JS, arg=[0, 500, target.charts], timeout=TIMEOUT_MS, polling=50)
    perf = page.evaluate("window.__perf")
    fcp = page.evaluate("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN")
    done = max([t for s, t in perf["states"] if s == "notRunning"] + [perf["lastPlot"]])
    change = shown = None
    if target.year_key:
        option = other_year(page, target.year_key)
        since = page.evaluate(NOW_JS)
        page.get_by_role("option", name=option, exact=True).click()
        # The new year in the select box counts as the run's result too: a busy tab may never show "running".
        shows = {"has": [[f".st-key-{target.year_key} input", option]]}
        page.wait_for_function(SETTLED_JS, arg=[since, 500, target.charts, shows], timeout=TIMEOUT_MS, polling=50)
        perf = page.evaluate("window.__perf")
        change = (perf["lastMutation"] - perf["lastInput"]) / 1000
        shown = (perf["lastShown"] - perf["lastInput"]) / 1000
    return fcp / 1000, done / 1000, change, shown


def measure_browser(targets: list[tuple[str, Target]], runs: int) -> dict[str, Sample]:
    """Median browser figures per (server URL, target). Taken in rounds, each loading every target once in turn,
    the floor among them, so that a drift of the machine (its speed moves by a fifth within minutes) hits the floor
    and the pages alike and their multiples stay comparable; each load is a fresh context (new session, nothing
    cached in the page). The first round warms the servers' caches and the browser's code cache and is dropped."""
    samples: dict[str, list[Sample]] = {target.name: [] for _, target in targets}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**launch_options())
        try:
            for i in range(runs + 1):
                for base_url, target in targets:
                    context = browser.new_context(viewport=DESKTOP)
                    context.add_init_script(RECORDER_JS)
                    try:
                        sample = browser_seconds(context.new_page(), f"{base_url}{target.path}", target)
                    except Exception as exc:
                        exc.add_note(f"page {target.name}, run {i}")
                        raise
                    finally:
                        context.close()
                    if i:
                        samples[target.name].append(sample)
        finally:
            browser.close()
    out: dict[str, Sample] = {}
    for name, taken in samples.items():
        columns = [[s[i] for s in taken if s[i] is not None] for i in range(4)]
        out[name] = tuple(median(c) if c else None for c in columns)  # type: ignore[assignment]
    return out


def _visit(browser, url: str, target: Target) -> tuple[float, float, float]:
    """(first paint, last chart, the page's script runs: first start to last end) of one fresh visit, in s."""
    context = browser.new_context(viewport=DESKTOP)
    context.add_init_script(RECORDER_JS)
    try:
        page = context.new_page()
        fcp, done, _, _ = browser_seconds(page, url, target)
        states = page.evaluate("window.__perf")["states"]
    finally:
        context.close()
    started = min(t for s, t in states if s == "running")
    ended = max(t for s, t in states if s == "notRunning")
    return fcp, done, (ended - started) / 1000


def first_visits(target: Target, restarts: int, log_dir: Path) -> dict[str, list[float]]:
    """For each way of starting the server: medians over fresh servers of its first visit and of the visit after
    (first paint, last chart, script runs)."""
    out: dict[str, list[float]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**launch_options())
        try:
            for name, launcher in (("streamlit run app.py (cold)", None), ("python -m ui.serve", SERVE)):
                samples = []
                for _ in range(restarts):
                    with streamlit_server("app.py", cwd=REPO, log_dir=log_dir, launcher=launcher) as server:
                        url = f"{server.url}{target.path}"
                        samples.append(_visit(browser, url, target) + _visit(browser, url, target))
                out[name] = [median([s[i] for s in samples]) for i in range(6)]
        finally:
            browser.close()
    return out


def print_rows(rows: list[tuple[str, ...]]) -> None:
    """Print a table of text cells: the first column left-aligned, the others right-aligned, each as wide as its
    widest cell."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join([row[0].ljust(widths[0]), *(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True))]))


def print_first_visits(first: dict[str, list[float]]) -> list[tuple[str, str]]:
    """The first-visit table: each figure of the first visit, and its multiple of the next visit's."""
    rows = [("overview at / after a restart: first visit (x next visit)", "first paint s", "last chart s", "script s")]
    for name, f in first.items():
        rows.append((f"  {name}", *(f"{f[i]:.2f} ({f[i] / f[i + 3]:.1f})" for i in range(3))))
    print_rows(rows)
    return [(f"first visit after a restart, {r[0].strip()}: first paint / last chart / script (s, x next visit)",
             " / ".join(r[1:])) for r in rows[1:]]


def main(runs: int = 5, names: list[str] | None = None) -> list[tuple[str, str]]:
    pages = [t for t in PAGES if names is None or t.name in names]
    if names and len(pages) != len(set(names)):
        raise SystemExit(f"unknown page in {names}; pages: {', '.join(t.name for t in PAGES)}")
    with tempfile.TemporaryDirectory() as tmp:
        floor_app = write_floor_app(Path(tmp))
        with streamlit_server(cwd=REPO, log_dir=Path(tmp), launcher=floor_launcher(floor_app)) as floor, \
                streamlit_server(cwd=REPO, log_dir=Path(tmp), launcher=SERVE) as server, \
                nginx_proxy([floor.port]) as floor_proxy, nginx_proxy([server.port]) as proxy:
            direct = [(floor.url, FLOOR), *((server.url, t) for t in pages)]
            deployed = [(floor_proxy.url, _deployed(FLOOR)), *((proxy.url, _deployed(t)) for t in pages)]
            browser = measure_browser(direct + deployed, runs)
        script = {FLOOR.name: apptest_seconds(FLOOR, runs, floor_app)}
        first = first_visits(HOME, RESTARTS, Path(tmp)) if PAGES[0] in pages else {}
    script |= {t.name: apptest_seconds(t, runs, REPO / "app.py") for t in pages}

    _, _, floor_change, floor_shown = browser[FLOOR.name]
    header = ("page", "script s", "first paint s", "last chart s", "year change s", "x floor", "on screen s",
              "x floor")
    table = [header]
    for target in [FLOOR, *pages]:
        fcp, done, change, shown = browser[target.name]
        table.append((target.name, f"{script[target.name]:.3f}", f"{fcp:.2f}", f"{done:.2f}",
                      *_against(change, floor_change), *_against(shown, floor_shown)))  # fmt: skip
    print_rows(table)
    print()
    paint_rows = print_first_paints(browser, [FLOOR, *pages])
    first_rows = print_first_visits(first) if first else []
    return [
        (f"page {row[0]}: script / first paint / last chart / year change (s), x floor / on screen (s), x floor",
         f"{row[1]} / {row[2]} / {row[3]} / {row[4]}, {row[5]} / {row[6]}, {row[7]}")
        for row in table[1:]
    ] + paint_rows + first_rows  # fmt: skip


def _deployed(target: Target) -> Target:
    """The same page loaded through nginx as deploy/ sets it up, for its first paint only (no year change)."""
    return Target(f"{target.name} {BEHIND_NGINX}", target.file, target.path, target.charts)


def print_first_paints(browser: dict[str, Sample], targets: list[Target]) -> list[tuple[str, str]]:
    """First paint as `make run` serves the page (one Streamlit server sends every file) and as deploy/ does (nginx
    sends Streamlit's scripts, styles and fonts from disk, compressed)."""
    rows = [("first paint s", "make run", "behind nginx")]
    rows += [(t.name, f"{browser[t.name][0]:.2f}", f"{browser[_deployed(t).name][0]:.2f}") for t in targets]
    print_rows(rows)
    print()
    return [(f"first paint of {r[0]}: as make run serves it / behind nginx (s)", f"{r[1]} / {r[2]}") for r in rows[1:]]


def _against(seconds: float | None, floor: float | None) -> tuple[str, str]:
    """A year-change figure and its multiple of the floor's, as table cells ('-' where the page has no year)."""
    if seconds is None or not floor:
        return "-", "-"
    return f"{seconds:.3f}", f"{seconds / floor:.2f}"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="measured runs per page (after one warm-up)")
    parser.add_argument("--pages", help="comma-separated page names to measure (default: all)")
    args = parser.parse_args()
    main(args.runs, args.pages.split(",") if args.pages else None)
