"""Shared machinery for the browser tests and the benchmarks (which import it from here, so removing a benchmark
never breaks a test): a Streamlit server on a free loopback port, Debian's
Chromium driven by Playwright, nginx in front of replicas, and a page-side recorder of script runs and chart draws.

Everything here is bounded: servers are polled with a deadline and always killed by process group on exit.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Coroutine, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from deploy.render_nginx import render

T = TypeVar("T")
REPO = Path(__file__).resolve().parent.parent.parent
STREAMLIT = REPO / ".venv" / "bin" / "streamlit"
SERVE = (sys.executable, "-m", "ui.serve")  # how `make run` and the deploy recipe start the app
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
HEALTH_TIMEOUT_S = 60.0

# Records, inside the page, every change of Streamlit's script state, the time of the last DOM change, of the last
# one that shows on screen (not inside a canvas's fallback content) and of the last inside a chart (Plotly's, or the
# overview map, ui/province_map.js), on the page's own clock (performance.now(), 0 = navigation start). Reading these
# after the fact measures what the browser did without the delay of polling from Python. `loads` counts the documents
# this tab has loaded (sessionStorage survives a reload), so a test can tell a client-side page switch from a reload.
RECORDER_JS = """
(() => {
  const loads = Number(sessionStorage.getItem('__loads') || 0) + 1;
  sessionStorage.setItem('__loads', String(loads));
  const perf = {states: [], lastPlot: 0, lastMutation: 0, lastShown: 0, lastInput: 0, lastStateChange: 0, loads};
  window.__perf = perf;
  const note = () => {
    const now = performance.now();
    perf.lastMutation = now;
    const app = document.querySelector('[data-testid="stApp"]');
    const state = app ? app.getAttribute('data-test-script-state') : null;
    const last = perf.states.length ? perf.states[perf.states.length - 1][0] : null;
    if (state && state !== last) perf.states.push([state, now]);
    return now;
  };
  const input = () => { perf.lastInput = performance.now(); };
  // A canvas's children are never drawn: the data grid keeps a copy of its table there for screen readers.
  const shadow = (el, m) => (el.tagName === 'CANVAS' ? m.type === 'childList'
    : !!(el.parentElement && el.parentElement.closest('canvas')));
  for (const kind of ['pointerdown', 'click', 'keydown']) document.addEventListener(kind, input, true);
  new MutationObserver((mutations) => {
    const now = note();
    for (const m of mutations) {
      if (m.type === 'attributes' && m.attributeName === 'data-test-script-state') perf.lastStateChange = now;
      const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
      if (!el) continue;
      if (!shadow(el, m)) perf.lastShown = now;
      if (el.closest('.js-plotly-plot, .pmap')) perf.lastPlot = now;
    }
  }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
})();
"""

# The moment to wait from, as wall-clock ms (NOW_JS): it stays comparable if the tab loads another document.
NOW_JS = "performance.timeOrigin + performance.now()"

# True once the run the caller caused has finished after `since` (wall clock, NOW_JS): the app says notRunning, the
# DOM has been still for `quiet` ms and at least `charts` charts have been drawn (a Plotly chart its SVG, the
# overview map its outlines).
# The run is recognised by either of two signs. (1) The script-state attribute changed after `since`. (2) The page
# shows what the run must produce (`expect`: {path: URL path suffix, has: [[selector, text], ...]}, text matched
# against an input's value or an element's text, '' = present) and the DOM changed after `since`.
# Sign 1 alone is not enough: Streamlit dispatches the WebSocket messages that queued up while the tab was busy in
# one loop, and React batches the state updates, so a short run can go running -> notRunning without the attribute
# ever showing `running` (seen under load on page switches and year changes; the page did update).
# What shows that a chart has been drawn: a Plotly chart's SVG, the overview map's first outline, or the regions'
# spread's axis.
DRAWN_CHARTS = ".js-plotly-plot .main-svg, .pmap-shapes path:first-child, .rspread-svg > .rspread-axis"
SETTLED_JS = """
([wallSince, quiet, charts, expect]) => {
  const perf = window.__perf;
  if (!perf) return false;
  const since = wallSince - performance.timeOrigin;
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  const flipped = perf.lastStateChange >= since || perf.states.some(([s, t]) => s === 'notRunning' && t >= since);
  const matches = ([selector, text]) => Array.from(document.querySelectorAll(selector)).some(
    (el) => (el.tagName === 'INPUT' ? el.value : el.textContent).includes(text));
  const shown = !!expect && perf.lastMutation >= since
    && (!expect.path || location.pathname.endsWith(expect.path)) && (expect.has || []).every(matches);
  if (!flipped && !shown) return false;
  const drawn = document.querySelectorAll(DRAWN_CHARTS).length;
  return drawn >= charts && performance.now() - perf.lastMutation >= quiet;
}
""".replace("DRAWN_CHARTS", json.dumps(DRAWN_CHARTS))


def free_port() -> int:
    """A port the kernel just handed out on loopback (free at the time of asking)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_http_ok(url: str, timeout_s: float = HEALTH_TIMEOUT_S, proc: subprocess.Popen | None = None) -> None:
    """Poll `url` until it answers 200, the process dies, or the deadline passes."""
    deadline = time.monotonic() + timeout_s
    last_error = "no answer"
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with code {proc.returncode} before {url} answered")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
                last_error = f"HTTP {response.status}"
        except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
            last_error = str(exc)
        time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer 200 within {timeout_s:.0f} s ({last_error})")


def stop_group(proc: subprocess.Popen, timeout_s: float = 10.0) -> None:
    """Terminate the process group `proc` leads, then kill it if it has not gone within the timeout."""
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=timeout_s)


