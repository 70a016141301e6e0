"""Helpers shared by the workbench test modules and ``bench/bench_web.py`` (not a test module
itself): the ``accord serve`` process, the headless Chromium they drive, concurrent saves.

The benchmark imports this module too, so that it measures the very server command and browser
the tests check; it imports nothing from the web stack at module level for that reason.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pytest
    from fastapi.testclient import TestClient

#: The Chromium binary (Debian's ``chromium`` package unless ``ACCORD_CHROMIUM`` names another).
CHROMIUM = os.environ.get("ACCORD_CHROMIUM", "/usr/bin/chromium")
#: Headless, no sandbox (containers), and nothing that reaches past loopback on its own.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

#: An article written for the tests whose events the rules coder gives different confidences.
MEETING_ARTICLE = (
    "Paris, 24 February 2025. French President Emmanuel Macron met U.S. President Donald "
    "Trump in Washington. Macron urged a ceasefire in Ukraine backed by security guarantees. "
    "Russia rejected the proposal. China called for talks between Russia and Ukraine."
)


def serve_process(db: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    """``accord serve`` on a free loopback port over the store ``db``, as a real process (what a
    user starts), with ``env`` as its environment; its first output line names the address."""
    from tests.helpers import accord_command

    return subprocess.Popen(
        accord_command("serve", "--port", "0", "--db", str(db)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def save_concurrently(
    client: TestClient, scenario_id: str, scenarios: list[dict[str, Any]], auth: dict[str, str]
) -> list[int]:
    """Save every one of ``scenarios`` as ``scenario_id`` at once, one thread each; the version
    numbers the saves got back, sorted.

    The store must give each concurrent save its own version (no lost write) on SQLite and on
    PostgreSQL alike, so both stores' tests send the same burst. A failed save fails the test:
    ``ThreadPoolExecutor.map`` re-raises a thread's assertion, where a bare thread would only
    print it.
    """

    def save(scenario: dict[str, Any]) -> int:
        response = client.put(
            f"/api/v1/scenarios/{scenario_id}",
            json={"scenario": scenario},
            headers=auth | {"If-Match": "*"},  # each saves over whatever is newest: none lost
        )
        assert response.status_code == 200, response.text
        return int(response.json()["version"])

    with ThreadPoolExecutor(len(scenarios)) as pool:
        return sorted(pool.map(save, scenarios))


def finished_job(client: TestClient, url: str, timeout: float = 60.0) -> dict[str, Any]:
    """The status of the job at ``url`` once it has stopped (done, failed or cancelled)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job: dict[str, Any] = client.get(url).json()
        if job["status"] not in ("queued", "running"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job at {url} did not finish in {timeout} s")


def lock_writes(app: Any, monkeypatch: pytest.MonkeyPatch, table: str = "versions") -> None:
    """Make a table of the workbench ``app``'s store (the workbench's attribute ``table``: the
    scenario ``versions``, the kept ``ingests``, the news ``store``) refuse every write as
    SQLite does when another writer holds it locked beyond its timeout; reads
    go on (they take no write lock). ``monkeypatch.undo()`` frees it."""
    from sqlalchemy.exc import OperationalError

    owner = getattr(app.state.workbench, table)

    class Locked:
        def begin(self) -> None:
            raise OperationalError("INSERT", {}, Exception("database is locked"))

    monkeypatch.setattr(owner, "_sessions", Locked())


def retry_later_page(response: Any) -> str:
    """The page of a write refused for a busy database: 503 with Retry-After, the store named
    as the cause, no field blamed (the editor's answer since session 22); its text."""
    assert response.status_code == 503 and int(response.headers["retry-after"]) >= 1
    assert 'id="store-busy"' in response.text and "the database is busy" in response.text
    assert 'id="form-error"' not in response.text and "aria-invalid" not in response.text
    return str(response.text)


def need_browser() -> Any:
    """Playwright's ``sync_playwright``, or skip the test: without the package or a Chromium
    binary the browser tests cannot run (``pip install -e '.[test]'``, ``apt-get install
    chromium``)."""
    import pytest

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests skipped: the playwright package is not installed")
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        pytest.skip(f"browser tests skipped: no Chromium at {CHROMIUM} (apt-get install chromium)")
    return sync_playwright


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free loopback port in a thread of this process (a test
    can then reach the app's store), yielding its base URL; stopped on exit."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
"""The axe-core rule tags the workbench's accessibility scans run (WCAG 2.1 A/AA, best practice)."""


def log_in(client: Any, token: str, next_path: str = "/", root: str = "", **kwargs: Any) -> Any:
    """Log ``client`` (a TestClient or an httpx client) in as a browser does since session 40:
    open the login form, then post the token with the form's CSRF field (the token is never
    put in an address). The answer to the post (a 303 to ``next_path`` when the token is
    right); ``kwargs`` go to both requests (headers)."""
    import re

    form = client.get(f"{root}/login", params={"next": next_path}, **kwargs)
    found = re.search(r'name="login_csrf" value="([^"]+)"', form.text)
    assert found, form.text
    data = {"token": token, "login_csrf": found.group(1), "next": next_path}
    return client.post(f"{root}/login", data=data, follow_redirects=False, **kwargs)


def browser_log_in(tab: Any, base: str, token: str) -> None:
    """Log the Playwright page ``tab`` in at the workbench ``base`` through the login form."""
    tab.goto(f"{base}/login")
    tab.fill("#token", token)
    with tab.expect_navigation():
        tab.click("#login-form button[type=submit]")
