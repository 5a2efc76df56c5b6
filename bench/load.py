"""Load test: N concurrent headless-Chromium sessions (one browser, one context each) on a loopback server, each
repeating the user journey "open a province page, change the year, download the CSV" for a bounded time.

Reports completed journeys, errors (target 0), median and 95th-percentile journey latency, per step. `main()` runs
the long version against one server and against two replicas behind nginx and returns the table rows;
`python bench/load.py --sessions 5 --journeys 2` runs a short one.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402
from playwright.async_api import Browser, Page, async_playwright  # noqa: E402

from bench.harness import (  # noqa: E402
    DESKTOP,
    RECORDER_JS,
    SETTLED_JS,
    launch_options,
    median,
    nginx_proxy,
    percentile,
    streamlit_server,
)

STEP_TIMEOUT_MS = 180_000  # generous: under 30 sessions on 2 cores one step can wait behind many script runs
# Provinces the journeys cycle through (slugs of the 63-province geography; the URL validates them).
SLUGS = ("vinh-phuc", "quang-ninh", "da-nang", "ha-noi", "ho-chi-minh", "thua-thien-hue", "dong-thap", "hai-phong")


@dataclass
class Journey:
    """Where the journey goes (from the pages' code): the province page, then the rankings page for the year
    picker, then the data page for the CSV, moving between pages by the sidebar links (one session)."""

    province_path: str = "/profile"
    query: str = "lang=en&index=pci"
    year_page: str = "/rankings"
    year_key: str = "pick_year"
    download_page: str = "/data"
    download_key: str = "dl_csv"


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

    def summary(self) -> dict[str, float | int | str]:
        row: dict[str, float | int | str] = {
            "label": self.label, "sessions": self.sessions, "journeys": self.journeys, "errors": len(self.errors),
            "not_started": self.not_started,
            "median_s": median(self.latencies), "p95_s": percentile(self.latencies, 95), "wall_s": self.wall_s,
            "journeys_per_min": 60 * self.journeys / self.wall_s if self.wall_s else 0.0,
        }  # fmt: skip
        for step, values in self.steps.items():
            row[f"{step}_median_s"] = median(values)
            row[f"{step}_p95_s"] = percentile(values, 95)
        return row


async def settle(page: Page, since: float, charts: int = 0, timeout_ms: int = STEP_TIMEOUT_MS) -> None:
    """Wait until Streamlit finished a run that started after `since` (page clock) and the DOM has gone quiet."""
    await page.wait_for_function(SETTLED_JS, arg=[since, 250, charts], timeout=timeout_ms, polling=50)


async def go_to(page: Page, path: str, charts: int = 0) -> None:
    """Follow the sidebar link to `path` (same session, selections carried) and wait for that page's run."""
    since = await page.evaluate("performance.now()")
    await page.locator(f'[data-testid="stSidebarNav"] a[href$="{path}"]').click()
    await page.wait_for_url(f"**{path}?*", timeout=STEP_TIMEOUT_MS)
    await settle(page, since, charts)


async def change_year(page: Page, key: str) -> str:
    """Pick another year in the select box with widget key `key`; returns the year chosen."""
    box = page.locator(f".st-key-{key} input[role='combobox']")
    current = await box.input_value()
    await box.click()
    options = [o.strip() for o in await page.get_by_role("option").all_inner_texts()]
    target = next(o for o in options if o != current)
    since = await page.evaluate("performance.now()")
    await page.get_by_role("option", name=target, exact=True).click()
    await settle(page, since)
    if await box.input_value() != target:
        raise AssertionError(f"year picker shows {await box.input_value()!r} after choosing {target!r}")
    return target


async def one_journey(page: Page, base_url: str, slug: str, journey: Journey, result: LoadResult) -> None:
    steps: dict[str, float] = {}
    started = time.perf_counter()
    await page.goto(f"{base_url}{journey.province_path}?province={slug}&{journey.query}", timeout=STEP_TIMEOUT_MS)
    await settle(page, 0, charts=1)
    if "province=" + slug not in page.url:
        raise AssertionError(f"province page lost the province: {page.url}")
    steps["open"] = time.perf_counter() - started

    mark = time.perf_counter()
    await go_to(page, journey.year_page, charts=1)
    await change_year(page, journey.year_key)
    steps["year"] = time.perf_counter() - mark

    mark = time.perf_counter()
    await go_to(page, journey.download_page)
    button = page.locator(f".st-key-{journey.download_key} button")
    async with page.expect_download(timeout=STEP_TIMEOUT_MS) as info:
        await button.click()
    download = await info.value
    content = Path(await download.path()).read_bytes()
    frame = pd.read_csv(io.BytesIO(content), encoding="utf-8-sig")
    if frame.empty or "value_status" not in frame:
        raise AssertionError(f"unexpected CSV from {journey.download_page}: {len(frame)} rows, {list(frame)[:5]}")
    steps["download"] = time.perf_counter() - mark

    result.latencies.append(time.perf_counter() - started)
    result.csv_rows.append(len(frame))
    for step, value in steps.items():
        result.steps.setdefault(step, []).append(value)
    result.journeys += 1


async def session(browser: Browser, base_url: str, number: int, journeys: int, deadline: float, journey: Journey,
                  result: LoadResult) -> None:  # fmt: skip
    context = await browser.new_context(viewport=DESKTOP, accept_downloads=True)
    await context.add_init_script(RECORDER_JS)
    page = await context.new_page()
    try:
        for i in range(journeys):
            if time.monotonic() > deadline:
                result.not_started += journeys - i
                return
            slug = SLUGS[(number + i) % len(SLUGS)]
            try:
                await one_journey(page, base_url, slug, journey, result)
            except Exception as exc:  # noqa: BLE001  (every failure is counted and reported, then the session goes on)
                result.errors.append(f"session {number} journey {i} ({slug}): {type(exc).__name__}: {exc}"[:300])
                await page.close()
                page = await context.new_page()
    finally:
        await context.close()


async def run_load_async(base_url: str, sessions: int, journeys: int, time_limit_s: float, label: str = "",
                         journey: Journey | None = None) -> LoadResult:  # fmt: skip
    result = LoadResult(label=label or base_url, sessions=sessions)
    deadline = time.monotonic() + time_limit_s
    started = time.perf_counter()
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**launch_options())
        try:
            await asyncio.gather(*(
                session(browser, base_url, n, journeys, deadline, journey or Journey(), result)
                for n in range(sessions)
            ))  # fmt: skip
        finally:
            await browser.close()
    result.wall_s = time.perf_counter() - started
    return result


