"""Load test: N concurrent headless-Chromium sessions (one browser, one context each) on a loopback server, each
repeating the user journey "open a province page, go to the rankings page and change the year, go to the data page
and download the CSV" for a bounded time.

Reports completed journeys, errors (target 0), median and 95th-percentile journey latency, per step, and the CPU
the servers and the browsers spent per journey (they share the machine's 2 cores). `main()` runs the load against
one server and against two replicas behind nginx and returns the table rows. Without arguments (as `make bench`
runs it) it is the bench-sized run, 10 sessions x 3 journeys, that fits the bench's time; the full run is
`make load` (`--sessions 30 --journeys 10`, 300 journeys each, which takes longer than the bench allows here).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import os
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402
from playwright.async_api import Browser, Page, async_playwright  # noqa: E402

from bench.harness import cpu_seconds, median, percentile  # noqa: E402
from tests.support.harness import (  # noqa: E402
    NOW_JS,
    RECORDER_JS,
    REPO,
    SETTLED_JS,
    launch_options,
    nginx_proxy,
    streamlit_server,
)

# How long one step (a page load, a page switch, a year change, a download) may take before it counts as an error.
# A step waits behind the other sessions' work (about 4 s of CPU per journey, most of it in the browsers, on 2
# cores), so the limit grows with the number of sessions: 60 s up to 10 sessions, 180 s at 30.
STEP_TIMEOUT_MS = 60_000
STEP_TIMEOUT_PER_SESSION_MS = 6_000
RAMP_S = 0.5  # sessions start this far apart, so 30 cold browser tabs do not all load at the same instant
# The browsers share the machine with the server, so their cost is kept down where the server cannot tell: a small
# window (less to paint and rasterise in software; the server sends the same messages) and no CSS motion.
LOAD_VIEWPORT = {"width": 1024, "height": 640}
# Provinces the journeys cycle through (slugs of the 63-province geography; the URL validates them).
SLUGS = ("vinh-phuc", "quang-ninh", "da-nang", "ha-noi", "ho-chi-minh", "thua-thien-hue", "dong-thap", "hai-phong")


@dataclass
class Journey:
    """Where the journey goes (from the pages' code): the province page, then the rankings page for the year
    picker, then the data page for the CSV, moving between pages by the sidebar links (one session). Each page is
    recognised by a widget only it has; the rankings page shows the chosen year in its title (h1)."""

    province_path: str = "/profile"
    province_key: str = "pick_province"
    query: str = "lang=en&index=pci"
    year_page: str = "/rankings"
    year_key: str = "pick_year"
    year_heading: str = "h1"
    download_page: str = "/data"
    download_key: str = "dl_csv"
    viewport: dict = field(default_factory=lambda: dict(LOAD_VIEWPORT))


@dataclass
class LoadResult:
    label: str
    sessions: int
    journeys: int = 0
    errors: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    steps: dict[str, list[float]] = field(default_factory=dict)
    csv_rows: list[int] = field(default_factory=list)
    not_started: int = 0  # journeys left undone when the time limit came (not errors: nothing failed)
    wall_s: float = 0.0
    server_cpu_s: float = 0.0  # CPU the servers (Streamlit, nginx) spent during the run
    client_cpu_s: float = 0.0  # CPU this process, Playwright and Chromium spent: the browsers' share of 2 cores

    def summary(self) -> dict[str, float | int | str]:
        row: dict[str, float | int | str] = {
            "label": self.label, "sessions": self.sessions, "journeys": self.journeys, "errors": len(self.errors),
            "not_started": self.not_started,
            "median_s": median(self.latencies), "p95_s": percentile(self.latencies, 95), "wall_s": self.wall_s,
            "journeys_per_min": 60 * self.journeys / self.wall_s if self.wall_s else 0.0,
            "server_cpu_s": self.server_cpu_s, "client_cpu_s": self.client_cpu_s,
        }  # fmt: skip
        for step, values in self.steps.items():
            row[f"{step}_median_s"] = median(values)
            row[f"{step}_p95_s"] = percentile(values, 95)
        return row


def step_timeout_ms(sessions: int) -> float:
    return max(STEP_TIMEOUT_MS, STEP_TIMEOUT_PER_SESSION_MS * sessions)


async def settle(page: Page, since: float, charts: int = 0, expect: dict | None = None,
                 timeout_ms: float | None = None) -> None:  # fmt: skip
    """Wait until the Streamlit run caused after `since` (wall clock, NOW_JS) has finished and the DOM has gone
    quiet; `expect` ({path, has}) is what that run must show (see SETTLED_JS in tests/support/harness.py)."""
    await page.wait_for_function(SETTLED_JS, arg=[since, 250, charts, expect], timeout=timeout_ms, polling=50)


async def go_to(page: Page, path: str, marker: str, charts: int = 0) -> None:
    """Follow the sidebar link to `path` (same session, selections carried) and wait for that page's run, which
    is over when the widget with key `marker` (only that page has it) is shown and the app is idle."""
    since = await page.evaluate(NOW_JS)
    await page.locator(f'[data-testid="stSidebarNav"] a[href$="{path}"]').click()
    await page.wait_for_url(f"**{path}?*")
    await settle(page, since, charts, {"path": path, "has": [[f".st-key-{marker}", ""]]})


async def change_year(page: Page, key: str, heading: str) -> str:
    """Pick another year in the select box with widget key `key`; returns the year chosen. The rerun is over when
    the box shows the year, the page heading names it and the app is idle."""
    box = page.locator(f".st-key-{key} input[role='combobox']")
    current = await box.input_value()
    await box.click()
    options = [o.strip() for o in await page.get_by_role("option").all_inner_texts()]
    target = next(o for o in options if o != current)
    since = await page.evaluate(NOW_JS)
    await page.get_by_role("option", name=target, exact=True).click()
    await settle(page, since, expect={"has": [[f".st-key-{key} input", target], [heading, target]]})
    shown = await box.input_value()
    if shown != target:
        raise AssertionError(f"year picker shows {shown!r} after choosing {target!r}")
    return target


async def loads(page: Page) -> int:
    """Documents this tab has loaded (see RECORDER_JS): a page switch by the sidebar must not load one."""
    return await page.evaluate("window.__perf.loads")


@contextlib.asynccontextmanager
async def step(page: Page, name: str, steps: dict[str, float], shots: Path | None):
    """Time one step; a failure says which step it was and what the page looked like then (and, with `shots`,
    leaves a screenshot there)."""
    mark = time.perf_counter()
    try:
        yield
    except Exception as exc:
        exc.add_note(f"step {name}: {await page.evaluate(PAGE_STATE_JS)}")
        if shots is not None:
            shot = shots / f"fail-{time.strftime('%H%M%S')}-{id(page) % 10_000}-{name}.png"
            await page.screenshot(path=str(shot))
            exc.add_note(f"screenshot {shot}")
        raise
    steps[name] = time.perf_counter() - mark


PAGE_STATE_JS = """() => ({url: location.pathname, loads: window.__perf?.loads,
  h1: document.querySelector('h1')?.textContent, state: document.querySelector('[data-testid="stApp"]')
  ?.getAttribute('data-test-script-state'), charts: document.querySelectorAll('.js-plotly-plot .main-svg').length,
  quiet_ms: Math.round(performance.now() - (window.__perf?.lastMutation ?? 0)),
  states: (window.__perf?.states ?? []).slice(-4).map(([s, t]) => `${s}@${Math.round(t)}`).join(' ')})"""


async def one_journey(page: Page, base_url: str, slug: str, journey: Journey, result: LoadResult,
                      shots: Path | None = None) -> None:  # fmt: skip
    steps: dict[str, float] = {}
    started = time.perf_counter()
    async with step(page, "open", steps, shots):
        await page.goto(f"{base_url}{journey.province_path}?province={slug}&{journey.query}")
        await settle(page, 0, charts=1, expect={"path": journey.province_path,
                                                "has": [[f".st-key-{journey.province_key}", ""]]})
        if "province=" + slug not in page.url:
            raise AssertionError(f"province page lost the province: {page.url}")
        documents = await loads(page)

    async with step(page, "year", steps, shots):
        await go_to(page, journey.year_page, journey.year_key, charts=1)
        await change_year(page, journey.year_key, journey.year_heading)

    async with step(page, "download", steps, shots):
        await go_to(page, journey.download_page, journey.download_key)
        button = page.locator(f".st-key-{journey.download_key} button")
        async with page.expect_download() as info:
            await button.click()
        download = await info.value
        failure = await download.failure()
        if failure is not None:
            status = (await page.context.request.get(download.url)).status
            raise AssertionError(f"download {failure}: {download.url} now answers HTTP {status}")
        content = Path(await download.path()).read_bytes()
        frame = pd.read_csv(io.BytesIO(content), encoding="utf-8-sig")
        if frame.empty or "value_status" not in frame:
            raise AssertionError(f"unexpected CSV from {journey.download_page}: {len(frame)} rows, {list(frame)[:5]}")
        if await loads(page) != documents:
            raise AssertionError("the tab loaded a new document between pages: the session was lost")

    result.latencies.append(time.perf_counter() - started)
    result.csv_rows.append(len(frame))
    for name, value in steps.items():
        result.steps.setdefault(name, []).append(value)
    result.journeys += 1


async def session(browser: Browser, base_url: str, number: int, journeys: int, deadline: float, journey: Journey,
                  result: LoadResult, shots: Path | None, timeout_ms: float) -> None:  # fmt: skip
    await asyncio.sleep(number * RAMP_S)  # the ramp: a start time, not a wait for anything
    context = await browser.new_context(viewport=journey.viewport, accept_downloads=True, reduced_motion="reduce")
    context.set_default_timeout(timeout_ms)  # every wait of a step: navigation, settle, download
    await context.add_init_script(RECORDER_JS)
    page = await context.new_page()
    try:
        for i in range(journeys):
            if time.monotonic() > deadline:
                result.not_started += journeys - i
                return
            slug = SLUGS[(number + i) % len(SLUGS)]
            try:
                await one_journey(page, base_url, slug, journey, result, shots)
            except Exception as exc:  # noqa: BLE001  (every failure is counted and reported, then the session goes on)
                notes = " ".join(getattr(exc, "__notes__", []))
                result.errors.append(f"session {number} journey {i} ({slug}): {type(exc).__name__}: {exc}"[:300]
                                     + f" [{notes}]")
                await page.close()
                page = await context.new_page()
    finally:
        await context.close()


async def run_load_async(base_url: str, sessions: int, journeys: int, time_limit_s: float, label: str = "",
                         journey: Journey | None = None, shots: Path | None = None,
                         servers: Sequence[int] = ()) -> LoadResult:  # fmt: skip
    """The load itself; `servers` are the pids of the server processes, to split CPU time between them and us."""
    result = LoadResult(label=label or base_url, sessions=sessions)
    deadline = time.monotonic() + time_limit_s
    started = time.perf_counter()
    server_cpu = sum(cpu_seconds(pid) for pid in servers)
    client_cpu = cpu_seconds(os.getpid(), exclude=servers)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**launch_options())
        try:
            await asyncio.gather(*(
                session(browser, base_url, n, journeys, deadline, journey or Journey(), result, shots,
                        step_timeout_ms(sessions))
                for n in range(sessions)
            ))  # fmt: skip
            result.client_cpu_s = cpu_seconds(os.getpid(), exclude=servers) - client_cpu
            result.server_cpu_s = sum(cpu_seconds(pid) for pid in servers) - server_cpu
        finally:
            await browser.close()
    result.wall_s = time.perf_counter() - started
    return result


def run_load(base_url: str, sessions: int, journeys: int, time_limit_s: float, label: str = "",
             journey: Journey | None = None, shots: Path | None = None,
             servers: Sequence[int] = ()) -> LoadResult:  # fmt: skip
    """Run the load in a thread of its own, so it also works beside Playwright's sync API (as in pytest); with
    `shots`, a failed step leaves a screenshot in that directory."""
    box: dict[str, LoadResult | BaseException] = {}

    def target() -> None:
        try:
            run = run_load_async(base_url, sessions, journeys, time_limit_s, label, journey, shots, servers)
            box["result"] = asyncio.run(run)
        except BaseException as exc:  # noqa: BLE001  (re-raised in the caller's thread)
            box["error"] = exc

    thread = threading.Thread(target=target, name="load")
    thread.start()
    limit_s = time_limit_s + sessions * RAMP_S + 4 * step_timeout_ms(sessions) / 1000
    thread.join(limit_s)
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    if "result" not in box:
        raise TimeoutError(f"load run did not finish within {limit_s:.0f} s")
    return box["result"]  # type: ignore[return-value]


def single_server(sessions: int, journeys: int, time_limit_s: float, shots: Path | None = None,
                  app_dir: Path = REPO, journey: Journey | None = None) -> LoadResult:  # fmt: skip
    with tempfile.TemporaryDirectory() as logs, streamlit_server("app.py", app_dir, log_dir=Path(logs)) as server:
        return run_load(server.url, sessions, journeys, time_limit_s, label="1 server", journey=journey,
                        shots=shots, servers=[server.proc.pid])


def behind_nginx(sessions: int, journeys: int, time_limit_s: float, replicas: int = 2,
                 shots: Path | None = None, app_dir: Path = REPO,
                 journey: Journey | None = None) -> tuple[LoadResult, dict]:  # fmt: skip
    """The same load through nginx in front of `replicas` servers; also returns requests answered per replica."""
    with tempfile.TemporaryDirectory() as logs, contextlib.ExitStack() as stack:
        servers = [stack.enter_context(streamlit_server("app.py", app_dir, log_dir=Path(logs)))
                   for _ in range(replicas)]
        proxy = stack.enter_context(nginx_proxy([s.port for s in servers], balance="cookie"))
        result = run_load(proxy.url, sessions, journeys, time_limit_s, label=f"nginx + {replicas} replicas",
                          journey=journey, shots=shots, servers=[proxy.proc.pid, *(s.proc.pid for s in servers)])
        return result, proxy.upstreams_used()


def rows_for(result: LoadResult) -> list[tuple[str, str]]:
    s = result.summary()
    name = f"load {s['label']}, {s['sessions']} sessions"
    rows = [
        (f"{name}: journeys / errors / not started", f"{s['journeys']} / {s['errors']} / {s['not_started']}"),
        (f"{name}: journey median / p95 (s)", f"{s['median_s']:.2f} / {s['p95_s']:.2f}"),
        (f"{name}: journeys per minute", f"{s['journeys_per_min']:.0f}"),
        (f"{name}: CPU s per journey, servers / browsers", "{:.2f} / {:.2f}".format(
            *(s[k] / max(1, s["journeys"]) for k in ("server_cpu_s", "client_cpu_s")))),
    ]
    for step in result.steps:
        rows.append((f"{name}: {step} median / p95 (s)", f"{s[f'{step}_median_s']:.2f} / {s[f'{step}_p95_s']:.2f}"))
    return rows


def main(sessions: int = 10, journeys: int = 3, time_limit_s: float = 90, nginx: bool = True,
         single: bool = True, shots: Path | None = None, app_dir: Path = REPO,
         journey: Journey | None = None) -> list[tuple[str, str]]:  # fmt: skip
    results = [single_server(sessions, journeys, time_limit_s, shots, app_dir, journey)] if single else []
    used: dict = {}
    if nginx:
        through, used = behind_nginx(sessions, journeys, time_limit_s, shots=shots, app_dir=app_dir,
                                     journey=journey)
        results.append(through)
    rows = [row for result in results for row in rows_for(result)]
    if used:
        rows.append(("load nginx: requests per replica", " / ".join(str(n) for n in sorted(used.values()))))
    for result in results:
        for error in result.errors[:5]:
            print(f"  error: {error}", file=sys.stderr)
    for name, value in rows:
        print(f"{name:60} {value:>14}")
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--journeys", type=int, default=3, help="journeys per session")
    parser.add_argument("--time-limit", type=float, default=90, help="seconds before no new journey starts")
    parser.add_argument("--no-nginx", action="store_true", help="skip the run through nginx and two replicas")
    parser.add_argument("--no-single", action="store_true", help="skip the run against one server")
    parser.add_argument("--shots", type=Path, help="directory for a screenshot of every failed step")
    parser.add_argument("--app-dir", type=Path, default=REPO, help="checkout whose app.py to serve")
    parser.add_argument("--viewport", default="{width}x{height}".format(**LOAD_VIEWPORT), help="browser window, WxH")
    args = parser.parse_args()
    if args.shots:
        args.shots.mkdir(parents=True, exist_ok=True)
    main(args.sessions, args.journeys, args.time_limit, nginx=not args.no_nginx, single=not args.no_single,
         shots=args.shots, app_dir=args.app_dir,
         journey=Journey(viewport=dict(zip(("width", "height"), map(int, args.viewport.split("x")), strict=True))))
