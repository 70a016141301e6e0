"""The workbench under load, on loopback only: start-up, concurrent forecasts, what-if, writes.

Starts ``accord serve`` as a real process on 127.0.0.1 (a free port, a throwaway SQLite store,
a token from the environment), then:

* ``startup``: seconds from starting the process to the first answered request;
* ``forecast``/``compare``/``forecast+votes``: a bounded number of requests (``REQUESTS``)
  sent by ``CONCURRENCY`` client threads, each run stopping after ``TIME_CAP`` seconds at the
  latest: throughput, median and 95th percentile latency, failed requests;
* ``versions``: concurrent saves of one scenario; every save must come back with a distinct
  version number and the store must list them all (no lost write);
* ``what-if in Chromium``: with Playwright and /usr/bin/chromium, the time from moving a
  slider to the redrawn chart, measured by the page itself (performance.now()).

Nothing here touches any address other than 127.0.0.1. Run: ``python bench/bench_web.py``.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' server and browser

from common import machine, print_table
from tests.web.helpers import CHROMIUM, CHROMIUM_FLAGS, serve_process

from accord.scenario import load_bundled
from accord.scenario.io import scenario_to_data

CONCURRENCY = 8
REQUESTS = 120
TIME_CAP = 60.0
TOKEN = "bench-token-0123456789abcdef"
SCENARIO = "ukraine-2025-02"


def _post(
    url: str, body: dict[str, Any], method: str = "POST", headers: dict[str, str] | None = None
) -> tuple[int, Any]:
    data = json.dumps(body).encode()
    request = urllib.request.Request(
        url,
        data=data,
        method=method,
        headers={"content-type": "application/json", "authorization": f"Bearer {TOKEN}"}
        | (headers or {}),
    )
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as exc:
        return exc.code, None


def _start(db: Path) -> tuple[subprocess.Popen[str], str, float]:
    env = {**os.environ, "ACCORD_TOKEN": TOKEN}
    started = time.perf_counter()
    proc = serve_process(db, env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    found = re.search(r"(http://127\.0\.0\.1:\d+)/", line)
    if not found:
        proc.kill()
        raise SystemExit(
            f"accord serve did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}"
        )
    base = found.group(1)
    while True:
        try:
            with urllib.request.urlopen(f"{base}/api/v1/scenarios", timeout=10):
                break
        except OSError:
            time.sleep(0.02)
    return proc, base, time.perf_counter() - started


def _load(case: str, send: Callable[[], int]) -> dict[str, Any]:
    """``REQUESTS`` calls of ``send`` from ``CONCURRENCY`` threads, stopping at ``TIME_CAP``."""
    deadline = time.perf_counter() + TIME_CAP

    def one(_: int) -> tuple[float, bool] | None:
        if time.perf_counter() > deadline:
            return None
        t0 = time.perf_counter()
        ok = send() == 200
        return time.perf_counter() - t0, ok

    start = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        done = [r for r in pool.map(one, range(REQUESTS)) if r is not None]
    wall = time.perf_counter() - start
    latency = np.array([d for d, _ in done])
    return {
        "case": case,
        "requests": len(done),
        "failed": sum(not ok for _, ok in done),
        "concurrency": CONCURRENCY,
        "seconds": wall,
        "req_per_s": len(done) / wall,
        "p50_ms": float(np.percentile(latency, 50) * 1000),
        "p95_ms": float(np.percentile(latency, 95) * 1000),
    }


def _versions(base: str, saves: int = 40) -> dict[str, Any]:
    data = scenario_to_data(load_bundled(SCENARIO))
    data["id"] = "bench-versions"
    _post(f"{base}/api/v1/scenarios", {"scenario": data})

    def save(n: int) -> int | None:
        body = {"scenario": {**data, "title": f"bench save {n}"}}
        # If-Match: * saves over whatever is newest (a PUT without it is a 428 since session 22)
        url = f"{base}/api/v1/scenarios/bench-versions"
        status, answer = _post(url, body, "PUT", {"if-match": "*"})
        return answer["version"] if status == 200 else None

    start = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        numbers = list(pool.map(save, range(saves)))
    wall = time.perf_counter() - start
    with urllib.request.urlopen(f"{base}/api/v1/scenarios/bench-versions/versions") as r:
        stored = [v["version"] for v in json.load(r)]
    lost = saves + 1 - len(stored)
    distinct = len({n for n in numbers if n is not None})
    return {
        "case": "versions (concurrent PUT)",
        "requests": saves,
        "failed": sum(n is None for n in numbers) + (saves - distinct) + lost,
        "concurrency": CONCURRENCY,
        "seconds": wall,
        "req_per_s": saves / wall,
        "note": f"{len(stored)} versions stored for {saves + 1} writes",
    }


def _whatif_in_browser(base: str, moves: int = 15) -> dict[str, Any] | None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not Path(CHROMIUM).is_file():
        return None
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        page = browser.new_page()
        page.goto(f"{base}/scenarios/{SCENARIO}/whatif")
        page.wait_for_selector("#whatif-chart[data-runs='1']", timeout=30_000)
        slider = page.locator("input[aria-label='RUS position on ceasefire']")
        for k in range(moves):
            slider.fill(str(20 + 5 * k))
            page.wait_for_selector(f"#whatif-chart[data-runs='{k + 2}']", timeout=30_000)
        times = page.evaluate("() => window.accordWhatif.times")
        browser.close()
    measured = np.array(times[1:])  # the first draw includes loading the page
    return {
        "case": "what-if in Chromium (4 engines)",
        "requests": len(measured),
        "failed": 0,
        "concurrency": 1,
        "seconds": float(measured.sum() / 1000),
        "p50_ms": float(np.percentile(measured, 50)),
        "p95_ms": float(np.percentile(measured, 95)),
        "note": "slider moved -> compare request -> chart redrawn",
    }


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        proc, base, startup = _start(Path(tmp) / "bench.db")
        try:
            rows.append({"case": "startup (process start to first answer)", "seconds": startup})
            scenario = scenario_to_data(load_bundled(SCENARIO))
            mean = {"scenario": SCENARIO, "engine": "mean", "institutions": False}
            rows.append(_load("forecast mean", lambda: _post(f"{base}/api/v1/forecast", mean)[0]))
            smp = {"scenario": SCENARIO, "engine": "smp", "institutions": False}
            rows.append(_load("forecast smp", lambda: _post(f"{base}/api/v1/forecast", smp)[0]))
            what = {
                "data": scenario,
                "engines": ["mean", "median", "bdm", "smp"],
                "institutions": False,
            }
            rows.append(
                _load(
                    "compare 4 engines (what-if)", lambda: _post(f"{base}/api/v1/compare", what)[0]
                )
            )
            votes = {"scenario": SCENARIO, "engine": "mean"}
            rows.append(
                _load(
                    "forecast mean + draft votes",
                    lambda: _post(f"{base}/api/v1/forecast", votes)[0],
                )
            )
            rows.append(_versions(base))
            browser = _whatif_in_browser(base)
            if browser is not None:
                rows.append(browser)
        finally:
            proc.send_signal(signal.SIGINT)
            proc.communicate(timeout=30)
    return rows


if __name__ == "__main__":
    print(f"Machine: {machine()}\n")
    print_table("web", run())