def run_load(base_url: str, sessions: int, journeys: int, time_limit_s: float, label: str = "",
             journey: Journey | None = None) -> LoadResult:  # fmt: skip
    """Run the load in a thread of its own, so it also works beside Playwright's sync API (as in pytest)."""
    box: dict[str, LoadResult | BaseException] = {}

    def target() -> None:
        try:
            box["result"] = asyncio.run(run_load_async(base_url, sessions, journeys, time_limit_s, label, journey))
        except BaseException as exc:  # noqa: BLE001  (re-raised in the caller's thread)
            box["error"] = exc

    thread = threading.Thread(target=target, name="load")
    thread.start()
    thread.join(time_limit_s + 4 * STEP_TIMEOUT_MS / 1000)
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    if "result" not in box:
        raise TimeoutError(f"load run did not finish within {time_limit_s + 4 * STEP_TIMEOUT_MS / 1000:.0f} s")
    return box["result"]  # type: ignore[return-value]


def single_server(sessions: int, journeys: int, time_limit_s: float) -> LoadResult:
    with tempfile.TemporaryDirectory() as logs, streamlit_server("app.py", log_dir=Path(logs)) as server:
        return run_load(server.url, sessions, journeys, time_limit_s, label="1 server")


def behind_nginx(sessions: int, journeys: int, time_limit_s: float, replicas: int = 2) -> tuple[LoadResult, dict]:
    """The same load through nginx in front of `replicas` servers; also returns requests answered per replica."""
    with tempfile.TemporaryDirectory() as logs, contextlib.ExitStack() as stack:
        servers = [stack.enter_context(streamlit_server("app.py", log_dir=Path(logs))) for _ in range(replicas)]
        proxy = stack.enter_context(nginx_proxy([s.port for s in servers], balance="cookie"))
        result = run_load(proxy.url, sessions, journeys, time_limit_s, label=f"nginx + {replicas} replicas")
        return result, proxy.upstreams_used()


def rows_for(result: LoadResult) -> list[tuple[str, str]]:
    s = result.summary()
    name = f"load {s['label']}, {s['sessions']} sessions"
    rows = [
        (f"{name}: journeys / errors / not started", f"{s['journeys']} / {s['errors']} / {s['not_started']}"),
        (f"{name}: journey median / p95 (s)", f"{s['median_s']:.2f} / {s['p95_s']:.2f}"),
        (f"{name}: journeys per minute", f"{s['journeys_per_min']:.0f}"),
    ]
    for step in result.steps:
        rows.append((f"{name}: {step} median / p95 (s)", f"{s[f'{step}_median_s']:.2f} / {s[f'{step}_p95_s']:.2f}"))
    return rows


def main(
    sessions: int = 30, journeys: int = 10, time_limit_s: float = 600, nginx: bool = True
) -> list[tuple[str, str]]:
    results = [single_server(sessions, journeys, time_limit_s)]
    used: dict = {}
    if nginx:
        through, used = behind_nginx(sessions, journeys, time_limit_s)
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
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--journeys", type=int, default=10, help="journeys per session")
    parser.add_argument("--time-limit", type=float, default=600, help="seconds before no new journey starts")
    parser.add_argument("--no-nginx", action="store_true", help="skip the run through nginx and two replicas")
    args = parser.parse_args()
    main(args.sessions, args.journeys, args.time_limit, nginx=not args.no_nginx)
