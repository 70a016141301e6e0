"""Session 42 (s42-webstore): what session 41 left in the workbench. A request that carried a
session cookie while the store was down was a 500 (so was every other read of the store: each
answered ``InternalError``), the store's part of the database was named for the ingest reports
alone though it holds the login sessions too, and a single engine run, a comparison and an
explanation ran to their end after their client had gone."""

from __future__ import annotations

import contextlib
import html
import logging
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from accord.web import WebSettings, create_app
from tests.web.helpers import (
    CHROMIUM,
    CHROMIUM_FLAGS,
    browser_log_in,
    log_in,
    need_browser,
    serving,
)

TOKEN = "a-webstore-token-s42-0123456789"
BEARER = {"Authorization": f"Bearer {TOKEN}"}


def _settings(db: Path, **given: Any) -> WebSettings:
    return WebSettings(db=str(db), token=TOKEN, **given)


def _take_the_store_away(app: Any, folder: Path) -> None:
    """The store's SQLite file and its folder gone (a volume unmounted, a file deleted), its
    pooled connections closed: every connection the store opens now fails."""
    app.state.workbench.store.engine.dispose()
    shutil.rmtree(folder)


# ----------------------------------------------------------------- the store down: 503


@pytest.fixture
def down(tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    """A workbench logged in through the login form (its client holds the session cookie),
    whose store is then taken away."""
    folder = tmp_path / "store"
    folder.mkdir()
    app = create_app(_settings(folder / "w.db"))
    with TestClient(app, raise_server_exceptions=False) as client:
        assert log_in(client, TOKEN).status_code == 303
        assert client.get("/scenarios").status_code == 200
        _take_the_store_away(app, folder)
        yield client, folder / "w.db"


def _said_unavailable(answer: Any) -> None:
    assert answer.status_code == 503, answer.text[:400]
    assert int(answer.headers["retry-after"]) >= 1
    assert "the workbench's database does not answer" in html.unescape(answer.text)
    assert "InternalError" not in answer.text


def test_a_page_asked_with_a_session_cookie_is_a_503_when_the_store_is_down(
    down: tuple[TestClient, Path], caplog: pytest.LogCaptureFixture
) -> None:
    """The session is read in the store before the route runs, and the error page asked the
    store again for it: the page was a 500 ``InternalError``. It is the error page, 503."""
    client, db = down
    assert client.cookies.get("accord_session")
    with caplog.at_level(logging.ERROR, logger="accord.web"):
        answer = client.get("/scenarios")
    _said_unavailable(answer)
    assert answer.headers["content-type"].startswith("text/html")
    assert 'id="error-message"' in answer.text
    assert "the database does not answer: nobody can log in or edit now" in answer.text
    assert str(db) not in answer.text  # the log names the database, not the page
    logged = [r.getMessage() for r in caplog.records if r.name == "accord.web"]
    assert len(logged) == 1, logged
    assert "GET /scenarios" in logged[0] and str(db) in logged[0]
    assert "unable to open database file" in logged[0] and "503" in logged[0]


def test_an_api_read_with_a_session_cookie_is_a_503_when_the_store_is_down(
    down: tuple[TestClient, Path], caplog: pytest.LogCaptureFixture
) -> None:
    client, db = down
    with caplog.at_level(logging.ERROR, logger="accord.web"):
        answer = client.get("/api/v1/scenarios")
    _said_unavailable(answer)
    error = answer.json()["error"]
    assert error["type"] == "StoreUnavailable" and error["problems"] == []
    assert str(db) not in answer.text
    logged = [r.getMessage() for r in caplog.records if r.name == "accord.web"]
    assert any("GET /api/v1/scenarios" in m and "unable to open database file" in m for m in logged)


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/news", None),
        ("GET", "/scenarios/ukraine-2025-02/edit", None),
        ("GET", "/api/v1/documents", None),
        ("GET", "/api/v1/scenarios/ukraine-2025-02/versions", None),
        ("POST", "/api/v1/ingest/text", {"text": "Paris, 1 March 2025. France met Germany."}),
    ],
)
def test_every_read_and_write_of_the_store_answers_the_same(
    down: tuple[TestClient, Path], method: str, path: str, body: dict[str, str] | None
) -> None:
    """With the cookie, with the token instead, and with neither (reads are open on
    loopback): one answer, from one place (the app's handler of the store's failures)."""
    client, _db = down
    for headers, cookies in (({}, True), (BEARER, False), ({}, False)):
        if not cookies:
            client.cookies.clear()
        if method == "POST" and not headers:
            continue  # a write without the token is refused before the store (401)
        answer = client.request(method, path, json=body, headers=headers)
        _said_unavailable(answer)


