"""Session 41 (s41-webguard): what sessions 39 and 40 left in the workbench's security
(docs/web.md, "Security"): wrong tokens were not limited, a restart logged every browser out,
and the forecast page's engines ran on after their client left. None of these behaviours
existed at 9e882948 (no limiter, sessions in memory only, no stop between engines)."""

from __future__ import annotations

import logging
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

import accord
from accord.web import WebSettings, create_app
from accord.web.security import FailedAttempts, TooManyAttempts
from tests.web.helpers import CHROMIUM, CHROMIUM_FLAGS, log_in, need_browser, serving

TOKEN = "a-webguard-token-s41-0123456789"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
WRONG = {"Authorization": "Bearer not-the-token-at-all-000"}


def _scenario() -> dict[str, Any]:
    from accord.scenario import load_bundled
    from accord.scenario.io import scenario_to_data

    return scenario_to_data(load_bundled("ukraine-2025-02")) | {"id": "s41"}


SCENARIO = _scenario()


def _settings(tmp_path: Path, **given: Any) -> WebSettings:
    return WebSettings(db=str(tmp_path / "g.db"), token=TOKEN, **given)


def _client(tmp_path: Path, **given: Any) -> TestClient:
    return TestClient(create_app(_settings(tmp_path, **given)))


def _csrf(client: TestClient) -> str:
    found = re.search(r'name="csrf-token" content="([^"]*)"', client.get("/scenarios").text)
    assert found is not None
    return found.group(1)


