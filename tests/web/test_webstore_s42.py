"""Session 42 (s42-webstore): what session 41 left in the workbench. A request that carried a
session cookie while the store was down was a 500 (so was every other read of the store: each
answered ``InternalError``), the store's part of the database was named for the ingest reports
alone though it holds the login sessions too, and a single engine run, a comparison and an
explanation ran to their end after their client had gone."""

from __future__ import annotations

import html
import logging
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from accord.web import WebSettings, create_app
from tests.web.helpers import (
    log_in,
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


def test_the_health_check_still_says_unavailable(down: tuple[TestClient, Path]) -> None:
    client, _db = down
    answer = client.get("/healthz")
    assert answer.status_code == 503 and answer.json() == {"status": "unavailable"}