def test_a_write_the_store_fails_is_a_503_too(tmp_path: Path) -> None:
    """A write's own failure (:func:`accord.store.retrying_write`) was a ``DataError``, a 400
    that named the database to the client; it is ``StoreUnavailable``, a 503 like a read's."""
    from sqlalchemy.exc import OperationalError

    from accord.errors import DataError, StoreUnavailable
    from accord.store import retrying_write

    def write() -> None:
        raise OperationalError("INSERT", {}, Exception("disk I/O error"))

    with pytest.raises(
        StoreUnavailable, match=r"cannot store it in x \(disk I/O error\)"
    ) as refused:
        retrying_write(write, "store it in x")
    assert isinstance(refused.value, DataError)  # the CLI says it as before
    app = create_app(_settings(tmp_path / "w.db"))
    with TestClient(app, raise_server_exceptions=False) as client:
        versions = app.state.workbench.versions

        class Broken:
            def begin(self) -> None:
                raise OperationalError("INSERT", {}, Exception("disk I/O error"))

        versions._sessions = Broken()
        data = client.get("/api/v1/scenarios/ukraine-2025-02").json()
        answer = client.post(
            "/api/v1/scenarios", json={"scenario": data | {"id": "s42w"}}, headers=BEARER
        )
        _said_unavailable(answer)
        assert str(tmp_path) not in answer.text


def test_a_form_whose_write_the_store_fails_is_the_same_503(tmp_path: Path) -> None:
    """The scenarios page's forms showed a failed write as the form's error (a 422 naming the
    database); it is the error page's 503, as every request the store fails."""
    import re

    from sqlalchemy.exc import OperationalError

    app = create_app(_settings(tmp_path / "w.db"))
    with TestClient(app, raise_server_exceptions=False) as client:
        assert log_in(client, TOKEN).status_code == 303
        found = re.search(r'name="csrf-token" content="([^"]+)"', client.get("/scenarios").text)
        assert found is not None

        class Broken:
            def begin(self) -> None:
                raise OperationalError("INSERT", {}, Exception("database or disk is full"))

        app.state.workbench.versions._sessions = Broken()
        answer = client.post(
            "/scenarios/new",
            data={"csrf_token": found.group(1), "base": "ukraine-2025-02", "id": "s42-new"},
            follow_redirects=False,
        )
        _said_unavailable(answer)
        assert 'id="error-message"' in answer.text and str(tmp_path) not in answer.text


def test_the_health_check_still_says_unavailable(down: tuple[TestClient, Path]) -> None:
    client, _db = down
    answer = client.get("/healthz")
    assert answer.status_code == 503 and answer.json() == {"status": "unavailable"}


class Relay:
    """A TCP relay on a loopback port to ``host:port`` (a PostgreSQL server), which a test can
    close: the port is closed then, and every connection through it cut, as when the server
    goes down or the network between drops."""

    def __init__(self, host: str, port: int) -> None:
        import socket

        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.open: list[Any] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket

        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return  # closed
            server = socket.create_connection(self.target)
            self.open += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: Any, sink: Any) -> None:
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass

    def close(self) -> None:
        import socket

        with contextlib.suppress(OSError):  # wakes the accept (close alone would not, on Linux)
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        for sock in self.open:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


