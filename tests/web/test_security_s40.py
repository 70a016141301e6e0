"""Session 40 (s40-websec): the three findings session 39's security trial left
(docs/trial-2026-12-07-s39-security.md, findings 8 and 9; docs/deployment.md, "Security"): the
token in the login address, a session cookie without Secure or expiry and no logout, and no cap
on inline forecasts; and ``~/.accord`` made 0755. Each test failed on 0350323a's source."""

from __future__ import annotations

import os
import re
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

import accord
from accord.web import WebSettings, create_app
from tests.web.helpers import (
    CHROMIUM,
    CHROMIUM_FLAGS,
    browser_log_in,
    log_in,
    need_browser,
    serving,
)

TOKEN = "a-security-token-s40-0123456789"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
SRC = str(Path(accord.__file__).resolve().parents[1])
UKRAINE = "ukraine-2025-02"
SCENARIO = {"id": "s40", "title": "s40", "actors": [], "issues": [], "stances": []}


def _client(tmp_path: Path, **settings: Any) -> TestClient:
    return TestClient(create_app(WebSettings(db=str(tmp_path / "s.db"), token=TOKEN, **settings)))


def _csrf(client: TestClient) -> str:
    found = re.search(r'name="csrf-token" content="([^"]*)"', client.get("/scenarios").text)
    assert found is not None
    return found.group(1)


# ----------------------------------------------------------------- the token in the address


def test_the_token_in_the_login_address_is_refused(tmp_path: Path) -> None:
    """``/login?token=...`` logged in until session 40, and the address, token included,
    stayed in a proxy's access log and the browser's history. Now: 400, the form and why,
    no session."""
    with _client(tmp_path) as client:
        answer = client.get(f"/login?token={TOKEN}", follow_redirects=False)
        assert answer.status_code == 400
        assert "no longer travels in the login address" in answer.text
        assert 'id="login-form"' in answer.text and TOKEN not in answer.text
        assert "accord_session" not in answer.headers.get("set-cookie", "")
        assert "read-only" in client.get("/scenarios").text
        assert client.post("/api/v1/scenarios", json={"scenario": SCENARIO}).status_code == 401


def test_the_login_form_posts_the_token(tmp_path: Path) -> None:
    with _client(tmp_path) as client:
        form = client.get("/login?next=/news")
        assert form.status_code == 200
        assert re.search(r'<form method="post" action="/login" id="login-form">', form.text)
        assert 'type="password" id="token" name="token"' in form.text
        answer = log_in(client, TOKEN, "/news")
        assert answer.status_code == 303 and answer.headers["location"] == "/news"
        assert "token" not in answer.headers["location"]
        assert "editing enabled" in client.get("/scenarios").text


def test_a_login_post_without_its_form_is_refused(tmp_path: Path) -> None:
    """Login CSRF: a post that did not come from this workbench's form (no form cookie, a
    wrong field, or a browser's cross-site post) opens no session, even with the token."""
    with _client(tmp_path) as client:
        bare = client.post("/login", data={"token": TOKEN}, follow_redirects=False)
        assert bare.status_code == 403 and "accord_session" not in str(bare.headers)
        client.get("/login")  # the form's cookie, but a field of another
        wrong = client.post(
            "/login", data={"token": TOKEN, "login_csrf": "x" * 64}, follow_redirects=False
        )
        assert wrong.status_code == 403
        cross = log_in(client, TOKEN, headers={"Sec-Fetch-Site": "cross-site"})
        assert cross.status_code == 403
        assert "read-only" in client.get("/scenarios").text


# ----------------------------------------------------------------- the session cookie


def _session_cookie(answer: httpx.Response) -> str:
    found = [c for c in answer.headers.get_list("set-cookie") if c.startswith("accord_session=")]
    assert len(found) == 1, answer.headers
    return found[0]


def test_the_session_cookie_has_a_max_age_and_is_secure_over_https(tmp_path: Path) -> None:
    with _client(tmp_path) as client:
        cookie = _session_cookie(log_in(client, TOKEN)).lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        assert "max-age=43200" in cookie  # 12 hours, the default
        assert "secure" not in cookie  # plain HTTP: a Secure cookie would never come back
    with TestClient(
        create_app(WebSettings(db=str(tmp_path / "t.db"), token=TOKEN)),
        base_url="https://testserver",
    ) as client:
        assert "; secure" in _session_cookie(log_in(client, TOKEN)).lower()


