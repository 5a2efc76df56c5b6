"""Server memory: resident set size (RSS, the server and its children, from /proc) of one `streamlit run app.py`
at rest and with 1, 10 and 30 browser sessions open at once, each having rendered the province page.

`main()` returns the table rows and prints them.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.async_api import BrowserContext, async_playwright  # noqa: E402

from bench.harness import rss_bytes  # noqa: E402
from bench.load import SLUGS  # noqa: E402
from tests.support.harness import (  # noqa: E402
    DESKTOP,
    RECORDER_JS,
    SETTLED_JS,
    launch_options,
    streamlit_server,
)

LEVELS = (1, 10, 30)
OPENING_AT_ONCE = 5  # sessions opened concurrently while climbing to the next level (2 cores)
TIMEOUT_MS = 120_000


async def open_session(browser, base_url: str, number: int) -> BrowserContext:
    context = await browser.new_context(viewport=DESKTOP)
    await context.add_init_script(RECORDER_JS)
    page = await context.new_page()
    slug = SLUGS[number % len(SLUGS)]
    await page.goto(f"{base_url}/profile?province={slug}&lang=en", timeout=TIMEOUT_MS)
    await page.wait_for_function(SETTLED_JS, arg=[0, 250, 1], timeout=TIMEOUT_MS, polling=100)
    return context


def settled_rss(pid: int, samples: int = 5) -> int:
    """The largest of a few readings a moment apart, once the sessions are idle (garbage settles)."""
    readings = []
    for _ in range(samples):
        readings.append(rss_bytes(pid))
        time.sleep(0.2)
    return max(readings)


async def climb(base_url: str, pid: int, levels: tuple[int, ...]) -> list[tuple[int, int]]:
    found = [(0, settled_rss(pid))]
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**launch_options())
        contexts: list[BrowserContext] = []
        gate = asyncio.Semaphore(OPENING_AT_ONCE)

        async def opened(number: int) -> BrowserContext:
            async with gate:
                return await open_session(browser, base_url, number)

        try:
            for level in levels:
                contexts += await asyncio.gather(*(opened(n) for n in range(len(contexts), level)))
                found.append((level, settled_rss(pid)))
        finally:
            for context in contexts:
                await context.close()
            await browser.close()
    return found


def main(levels: tuple[int, ...] = LEVELS) -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as logs, streamlit_server("app.py", log_dir=Path(logs)) as server:
        found = asyncio.run(climb(server.url, server.proc.pid, levels))
    rows = [(f"server RSS with {n} browser sessions (MB)", f"{rss / 1e6:.0f}") for n, rss in found]
    (n1, r1), (nk, rk) = found[1], found[-1]
    if nk > n1:
        rows.append((f"server RSS per extra session, {n1} to {nk} (MB)", f"{(rk - r1) / (nk - n1) / 1e6:.1f}"))
    for name, value in rows:
        print(f"{name:52} {value:>8}")
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", default="1,10,30", help="comma-separated session counts, increasing")
    main(tuple(int(x) for x in parser.parse_args().levels.split(",")))
