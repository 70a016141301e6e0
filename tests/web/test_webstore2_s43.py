"""Session 43 (s43-webstore2): what session 42's s42-webstore left. A ledger on its own
PostgreSQL server that was down before the ledger's first use was a 400 ``DataError`` naming
the database (not the 503 of every other store outage), and its log line would have named the
workbench's store; a read of the ledger (the page, the API) made the ledger, a new SQLite file
or the ledger's tables in the workbench's database; a form posted while the store was down
lost what was typed; and an engine's run went on to its last round after its client left."""

from __future__ import annotations

import html
import logging
import re
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from accord.web import WebSettings, create_app
from tests.web.helpers import log_in

TOKEN = "a-webstore2-token-s43-0123456789"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
UKRAINE = "ukraine-2025-02"


def _closed_port() -> int:
    """A loopback port nothing listens on: a PostgreSQL server there is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tables(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


# ------------------------------------------------------------- the ledger's own store down


@pytest.fixture
def ledger_down(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[TestClient, str, Path]]:
    """A workbench on its own SQLite store (``$ACCORD_DB``) whose ledger is a PostgreSQL
    server (``$ACCORD_LEDGER_DB``, with a password) that is down from the start."""
    port = _closed_port()
    ledger = f"postgresql+psycopg://desk:s3cret-pw@127.0.0.1:{port}/ledger"
    monkeypatch.setenv("ACCORD_DB", str(tmp_path / "w.db"))
    monkeypatch.setenv("ACCORD_LEDGER_DB", ledger)
    app = create_app(WebSettings(token=TOKEN))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, f"desk:***@127.0.0.1:{port}/ledger", tmp_path / "w.db"


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/ledger", None),
        ("GET", "/api/v1/ledger", None),
        ("GET", "/api/v1/ledger/scores", None),
        ("GET", "/api/v1/ledger/records/1", None),
        ("POST", "/api/v1/ledger/records", {"scenario": UKRAINE, "engine": "mean"}),
    ],
)
def test_a_ledger_whose_own_store_is_down_is_the_same_503(
    ledger_down: tuple[TestClient, str, Path],
    caplog: pytest.LogCaptureFixture,
    method: str,
    path: str,
    body: dict[str, str] | None,
) -> None:
    """Before the ledger was first opened, opening it failed with ``DataError`` (a 400 that
    named the database and the driver's message to the client): it is the 503 of every store
    outage, logged once with the ledger's database, its password hidden, not the workbench's."""
    client, ledger, store = ledger_down
    with caplog.at_level(logging.ERROR, logger="accord.web"):
        answer = client.request(method, path, json=body, headers=BEARER)
    assert answer.status_code == 503, answer.text[:400]
    assert int(answer.headers["retry-after"]) >= 1
    text = html.unescape(answer.text)
    assert "the forecast ledger's database does not answer" in text
    assert "s3cret" not in text and "127.0.0.1" not in text and "DataError" not in text
    if path.startswith("/api/"):
        assert answer.json()["error"]["type"] == "StoreUnavailable"
    else:  # the workbench's own store answers: logins and edits go on
        assert "nobody can log in" not in text
    logged = [r.getMessage() for r in caplog.records if r.name == "accord.web"]
    assert len(logged) == 1, logged
    assert f"{method} {path}" in logged[0] and ledger in logged[0]
    assert "s3cret" not in logged[0] and str(store) not in logged[0]
    assert "answered 503" in logged[0]


def test_the_workbench_goes_on_while_its_ledger_is_down(
    ledger_down: tuple[TestClient, str, Path],
) -> None:
    client, _ledger, _store = ledger_down
    assert client.get("/scenarios").status_code == 200
    assert client.get("/healthz").status_code == 200  # the workbench's database answers


def test_a_ledger_that_goes_away_once_open_is_logged_as_the_ledgers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The ledger's own SQLite file, opened by a record, then gone with its folder: the
    reads fail in the driver (``OperationalError``), answered 503 and logged with the
    ledger's file, where the log named the workbench's database."""
    import shutil

    folder = tmp_path / "ledger"
    monkeypatch.setenv("ACCORD_DB", str(tmp_path / "w.db"))
    monkeypatch.setenv("ACCORD_LEDGER_DB", str(folder / "l.db"))
    app = create_app(WebSettings(token=TOKEN))
    with TestClient(app, raise_server_exceptions=False) as client:
        body = {"scenario": UKRAINE, "engine": "mean", "seed": 1}
        made = client.post("/api/v1/ledger/records", json=body, headers=BEARER)
        assert made.status_code == 201, made.text
        app.state.workbench.ledger().engine.dispose()
        shutil.rmtree(folder)
        with caplog.at_level(logging.ERROR, logger="accord.web"):
            answer = client.get("/api/v1/ledger")
        assert answer.status_code == 503 and str(folder) not in answer.text
        logged = [r.getMessage() for r in caplog.records if r.name == "accord.web"]
        assert len(logged) == 1 and str(folder / "l.db") in logged[0], logged
        assert str(tmp_path / "w.db") not in logged[0]


# ------------------------------------------------------------- a read makes no ledger


def test_reading_the_ledger_makes_no_tables_in_the_workbench_database(tmp_path: Path) -> None:
    """With ``--db`` the ledger lives in the workbench's database; reading the ledger page or
    the API made the ledger's tables there. It says there is no ledger yet; a record makes
    it, and the page then lists the record."""
    db = tmp_path / "w.db"
    app = create_app(WebSettings(db=str(db), token=TOKEN))
    with TestClient(app) as client:
        page = client.get("/ledger")
        assert page.status_code == 200
        assert 'id="no-ledger"' in page.text and "No ledger yet" in page.text
        listed = client.get("/api/v1/ledger").json()
        assert listed["records"] == [] and listed["resolutions"]  # the bundled ones
        assert client.get(f"/api/v1/ledger?scenario={UKRAINE}").status_code == 200
        missing = client.get("/api/v1/ledger/records/1")
        assert missing.status_code == 404 and "no ledger yet" in missing.json()["error"]["message"]
        assert client.get("/api/v1/ledger/scores").status_code in (200, 400)
        assert client.get(f"/ledger?scenario={UKRAINE}&recorded=1").status_code == 200
        assert not any(t.startswith(("ledger_", "accord_ledger")) for t in _tables(db))
        body = {"scenario": UKRAINE, "engine": "mean", "seed": 1}
        made = client.post("/api/v1/ledger/records", json=body, headers=BEARER)
        assert made.status_code == 201, made.text
        assert "ledger_records" in _tables(db)
        page = client.get("/ledger")
        assert 'id="no-ledger"' not in page.text
        assert [r["id"] for r in client.get("/api/v1/ledger").json()["records"]] == [
            made.json()["id"]
        ]


def test_reading_the_ledger_makes_no_ledger_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without ``--db`` the ledger is its own SQLite file (``$ACCORD_LEDGER_DB`` here, the
    data directory's ``ledger.db`` by default): the ledger page made it, and its folder."""
    ledger = tmp_path / "not-yet" / "ledger.db"
    monkeypatch.setenv("ACCORD_DB", str(tmp_path / "w.db"))
    monkeypatch.setenv("ACCORD_LEDGER_DB", str(ledger))
    app = create_app(WebSettings(token=TOKEN))
    with TestClient(app) as client:
        for path in ("/ledger", "/api/v1/ledger", f"/api/v1/ledger?scenario={UKRAINE}"):
            assert client.get(path).status_code == 200, path
        report = client.get(f"/scenarios/{UKRAINE}/forecast/report?engine=mean&seed=1")
        assert report.status_code == 200, report.text[:300]
        assert not ledger.parent.exists()
        assert log_in(client, TOKEN).status_code == 303
        token = re.search(r'name="csrf-token" content="([^"]+)"', client.get("/ledger").text)
        assert token is not None
        recorded = client.post(
            "/ledger/record",
            data={"csrf_token": token.group(1), "scenario": UKRAINE, "engine": "mean"},
            follow_redirects=False,
        )
        assert recorded.status_code == 303, recorded.text[:300]
        assert ledger.is_file()
        page = client.get(recorded.headers["location"])
        assert "Recorded as ledger record 1" in page.text and 'id="no-ledger"' not in page.text


def test_a_ledger_another_process_makes_is_read_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No ledger yet is read afresh on each read: a record the command line makes shows."""
    from accord.forecast import forecast
    from accord.ledger import Ledger, record_of
    from accord.scenario.catalogue import load_bundled

    ledger = tmp_path / "ledger.db"
    monkeypatch.setenv("ACCORD_DB", str(tmp_path / "w.db"))
    monkeypatch.setenv("ACCORD_LEDGER_DB", str(ledger))
    app = create_app(WebSettings(token=TOKEN))
    with TestClient(app) as client:
        assert client.get("/api/v1/ledger").json()["records"] == []
        with Ledger(str(ledger)) as cli:
            cli.add_record(record_of(forecast(load_bundled(UKRAINE), "mean", seed=3)))
        assert len(client.get("/api/v1/ledger").json()["records"]) == 1
        assert 'id="no-ledger"' not in client.get("/ledger").text


# ------------------------------------------------------------- a run stopped between rounds


@pytest.fixture
def bench(tmp_path: Path) -> Iterator[Any]:
    from accord.web.services import Workbench

    made = Workbench(WebSettings(db=str(tmp_path / "w.db"), token=TOKEN))
    yield made
    assert made.slots.take()  # whatever happened, the slot was given back
    made.slots.give_back()
    made.close()


class Rounds:
    """Hears the kernels' ticks (:func:`accord.progress.tick`: one a round or a turn) as a
    progress reporter would, and makes the client leave at the ``leave_at``-th."""

    def __init__(self, leave_at: int) -> None:
        import threading

        self.heard: list[tuple[str, int]] = []
        self.leave_at = leave_at
        self.gone = threading.Event()
        self.after: list[tuple[str, int]] = []

    def __call__(self, what: str, done: int, total: int) -> None:
        if self.gone.is_set():
            self.after.append((what, done))  # a round begun after the client left
        self.heard.append((what, done))
        if len(self.heard) == self.leave_at:
            self.gone.set()


def _leaving(rounds: Rounds) -> Iterator[None]:
    from accord.progress import reporting
    from accord.web.slots import ABANDONED

    token = ABANDONED.set(rounds.gone)
    try:
        with reporting(rounds):
            yield
    finally:
        ABANDONED.reset(token)


@pytest.mark.parametrize(("engine", "what"), [("bdm", "bdm: round"), ("smp", "smp: turn")])
def test_a_run_stops_at_its_next_round_once_its_client_has_gone(
    bench: Any, engine: str, what: str
) -> None:
    """The client leaves during the run's third round: no further round begins (until
    session 43 the run went on to its last, 10 rounds of BDM, up to 100 turns of SMP)."""
    from accord.scenario.catalogue import load_bundled
    from accord.web.slots import RequestAbandoned

    rounds = Rounds(leave_at=3)
    for _ in _leaving(rounds):
        with pytest.raises(RequestAbandoned):
            bench.forecast(load_bundled(UKRAINE), engine, seed=1)
    assert rounds.heard == [(what, 1), (what, 2), (what, 3)]
    assert rounds.after == []


def test_an_explanations_batch_run_stops_at_its_next_round(bench: Any) -> None:
    """The tornado's batch run, nearly all of an explanation's time, stops part-way too: the
    client leaves in its second round (after the single run's 10)."""
    from accord.scenario.catalogue import load_bundled
    from accord.web.slots import RequestAbandoned

    rounds = Rounds(leave_at=12)
    for _ in _leaving(rounds):
        with pytest.raises(RequestAbandoned):
            bench.explain(load_bundled(UKRAINE), "bdm", seed=1)
    assert len(rounds.heard) == 12 and rounds.heard[-1] == ("bdm: round", 2)
    assert rounds.after == []


def test_a_run_whose_client_waits_hears_every_round_and_gives_the_same_numbers(
    bench: Any,
) -> None:
    """The check changes no number, and a reporter listening already hears every tick."""
    from accord.forecast import forecast
    from accord.scenario.catalogue import load_bundled

    rounds = Rounds(leave_at=-1)
    for _ in _leaving(rounds):
        made = bench.forecast(load_bundled(UKRAINE), "bdm", seed=4)
    assert [done for _what, done in rounds.heard] == list(range(1, 11))
    assert made.to_dict() == forecast(load_bundled(UKRAINE), "bdm", seed=4).to_dict()


# ------------------------------------------------------------- a form kept through an outage

ARTICLE = (
    "Geneva, 3 March 2025. France and Germany met in Geneva on Monday.\n"
    'The talks were "useful", a spokesman said <of both>.'
)


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf-token" content="([^"]+)"', page)
    assert found is not None
    return found.group(1)


def _hidden(page: str) -> list[tuple[str, str]]:
    """The resend form's hidden fields, as a browser would send them."""
    form = re.search(r'<form [^>]*id="resend-form".*?</form>', page, re.DOTALL)
    assert form is not None, page[:2000]
    return [
        (html.unescape(n), html.unescape(v))
        for n, v in re.findall(r'<input type="hidden" name="([^"]*)" value="([^"]*)">', form[0])
    ]


def test_a_form_the_store_fails_is_kept_on_the_503_page_to_send_again(tmp_path: Path) -> None:
    """The news page's pasted article, posted while the store is down: the 503 page lost it.
    It keeps every field as sent (the CSRF token too) in a form that posts them again, and
    shows them; sent again once the store is back, the article is ingested."""
    folder = tmp_path / "store"
    folder.mkdir()
    app = create_app(WebSettings(db=str(folder / "w.db"), token=TOKEN))
    with TestClient(app, raise_server_exceptions=False) as client:
        assert log_in(client, TOKEN).status_code == 303
        csrf = _csrf(client.get("/news").text)
        sent = {"csrf_token": csrf, "title": "Geneva <talks>", "text": ARTICLE, "date": ""}
        app.state.workbench.store.engine.dispose()
        kept = tmp_path / "kept"
        folder.rename(kept)  # the volume goes away
        answer = client.post("/news/ingest", data=sent, follow_redirects=False)
        assert answer.status_code == 503 and int(answer.headers["retry-after"]) >= 1
        assert 'action="/news/ingest"' in answer.text and 'id="resend"' in answer.text
        again = _hidden(answer.text)
        assert dict(again) == sent
        assert "Geneva &lt;talks&gt;" in answer.text  # shown, escaped
        app.state.workbench.store.engine.dispose()
        kept.rename(folder)  # and comes back
        done = client.post("/news/ingest", data=dict(again), follow_redirects=True)
        assert done.status_code == 200, done.text[:400]
        titles = [d["title"] for d in client.get("/api/v1/documents").json()]
        assert "Geneva <talks>" in titles


@pytest.mark.parametrize("root", ["", "/accord"])
def test_an_upload_kept_asks_for_its_file_again_under_the_prefix(tmp_path: Path, root: str) -> None:
    """A multipart form (the scenarios page's upload) is kept with its text fields and a file
    field for the file named, which a page cannot choose again; under ``--root-path`` the
    form posts to the prefixed address."""
    import shutil

    folder = tmp_path / "store"
    folder.mkdir()
    settings = WebSettings(db=str(folder / "w.db"), token=TOKEN, root_path=root)
    app = create_app(settings)
    with TestClient(app, raise_server_exceptions=False) as client:
        assert log_in(client, TOKEN, root=root).status_code == 303
        csrf = _csrf(client.get(f"{root}/scenarios").text)
        app.state.workbench.store.engine.dispose()
        shutil.rmtree(folder)
        answer = client.post(
            f"{root}/scenarios/upload",
            data={"csrf_token": csrf, "id": "kept-upload"},
            files={"file": ("talks.yaml", b"id: x\n")},
            follow_redirects=False,
        )
        assert answer.status_code == 503
        assert f'action="{root}/scenarios/upload"' in answer.text
        assert 'enctype="multipart/form-data"' in answer.text
        assert dict(_hidden(answer.text)) == {"csrf_token": csrf, "id": "kept-upload"}
        assert 'talks.yaml <input type="file" name="file">' in answer.text
        assert "with the file chosen again" in answer.text


def test_an_api_request_a_read_and_a_login_get_no_form_to_send_again(tmp_path: Path) -> None:
    """What the error page keeps is a page's form: not an API request's body, not a read,
    and not the login form, whose one field is the token."""
    folder = tmp_path / "store"
    folder.mkdir()
    app = create_app(WebSettings(db=str(folder / "w.db"), token=TOKEN))
    with TestClient(app, raise_server_exceptions=False) as client:
        app.state.workbench.store.engine.dispose()
        import shutil

        shutil.rmtree(folder)
        page = client.get("/news")
        assert page.status_code == 503 and 'id="resend-form"' not in page.text
        api = client.post("/api/v1/ingest/text", json={"text": ARTICLE}, headers=BEARER)
        assert api.status_code == 503 and set(api.json()) == {"error"}
        refused = log_in(client, TOKEN)  # its session is written in the store
        assert refused.status_code == 503 and 'id="resend-form"' not in refused.text
        assert TOKEN not in refused.text  # the token is never written into a page


def test_a_browser_keeps_a_pasted_article_through_an_outage_and_sends_it_again(
    tmp_path: Path,
) -> None:
    """In Chromium: an article pasted on the news page and sent while the store is away; the
    503 page shows it and its Send again button; the store back, one click ingests it."""
    from tests.web.helpers import CHROMIUM, CHROMIUM_FLAGS, browser_log_in, need_browser, serving

    sync_playwright = need_browser()
    folder = tmp_path / "store"
    folder.mkdir()
    app = create_app(WebSettings(db=str(folder / "w.db"), token=TOKEN))
    with serving(app) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        tab = browser.new_context().new_page()
        problems: list[str] = []
        tab.on("pageerror", lambda e: problems.append(str(e)))
        tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        browser_log_in(tab, base, TOKEN)
        tab.goto(f"{base}/news")
        tab.fill("#paste-form input[name=title]", "Geneva <talks>")
        tab.fill("#paste-form textarea[name=text]", ARTICLE)
        kept = tmp_path / "kept"
        app.state.workbench.store.engine.dispose()
        folder.rename(kept)  # the volume goes away
        with tab.expect_navigation() as went:
            tab.click("#paste-form button")
        answer = went.value
        assert answer is not None and answer.status == 503
        assert "send it again" in tab.inner_text("#error-message")
        assert "What you sent is kept in this page" in tab.inner_text("#resend-note")
        tab.click("#resend-values summary")
        shown = tab.inner_text("#resend-values")
        assert "Geneva <talks>" in shown and "spokesman" in shown
        app.state.workbench.store.engine.dispose()
        kept.rename(folder)  # and comes back
        problems.clear()  # the 503 itself is a console error of Chromium's
        with tab.expect_navigation():
            tab.click("#resend")
        assert tab.url.startswith(f"{base}/news")
        assert "Geneva <talks>" in tab.inner_text("main")
        browser.close()
        assert problems == []
    stored = app.state.workbench.store.documents()
    assert [d.title for d in stored] == ["Geneva <talks>"]


@pytest.mark.parametrize(("engine", "what"), [("bdm", "bdm: round"), ("smp", "smp: turn")])
def test_a_client_that_disconnects_mid_run_stops_it_through_the_server(
    tmp_path: Path, engine: str, what: str
) -> None:
    """The whole way: ``POST /api/v1/forecast``, whose client goes away (the server's
    ``http.disconnect``) in the run's third round; no further round begins, the answer is
    the 499 nobody reads, and the slot is given back."""
    import threading

    from accord.progress import reporting
    from accord.web.slots import ABANDONED
    from tests.web.test_webstore_s42 import TOKEN as S42_TOKEN
    from tests.web.test_webstore_s42 import _asgi_post

    app = create_app(
        WebSettings(db=str(tmp_path / "w.db"), token=S42_TOKEN, max_concurrent_forecasts=1)
    )
    leave = threading.Event()
    heard: list[tuple[str, int]] = []

    def hear(kind: str, done: int, total: int) -> None:
        heard.append((kind, done))
        if len(heard) == 3:
            leave.set()  # the client goes away in the third round ...
            seen = ABANDONED.get()  # ... and the server sees it before that round ends
            assert seen is not None and seen.wait(30)

    with reporting(hear):  # the request's worker thread runs in a copy of this context
        sent = _asgi_post(app, "/api/v1/forecast", {"engine": engine, "seed": 1}, leave)
    assert sent[0]["type"] == "http.response.start" and sent[0]["status"] == 499
    assert heard == [(what, 1), (what, 2), (what, 3)]
    bench = app.state.workbench
    assert bench.slots.take()
    bench.slots.give_back()
    bench.close()
