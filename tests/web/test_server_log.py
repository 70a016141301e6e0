"""What ``accord serve`` writes to its log (stderr) when the library warns: one plain line
(``warning: ...``), as the CLI says an ``AccordWarning``, never Python's ``file:line:
AccordWarning: ...`` with a line of source under it. Real server processes, stopped by Ctrl-C.

Session 23 found the Python format there from a workbench job's child process (the forecast's
warnings: an issue with no forecast); the store's lock note, said in the server's own process,
was one line already (the CLI's display reaches the server's threads) and is pinned here."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path
from typing import Any

from accord.scenario import load_bundled
from accord.scenario.io import scenario_to_data
from tests.helpers import holding_the_lock
from tests.web.helpers import MEETING_ARTICLE, serve_process

TOKEN = "a-token-for-the-log-tests-0123"

SERVE_WAITING_SOON = textwrap.dedent(
    """
    import sys

    import accord.store.engine as engine

    engine.SQLITE_BUSY_NOTE_S, engine.SQLITE_BUSY_TIMEOUT_S = 0.05, 0.5
    from accord.cli import main

    sys.argv[0] = "accord"
    main()
    """
)
"""``accord serve ARGS`` with the lock note after 50 ms and a busy timeout of 0.5 s."""


def _address(proc: subprocess.Popen[str]) -> str:
    """The server's address, from the first line it prints."""
    assert proc.stdout is not None
    found = re.search(r"on (http://127\.0\.0\.1:\d+)/", proc.stdout.readline())
    assert found, "no address printed"
    return found[1]


def _call(url: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
    """The status and JSON of a GET (no ``body``) or an authorised POST."""
    data = None if body is None else json.dumps(body).encode()
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, json.load(answer)
    except urllib.error.HTTPError as refused:
        return refused.code, json.load(refused)


def _stopped(proc: subprocess.Popen[str]) -> str:
    """Stop the server as a user does (Ctrl-C); its log."""
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    return err


def test_the_lock_note_is_one_line_of_the_server_log(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    env = {**os.environ, "ACCORD_TOKEN": TOKEN}
    command = [sys.executable, "-c", SERVE_WAITING_SOON, "serve", "--port", "0", "--db", str(db)]
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        address = _address(proc)
        with holding_the_lock(db):
            status, _ = _call(f"{address}/api/v1/ingest/text", {"text": MEETING_ARTICLE})
    finally:
        log = _stopped(proc)
    assert status == 503
    said = [line for line in log.splitlines() if "locked" in line]
    assert said == [
        f"warning: {db}: the database is locked by another process or connection; waiting "
        "for it (up to 0.5 s)"
    ], log
    assert "AccordWarning" not in log


def test_a_jobs_warning_is_one_line_of_the_server_log(tmp_path: Path) -> None:
    data = scenario_to_data(load_bundled("ukraine-2025-02"))
    data["issues"] = [*data["issues"], {"id": "unheld", "title": "Nobody's issue"}]
    proc = serve_process(tmp_path / "s.db", {**os.environ, "ACCORD_TOKEN": TOKEN})
    try:
        address = _address(proc)
        body = {"data": data, "engine": "mean", "runs": 20, "institutions": False}
        status, job = _call(f"{address}/api/v1/jobs", body)
        assert status == 202, job
        for _ in range(600):  # the child process starts (spawn) and forecasts
            status, job = _call(f"{address}/api/v1/jobs/{job['id']}")
            if job["status"] not in ("queued", "running"):
                break
            time.sleep(0.1)
        assert job["status"] == "done", job
    finally:
        log = _stopped(proc)
    said = [line for line in log.splitlines() if "unheld" in line or "AccordWarning" in line]
    assert said == ["warning: issue 'unheld': no forecast: nobody holds a stance on this issue"], (
        log
    )