class Clock:
    """A monotonic clock a test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# ----------------------------------------------------------------- wrong tokens, limited


def test_wrong_bearer_tokens_past_the_limit_are_a_429_with_retry_after(tmp_path: Path) -> None:
    with _client(tmp_path, max_failed_logins=3, failed_login_window_s=600) as client:
        for _ in range(3):
            assert client.post("/api/v1/scenarios", json={}, headers=WRONG).status_code == 401
        refused = client.post("/api/v1/scenarios", json={}, headers=WRONG)
        assert refused.status_code == 429, refused.text
        assert 0 < int(refused.headers["retry-after"]) <= 600
        error = refused.json()["error"]
        assert error["type"] == "TooManyAttempts"
        assert "too many wrong tokens from this address (3 within 10 min)" in error["message"]
        # the right token from that address is not even compared: a guesser learns nothing
        right = client.post("/api/v1/scenarios", json={"scenario": SCENARIO}, headers=BEARER)
        assert right.status_code == 429
        assert client.get("/api/v1/scenarios/s41").status_code == 404  # nothing saved
        # no token at all is no attempt: the usual 401, and reading stays open on loopback
        assert client.post("/api/v1/scenarios", json={}).status_code == 401
        assert client.get("/api/v1/scenarios").status_code == 200


def test_another_scheme_counts_as_a_wrong_token(tmp_path: Path) -> None:
    with _client(tmp_path, max_failed_logins=2) as client:
        basic = {"Authorization": "Basic YWRtaW46YWRtaW4="}
        for _ in range(2):
            assert client.post("/api/v1/scenarios", json={}, headers=basic).status_code == 401
        assert client.post("/api/v1/scenarios", json={}, headers=basic).status_code == 429


def test_the_login_form_says_when_an_address_has_tried_too_often(tmp_path: Path) -> None:
    with _client(tmp_path, max_failed_logins=3) as client:
        for _ in range(3):
            assert log_in(client, "wrong-token-wrong-token").status_code == 401
        refused = log_in(client, "wrong-token-wrong-token")
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0
        assert 'id="login-error"' in refused.text
        assert "too many wrong tokens from this address" in refused.text
        assert 'id="login-form"' in refused.text  # the form is shown again
        blocked = log_in(client, TOKEN)  # the right one, unread while the address waits
        assert blocked.status_code == 429 and "accord_session" not in client.cookies


def test_reads_that_need_the_token_are_limited_too(tmp_path: Path) -> None:
    with _client(tmp_path, max_failed_logins=2, open_reads=False) as client:
        for _ in range(2):
            assert client.get("/api/v1/scenarios", headers=WRONG).status_code == 401
        assert client.get("/api/v1/scenarios", headers=WRONG).status_code == 429
        page = client.get("/scenarios", headers=WRONG)
        assert page.status_code == 429 and "retry-after" in page.headers
        assert "too many wrong tokens" in page.text


def test_addresses_are_counted_apart_and_a_proxys_header_is_not_believed(
    tmp_path: Path,
) -> None:
    app = create_app(_settings(tmp_path, max_failed_logins=2))
    with TestClient(app, client=("203.0.113.7", 4000)) as guesser:
        for n in range(3):  # a new X-Forwarded-For each time: still one address
            spoof = WRONG | {"X-Forwarded-For": f"198.51.100.{n}"}
            guesser.post("/api/v1/scenarios", json={}, headers=spoof)
        assert guesser.post("/api/v1/scenarios", json={}, headers=WRONG).status_code == 429
        other = TestClient(app, client=("203.0.113.8", 4000))
        saved = other.post("/api/v1/scenarios", json={"scenario": SCENARIO}, headers=BEARER)
        assert saved.status_code == 201, saved.text


def test_a_session_is_never_refused_for_its_addresss_wrong_tokens(tmp_path: Path) -> None:
    """A browser logged in before is not logged out, nor refused, when someone at its address
    (the proxy's, a shared NAT) guesses: its cookie is no token and is never counted."""
    with _client(tmp_path, max_failed_logins=2) as client:
        assert log_in(client, TOKEN).status_code == 303
        csrf = _csrf(client)
        for _ in range(3):
            client.post("/api/v1/scenarios", json={}, headers=WRONG)
        assert client.post("/api/v1/scenarios", json={}, headers=WRONG).status_code == 429
        saved = client.post(
            "/api/v1/scenarios", json={"scenario": SCENARIO}, headers={"X-CSRF-Token": csrf}
        )
        assert saved.status_code == 201, saved.text
        assert "editing enabled" in client.get("/scenarios").text


def test_a_success_does_not_reset_the_count() -> None:
    """Else a guesser sharing an address with a user who logs in would get fresh tries."""
    attempts = FailedAttempts(limit=3, window_s=60, clock=Clock())
    from accord.web.security import Keys

    keys = Keys(TOKEN, attempts=attempts)
    assert not keys.try_token("wrong-1", "a") and not keys.try_token("wrong-2", "a")
    assert keys.try_token(TOKEN, "a")
    assert not keys.try_token("wrong-3", "a")
    with pytest.raises(TooManyAttempts):
        keys.try_token(TOKEN, "a")
    assert not keys.try_token("", "a") and not keys.try_token(None, "a")  # no attempt


def test_the_window_slides_on() -> None:
    clock = Clock()
    attempts = FailedAttempts(limit=2, window_s=100, clock=clock)
    attempts.failed("a")
    clock.now += 30
    attempts.failed("a")
    with pytest.raises(TooManyAttempts) as first:
        attempts.check("a")
    assert first.value.retry_after_s == 70 and first.value.status == 429
    clock.now += 70  # the first failure leaves the window: one more try
    attempts.check("a")
    attempts.failed("a")
    with pytest.raises(TooManyAttempts) as again:
        attempts.check("a")
    assert again.value.retry_after_s == 30
    clock.now += 100
    attempts.check("a")
    attempts.check("b")


def test_the_addresses_kept_are_bounded() -> None:
    clock = Clock()
    attempts = FailedAttempts(limit=2, window_s=600, max_addresses=100, clock=clock)
    attempts.failed("kept")
    attempts.failed("kept")
    for n in range(99):
        attempts.failed(f"10.0.0.{n}")
    with pytest.raises(TooManyAttempts):
        attempts.check("kept")  # seen now: the least recently seen is another
    for n in range(1000):
        attempts.failed(f"10.1.{n // 256}.{n % 256}")
    assert attempts.tracked() == 100
    attempts.check("kept")  # forgotten, least recently seen


def test_a_refused_address_is_logged_once_a_window(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    attempts = FailedAttempts(limit=1, window_s=60, clock=clock)
    attempts.failed("192.0.2.1")
    with caplog.at_level(logging.WARNING, logger="accord.web"):
        for _ in range(5):
            with pytest.raises(TooManyAttempts):
                attempts.check("192.0.2.1")
        clock.now += 30
        with pytest.raises(TooManyAttempts):
            attempts.check("192.0.2.1")
        said = [r.getMessage() for r in caplog.records]
        assert len(said) == 1 and "192.0.2.1" in said[0] and "429" in said[0]
        clock.now += 31  # a new window, a new failure, refused again: said again
        attempts.failed("192.0.2.1")
        with pytest.raises(TooManyAttempts):
            attempts.check("192.0.2.1")
    assert len(caplog.records) == 2


def test_openapi_declares_the_429_where_the_token_is_checked(tmp_path: Path) -> None:
    with _client(tmp_path, max_failed_logins=1) as client:
        spec = client.get("/api/v1/openapi.json").json()
        with_429 = []
        for path, operations in spec["paths"].items():
            for method, operation in operations.items():
                declared = operation["responses"]
                assert ("429" in declared) == ("401" in declared), (method, path)
                if "429" in declared:
                    with_429.append((method, path))
                    assert "Retry-After" in declared["429"]["headers"]
                    schema = declared["429"]["content"]["application/json"]["schema"]
                    assert schema == {"$ref": "#/components/schemas/ErrorDoc"}
        assert len(with_429) >= 8
        client.post("/api/v1/scenarios", json={}, headers=WRONG)
        for method, path in with_429:  # each write route answers it, as declared
            url = re.sub(r"\{[^}]+\}", "nope", path)
            answer = client.request(method.upper(), url, json={}, headers=WRONG)
            assert answer.status_code == 429, (method, path)


def test_serve_takes_the_limits() -> None:
    from typer.testing import CliRunner

    from accord.cli import app

    shown = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200"})
    assert "--max-failed-logins" in shown.output and "--failed-login-minutes" in shown.output
    refused = CliRunner().invoke(app, ["serve", "--max-failed-logins", "0"])
    assert refused.exit_code == 2


def test_the_limits_reach_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``accord serve --max-failed-logins 4 --failed-login-minutes 2`` builds an app whose
    limiter counts 4 in 120 s (the server itself is not started)."""
    import uvicorn
    from typer.testing import CliRunner

    from accord.cli import app

    made: list[Any] = []

    class Stop(Exception):
        pass

    def run(self: Any, sockets: Any = None) -> None:
        made.append(self.config.app)
        raise Stop

    monkeypatch.setattr(uvicorn.Server, "run", run)
    monkeypatch.setenv("ACCORD_TOKEN", TOKEN)
    args = ["serve", "--port", "0", "--db", str(tmp_path / "serve.db")]
    CliRunner().invoke(app, [*args, "--max-failed-logins", "4", "--failed-login-minutes", "2"])
    assert made, "the app was not made"
    attempts = made[0].state.keys.attempts
    assert (attempts.limit, attempts.window_s) == (4, 120)


# ----------------------------------------------------------------- sessions across a restart


def test_a_session_survives_a_restart_on_the_same_store(tmp_path: Path) -> None:
    with _client(tmp_path) as first:
        assert log_in(first, TOKEN).status_code == 303
        cookie = first.cookies["accord_session"]
        csrf = _csrf(first)
    with _client(tmp_path) as second:  # a new app, a new process's memory, the same store
        second.cookies.set("accord_session", cookie)
        assert "editing enabled" in second.get("/scenarios").text
        assert _csrf(second) == csrf  # the page open before the restart posts as it was
        saved = second.post(
            "/api/v1/scenarios", json={"scenario": SCENARIO}, headers={"X-CSRF-Token": csrf}
        )
        assert saved.status_code == 201, saved.text


def _serve(db: Path, *options: str) -> tuple[subprocess.Popen[str], str]:
    """``accord serve`` as a real process of this source over ``db``, and its address."""
    src = str(Path(accord.__file__).resolve().parents[1])
    env = {**os.environ, "ACCORD_TOKEN": TOKEN, "PYTHONPATH": src}
    command = [sys.executable, "-m", "accord", "serve", "--port", "0", "--db", str(db)]
    proc = subprocess.Popen(
        [*command, *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    found = re.search(r"on (http://127\.0\.0\.1:\d+)/", proc.stdout.readline())
    assert found, "no address printed"
    return proc, found[1]


def _stop(proc: subprocess.Popen[str]) -> str:
    """Stop the server as a user does (Ctrl-C); its log."""
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    return err


def test_a_real_server_keeps_the_login_across_a_restart_and_logs_a_guesser(
    tmp_path: Path,
) -> None:
    """``accord serve`` stopped with Ctrl-C and started again on the same store: the browser
    is still logged in. Its log says once that an address was refused for wrong tokens."""
    db = tmp_path / "real.db"
    proc, base = _serve(db, "--max-failed-logins", "2")
    try:
        with httpx.Client(base_url=base) as browser:
            assert log_in(browser, TOKEN).status_code == 303
            cookie = browser.cookies["accord_session"]
            codes = [
                httpx.post(f"{base}/api/v1/scenarios", json={}, headers=WRONG).status_code
                for _ in range(5)
            ]
            assert codes == [401, 401, 429, 429, 429]
    finally:
        log = _stop(proc)
    refusals = [line for line in log.splitlines() if "wrong tokens from 127.0.0.1" in line]
    assert len(refusals) == 1 and "refused (429)" in refusals[0], log
    proc, base = _serve(db)
    try:
        with httpx.Client(base_url=base, cookies={"accord_session": cookie}) as browser:
            assert "editing enabled" in browser.get("/scenarios").text
    finally:
        _stop(proc)


def test_the_store_keeps_no_session_id(tmp_path: Path) -> None:
    with _client(tmp_path) as client:
        log_in(client, TOKEN)
        cookie = client.cookies["accord_session"]
    rows = sqlite3.connect(tmp_path / "g.db").execute("SELECT * FROM web_sessions").fetchall()
    assert len(rows) == 1
    digest, _expires = rows[0]
    assert cookie not in digest and len(digest) == 64
    for name in ("g.db", "g.db-wal"):
        if (tmp_path / name).exists():
            assert cookie.encode() not in (tmp_path / name).read_bytes()


def test_a_logged_out_session_does_not_come_back_after_a_restart(tmp_path: Path) -> None:
    with _client(tmp_path) as first:
        log_in(first, TOKEN)
        cookie = first.cookies["accord_session"]
        out = first.post("/logout", data={"csrf_token": _csrf(first)}, follow_redirects=False)
        assert out.status_code == 303
    count = sqlite3.connect(tmp_path / "g.db").execute("SELECT count(*) FROM web_sessions")
    assert count.fetchone() == (0,)  # logout deleted the row
    with _client(tmp_path) as second:
        second.cookies.set("accord_session", cookie)
        assert "read-only" in second.get("/scenarios").text


def test_an_expired_session_does_not_come_back_after_a_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with _client(tmp_path, session_hours=1.0) as first:
        log_in(first, TOKEN)
        cookie = first.cookies["accord_session"]
    import time

    now = time.time()
    monkeypatch.setattr("accord.web.security.time.time", lambda: now + 3601)
    with _client(tmp_path, session_hours=1.0) as second:
        second.cookies.set("accord_session", cookie)
        assert "read-only" in second.get("/scenarios").text
        log_in(second, TOKEN)  # a login deletes the expired rows
    rows = sqlite3.connect(tmp_path / "g.db").execute("SELECT expires FROM web_sessions")
    assert [r[0] > now + 3601 for r in rows.fetchall()] == [True]


def test_a_new_token_ends_every_stored_session(tmp_path: Path) -> None:
    with _client(tmp_path) as first:
        log_in(first, TOKEN)
        cookie = first.cookies["accord_session"]
    settings = WebSettings(db=str(tmp_path / "g.db"), token="another-token-0123456789")
    with TestClient(create_app(settings)) as second:
        second.cookies.set("accord_session", cookie)
        assert "read-only" in second.get("/scenarios").text


def test_a_store_from_before_session_41_gets_the_sessions_table(tmp_path: Path) -> None:
    from accord.news.store import Store
    from accord.store import current_revision, migrate
    from accord.web.ingests import INGEST_REPORTS

    db = str(tmp_path / "g.db")
    store = Store(db)
    migrate(store.engine, INGEST_REPORTS, target="0001")  # as session 40 left it
    assert current_revision(store.engine, INGEST_REPORTS) == "0001"
    store.close()
    with pytest.warns(Warning, match="from schema revision '0001' to '0002'"):
        client = _client(tmp_path)
    with client:
        assert log_in(client, TOKEN).status_code == 303
        engine = client.app.state.workbench.store.engine  # type: ignore[attr-defined]
        assert current_revision(engine, INGEST_REPORTS) == "0002"


# ----------------------------------------------------------------- a client that leaves


def test_the_forecast_pages_engines_stop_once_its_client_has_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The forecast page runs several engines in one slot; once the client has gone, the next
    engine does not start and the slot is free again."""
    from accord.scenario.catalogue import load_bundled
    from accord.web.services import Workbench
    from accord.web.slots import ABANDONED, RequestAbandoned

    bench = Workbench(_settings(tmp_path, max_concurrent_forecasts=1))
    gone = threading.Event()
    ran: list[str] = []
    plain = Workbench.forecast

    def forecast(self: Workbench, scenario: Any, engine: str, *args: Any, **kw: Any) -> Any:
        ran.append(engine)
        made = plain(self, scenario, engine, *args, **kw)
        gone.set()  # the client leaves while the first engine runs
        return made

    monkeypatch.setattr(Workbench, "forecast", forecast)
    token = ABANDONED.set(gone)
    try:
        with pytest.raises(RequestAbandoned):
            bench.forecasts(load_bundled("ukraine-2025-02"), ["mean", "median", "bdm", "smp"])
    finally:
        ABANDONED.reset(token)
        bench.close()
    assert ran == ["mean"]
    assert bench.slots.take()  # given back
    bench.slots.give_back()


# ----------------------------------------------------------------- in Chromium


def test_the_login_forms_429_in_a_browser(tmp_path: Path) -> None:
    """A person who mistypes the token too often sees why the form refuses them, and for how
    long; the right token is refused too until then."""
    sync_playwright = need_browser()
    app = create_app(_settings(tmp_path, max_failed_logins=2))
    with serving(app) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        tab = browser.new_context().new_page()
        problems: list[str] = []
        tab.on("pageerror", lambda e: problems.append(str(e)))
        tab.goto(f"{base}/login")
        for typed in ("wrong-token-0000000000", "wrong-token-1111111111", TOKEN):
            tab.fill("#token", typed)
            with tab.expect_navigation() as sent:
                tab.click("#login-form button[type=submit]")
        answer = sent.value
        assert answer is not None and answer.status == 429
        shown = tab.inner_text("#login-error")
        assert "too many wrong tokens from this address (2 within 10 min)" in shown
        assert re.search(r"try again in \d+ (s|min)", shown)
        assert "read-only" in tab.inner_text("header")
        assert tab.is_visible("#token")
        browser.close()
        assert problems == []