def test_a_postgresql_server_gone_is_a_503_for_a_logged_in_browser(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The store on PostgreSQL (``ACCORD_TEST_POSTGRES_URL``, which ``.ci/run`` sets), reached
    through a relay that is then closed: the pooled connections cut, the port closed."""
    import os

    from sqlalchemy.engine import make_url

    url = os.environ.get("ACCORD_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("set ACCORD_TEST_POSTGRES_URL to run the workbench on PostgreSQL")
    given = make_url(url)
    relay = Relay(given.host or "127.0.0.1", given.port or 5432)
    through = given.set(host="127.0.0.1", port=relay.port).render_as_string(hide_password=False)
    app = create_app(WebSettings(db=through, token=TOKEN))
    try:
        with TestClient(app, raise_server_exceptions=False) as client:
            assert log_in(client, TOKEN).status_code == 303
            assert client.get("/scenarios").status_code == 200
            relay.close()
            with caplog.at_level(logging.ERROR, logger="accord.web"):
                for path in ("/scenarios", "/api/v1/scenarios", "/scenarios", "/api/v1/documents"):
                    _said_unavailable(client.get(path))  # each a new connection, refused
            logged = [r.getMessage() for r in caplog.records if r.name == "accord.web"]
            assert len(logged) == 4, logged
            assert all(f"127.0.0.1:{relay.port}" in m and "answered 503" in m for m in logged)
            assert client.get("/healthz").status_code == 503
    finally:
        relay.close()
        app.state.workbench.close()


# ----------------------------------------------------------------- the store's part, named


def test_the_workbench_tables_are_named_for_what_they_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``accord db status`` and the upgrade's note said "workbench ingest reports" of the
    tables that hold the login sessions too (session 41's revision 0002). The migration's lock
    keeps the old name, so that an accord from before and one from after still take turns on
    PostgreSQL; the version table keeps its name (every database has it)."""
    import importlib

    from accord.store.engine import connect, normalise_url
    from accord.store.migrate import migrate
    from accord.store.status import schema_status
    from accord.web.ingests import INGEST_REPORTS, WORKBENCH_TABLES
    from tests.helpers import run_cli

    assert INGEST_REPORTS is WORKBENCH_TABLES  # the old name still imports
    assert WORKBENCH_TABLES.version_table == "accord_web_ingest_version"
    migrate_module = importlib.import_module("accord.store.migrate")  # the package's is a function
    locks: list[str] = []
    monkeypatch.setattr(migrate_module, "advisory_lock", lambda _c, *keys: locks.extend(keys))
    db = tmp_path / "desk.db"
    engine = connect(normalise_url(str(db)))
    with pytest.warns(match="workbench reports and sessions tables from schema"):
        migrate(engine, WORKBENCH_TABLES, target="0001")
        migrate(engine, WORKBENCH_TABLES)  # the upgrade's note names the part
    engine.dispose()
    assert locks == ["accord-migrate:workbench ingest reports"] * 2
    engine = connect(normalise_url(str(db)))
    parts = {part.name: part.state for part in schema_status(engine)}  # what db status prints
    engine.dispose()
    assert parts["workbench reports and sessions"] == "current"
    code, output = run_cli("db", "status", "--db", str(db))
    assert code == 0 and "sessions" in output, output


# ----------------------------------------------------------------- a client that leaves


class Runs:
    """Counts the engine calls (``run`` and ``run_batch``) of every engine class patched; the
    client leaves (``leave``) once ``before_leaving`` calls have been made. Each call first
    sleeps ``delay`` seconds (a slower engine)."""

    def __init__(
        self, monkeypatch: pytest.MonkeyPatch, before_leaving: int, delay: float = 0.0
    ) -> None:
        from accord.engines import ENGINES

        self.calls: list[str] = []
        self.before_leaving = before_leaving
        self.delay = delay
        self.leave: Any = None  # set by the test: what makes the client go away
        for engine in ENGINES.values():
            for method in ("run", "run_batch"):
                plain = getattr(type(engine), method, None)
                if plain is not None:
                    monkeypatch.setattr(type(engine), method, self._counting(method, plain))

    def _counting(self, method: str, plain: Any) -> Any:
        def counted(engine: Any, *args: Any, **kwargs: Any) -> Any:
            time.sleep(self.delay)
            made = plain(engine, *args, **kwargs)
            self.calls.append(f"{engine.name}.{method}")
            if len(self.calls) == self.before_leaving:
                self.leave()
            return made

        return counted


def _gone_after(runs: Runs) -> Iterator[threading.Event]:
    from accord.web.slots import ABANDONED

    gone = threading.Event()
    runs.leave = gone.set
    token = ABANDONED.set(gone)
    try:
        yield gone
    finally:
        ABANDONED.reset(token)


@pytest.fixture
def bench(tmp_path: Path) -> Iterator[Any]:
    from accord.web.services import Workbench

    made = Workbench(_settings(tmp_path / "w.db", max_concurrent_forecasts=1))
    yield made
    assert made.slots.take()  # whatever happened, the slot was given back
    made.slots.give_back()
    made.close()


def test_a_comparison_starts_no_further_engine_once_its_client_has_gone(
    bench: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accord.scenario.catalogue import load_bundled
    from accord.web.slots import RequestAbandoned

    runs = Runs(monkeypatch, before_leaving=1)
    for _gone in _gone_after(runs):
        with pytest.raises(RequestAbandoned):
            bench.compare(load_bundled("ukraine-2025-02"), ["mean", "median", "bdm", "smp"])
    assert runs.calls == ["mean.run"]


def test_a_comparison_of_scenarios_does_not_forecast_the_second_once_its_client_has_gone(
    bench: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accord.scenario.catalogue import load_bundled
    from accord.web.slots import RequestAbandoned

    runs = Runs(monkeypatch, before_leaving=1)
    a, b = load_bundled("minsk-2015-02"), load_bundled("ukraine-2025-02")
    for _gone in _gone_after(runs):
        with pytest.raises(RequestAbandoned):
            bench.compare_scenarios(a, b, "bdm")
    assert runs.calls == ["bdm.run"]


def test_an_explanation_does_not_run_its_tornado_once_its_client_has_gone(
    bench: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tornado's one batch run is nearly all of an explanation's time (docs/web.md)."""
    from accord.scenario.catalogue import load_bundled
    from accord.web.slots import RequestAbandoned

    runs = Runs(monkeypatch, before_leaving=1)
    for _gone in _gone_after(runs):
        with pytest.raises(RequestAbandoned):
            bench.explain(load_bundled("ukraine-2025-02"), "smp")
    assert runs.calls == ["smp.run"]


def test_a_single_run_does_not_start_once_its_client_has_gone(
    bench: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accord.scenario.catalogue import load_bundled
    from accord.web.slots import RequestAbandoned

    runs = Runs(monkeypatch, before_leaving=-1)
    for gone in _gone_after(runs):
        gone.set()  # left while the request waited (its body, the store, the slot)
        with pytest.raises(RequestAbandoned):
            bench.forecast(load_bundled("ukraine-2025-02"), "bdm")
    assert runs.calls == []


def test_the_same_requests_run_to_their_end_while_the_client_waits(
    bench: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check changes no number: the engines' answers are those the library gives."""
    from accord.forecast.compare import compare
    from accord.forecast.explain import explain
    from accord.scenario.catalogue import load_bundled

    scenario = load_bundled("ukraine-2025-02")
    runs = Runs(monkeypatch, before_leaving=-1)
    for _gone in _gone_after(runs):
        made = bench.compare(scenario, ["mean", "bdm"], seed=3)
        told = bench.explain(scenario, "bdm", seed=3)
    assert runs.calls == ["mean.run", "bdm.run", "bdm.run", "bdm.run_batch"]
    assert made.to_dict() == compare(scenario, ["mean", "bdm"], seed=3).to_dict()
    assert told.to_dict() == explain(scenario, "bdm", seed=3).to_dict()


def _asgi_post(app: Any, path: str, body: dict[str, Any], leave: threading.Event) -> list[Any]:
    """POST ``body`` to ``app`` as a server does, with a client that goes away (an
    ``http.disconnect``) once ``leave`` is set; the messages the app sent back."""
    import asyncio
    import json

    data = json.dumps(body).encode()
    sent: list[Any] = []
    first = [{"type": "http.request", "body": data, "more_body": False}]

    async def receive() -> dict[str, Any]:
        if first:
            return first.pop()
        await asyncio.to_thread(leave.wait, 60)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [
            (b"host", b"127.0.0.1"),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(data)).encode()),
            (b"authorization", f"Bearer {TOKEN}".encode()),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8741),
    }
    try:
        asyncio.run(app(scope, receive, send))
    finally:
        leave.set()
    return sent


@pytest.mark.parametrize(
    ("path", "body", "ran"),
    [
        ("/api/v1/compare", {"engines": ["mean", "median", "bdm"]}, ["mean.run"]),
        ("/api/v1/explain", {"engine": "bdm"}, ["bdm.run"]),
        (
            "/api/v1/compare/scenarios",
            {"a": {"scenario": "minsk-2015-02"}, "b": {"scenario": "ukraine-2025-02"}},
            ["mean.run"],
        ),
    ],
)
def test_a_client_that_disconnects_stops_its_request_through_the_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str, body: Any, ran: list[str]
) -> None:
    """The whole way: the server's ``http.disconnect`` while the first engine runs, seen by
    :class:`~accord.web.slots.WatchDisconnect`, stops the request before its next engine
    call, answered 499 (which nobody reads), the slot given back."""
    from accord.web.slots import ABANDONED

    app = create_app(_settings(tmp_path / "w.db", max_concurrent_forecasts=1))
    leave = threading.Event()
    runs = Runs(monkeypatch, before_leaving=1)

    def leave_and_be_seen() -> None:
        leave.set()  # the client goes away while the first engine runs ...
        seen = ABANDONED.get()  # ... and the server sees it before that engine ends
        assert seen is not None and seen.wait(30)

    runs.leave = leave_and_be_seen
    sent = _asgi_post(app, path, body, leave)
    assert sent[0]["type"] == "http.response.start" and sent[0]["status"] == 499
    assert runs.calls == ran
    bench = app.state.workbench
    assert bench.slots.take()
    bench.slots.give_back()
    bench.close()