@pytest.mark.parametrize(
    "header", [{"X-Forwarded-Proto": "https"}, {"Forwarded": "for=1.2.3.4;proto=https"}]
)
def test_a_proxys_https_counts_only_under_proxy_https(
    tmp_path: Path, header: dict[str, str]
) -> None:
    """Behind a TLS proxy the server sees plain HTTP; the proxy's header is believed only when
    the operator says so (``--proxy-https``): anyone may send one."""
    with _client(tmp_path, session_hours=1.5) as client:
        cookie = _session_cookie(log_in(client, TOKEN, headers=header)).lower()
        assert "secure" not in cookie and "max-age=5400" in cookie
    with _client(tmp_path, proxy_https=True) as client:
        assert "secure" not in _session_cookie(log_in(client, TOKEN)).lower()
        # as a browser on the proxy's https address: the form's cookie is Secure too, which
        # this client (speaking plain HTTP to the app) keeps back, so it is sent by hand
        form = client.get("/login", headers=header)
        login_cookie = form.headers["set-cookie"]
        assert login_cookie.startswith("accord_login=") and "; secure" in login_cookie.lower()
        nonce = login_cookie.split(";")[0].split("=", 1)[1]
        found = re.search(r'name="login_csrf" value="([^"]+)"', form.text)
        assert found is not None
        client.cookies.clear()
        answer = client.post(
            "/login",
            data={"token": TOKEN, "login_csrf": found.group(1), "next": "/"},
            headers=header | {"Cookie": f"accord_login={nonce}"},
            follow_redirects=False,
        )
        assert answer.status_code == 303
        assert "; secure" in _session_cookie(answer).lower()


def test_a_session_ends_at_its_expiry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with _client(tmp_path, session_hours=1.0) as client:
        log_in(client, TOKEN)
        csrf = _csrf(client)
        assert csrf
        now = time.time()
        monkeypatch.setattr("accord.web.security.time.time", lambda: now + 3601)
        assert "read-only" in client.get("/scenarios").text
        refused = client.post(
            "/api/v1/scenarios", json={"scenario": SCENARIO}, headers={"X-CSRF-Token": csrf}
        )
        assert refused.status_code == 401


def test_logout_ends_the_session_on_the_server(tmp_path: Path) -> None:
    """A copy of the cookie (another browser, a stolen one) opens nothing after the logout."""
    with _client(tmp_path) as client:
        log_in(client, TOKEN)
        cookie = client.cookies["accord_session"]
        csrf = _csrf(client)
        assert client.post("/logout", data={}, follow_redirects=False).status_code == 403
        assert "editing enabled" in client.get("/scenarios").text  # no CSRF token: kept
        out = client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False)
        assert out.status_code == 303 and out.headers["location"] == "/login"
        cleared = _session_cookie(out).lower()
        assert 'accord_session="";' in cleared or "max-age=0" in cleared
        client.cookies.clear()
        client.cookies.set("accord_session", cookie)  # the old cookie, sent again
        assert "read-only" in client.get("/scenarios").text
        refused = client.post(
            "/api/v1/scenarios", json={"scenario": SCENARIO}, headers={"X-CSRF-Token": csrf}
        )
        assert refused.status_code == 401


# ----------------------------------------------------------------- the cap on inline forecasts

FORECAST = {"scenario": UKRAINE, "engine": "mean"}


def test_a_forecast_beyond_the_cap_is_a_503_with_retry_after(tmp_path: Path) -> None:
    with _client(tmp_path, max_concurrent_forecasts=1) as client:
        slots = client.app.state.workbench.slots  # type: ignore[attr-defined]
        assert slots.take()  # another request computing
        try:
            busy = client.post("/api/v1/forecast", json=FORECAST)
            assert busy.status_code == 503 and busy.headers["retry-after"] == "5"
            error = busy.json()["error"]
            assert (
                error["type"] == "ServerBusy" and "--max-concurrent-forecasts" in error["message"]
            )
            page = client.get(f"/scenarios/{UKRAINE}/forecast?engine=mean")
            assert page.status_code == 503 and page.headers["retry-after"] == "5"
            assert "--max-concurrent-forecasts" in page.text
        finally:
            slots.give_back()
        assert client.post("/api/v1/forecast", json=FORECAST).status_code == 200


def test_the_slot_is_given_back_when_a_forecast_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("an engine's bug")

    client = TestClient(
        create_app(WebSettings(db=str(tmp_path / "e.db"), token=TOKEN, max_concurrent_forecasts=1)),
        raise_server_exceptions=False,
    )
    with client:
        with monkeypatch.context() as patch:
            patch.setattr("accord.forecast.ensemble._run_chunk", broken)
            failed = client.post("/api/v1/forecast", json=FORECAST | {"runs": 20, "seed": 1})
            assert failed.status_code == 500 and failed.json()["error"]["type"] == "InternalError"
        assert client.post("/api/v1/forecast", json=FORECAST).status_code == 200