@dataclass
class Server:
    """A running `streamlit run`: its URL, process and log file."""

    url: str
    port: int
    proc: subprocess.Popen
    log: Path

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


@contextlib.contextmanager
def streamlit_server(
    app: Path | str = "app.py", cwd: Path = REPO, port: int | None = None, log_dir: Path | None = None,
    launcher: Sequence[str] | None = None,
) -> Iterator[Server]:
    """Start `streamlit run app` (or `launcher`, given the same options) headless on a loopback port; yield once
    /_stcore/health answers; stop it after."""
    port = port or free_port()
    log_dir = Path(log_dir or tempfile.mkdtemp(prefix="st-log-"))
    log = log_dir / f"streamlit-{port}.log"
    command = [
        *(launcher or (str(STREAMLIT), "run", str(app))),
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    with open(log, "wb") as out:
        proc = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    server = Server(url=f"http://127.0.0.1:{port}", port=port, proc=proc, log=log)
    try:
        try:
            wait_http_ok(f"{server.url}/_stcore/health", proc=proc)
        except (RuntimeError, TimeoutError) as exc:
            raise RuntimeError(f"{exc}\n--- streamlit log ---\n{server.log_text()[-3000:]}") from exc
        yield server
    finally:
        stop_group(proc)


def nginx_binary() -> str:
    """Path of Debian's nginx, installing the package once if it is absent (the CI image may lack it)."""
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if found:
        return found
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "install", "-y", "-qq", "nginx"], check=False, env=env, timeout=600,
                   capture_output=True)  # fmt: skip
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if not found:
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, timeout=600, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "nginx"], check=True, env=env, timeout=600,
                       capture_output=True)  # fmt: skip
        found = shutil.which("nginx") or "/usr/sbin/nginx"
    return found


@dataclass
class Proxy:
    """A running nginx in front of replicas: its URL, process and prefix directory (config, logs)."""

    url: str
    proc: subprocess.Popen
    prefix: Path

    def upstreams_used(self) -> dict[str, int]:
        """How many proxied requests each upstream answered, from the access log."""
        counts: dict[str, int] = {}
        log = self.prefix / "logs" / "access.log"
        for line in log.read_text().splitlines() if log.exists() else []:
            upstream = line.split(" ", 1)[0]
            if upstream not in ("-", ""):
                counts[upstream] = counts.get(upstream, 0) + 1
        return counts


@contextlib.contextmanager
def nginx_proxy(upstream_ports: Sequence[int], balance: str = "cookie", port: int | None = None) -> Iterator[Proxy]:
    """Run nginx (not daemonised, loopback only) in front of `upstream_ports`, with the deploy/ template."""
    port = port or free_port()
    prefix = Path(tempfile.mkdtemp(prefix="nginx-"))
    prefix.chmod(0o755)  # workers run as an unprivileged user when the master is root
    (prefix / "logs").mkdir()
    conf = prefix / "nginx.conf"
    conf.write_text(render(listen=f"127.0.0.1:{port}", upstreams=[f"127.0.0.1:{p}" for p in upstream_ports],
                           prefix=prefix, balance=balance, foreground=True))  # fmt: skip
    binary = nginx_binary()
    check = subprocess.run([binary, "-t", "-p", str(prefix), "-c", str(conf)], capture_output=True, text=True)
    if check.returncode != 0:
        raise RuntimeError(f"nginx rejected the generated config:\n{check.stderr}")
    proc = subprocess.Popen([binary, "-p", str(prefix), "-c", str(conf)], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    proxy = Proxy(url=f"http://127.0.0.1:{port}", proc=proc, prefix=prefix)
    try:
        wait_http_ok(f"{proxy.url}/_stcore/health", timeout_s=20, proc=proc)
        yield proxy
    finally:
        stop_group(proc)
        shutil.rmtree(prefix, ignore_errors=True)


def run_coroutine(coroutine: Coroutine[object, object, T]) -> T:
    """`asyncio.run` in a thread of its own: Playwright's sync API keeps an event loop running in the main thread
    while a session's browser is open, and asyncio refuses to start a second one there."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def launch_options() -> dict:
    """Keyword arguments for `playwright.chromium.launch` (Debian's Chromium with the team's flags)."""
    return {"executable_path": CHROMIUM, "args": CHROMIUM_ARGS, "headless": True}