# ----------------------------------------------------------------- in Chromium


def test_a_logged_in_browser_sees_the_store_is_down_and_then_back(tmp_path: Path) -> None:
    """A person logged in, whose workbench's store goes away, reads why on the error page (503,
    not the 500 ``InternalError`` it was), with a header that offers no login; once the store is
    back (the same file again), the same tab is logged in as before."""
    sync_playwright = need_browser()
    folder = tmp_path / "store"
    folder.mkdir()
    app = create_app(_settings(folder / "w.db"))
    with serving(app) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        tab = browser.new_context().new_page()
        problems: list[str] = []
        tab.on("pageerror", lambda e: problems.append(str(e)))
        browser_log_in(tab, base, TOKEN)
        assert "editing enabled" in tab.inner_text("header")
        kept = tmp_path / "kept"
        app.state.workbench.store.engine.dispose()
        folder.rename(kept)  # the volume goes away
        answer = tab.goto(f"{base}/scenarios")
        assert answer is not None and answer.status == 503
        assert int(answer.headers["retry-after"]) >= 1
        shown = tab.inner_text("#error-message")
        assert "the workbench's database does not answer" in shown
        assert "send it again in a few seconds" in shown
        header = tab.inner_text("header")
        assert "the database does not answer: nobody can log in or edit now" in header
        assert "log in" not in header.replace("nobody can log in", "")
        app.state.workbench.store.engine.dispose()
        kept.rename(folder)  # and comes back
        answer = tab.goto(f"{base}/scenarios")
        assert answer is not None and answer.status == 200
        assert "editing enabled" in tab.inner_text("header")  # the session was kept
        browser.close()
        assert problems == []