def test_an_abandoned_ensemble_stops_and_gives_its_slot_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real server: an ensemble whose blocks are made slow; its client leaves after a second.
    The ensemble stops at its next block and the next forecast gets the only slot."""
    import accord.forecast.ensemble as ensemble

    original = ensemble._run_chunk
    blocks: list[float] = []

    def slow(*args: Any, **kwargs: Any) -> Any:
        blocks.append(time.monotonic())
        time.sleep(0.5)
        return original(*args, **kwargs)

    monkeypatch.setattr(ensemble, "_run_chunk", slow)
    settings = WebSettings(db=str(tmp_path / "d.db"), token=TOKEN, max_concurrent_forecasts=1)
    with serving(create_app(settings)) as base:
        port = int(base.rsplit(":", 1)[1])
        body = b'{"scenario": "ukraine-2025-02", "engine": "mean", "runs": 200, "seed": 1}'
        sock = socket.create_connection(("127.0.0.1", port))
        sock.sendall(
            b"POST /api/v1/forecast HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/json\r\nContent-Length: "
            + str(len(body)).encode()
            + b"\r\n\r\n"
            + body
        )
        deadline = time.monotonic() + 20
        while not blocks and time.monotonic() < deadline:
            time.sleep(0.05)
        assert blocks, "the ensemble did not start"
        busy = httpx.post(f"{base}/api/v1/forecast", json=FORECAST, timeout=30)
        assert busy.status_code == 503  # the ensemble holds the only slot
        sock.close()  # the client goes away
        left = time.monotonic()
        answer = None
        while time.monotonic() < left + 15:
            answer = httpx.post(f"{base}/api/v1/forecast", json=FORECAST, timeout=30)
            if answer.status_code == 200:
                break
            time.sleep(0.2)
        assert answer is not None and answer.status_code == 200, answer
        time.sleep(1.0)
        ran = len(blocks)
        assert ran < 20  # stopped: 20 blocks make the whole ensemble
        assert all(t < left + 1.0 for t in blocks)  # none begun after the client left


def test_the_stoppable_executor_changes_no_number() -> None:
    """The workbench's ensembles run on :class:`StopWhenAbandoned` (20 blocks, this thread)
    since session 40: the samples are those of the library's default executor."""
    import numpy as np

    from accord.forecast import forecast
    from accord.scenario.catalogue import load_bundled
    from accord.web.slots import StopWhenAbandoned

    scenario = load_bundled(UKRAINE)
    plain = forecast(scenario, "bdm", seed=3, runs=300)
    stoppable = forecast(scenario, "bdm", seed=3, runs=300, executor=StopWhenAbandoned())
    assert np.array_equal(np.asarray(plain.samples), np.asarray(stoppable.samples))
    assert [i.distribution for i in plain.issues] == [i.distribution for i in stoppable.issues]


def test_serve_takes_the_new_options() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "accord", "serve", "--help"],
        env=dict(os.environ, PYTHONPATH=SRC, COLUMNS="200"),
        capture_output=True,
        text=True,
        check=True,
    )
    for option in ("--max-concurrent-forecasts", "--session-hours", "--proxy-https"):
        assert option in done.stdout, option


def test_the_default_cap_follows_the_cpus() -> None:
    from accord.web.settings import default_forecast_slots

    assert default_forecast_slots() >= 2
    assert WebSettings(token=TOKEN).max_concurrent_forecasts == default_forecast_slots()


# ----------------------------------------------------------------- ~/.accord


def test_accords_own_folder_is_the_owners_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Session 39's review: ``~/.accord`` was made 0755 (every account could list it)."""
    from accord.store.engine import connect, default_url

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("ACCORD_DB", raising=False)
    old = os.umask(0o022)
    try:
        connect(default_url()).dispose()
    finally:
        os.umask(old)
    mode = stat.S_IMODE((tmp_path / ".accord").stat().st_mode)
    assert mode == 0o700, oct(mode)


# ----------------------------------------------------------------- in Chromium


def test_log_in_and_out_in_a_browser(tmp_path: Path) -> None:
    """The login form and the logout button in headless Chromium: the old address shows the
    refusal and the form; the form logs in; the header's button logs out."""
    sync_playwright = need_browser()
    app = create_app(WebSettings(db=str(tmp_path / "b.db"), token=TOKEN))
    with serving(app) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        tab = browser.new_context().new_page()
        problems: list[str] = []
        tab.on("pageerror", lambda e: problems.append(str(e)))
        tab.goto(f"{base}/login?token={TOKEN}")
        assert "no longer travels" in tab.inner_text("#login-error")
        assert "editing enabled" not in tab.inner_text("header")
        browser_log_in(tab, base, TOKEN)
        assert tab.url == f"{base}/scenarios"  # "/" redirects there
        assert "editing enabled" in tab.inner_text("header")
        assert TOKEN not in tab.url
        with tab.expect_navigation():
            tab.click("header form.logout button")
        assert tab.url == f"{base}/login"
        tab.goto(f"{base}/scenarios")
        assert "read-only" in tab.inner_text("header")
        with tab.expect_navigation():
            tab.click("header .who a")  # the header's "log in" link
        assert tab.url.startswith(f"{base}/login?next=")
        tab.fill("#token", "wrong-token-0000000000")
        with tab.expect_navigation():
            tab.click("#login-form button[type=submit]")
        assert "wrong or missing token" in tab.inner_text("#login-error")
        browser.close()
        assert problems == []