def test_the_what_if_pages_cancel_stops_the_comparison_on_the_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The what-if page's Cancel (and each slider's change) aborts its ``POST /api/v1/compare``;
    Chromium closes the connection, and the server starts none of the comparison's further
    engines (each slowed to a second here): until session 42 all four ran to their end."""
    from accord.web.pages import WHATIF_ENGINES

    sync_playwright = need_browser()
    app = create_app(_settings(tmp_path / "w.db"))
    runs = Runs(monkeypatch, before_leaving=-1, delay=1.0)
    with serving(app) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        tab = browser.new_context().new_page()
        problems: list[str] = []
        tab.on("pageerror", lambda e: problems.append(str(e)))
        tab.goto(f"{base}/scenarios/ukraine-2025-02/whatif")  # its first comparison starts
        deadline = time.monotonic() + 30
        while not runs.calls and time.monotonic() < deadline:
            tab.wait_for_timeout(50)
        assert runs.calls, "the what-if page's comparison did not start"
        tab.click("#whatif-cancel")
        assert "cancelled" in tab.inner_text("#whatif-status")
        tab.wait_for_timeout(len(WHATIF_ENGINES) * 1000 + 1500)  # as long as all would take
        assert 1 <= len(runs.calls) <= 2, runs.calls  # the one running, at most the next begun
        assert len(runs.calls) < len(WHATIF_ENGINES)
        bench = app.state.workbench
        assert bench.slots.take()  # given back
        bench.slots.give_back()
        browser.close()
        assert problems == []
